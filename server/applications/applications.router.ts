import { z } from 'zod'
import { candidateProcedure, employerProcedure, router } from '../trpc/init'
import { actOnApplicants, addNote, getApplicant, listApplicants, scheduleInterview } from './applicants.service'
import { APPLICATION_STATUSES, EMPLOYER_ACTIONS, NOT_SELECTED_TEMPLATE_KEYS } from './application-status'
import { applyToJob, getMyApplication, listMyApplications, prepareApplication, withdrawApplication } from './applications.service'

const jobId = z.string({ required_error: 'Which job?' }).uuid('Unknown job')
const applicationId = z.string({ required_error: 'Which application?' }).uuid('Unknown application')
const status = z.enum(APPLICATION_STATUSES, { message: 'Unknown application status' })
// a client-generated id per tap (uuid v4 from the browser, or any opaque token a developer picks)
const clientRequestId = z.string().min(8).max(100).regex(/^[A-Za-z0-9_-]+$/, 'clientRequestId may contain letters, digits, _ and -')

/** A real calendar date, 'YYYY-MM-DD'. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'This date does not exist')
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Time as HH:MM (24-hour)')
const oneLine = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is required`)
    .max(max, `${what} is at most ${max} characters`)
    .regex(/^[^\n\r]*$/, `${what} fits on one line`)
const plainText = (max: number, what: string) => z.string().trim().min(1, `${what} is empty`).max(max, `${what} is at most ${max} characters`)

/**
 * Applying (candidates). The candidate always comes from the session; an application of someone
 * else answers NOT_FOUND, exactly like one that does not exist.
 */
export const applicationsRouter = router({
  /** What applying to this job needs: resume, already applied, plain mismatches, inline questions. */
  prepare: candidateProcedure.input(z.object({ jobId }).strict()).query(({ ctx, input }) => prepareApplication(ctx.db, ctx.viewer.candidateId, input.jobId)),

  /**
   * Apply: one tap. Idempotent per (candidate, job): double taps and retries return the same
   * application. NOTE: named `submit`, not `apply` — tRPC reserves `apply` (and `call`, `then`)
   * as procedure names, since its client proxies are functions.
   */
  submit: candidateProcedure
    .input(z.object({ jobId, clientRequestId, answers: z.record(z.string().max(40), z.unknown()).optional() }).strict())
    .mutation(({ ctx, input }) => applyToJob(ctx.services, ctx.viewer.candidateId, input, ctx.services.now())),

  withdraw: candidateProcedure
    .input(z.object({ applicationId }).strict())
    .mutation(({ ctx, input }) => withdrawApplication(ctx.services, ctx.viewer.candidateId, input.applicationId, ctx.services.now())),

  mine: candidateProcedure
    .input(z.object({ status: status.optional() }).strict().default({}))
    .query(({ ctx, input }) => listMyApplications(ctx.db, ctx.viewer.candidateId, input.status)),

  get: candidateProcedure.input(z.object({ applicationId }).strict()).query(({ ctx, input }) => getMyApplication(ctx.db, ctx.viewer.candidateId, input.applicationId)),
})

/**
 * Applicants (employers), only for the employer's own jobs: another employer's job or
 * application answers NOT_FOUND. Candidates' Aadhaar/PAN never leave; the mobile only once
 * shortlisted.
 */
export const applicantsRouter = router({
  list: employerProcedure
    .input(z.object({ jobId, status: status.optional(), cursor: z.string().min(1).max(400).nullish() }).strict())
    .query(({ ctx, input }) => listApplicants(ctx.db, ctx.viewer.employerId, input, ctx.services.now())),

  /** Opening an applicant marks the application viewed. */
  get: employerProcedure.input(z.object({ applicationId }).strict()).query(({ ctx, input }) => getApplicant(ctx.services, ctx.viewer.employerId, input.applicationId, ctx.services.now())),

  act: employerProcedure
    .input(
      z
        .object({
          applicationIds: z.array(applicationId).min(1, 'Choose at least one applicant').max(100, 'At most 100 applicants at a time'),
          action: z.enum(EMPLOYER_ACTIONS, { message: 'Action is shortlist, hire or not_selected' }),
          /** optional: the polite template (not_selected) is used without one */
          message: plainText(1000, 'The message').optional(),
          template: z.enum(NOT_SELECTED_TEMPLATE_KEYS).optional(),
        })
        .strict(),
    )
    .mutation(({ ctx, input }) => actOnApplicants(ctx.services, ctx.viewer.employerId, input, ctx.services.now())),

  scheduleInterview: employerProcedure
    .input(
      z
        .object({
          applicationId,
          date: isoDate,
          time: hhmm,
          place: oneLine(300, 'The place'),
          contactName: oneLine(80, 'The contact name').optional(),
          notes: plainText(1000, 'The notes').optional(),
        })
        .strict(),
    )
    .mutation(({ ctx, input }) => scheduleInterview(ctx.services, ctx.viewer.employerId, input, ctx.services.now())),

  /** Private: never shown to the candidate. */
  note: employerProcedure
    .input(z.object({ applicationId, text: plainText(2000, 'The note') }).strict())
    .mutation(({ ctx, input }) => addNote(ctx.db, ctx.viewer.employerId, input, ctx.services.now())),
})
