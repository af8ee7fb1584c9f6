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
 * Numbers the owner's committed, not yet numbered notifications 1, 2, 3… after the last one (in
 * the order they were written, among those committed by then) and announces them (NOTIFY,
 * delivered at commit: streams wake exactly when the numbers are visible). Numbering runs under a per-owner
 * advisory lock, one transaction at a time per owner, each committing before the next starts, so
 * a stream that has read seq N can never later meet a smaller number.
 *
 * NOTE: a round is one statement (one round trip) that only *tries* the lock: with 50 applies to
 * one employer in flight, waiting would park 50 connections behind one numbering. A caller that
 * finds the lock taken leaves: its rows committed before it tried, and the holder re-checks for
 * pending rows after it commits, so it numbers them in its next round. Readers (`wait`) first
 * wait for a round in progress, so the list they read next is numbered.
 */
export async function sequencePending(db: Database, owner: NotificationOwner, opts: { wait?: boolean } = {}): Promise<number> {
  const o = byOwner(owner)
  const key = ownerKey(owner)
  const lockKey = `notifications:${key}`
  let numbered = 0
  let wait = opts.wait ?? false
  for (;;) {
    if (wait) {
      // a reader: nearly always nothing is pending (one indexed read); else it waits for any
      // round in progress, so the list it reads next is numbered
      const any = await db.selectFrom('notifications').select('id').where(o.column, '=', o.id).where('seq', 'is', null).limit(1).executeTakeFirst()
      if (!any) return numbered
      await db.transaction().execute((trx) => sql`select pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`.execute(trx))
      wait = false
    }
    // NOTE: one statement, its own transaction: the lock is held until it ends. Its snapshot is
    // older than the lock, so a row numbered by the previous holder meanwhile could look pending:
    // `for update` re-reads each row's newest version and drops it when `seq is null` no longer holds.
    const { rows } = await sql<{ locked: boolean; numbered: number }>`
      with lock as materialized (select pg_try_advisory_xact_lock(hashtextextended(${lockKey}, 0)) as ok),
      pending as materialized (
        select p.id, row_number() over (order by p.created_at, p.id) as rn
        from (
          select n.id, n.created_at from notifications n
          where n.${sql.ref(o.column)} = ${o.id} and n.seq is null and (select ok from lock)
          for update of n
        ) p
      ),
      counter as (
        insert into notification_counters (owner, last_seq)
        select ${key}, count(*) from pending having count(*) > 0
        on conflict (owner) do update set last_seq = notification_counters.last_seq + excluded.last_seq
        returning last_seq
      ),
      numbered as (
        update notifications n set seq = c.last_seq - (select count(*) from pending) + p.rn
        from pending p, counter c
        where n.id = p.id
        returning n.id
      )
      select (select ok from lock) as locked,
        (select count(*)::int from numbered) as numbered,
        -- announced at commit, with the numbers: identical NOTIFYs in one transaction arrive once
        (select count(*) from (select pg_notify(${NOTIFICATIONS_CHANNEL}, ${key}) from numbered) x) as announced`.execute(db)
    const round = rows[0]
    // the lock's holder numbers what is pending now, after its commit
    if (!round?.locked) return numbered
    if (round.numbered === 0) return numbered
    numbered += round.numbered
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
