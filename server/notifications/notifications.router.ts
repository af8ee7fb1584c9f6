import { tracked, TRPCError } from '@trpc/server'
import { z } from 'zod'
import { isSessionLive } from '../auth/session.repo'
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/database'
import { createSignalQueue } from '../realtime/signal-queue'
import type { Context } from '../trpc/context'
import { publicProcedure, router } from '../trpc/init'
import {
  listNotificationsAfter,
  listNotificationsBefore,
  markNotificationsRead,
  NOTIFICATIONS_CHANNEL,
  notificationState,
  ownerKey,
  sequencePending,
  type NotificationOwner,
  type NotificationRow,
} from './notifications.repo'
import { publishReadChange } from './notifications.service'

/** Candidates and employers alike: each only ever reads their own notifications. */
const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please log in' })
  return next({ ctx: { ...ctx, viewer: ctx.viewer } })
})

function ownerOf(ctx: Context): NotificationOwner {
  const v = ctx.viewer
  if (v?.kind === 'candidate') return { kind: 'candidate', candidateId: v.candidateId }
  if (v?.kind === 'employer') return { kind: 'employer', employerId: v.employerId }
  throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please log in' })
}

export type NotificationView = {
  id: string
  seq: number
  kind: string
  title: string
  body: string
  href: string | null
  applicationId: string | null
  jobId: string | null
  read: boolean
  createdAt: string
}

export function toNotificationView(r: NotificationRow): NotificationView {
  return {
    id: r.id,
    seq: r.seq,
    kind: r.kind,
    title: r.title,
    body: r.body,
    href: r.href,
    applicationId: r.application_id,
    jobId: r.job_id,
    read: r.read_at !== null,
    createdAt: r.created_at.toISOString(),
  }
}

/** What the live stream carries: a new notification, or the badge state (on connect and after reads). */
export type NotificationStreamItem = { kind: 'notification'; notification: NotificationView } | { kind: 'sync'; unread: number; lastSeq: number }

const PAGE = 20
const seqId = z.string().regex(/^\d{1,15}$/, 'lastEventId is a notification number')

export const notificationsRouter = router({
  /** Newest first; `cursor` is the seq of the last item of the previous page. */
  list: signedInProcedure
    .input(z.object({ cursor: seqId.nullish() }).strict().default({}))
    .query(async ({ ctx, input }) => {
      const owner = ownerOf(ctx)
      // anything a crash left unnumbered is numbered now (nearly always: one cheap lookup)
      await sequencePending(ctx.db, owner, { wait: true })
      const [rows, state] = await Promise.all([
        listNotificationsBefore(ctx.db, owner, input.cursor ? Number(input.cursor) : null, PAGE + 1),
        notificationState(ctx.db, owner),
      ])
      const items = rows.slice(0, PAGE)
      return {
        items: items.map(toNotificationView),
        nextCursor: rows.length > PAGE ? String(items[items.length - 1].seq) : null,
        unread: state.unread,
        /** subscribe to `stream` with this as lastEventId to get everything after this list */
        lastSeq: state.lastSeq,
      }
    }),

  unreadCount: signedInProcedure.query(async ({ ctx }) => {
    const state = await notificationState(ctx.db, ownerOf(ctx))
    return { count: state.unread, lastSeq: state.lastSeq }
  }),

  markRead: signedInProcedure
    .input(
      z
        .object({ ids: z.array(z.string().uuid('Unknown notification')).min(1).max(200).optional(), all: z.boolean().optional() })
        .strict()
        .refine((v) => (v.ids !== undefined) !== (v.all === true), 'Say which notifications to mark read: ids, or all: true'),
    )
    .mutation(async ({ ctx, input }) => {
      const owner = ownerOf(ctx)
      const updated = await markNotificationsRead(ctx.db, owner, input.all ? 'all' : (input.ids ?? []), ctx.services.now())
      if (updated > 0) await publishReadChange(ctx.services, owner)
      const state = await notificationState(ctx.db, owner)
      return { updated, unread: state.unread }
    }),

  /**
   * Live notifications, resumable like chat.events: listen first, replay from the database after
   * `lastEventId` (without one: from now on), then forward what NOTIFY announces. Each
   * notification is tracked by its per-user seq, so a reconnect resumes exactly after the last
   * one seen. A `sync` item (unread count) comes on connect and after read changes.
   */
  stream: signedInProcedure.input(z.object({ lastEventId: seqId.nullish() }).strict().default({})).subscription(async function* ({ ctx, input, signal }) {
    const owner = ownerOf(ctx)
    const key = ownerKey(owner)
    const queue = createSignalQueue<'new' | 'read'>(signal)
    const off = await ctx.services.pubsub.subscribe(
      NOTIFICATIONS_CHANNEL,
      (p) => {
        if (p === key) queue.push('new')
        else if (p === `${key}:read`) queue.push('read')
      },
      key,
    )
    // NOTIFYs sent while the LISTEN connection was down are lost: re-read after it is back
    const offReconnect = ctx.services.pubsub.onReconnect(() => queue.push('new'))
    try {
      await sequencePending(ctx.db, owner, { wait: true })
      const start = await notificationState(ctx.db, owner)
      let last = input.lastEventId ? Number(input.lastEventId) : start.lastSeq
      const drain = async function* () {
        for (;;) {
          const rows = await listNotificationsAfter(ctx.db, owner, last, 200)
          for (const row of rows) {
            last = row.seq
            yield tracked(String(row.seq), { kind: 'notification', notification: toNotificationView(row) } satisfies NotificationStreamItem)
          }
          if (rows.length < 200) return
        }
      }
      const sync = async () => {
        const state = await notificationState(ctx.db, owner)
        // NOTE: tracked with the last notification's seq, so a reconnect after a sync replays nothing twice
        return tracked(String(last), { kind: 'sync', unread: state.unread, lastSeq: state.lastSeq } satisfies NotificationStreamItem)
      }
      yield* drain()
      yield await sync()
      for await (const item of queue) {
        // the WebSocket authenticated once, at connect: a revoked session stops here
        if (!(await isSessionLive(ctx.db, ctx.viewer.sessionId))) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Your session has ended' })
        if (item === 'new') yield* drain()
        yield await sync()
      }
    } catch (error) {
      // an outage mid-stream is a 503 the client retries, not an internal error
      if (isDatabaseUnavailable(error)) throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE, cause: error })
      throw error
    } finally {
      off()
      offReconnect()
    }
  }),
})
