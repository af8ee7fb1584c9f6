import { sql } from 'kysely'
import { publicProcedure, router } from '../trpc/init'

// NOTE: there used to be a public heartbeat subscription here; an anonymous socket could open
// hundreds of them. Keep-alive is tRPC's own ping/pong; the chat stream proves the WebSocket path.
export const systemRouter = router({
  health: publicProcedure.query(async ({ ctx }) => {
    await sql`select 1`.execute(ctx.db)
    return { ok: true as const }
  }),
})
