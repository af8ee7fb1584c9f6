import { z } from 'zod'
import { employerProcedure, router } from '../trpc/init'
import { closeEmployerJob, duplicateEmployerJob, getEmployerJob, listEmployerJobs, republishEmployerJob, setEmployerJobSharePhone } from './employer-jobs.service'

export const EMPLOYER_JOB_STATUSES = ['draft', 'published', 'closed'] as const
export const EMPLOYER_JOBS_PAGE_SIZE = 20

const jobId = z.object({ id: z.string({ required_error: 'Which job?' }).uuid('Unknown job') }).strict()

/**
 * An employer's own jobs: list by status, one job, close / republish / duplicate. The employer
 * always comes from the session and every query is scoped to them; another employer's job id
 * answers NOT_FOUND, exactly like an id that does not exist. The service's domain errors
 * (not found, status conflict) become tRPC codes at the edge (server/trpc/init.ts).
 */
export const employerJobsRouter = router({
  list: employerProcedure
    .input(
      z
        .object({
          status: z.enum(EMPLOYER_JOB_STATUSES, { message: 'Status is draft, published or closed' }).optional(),
          page: z.number().int().min(1).max(10_000).default(1),
        })
        .strict()
        .default({}),
    )
    .query(({ ctx, input }) => listEmployerJobs(ctx.db, ctx.viewer.employerId, { ...input, pageSize: EMPLOYER_JOBS_PAGE_SIZE })),

  get: employerProcedure.input(jobId).query(({ ctx, input }) => getEmployerJob(ctx.db, ctx.viewer.employerId, input.id)),

  close: employerProcedure
    .input(jobId)
    .mutation(({ ctx, input }) => closeEmployerJob(ctx.services, ctx.viewer.employerId, input.id, ctx.services.now())),

  republish: employerProcedure
    .input(jobId)
    .mutation(({ ctx, input }) => republishEmployerJob(ctx.db, ctx.viewer.employerId, input.id, ctx.services.now())),

  /** Per job (off by default): show the employer's phone number to its applicants. */
  setSharePhone: employerProcedure
    .input(z.object({ id: jobId.shape.id, share: z.boolean({ required_error: 'Share or not?' }) }).strict())
    .mutation(({ ctx, input }) => setEmployerJobSharePhone(ctx.db, ctx.viewer.employerId, input.id, input.share)),

  duplicate: employerProcedure
    .input(jobId)
    .mutation(({ ctx, input }) => duplicateEmployerJob(ctx.db, ctx.viewer.employerId, input.id, ctx.services.now())),
})
