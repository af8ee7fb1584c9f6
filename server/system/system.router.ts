import { sql } from 'kysely'
import { z } from 'zod'
import { publicProcedure, router } from '../trpc/init'

export const systemRouter = router({
  health: publicProcedure.query(async ({ ctx }) => {
    await sql`select 1`.execute(ctx.db)
    return { ok: true as const }
  }),
  /** A heartbeat subscription: proves the WebSocket path end to end and lets clients measure latency. */
  clock: publicProcedure
    .input(z.object({ intervalMs: z.number().int().min(50).max(60_000).default(1000) }).default({}))
    .subscription(async function* ({ input, signal }) {
      let n = 0
      while (!signal?.aborted) {
        yield { n: n++, at: new Date().toISOString() }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, input.intervalMs)
          signal?.addEventListener('abort', () => {
            clearTimeout(timer)
            resolve()
          }, { once: true })
        })
      }
    }),
})
