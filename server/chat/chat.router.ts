import { tracked, TRPCError } from '@trpc/server'
import { z } from 'zod'
import { isSessionLive } from '../auth/session.repo'
import { createSignalQueue } from '../realtime/signal-queue'
import { candidateProcedure, router } from '../trpc/init'
import { loadCandidateFacts } from './chat-context'
import { clientChatEventSchema } from './chat-machine'
import { CHAT_EVENTS_CHANNEL, CHAT_TYPING_CHANNEL, findOwnedSession, listEventsAfter, listSessions, type StoredEvent } from './chat.repo'
import { currentPrompt, discardSession, sendTurn, startOrContinue } from './chat.service'

const sessionId = z.string().uuid('Unknown conversation')
// client-generated ids (uuid v4 from the browser, or any opaque token a developer picks)
const clientMessageId = z.string().min(8).max(100).regex(/^[A-Za-z0-9_-]+$/, 'clientMessageId may contain letters, digits, _ and -')

export type ChatStreamItem = { kind: 'event'; event: StoredEvent } | { kind: 'typing'; on: boolean }

export const chatRouter = router({
  start: candidateProcedure
    .input(z.object({ fromResume: z.boolean().optional(), discardActive: z.boolean().optional() }).default({}))
    .mutation(({ ctx, input }) => startOrContinue({ services: ctx.services, candidateId: ctx.viewer.candidateId }, input)),

  list: candidateProcedure.query(async ({ ctx }) => {
    const rows = await listSessions(ctx.db, ctx.viewer.candidateId)
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
      completedAt: r.completed_at?.toISOString() ?? null,
    }))
  }),

  /** Transcript + the current prompt. The client renders this and then subscribes after `lastSeq`. */
  get: candidateProcedure.input(z.object({ sessionId })).query(async ({ ctx, input }) => {
    const session = await findOwnedSession(ctx.db, ctx.viewer.candidateId, input.sessionId)
    if (!session) throw new TRPCError({ code: 'NOT_FOUND', message: 'This conversation was not found' })
    const facts = await loadCandidateFacts(ctx.db, ctx.viewer.candidateId)
    const events = await listEventsAfter(ctx.db, session.id, 0, 5000)
    return {
      session: { id: session.id, title: session.title, status: session.status, version: session.state_version, lastSeq: session.last_seq, createdAt: session.created_at.toISOString() },
      events,
      prompt: session.status === 'active' ? await currentPrompt(ctx.services, facts, session) : [],
    }
  }),

  /** One turn. Idempotent by clientMessageId; works the same over HTTP and WebSocket. */
  send: candidateProcedure
    .input(z.object({ sessionId, clientMessageId, expectedVersion: z.number().int().min(0).optional(), event: clientChatEventSchema }))
    .mutation(({ ctx, input }) => sendTurn({ services: ctx.services, candidateId: ctx.viewer.candidateId }, input)),

  discard: candidateProcedure.input(z.object({ sessionId })).mutation(async ({ ctx, input }) => {
    const ok = await discardSession(ctx.db, ctx.viewer.candidateId, input.sessionId)
    if (!ok) throw new TRPCError({ code: 'NOT_FOUND', message: 'No unfinished conversation to discard' })
    return { ok: true as const }
  }),

  /**
   * Live events. Listen first, then replay from the database after `lastEventId`, then forward
   * what NOTIFY announces — so nothing committed in between is lost and nothing is sent twice.
   */
  events: candidateProcedure
    .input(z.object({ sessionId, lastEventId: z.string().regex(/^\d{1,9}$/).nullish() }))
    .subscription(async function* ({ ctx, input, signal }) {
      const candidateId = ctx.viewer.candidateId
      const owned = await findOwnedSession(ctx.db, candidateId, input.sessionId)
      if (!owned) throw new TRPCError({ code: 'NOT_FOUND', message: 'This conversation was not found' })

      const queue = createSignalQueue<'events' | 'typing-on' | 'typing-off'>(signal)
      const prefix = `${input.sessionId}:`
      const offEvents = await ctx.services.pubsub.subscribe(CHAT_EVENTS_CHANNEL, (p) => p.startsWith(prefix) && queue.push('events'))
      const offTyping = await ctx.services.pubsub.subscribe(CHAT_TYPING_CHANNEL, (p) => {
        if (p === `${prefix}1`) queue.push('typing-on')
        else if (p === `${prefix}0`) queue.push('typing-off')
      })
      // NOTIFYs sent while the LISTEN connection was down are lost: re-read after it is back
      const offReconnect = ctx.services.pubsub.onReconnect(() => queue.push('events'))
      let last = input.lastEventId ? Number(input.lastEventId) : 0
      try {
        const drain = async function* () {
          for (;;) {
            const rows = await listEventsAfter(ctx.db, input.sessionId, last, 200)
            for (const row of rows) {
              last = row.seq
              yield tracked(String(row.seq), { kind: 'event', event: row } satisfies ChatStreamItem)
            }
            if (rows.length < 200) return
          }
        }
        yield* drain()
        for await (const item of queue) {
          // the WebSocket authenticated once, at connect: a revoked session stops here
          if (item === 'events') {
            if (!(await isSessionLive(ctx.db, ctx.viewer.sessionId))) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Your session has ended' })
            yield* drain()
          } else yield { kind: 'typing', on: item === 'typing-on' } satisfies ChatStreamItem
        }
      } finally {
        offEvents()
        offTyping()
        offReconnect()
      }
    }),
})
