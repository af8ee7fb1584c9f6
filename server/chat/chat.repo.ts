import { sql } from 'kysely'
import { sessionIsLiveSql } from '../auth/session.repo'
import { compiledOnce } from '../db/compiled-once'
import type { Queryable } from '../db/database'

/** Whose conversation: a candidate's (resume bot) or an employer's (job-posting bot). */
export type ChatOwner = { kind: 'candidate'; candidateId: string } | { kind: 'employer'; employerId: string }

export const CHAT_EVENTS_CHANNEL = 'chat_events'
export const CHAT_TYPING_CHANNEL = 'chat_typing'

export type StoredEvent = { seq: number; type: string; payload: Record<string, unknown>; createdAt: string }

const SESSION_COLUMNS = [
  'id',
  'candidate_id',
  'employer_id',
  'job_id',
  'kind',
  'status',
  'title',
  'template_family',
  'template_version',
  'role_id',
  'state',
  'state_version',
  'last_seq',
  'upload_file_id',
  'created_at',
  'updated_at',
  'completed_at',
] as const

function sessionsOf(db: Queryable, owner: ChatOwner) {
  const q = db.selectFrom('chat_sessions')
  return owner.kind === 'candidate' ? q.where('candidate_id', '=', owner.candidateId) : q.where('employer_id', '=', owner.employerId)
}

const SESSION_COLUMNS_BUT_STATE = SESSION_COLUMNS.filter((c): c is Exclude<(typeof SESSION_COLUMNS)[number], 'state'> => c !== 'state')

export async function findOwnedSession(db: Queryable, owner: ChatOwner, sessionId: string) {
  return sessionsOf(db, owner).select(SESSION_COLUMNS).where('id', '=', sessionId).executeTakeFirst()
}

/** Row lock: concurrent turns on one session queue here, so each runs on the state the last one left. */
export async function lockOwnedSession(db: Queryable, owner: ChatOwner, sessionId: string) {
  return sessionsOf(db, owner).select(SESSION_COLUMNS).where('id', '=', sessionId).forUpdate().executeTakeFirst()
}

export type ChatSessionRow = NonNullable<Awaited<ReturnType<typeof findOwnedSession>>>

/**
 * lockOwnedSession() and findTurn() in one round trip (a turn's first statement). The stored turn
 * is read with the statement's snapshot, which is older than the row lock when the lock had to
 * wait for another turn of this session: that turn's stored result would then be missing. So
 * `previous` is only trusted when the snapshot already saw the locked row's `last_seq` (every
 * stored turn moves it); otherwise it is `'unknown'` and the caller asks findTurn() again.
 * `state` is null when the row's `last_seq` is `knownLastSeq` (the caller has that state already).
 */
const lockWithTurnQuery = compiledOnce(
  (kind: ChatOwner['kind']) => kind,
  (db, kind, v: { ownerId: string; sessionId: string; clientMessageId: string; knownLastSeq: number }) =>
    db
      .selectFrom('chat_sessions')
      .where(kind === 'candidate' ? 'candidate_id' : 'employer_id', '=', v.ownerId)
      .select(SESSION_COLUMNS_BUT_STATE)
      .select((eb) => [
        // the caller holds the state committed at knownLastSeq (ChatStateCache): not sent again then
        sql<unknown>`case when chat_sessions.last_seq = ${v.knownLastSeq}::int then null else chat_sessions.state end`.as('state'),
        eb.selectFrom('chat_turns as t').select('t.result').whereRef('t.session_id', '=', 'chat_sessions.id').where('t.client_message_id', '=', v.clientMessageId).as('previous_result'),
        eb.selectFrom('chat_sessions as seen').select('seen.last_seq').whereRef('seen.id', '=', 'chat_sessions.id').as('seen_last_seq'),
      ])
      .where('id', '=', v.sessionId)
      .forUpdate('chat_sessions'),
)

export async function lockOwnedSessionWithTurn(db: Queryable, owner: ChatOwner, sessionId: string, clientMessageId: string, knownLastSeq: number | null = null) {
  const ownerId = owner.kind === 'candidate' ? owner.candidateId : owner.employerId
  const [row] = await lockWithTurnQuery(db, owner.kind, { ownerId, sessionId, clientMessageId, knownLastSeq: knownLastSeq ?? -1 })
  if (!row) return undefined
  const { previous_result, seen_last_seq, ...session } = row
  const previous: { result: unknown } | undefined | 'unknown' = seen_last_seq !== session.last_seq ? 'unknown' : previous_result === null ? undefined : { result: previous_result }
  return { session, previous }
}

/** The owner's unfinished conversation of a kind (a candidate has at most one resume session). */
export async function findActiveSession(db: Queryable, owner: ChatOwner, kind: string) {
  return sessionsOf(db, owner).select(SESSION_COLUMNS).where('kind', '=', kind).where('status', '=', 'active').orderBy('updated_at', 'desc').executeTakeFirst()
}

/** An employer's unfinished conversation editing this job, if any. */
export async function findActiveSessionForJob(db: Queryable, owner: ChatOwner, jobId: string) {
  return sessionsOf(db, owner).select(SESSION_COLUMNS).where('job_id', '=', jobId).where('status', '=', 'active').executeTakeFirst()
}

export async function listSessions(db: Queryable, owner: ChatOwner, kind: string) {
  return sessionsOf(db, owner)
    .select(['id', 'title', 'status', 'job_id', 'created_at', 'updated_at', 'completed_at'])
    .where('kind', '=', kind)
    .where('status', '!=', 'discarded')
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute()
}

export type NewSession = {
  owner: ChatOwner
  kind: string
  title: string
  templateFamily: string
  templateVersion: number
  roleId: string | null
  jobId: string | null
  state: unknown
}

export async function insertSession(db: Queryable, s: NewSession): Promise<ChatSessionRow> {
  return db
    .insertInto('chat_sessions')
    .values({
      candidate_id: s.owner.kind === 'candidate' ? s.owner.candidateId : null,
      employer_id: s.owner.kind === 'employer' ? s.owner.employerId : null,
      kind: s.kind,
      status: 'active',
      title: s.title,
      template_family: s.templateFamily,
      template_version: s.templateVersion,
      role_id: s.roleId,
      job_id: s.jobId,
      state: JSON.stringify(s.state),
      updated_at: new Date(),
    })
    .returning(SESSION_COLUMNS)
    .executeTakeFirstOrThrow()
}

export async function markSessionDiscarded(db: Queryable, sessionId: string): Promise<void> {
  await db.updateTable('chat_sessions').set({ status: 'discarded', updated_at: new Date() }).where('id', '=', sessionId).execute()
}

/** Discards the owner's unfinished session; false when there was none. */
export async function discardOwnedSession(db: Queryable, owner: ChatOwner, sessionId: string): Promise<boolean> {
  let q = db.updateTable('chat_sessions').set({ status: 'discarded', updated_at: new Date() }).where('id', '=', sessionId).where('status', '=', 'active')
  q = owner.kind === 'candidate' ? q.where('candidate_id', '=', owner.candidateId) : q.where('employer_id', '=', owner.employerId)
  const r = await q.executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}

export type SessionUpdate = { state: unknown; version: number; lastSeq: number; status: 'active' | 'completed' | 'discarded'; completedAt: Date | null; jobId?: string; title?: string }

type WriteTurnShape = { events: number; jobId: boolean; title: boolean }

const writeTurnQuery = compiledOnce(
  (s: WriteTurnShape) => `${s.events}:${s.jobId}:${s.title}`,
  // values are named per row (seq0, type0, payload0, …): the text depends only on the number of events
  (db, s, v: Record<string, unknown>) => {
    const value = <T>(name: string) => v[name] as T
    const sessionId = value<string>('sessionId')
    return db
      .with('ev', (q) =>
        q
          .insertInto('chat_events')
          .values(Array.from({ length: s.events }, (_, i) => ({ session_id: sessionId, seq: value<number>(`seq${i}`), type: value<string>(`type${i}`), payload: value<string>(`payload${i}`) })))
          .returning(['seq', 'created_at']),
      )
      .with('up', (q) =>
        q
          .updateTable('chat_sessions')
          .set({
            state: value<string>('state'),
            state_version: value<number>('version'),
            last_seq: value<number>('lastSeq'),
            updated_at: value<Date>('now'),
            status: value<SessionUpdate['status']>('status'),
            completed_at: value<Date | null>('completedAt'),
            ...(s.jobId ? { job_id: value<string>('jobId') } : {}),
            ...(s.title ? { title: value<string>('title') } : {}),
          })
          .where('id', '=', sessionId)
          .returning(['id']),
      )
      .with('t', (q) => q.insertInto('chat_turns').values({ session_id: sessionId, client_message_id: value<string>('clientMessageId'), result: value<string>('result') }).returning(['session_id']))
      .selectFrom('ev')
      // identical notifications in one transaction are delivered once
      .select(['ev.seq', 'ev.created_at', sql<unknown>`pg_notify(${CHAT_EVENTS_CHANNEL}, ${value<string>('notification')})`.as('notified')])
  },
)

/**
 * Everything a turn writes, in one statement (one round trip on the hottest path): its events,
 * the session's new state, the turn's result (what a repeated client message id returns), and the
 * NOTIFY that wakes the session's streams. Postgres delivers a NOTIFY when its transaction
 * commits, so no stream is woken before the events are visible, and none is missed.
 */
export async function writeTurn(
  db: Queryable,
  v: { sessionId: string; firstSeq: number; events: Array<{ type: string; payload: unknown }>; session: SessionUpdate; turn: { clientMessageId: string; result: unknown } },
): Promise<StoredEvent[]> {
  const payloads = v.events.map((e) => JSON.stringify(e.payload))
  const values: Record<string, unknown> = {
    sessionId: v.sessionId,
    state: JSON.stringify(v.session.state),
    version: v.session.version,
    lastSeq: v.session.lastSeq,
    now: new Date(),
    status: v.session.status,
    completedAt: v.session.completedAt,
    jobId: v.session.jobId,
    title: v.session.title,
    clientMessageId: v.turn.clientMessageId,
    result: JSON.stringify(v.turn.result),
    notification: `${v.sessionId}:${v.session.lastSeq}`,
  }
  v.events.forEach((e, i) => {
    values[`seq${i}`] = v.firstSeq + i
    values[`type${i}`] = e.type
    values[`payload${i}`] = payloads[i]
  })
  const rows = await writeTurnQuery(db, { events: v.events.length, jobId: Boolean(v.session.jobId), title: Boolean(v.session.title) }, values)
  // the payloads are not sent back: parsing the JSON just written gives what a read returns
  // (jsonb keeps no key order, which nothing compares)
  return rows
    .sort((a, b) => a.seq - b.seq)
    .map((r) => {
      const i = r.seq - v.firstSeq
      return { seq: r.seq, type: v.events[i].type, payload: JSON.parse(payloads[i]) as Record<string, unknown>, createdAt: r.created_at.toISOString() }
    })
}

/** The uploaded original a conversation was built from (kept with the saved resume). */
export async function setSessionUploadFile(db: Queryable, sessionId: string, fileId: string): Promise<void> {
  await db.updateTable('chat_sessions').set({ upload_file_id: fileId }).where('id', '=', sessionId).execute()
}

export async function bumpLastSeq(db: Queryable, sessionId: string, lastSeq: number): Promise<void> {
  await db.updateTable('chat_sessions').set({ last_seq: lastSeq, updated_at: new Date() }).where('id', '=', sessionId).execute()
}

/** Locks the owner's row so two tabs cannot both create a session at once. */
export async function lockOwner(db: Queryable, owner: ChatOwner): Promise<void> {
  if (owner.kind === 'candidate') await db.selectFrom('candidates').select('id').where('id', '=', owner.candidateId).forUpdate().executeTakeFirstOrThrow()
  else await db.selectFrom('employers').select('id').where('id', '=', owner.employerId).forUpdate().executeTakeFirstOrThrow()
}

/** A file the owner uploaded (a licence in the chat), or undefined. */
export async function findOwnedFile(db: Queryable, owner: ChatOwner, fileId: string) {
  if (owner.kind !== 'candidate') return undefined
  return db
    .selectFrom('files')
    .select(['id', 'mime', 'size_bytes'])
    .where('id', '=', fileId)
    .where('candidate_id', '=', owner.candidateId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

export async function findTurn(db: Queryable, sessionId: string, clientMessageId: string) {
  return db.selectFrom('chat_turns').select(['result']).where('session_id', '=', sessionId).where('client_message_id', '=', clientMessageId).executeTakeFirst()
}

/** Appends events and returns them exactly as stored (what any later read will return). */
export async function appendEvents(db: Queryable, sessionId: string, firstSeq: number, events: Array<{ type: string; payload: unknown }>): Promise<StoredEvent[]> {
  if (events.length === 0) return []
  const rows = await db
    .insertInto('chat_events')
    .values(events.map((e, i) => ({ session_id: sessionId, seq: firstSeq + i, type: e.type, payload: JSON.stringify(e.payload) })))
    .returning(['seq', 'type', 'payload', 'created_at'])
    .execute()
  return rows
    .sort((a, b) => a.seq - b.seq)
    .map((r) => ({ seq: r.seq, type: r.type, payload: r.payload as Record<string, unknown>, createdAt: r.created_at.toISOString() }))
}

export async function listEventsAfter(db: Queryable, sessionId: string, afterSeq: number, limit = 500, uptoSeq?: number): Promise<StoredEvent[]> {
  let q = db
    .selectFrom('chat_events')
    .select(['seq', 'type', 'payload', 'created_at'])
    .where('session_id', '=', sessionId)
    .where('seq', '>', afterSeq)
  if (uptoSeq !== undefined) q = q.where('seq', '<=', uptoSeq)
  const rows = await q.orderBy('seq').limit(limit).execute()
  return rows.map((r) => ({ seq: r.seq, type: r.type, payload: r.payload as Record<string, unknown>, createdAt: r.created_at.toISOString() }))
}

// the stream's read after every NOTIFY: compiled once (decision 024)
const eventsIfLiveQuery = compiledOnce(
  () => '',
  (_db, _: null, v: { loginSessionId: string; now: Date; sessionId: string; afterSeq: number; limit: number }) =>
    sql<{ live: boolean; seq: number | null; type: string | null; payload: unknown; created_at: Date | null }>`
    select l.live, e.seq, e.type, e.payload, e.created_at
    from (select ${sessionIsLiveSql(v.loginSessionId, v.now)} as live) l
    left join lateral (
      select seq, type, payload, created_at from chat_events where session_id = ${v.sessionId} and seq > ${v.afterSeq}::int order by seq limit ${v.limit}::int
    ) e on l.live
    order by e.seq`,
)

/**
 * A live stream's read after a NOTIFY: the events after `afterSeq`, but only while the viewer's
 * login session is live (`live: false`: revoked or expired, nothing read) — one round trip.
 */
export async function listEventsAfterIfLive(db: Queryable, loginSessionId: string, sessionId: string, afterSeq: number, limit: number): Promise<{ live: boolean; events: StoredEvent[] }> {
  const rows = await eventsIfLiveQuery(db, null, { loginSessionId, now: new Date(), sessionId, afterSeq, limit })
  const live = rows[0]?.live === true
  const events = rows.flatMap((r) => (r.seq === null || r.type === null || r.created_at === null ? [] : [{ seq: r.seq, type: r.type, payload: r.payload as Record<string, unknown>, createdAt: r.created_at.toISOString() }]))
  return { live, events }
}
