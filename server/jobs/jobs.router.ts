import { z } from 'zod'
import { publicProcedure, router } from '../trpc/init'
import { toJobCard } from './job-card'
import { listHotJobs } from './jobs.repo'

export const jobsRouter = router({
  hot: publicProcedure.input(z.object({ limit: z.number().int().min(1).max(24).default(8) }).default({})).query(async ({ ctx, input }) => {
    const rows = await listHotJobs(ctx.db, input.limit)
    return rows.map(toJobCard)
  }),
})
