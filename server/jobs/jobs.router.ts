import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { markApplied } from '../applications/applied-marks'
import { loadMatchCandidate } from '../matching/matching.service'
import { publicProcedure, router } from '../trpc/init'
import { exploreInputSchema } from './explore-input.server'
import { toJobCard, toJobDetail } from './job-card'
import { exploreJobs, exploreOrder, findJobDetail, listHotJobs } from './jobs.repo'

/**
 * Published jobs are public (shareable links, the landing pages); what a job means for a
 * particular candidate lives in `matching`.
 */
export const jobsRouter = router({
  hot: publicProcedure.input(z.object({ limit: z.number().int().min(1).max(24).default(8) }).default({})).query(async ({ ctx, input }) => {
    const rows = await listHotJobs(ctx.db, input.limit)
    return rows.map(toJobCard)
  }),

  /**
   * "Explore all jobs": filters, Postgres full-text search, sort, pages with the total count. A
   * signed-in candidate's "Most relevant" (no search text) is their match score; visitors' is newest.
   */
  explore: publicProcedure.input(exploreInputSchema).query(async ({ ctx, input }) => {
    const viewer = ctx.viewer
    const forCandidate =
      viewer?.kind === 'candidate' && exploreOrder(input, true) === 'match'
        ? { candidate: await loadMatchCandidate(ctx.db, viewer.candidateId), now: ctx.services.now() }
        : null
    const { rows, total, totalIsCapped } = await exploreJobs(ctx.db, input, forCandidate)
    return {
      /** what the list is ordered by: 'match' = the signed-in candidate's match score */
      orderedBy: exploreOrder(input, forCandidate !== null),
      // a signed-in candidate sees which of these they applied to (one query)
      items: await markApplied(ctx.db, ctx.viewer, rows.map(toJobCard)),
      total,
      /** more jobs match than `total` (the count stops at a cap) */
      totalIsCapped,
      page: input.page,
      pageSize: input.pageSize,
      pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
    }
  }),

  /** One job. Drafts do not exist for the public; a closed job says so clearly. */
  get: publicProcedure.input(z.object({ id: z.string().uuid('Unknown job') })).query(async ({ ctx, input }) => {
    const row = await findJobDetail(ctx.db, input.id, ctx.locale)
    if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'We could not find this job. It may have been removed.' })
    if (row.status === 'closed') {
      return {
        status: 'closed' as const,
        message: 'This job is closed and no longer takes applications.',
        job: { id: row.id, title: row.title, companyName: row.company_name, cityName: row.city_name, closedAt: row.closed_at ? row.closed_at.toISOString() : null },
      }
    }
    const [job] = await markApplied(ctx.db, ctx.viewer, [toJobDetail(row)])
    return { status: 'published' as const, job }
  }),
})
