import { applicantsRouter, applicationsRouter } from '../applications/applications.router'
import { authRouter } from '../auth/auth.router'
import { candidateRouter } from '../candidate/candidate.router'
import { chatRouter } from '../chat/chat.router'
import { resumeRouter } from '../resume/resume.router'
import { employerRouter } from '../employer/employer.router'
import { employerJobsRouter } from '../jobs/employer-jobs.router'
import { jobsRouter } from '../jobs/jobs.router'
import { jobBotRouter } from '../jobs/job-bot.router'
import { masterDataRouter } from '../master-data/master-data.router'
import { matchingRouter } from '../matching/matching.router'
import { notificationsRouter } from '../notifications/notifications.router'
import { systemRouter } from '../system/system.router'
import { createCallerFactory, router } from './init'

/** One router per domain, registered by hand so the API surface reads in one place. */
export const appRouter = router({
  system: systemRouter,
  auth: authRouter,
  candidate: candidateRouter,
  employer: employerRouter,
  employerJobs: employerJobsRouter,
  chat: chatRouter,
  resume: resumeRouter,
  masterData: masterDataRouter,
  jobs: jobsRouter,
  jobBot: jobBotRouter,
  matching: matchingRouter,
  applications: applicationsRouter,
  applicants: applicantsRouter,
  notifications: notificationsRouter,
})

export type AppRouter = typeof appRouter
export const createCaller = createCallerFactory(appRouter)
