import { randomBytes } from 'node:crypto'
import type { Cookie } from '@remix-run/node'
import { sql, type RawBuilder } from 'kysely'
import { readSessionId, SESSION_MAX_AGE_S } from './session-cookie'
import { ipPrefix, USER_AGENT_MAX } from './session-device'
import type { Queryable } from '../db/database'

export type Viewer =
  /** `locale`: the account's language as this request started (read with the session: one round trip per request) */
  | { kind: 'candidate'; candidateId: string; sessionId: string; locale: string }
  | { kind: 'employer'; employerId: string; sessionId: string }

export type SessionOwner = { candidateId: string } | { employerId: string }

/** `last_seen_at` moves at most this often, so reading a session is not a write per request. */
export const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000

export async function createSession(
  db: Queryable,
  owner: SessionOwner,
  now = new Date(),
  client: { userAgent?: string | null; ip?: string | null } = {},
): Promise<string> {
  const id = randomBytes(32).toString('base64url')
  await db
    .insertInto('sessions')
    .values({
      id,
      candidate_id: 'candidateId' in owner ? owner.candidateId : null,
      employer_id: 'employerId' in owner ? owner.employerId : null,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000),
      user_agent: client.userAgent ? client.userAgent.slice(0, USER_AGENT_MAX) : null,
      ip_prefix: ipPrefix(client.ip),
    })
    .execute()
  return id
}

async function findLiveSession(db: Queryable, sessionId: string, now: Date) {
  return db
    .selectFrom('sessions as s')
    // the candidate's language comes with the session: every page needs it (decision 017)
    .leftJoin('candidates as c', 'c.id', 's.candidate_id')
    .select(['s.id', 's.candidate_id', 's.employer_id', 's.last_seen_at', 'c.locale'])
    .where('s.id', '=', sessionId)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', now)
    .executeTakeFirst()
}

function toViewer(row: { id: string; candidate_id: string | null; employer_id: string | null; locale: string | null }): Viewer | null {
  if (row.candidate_id) return { kind: 'candidate', candidateId: row.candidate_id, sessionId: row.id, locale: row.locale ?? 'en' }
  if (row.employer_id) return { kind: 'employer', employerId: row.employer_id, sessionId: row.id }
  return null
}

export async function findViewer(db: Queryable, sessionId: string, now = new Date()): Promise<Viewer | null> {
  const row = await findLiveSession(db, sessionId, now)
  return row ? toViewer(row) : null
}

export async function revokeSession(db: Queryable, sessionId: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute()
}

export async function isSessionLive(db: Queryable, sessionId: string): Promise<boolean> {
  return (await findViewer(db, sessionId)) !== null
}

/**
 * isSessionLive() as a condition, for a stream that checks it in the statement that reads what
 * it sends (one round trip instead of two). The same rule as findLiveSession() + toViewer().
 */
export function sessionIsLiveSql(sessionId: string, now = new Date()): RawBuilder<boolean> {
  return sql<boolean>`exists (select 1 from sessions s where s.id = ${sessionId} and s.revoked_at is null and s.expires_at > ${now}
    and (s.candidate_id is not null or s.employer_id is not null))`
}

/** The one session reader: the signed cookie → a live session row → who is calling (or null). */
export async function viewerFromCookie(
  services: { sessionCookie: Cookie; db: Queryable; now: () => Date },
  cookieHeader: string | null | undefined,
): Promise<Viewer | null> {
  const sessionId = await readSessionId(services.sessionCookie, cookieHeader)
  if (!sessionId) return null
  const now = services.now()
  const row = await findLiveSession(services.db, sessionId, now)
  if (!row) return null
  if (now.getTime() - row.last_seen_at.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    // the guard in WHERE keeps concurrent requests of one session to a single effective write
    await services.db
      .updateTable('sessions')
      .set({ last_seen_at: now })
      .where('id', '=', row.id)
      .where('last_seen_at', '<=', new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS))
      .execute()
  }
  return toViewer(row)
}

/** The owner's live sessions, the newest use first. */
export async function listLiveSessions(db: Queryable, owner: SessionOwner, now = new Date()) {
  return db
    .selectFrom('sessions')
    .select(['id', 'public_id', 'user_agent', 'ip_prefix', 'created_at', 'last_seen_at'])
    .$call((q) => ('candidateId' in owner ? q.where('candidate_id', '=', owner.candidateId) : q.where('employer_id', '=', owner.employerId)))
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .orderBy('created_at', 'desc')
    .execute()
}

/**
 * Revokes the owner's live sessions named by public id (all but `exceptSessionId` when no ids are
 * given) and returns the row ids it ended, for closing their sockets. Another owner's id matches
 * nothing.
 */
export async function revokeOwnedSessions(
  db: Queryable,
  owner: SessionOwner,
  which: { publicId: string } | { allExcept: string },
  now = new Date(),
): Promise<string[]> {
  const rows = await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .$call((q) => ('candidateId' in owner ? q.where('candidate_id', '=', owner.candidateId) : q.where('employer_id', '=', owner.employerId)))
    .$call((q) => ('publicId' in which ? q.where('public_id', '=', which.publicId) : q.where('id', '<>', which.allExcept)))
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('id')
    .execute()
  return rows.map((r) => r.id)
}

export function ownerOf(viewer: Viewer): SessionOwner {
  return viewer.kind === 'candidate' ? { candidateId: viewer.candidateId } : { employerId: viewer.employerId }
}
