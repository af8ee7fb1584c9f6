import type { Viewer } from '../auth/session.repo'
import type { Queryable } from '../db/database'
import type { ApplicationStatus } from '../db/schema'
import { applicationStatusesForJobs } from './applications.repo'

export type AppliedMark = { applied: boolean; applicationStatus: ApplicationStatus | null }

/**
 * Marks job cards the signed-in candidate has applied to, with one indexed query for the whole
 * page. Anyone else (anonymous, employers) gets every card unmarked without a query. A withdrawn
 * application does not count as applied (the candidate may apply again).
 */
export async function markApplied<T extends { id: string }>(db: Queryable, viewer: Viewer | null, cards: T[]): Promise<(T & AppliedMark)[]> {
  const statuses = viewer?.kind === 'candidate' ? await applicationStatusesForJobs(db, viewer.candidateId, cards.map((c) => c.id)) : new Map<string, ApplicationStatus>()
  return cards.map((card) => {
    const status = statuses.get(card.id) ?? null
    return { ...card, applied: status !== null && status !== 'withdrawn', applicationStatus: status }
  })
}
