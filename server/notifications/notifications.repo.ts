import { sql } from 'kysely'
import type { Database, Queryable, Trx } from '../db/database'

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
 * Writes notifications in the caller's transaction (so they exist exactly when the change does),
 * not yet numbered: `sequencePending` numbers them once the transaction has committed.
 */
export async function insertNotifications(trx: Trx, items: readonly NewNotification[], now: Date): Promise<PendingNotification[]> {
  if (items.length === 0) return []
  const rows = await trx
    .insertInto('notifications')
    .values(
      items.map((n) => ({
        candidate_id: n.owner.kind === 'candidate' ? n.owner.candidateId : null,
        employer_id: n.owner.kind === 'employer' ? n.owner.employerId : null,
        seq: null,
        kind: n.kind,
        title: n.title,
        body: n.body,
        href: n.href,
        application_id: n.applicationId,
        job_id: n.jobId,
        created_at: now,
      })),
    )
    .returning(['id', 'kind', 'title', 'body', 'href'])
    .execute()
  return rows.map((r, i) => ({ ...r, owner: items[i].owner }))
}

export type PendingNotification = { id: string; kind: string; title: string; body: string; href: string | null; owner: NotificationOwner }

/**
 * Numbers the owner's committed, not yet numbered notifications 1, 2, 3… after the last one, in
 * the order they were written, and announces them (NOTIFY, delivered at commit: streams wake
 * exactly when the numbers are visible, one commit for both). Numbering runs under a per-owner
 * advisory lock, one transaction at a time per owner, each committing before the next starts, so
 * a stream that has read seq N can never later meet a smaller number.
 *
 * NOTE: writers only *try* the lock: with 50 applies to one employer in flight, waiting would
 * park 50 connections behind one numbering. A caller that finds the lock taken leaves: its rows
 * committed before it tried, and the holder re-checks for pending rows after it commits, so it
 * numbers them in its next round. Readers (`wait`) block instead, so the list they read next is
 * numbered. Nearly always nothing is pending, and the check costs one indexed read.
 */
export async function sequencePending(db: Database, owner: NotificationOwner, opts: { wait?: boolean } = {}): Promise<number> {
  const o = byOwner(owner)
  const key = ownerKey(owner)
  const lockKey = `notifications:${key}`
  let numbered = 0
  let wait = opts.wait ?? false
  for (;;) {
    const any = await db.selectFrom('notifications').select('id').where(o.column, '=', o.id).where('seq', 'is', null).limit(1).executeTakeFirst()
    if (!any) return numbered
    const round = await db.transaction().execute(async (trx) => {
      if (wait) await sql`select pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`.execute(trx)
      else if (!(await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(hashtextextended(${lockKey}, 0)) as ok`.execute(trx)).rows[0]?.ok) return null
      const pending = await trx
        .selectFrom('notifications')
        .select(['id'])
        .where(o.column, '=', o.id)
        .where('seq', 'is', null)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
      if (pending.length === 0) return 0
      const { last_seq } = await trx
        .insertInto('notification_counters')
        .values({ owner: key, last_seq: pending.length })
        .onConflict((oc) => oc.column('owner').doUpdateSet({ last_seq: sql<number>`notification_counters.last_seq + ${pending.length}::bigint` }))
        .returning(['last_seq'])
        .executeTakeFirstOrThrow()
      const first = Number(last_seq) - pending.length + 1
      await sql`
        update notifications n set seq = v.seq
        from (values ${sql.join(pending.map((p, i) => sql`(${p.id}::uuid, ${first + i}::bigint)`))}) as v(id, seq)
        where n.id = v.id`.execute(trx)
      await sql`select pg_notify(${NOTIFICATIONS_CHANNEL}, ${key})`.execute(trx)
      return pending.length
    })
    // the lock's holder numbers what is pending now, after its commit
    if (round === null) return numbered
    numbered += round
    // NOTE: after its own round a caller is a holder that has released the lock: it re-checks
    // (someone may have left while it held the lock) but no longer waits for anyone
    wait = false
  }
}

/** The owner's notifications with seq > `afterSeq`, oldest first (the stream's replay). */
export async function listNotificationsAfter(db: Queryable, owner: NotificationOwner, afterSeq: number, limit: number) {
  const o = byOwner(owner)
  const rows = await db
    .selectFrom('notifications')
    .select([...NOTIFICATION_COLUMNS])
    .where(o.column, '=', o.id)
    .where('seq', '>', afterSeq)
    .where('seq', 'is not', null)
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
    .where('seq', 'is not', null)
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
    .where('seq', 'is not', null)
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
