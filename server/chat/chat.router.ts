import { tracked, TRPCError } from '@trpc/server'
import { z } from 'zod'
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/database'
import { createSignalQueue } from '../realtime/signal-queue'
import { findActiveResumeSession, resumeBotRuntime } from '../resume/resume-bot'
import type { Context } from '../trpc/context'
import { candidateProcedure, publicProcedure, router } from '../trpc/init'
import { clientChatEventSchema } from './chat-machine'
import { CHAT_EVENTS_CHANNEL, CHAT_TYPING_CHANNEL, findOwnedSession, listEventsAfter, listEventsAfterIfLive, listSessions, type ChatOwner, type StoredEvent } from './chat.repo'
import { currentPrompt, discardSession, sendTurn, startOrContinue, type BotRuntime, type TurnDeps } from './chat.service'
import { sessionBudget } from './session-budget'

const sessionId = z.string().uuid('Unknown conversation')
// client-generated ids (uuid v4 from the browser, or any opaque token a developer picks)
const clientMessageId = z.string().min(8).max(100).regex(/^[A-Za-z0-9_-]+$/, 'clientMessageId may contain letters, digits, _ and -')

export type ChatStreamItem = { kind: 'event'; event: StoredEvent } | { kind: 'typing'; on: boolean }

export const sendInput = z.object({ sessionId, clientMessageId, expectedVersion: z.number().int().min(0).optional(), event: clientChatEventSchema })
export const getInput = z.object({ sessionId })
export const eventsInput = z.object({ sessionId, lastEventId: z.string().regex(/^\d{1,9}$/).nullish() })

/**
 * The procedures every bot shares — list, get, send, discard and the live event stream — for the
 * owner a procedure builder yields. The resume bot (`chat.*`, candidates) and the job-posting bot
 * (`jobBot.*`, employers) are both made here; only `start` differs.
 */
export function sharedChatProcedures(procedure: typeof publicProcedure, ownerOf: (ctx: Context) => ChatOwner, runtime: BotRuntime) {
  const deps = (ctx: Context): TurnDeps => ({ services: ctx.services, owner: ownerOf(ctx), runtime })
  return {
    list: procedure.query(async ({ ctx }) => {
      const rows = await listSessions(ctx.db, ownerOf(ctx), runtime.kind)
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        status: r.status,
        jobId: r.job_id,
        createdAt: r.created_at.toISOString(),
        updatedAt: r.updated_at.toISOString(),
        completedAt: r.completed_at?.toISOString() ?? null,
      }))
    }),

    /** Transcript + the current prompt. The client renders this and then subscribes after `lastSeq`. */
    get: procedure.input(getInput).query(async ({ ctx, input }) => {
      const session = await findOwnedSession(ctx.db, ownerOf(ctx), input.sessionId)
      if (!session || session.kind !== runtime.kind) throw new TRPCError({ code: 'NOT_FOUND', message: 'This conversation was not found' })
      const events = await listEventsAfter(ctx.db, session.id, 0, 5000)
      return {
        session: {
          id: session.id,
          title: session.title,
          status: session.status,
          version: session.state_version,
          lastSeq: session.last_seq,
          jobId: session.job_id,
          createdAt: session.created_at.toISOString(),
        },
        events,
        prompt: session.status === 'active' ? await currentPrompt(deps(ctx), session) : [],
      }
    }),

    /** One turn. Idempotent by clientMessageId; works the same over HTTP and WebSocket. */
    send: procedure.input(sendInput).mutation(({ ctx, input }) => sendTurn(deps(ctx), input)),

    discard: procedure.input(getInput).mutation(async ({ ctx, input }) => {
      await discardSession(ctx.db, ownerOf(ctx), input.sessionId)
      return { ok: true as const }
    }),

    /**
     * Live events. Listen first, then replay from the database after `lastEventId`, then forward
     * what NOTIFY announces — so nothing committed in between is lost and nothing is sent twice.
     */
    events: procedure.input(eventsInput).subscription(async function* ({ ctx, input, signal }) {
      const owned = await findOwnedSession(ctx.db, ownerOf(ctx), input.sessionId)
      if (!owned) throw new TRPCError({ code: 'NOT_FOUND', message: 'This conversation was not found' })
      const viewer = ctx.viewer
      if (!viewer) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please log in' })

      const queue = createSignalQueue<'events' | 'typing-on' | 'typing-off'>(signal)
      const prefix = `${input.sessionId}:`
      const offEvents = await ctx.services.pubsub.subscribe(CHAT_EVENTS_CHANNEL, () => queue.push('events'), input.sessionId)
      const offTyping = await ctx.services.pubsub.subscribe(
        CHAT_TYPING_CHANNEL,
        (p) => {
          if (p === `${prefix}1`) queue.push('typing-on')
          else if (p === `${prefix}0`) queue.push('typing-off')
        },
        input.sessionId,
      )
      // NOTIFYs sent while the LISTEN connection was down are lost: re-read after it is back
      const offReconnect = ctx.services.pubsub.onReconnect(() => queue.push('events'))
      let last = input.lastEventId ? Number(input.lastEventId) : 0
      try {
        // checkLive: after connect, the WebSocket's login is re-checked in the same statement as the read
        const drain = async function* (checkLive: boolean) {
          for (;;) {
            let rows: StoredEvent[]
            if (checkLive) {
              const read = await listEventsAfterIfLive(ctx.db, viewer.sessionId, input.sessionId, last, 200)
              if (!read.live) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Your session has ended' })
              rows = read.events
            } else rows = await listEventsAfter(ctx.db, input.sessionId, last, 200)
            for (const row of rows) {
              last = row.seq
              yield tracked(String(row.seq), { kind: 'event', event: row } satisfies ChatStreamItem)
            }
            if (rows.length < 200) return
          }
        }
        yield* drain(false)
        for await (const item of queue) {
          // the WebSocket authenticated once, at connect: a revoked session stops here
          if (item === 'events') yield* drain(true)
          else {
            // NOTE: tracked with the last event's seq: the client keeps the id of every message as
            // its resume point, so an untracked typing signal would make a reconnect replay all
            yield tracked(String(last), { kind: 'typing', on: item === 'typing-on' } satisfies ChatStreamItem)
          }
        }
      } catch (error) {
        // an outage mid-stream is a 503 the client retries, not an internal error
        if (isDatabaseUnavailable(error)) throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE, cause: error })
        throw error
      } finally {
        offEvents()
        offTyping()
        offReconnect()
      }
    }),
  }
}

const candidateOwner = (ctx: Context): ChatOwner => {
  if (ctx.viewer?.kind !== 'candidate') throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please log in as a candidate' })
  return { kind: 'candidate', candidateId: ctx.viewer.candidateId }
}

/** The resume bot (candidates). */
export const chatRouter = router({
  start: candidateProcedure
    .input(z.object({ fromResume: z.boolean().optional(), discardActive: z.boolean().optional() }).default({}))
    .mutation(({ ctx, input }) => {
      const owner = candidateOwner(ctx)
      return startOrContinue({ services: ctx.services, owner, runtime: resumeBotRuntime }, input, findActiveResumeSession(owner), sessionBudget(ctx.services, owner))
    }),
  ...sharedChatProcedures(candidateProcedure, candidateOwner, resumeBotRuntime),
})
