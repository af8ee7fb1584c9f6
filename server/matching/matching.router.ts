import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { markApplied } from '../applications/applied-marks'
import { candidateProcedure, router } from '../trpc/init'
import { matchOneJob, recommendJobs } from './matching.service'

/**
 * Recommendations are always the caller's own: the candidate id comes from the session, never
 * from the input, so there is nothing to check and nothing to leak.
 */
export const matchingRouter = router({
  recommendations: candidateProcedure
    .input(
      z
        .object({
          limit: z.number().int().min(1).max(50).default(20),
          cursor: z.string().min(1).max(400).nullish(),
        })
        .default({}),
    )
    .query(async ({ ctx, input }) => {
      const page = await recommendJobs(ctx.db, ctx.viewer.candidateId, { limit: input.limit, cursor: input.cursor, now: ctx.services.now() })
      // applied jobs stay in the list, marked (one query for the page)
      return { ...page, items: await markApplied(ctx.db, ctx.viewer, page.items) }
    }),

  /** How one published job matches the caller (job detail page). */
  job: candidateProcedure.input(z.object({ jobId: z.string().uuid('Unknown job') })).query(async ({ ctx, input }) => {
    const match = await matchOneJob(ctx.db, ctx.viewer.candidateId, input.jobId, ctx.services.now())
    if (!match) throw new TRPCError({ code: 'NOT_FOUND', message: 'This job is not open.' })
    return match
  }),
})
