import type { Queryable } from '../db/database'

export const CHAT_EVENTS_CHANNEL = 'chat_events'
export const CHAT_TYPING_CHANNEL = 'chat_typing'

export type StoredEvent = { seq: number; type: string; payload: Record<string, unknown>; createdAt: string }

const SESSION_COLUMNS = [
  'id',
  'candidate_id',
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

export async function findOwnedSession(db: Queryable, candidateId: string, sessionId: string) {
  return db.selectFrom('chat_sessions').select(SESSION_COLUMNS).where('id', '=', sessionId).where('candidate_id', '=', candidateId).executeTakeFirst()
}

/** Row lock: concurrent turns on one session queue here, so each runs on the state the last one left. */
export async function lockOwnedSession(db: Queryable, candidateId: string, sessionId: string) {
  return db
    .selectFrom('chat_sessions')
    .select(SESSION_COLUMNS)
    .where('id', '=', sessionId)
    .where('candidate_id', '=', candidateId)
    .forUpdate()
    .executeTakeFirst()
}

export type ChatSessionRow = NonNullable<Awaited<ReturnType<typeof findOwnedSession>>>

export async function findActiveSession(db: Queryable, candidateId: string) {
  return db.selectFrom('chat_sessions').select(SESSION_COLUMNS).where('candidate_id', '=', candidateId).where('status', '=', 'active').executeTakeFirst()
}

export async function listSessions(db: Queryable, candidateId: string) {
  return db
    .selectFrom('chat_sessions')
    .select(['id', 'title', 'status', 'created_at', 'updated_at', 'completed_at'])
    .where('candidate_id', '=', candidateId)
    .where('status', '!=', 'discarded')
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute()
}

export async function findTurn(db: Queryable, sessionId: string, clientMessageId: string) {
  return db.selectFrom('chat_turns').select(['result']).where('session_id', '=', sessionId).where('client_message_id', '=', clientMessageId).executeTakeFirst()
}

export async function insertTurn(db: Queryable, sessionId: string, clientMessageId: string, result: unknown) {
  await db.insertInto('chat_turns').values({ session_id: sessionId, client_message_id: clientMessageId, result: JSON.stringify(result) }).execute()
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
