import { sql } from 'kysely'
import type { Queryable, Trx } from '../db/database'

/** Whose notifications: a candidate's or an employer's (exactly one column of the row is set). */
export type NotificationOwner = { kind: 'candidate'; candidateId: string } | { kind: 'employer'; employerId: string }

/** LISTEN/NOTIFY channel; the payload is the owner key only (receivers read the rows). */
export const NOTIFICATIONS_CHANNEL = 'notifications'

/** 'c:<candidate id>' / 'e:<employer id>': the counter key and the NOTIFY payload. */
export function ownerKey(owner: NotificationOwner): string {
  return owner.kind === 'candidate' ? `c:${owner.candidateId}` : `e:${owner.employerId}`
}

export type NewNotification = {
  owner: NotificationOwner
  kind: string
  title: string
  body: string
  href: string | null
  applicationId: string | null
  jobId: string | null
}

export const NOTIFICATION_COLUMNS = ['id', 'seq', 'kind', 'title', 'body', 'href', 'application_id', 'job_id', 'read_at', 'created_at'] as const

export type NotificationRow = Awaited<ReturnType<typeof listNotificationsAfter>>[number]

const byOwner = (owner: NotificationOwner) =>
  owner.kind === 'candidate' ? ({ column: 'candidate_id', id: owner.candidateId } as const) : ({ column: 'employer_id', id: owner.employerId } as const)

/**
 * Inserts notifications in the caller's transaction, numbering them per recipient. Call it as the
 * transaction's last statement: the counter row stays locked until commit (that is what keeps a
 * recipient's notifications committing in seq order), so the shorter the rest, the better.
 * Recipients are locked in key order, so two transactions never wait on each other in a circle.
 */
export async function insertNotifications(trx: Trx, items: readonly NewNotification[], now: Date): Promise<(NotificationRow & { owner: NotificationOwner })[]> {
  const groups = new Map<string, NewNotification[]>()
  for (const item of items) {
    const key = ownerKey(item.owner)
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  const out: (NotificationRow & { owner: NotificationOwner })[] = []
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key) ?? []
    const { last_seq } = await trx
      .insertInto('notification_counters')
      .values({ owner: key, last_seq: group.length })
      .onConflict((oc) => oc.column('owner').doUpdateSet({ last_seq: sql<number>`notification_counters.last_seq + ${group.length}::bigint` }))
      .returning(['last_seq'])
      .executeTakeFirstOrThrow()
    const first = Number(last_seq) - group.length + 1
    const rows = await trx
      .insertInto('notifications')
      .values(
        group.map((n, i) => ({
          candidate_id: n.owner.kind === 'candidate' ? n.owner.candidateId : null,
          employer_id: n.owner.kind === 'employer' ? n.owner.employerId : null,
          seq: first + i,
          kind: n.kind,
          title: n.title,
          body: n.body,
          href: n.href,
          application_id: n.applicationId,
          job_id: n.jobId,
          created_at: now,
        })),
      )
      .returning([...NOTIFICATION_COLUMNS])
      .execute()
    out.push(...rows.map((r, i) => ({ ...r, seq: Number(r.seq), owner: group[i].owner })))
  }
  return out
}

/** The owner's notifications with seq > `afterSeq`, oldest first (the stream's replay). */
export async function listNotificationsAfter(db: Queryable, owner: NotificationOwner, afterSeq: number, limit: number) {
  const o = byOwner(owner)
  const rows = await db
    .selectFrom('notifications')
    .select([...NOTIFICATION_COLUMNS])
    .where(o.column, '=', o.id)
    .where('seq', '>', afterSeq)
    .orderBy('seq', 'asc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }))
}

/** One page of the owner's notifications, newest first, older than `beforeSeq` when given. */
export async function listNotificationsBefore(db: Queryable, owner: NotificationOwner, beforeSeq: number | null, limit: number) {
  const o = byOwner(owner)
  const rows = await db
    .selectFrom('notifications')
    .select([...NOTIFICATION_COLUMNS])
    .where(o.column, '=', o.id)
    .$if(beforeSeq !== null, (q) => q.where('seq', '<', beforeSeq as number))
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }))
}

/** Unread count and the newest seq, in one statement (the header badge and the stream's start). */
export async function notificationState(db: Queryable, owner: NotificationOwner): Promise<{ unread: number; lastSeq: number }> {
  const o = byOwner(owner)
  const row = await db
    .selectFrom('notifications')
    .select([sql<number>`count(*) filter (where read_at is null)::int`.as('unread'), sql<number>`coalesce(max(seq), 0)::bigint`.as('last_seq')])
    .where(o.column, '=', o.id)
    .executeTakeFirstOrThrow()
  return { unread: Number(row.unread), lastSeq: Number(row.last_seq) }
}

/** Marks the owner's notifications read: the given ids, or all. Another owner's id matches nothing. */
export async function markNotificationsRead(db: Queryable, owner: NotificationOwner, ids: readonly string[] | 'all', now: Date): Promise<number> {
  if (ids !== 'all' && ids.length === 0) return 0
  const o = byOwner(owner)
  const result = await db
    .updateTable('notifications')
    .set({ read_at: now })
    .where(o.column, '=', o.id)
    .where('read_at', 'is', null)
    .$if(ids !== 'all', (q) => q.where('id', 'in', ids as string[]))
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}
