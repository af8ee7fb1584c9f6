import { randomBytes } from 'node:crypto'
import type { Cookie } from '@remix-run/node'
import { readSessionId, SESSION_MAX_AGE_S } from './session-cookie'
import type { Queryable } from '../db/database'

export type Viewer =
  | { kind: 'candidate'; candidateId: string; sessionId: string }
  | { kind: 'employer'; employerId: string; sessionId: string }

export async function createSession(
  db: Queryable,
  owner: { candidateId: string } | { employerId: string },
  now = new Date(),
): Promise<string> {
  const id = randomBytes(32).toString('base64url')
  await db
    .insertInto('sessions')
    .values({
      id,
      candidate_id: 'candidateId' in owner ? owner.candidateId : null,
      employer_id: 'employerId' in owner ? owner.employerId : null,
      expires_at: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000),
    })
    .execute()
  return id
}

export async function findViewer(db: Queryable, sessionId: string, now = new Date()): Promise<Viewer | null> {
  const row = await db
    .selectFrom('sessions')
    .select(['id', 'candidate_id', 'employer_id'])
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst()
  if (!row) return null
  if (row.candidate_id) return { kind: 'candidate', candidateId: row.candidate_id, sessionId: row.id }
  if (row.employer_id) return { kind: 'employer', employerId: row.employer_id, sessionId: row.id }
  return null
}

export async function revokeSession(db: Queryable, sessionId: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute()
}

export async function isSessionLive(db: Queryable, sessionId: string): Promise<boolean> {
  return (await findViewer(db, sessionId)) !== null
}

/** The one session reader: the signed cookie → a live session row → who is calling (or null). */
export async function viewerFromCookie(
  services: { sessionCookie: Cookie; db: Queryable; now: () => Date },
  cookieHeader: string | null | undefined,
): Promise<Viewer | null> {
  const sessionId = await readSessionId(services.sessionCookie, cookieHeader)
  return sessionId ? findViewer(services.db, sessionId, services.now()) : null
}
