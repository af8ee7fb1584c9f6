import type { AppServices } from '../app-services'
import { consumeOrThrow } from '../auth/rate-limit'
import type { ChatOwner } from './chat.repo'

/** Each new conversation costs its owner a point per hour (one batched request once created 100). */
export function sessionBudget(services: AppServices, owner: ChatOwner): () => Promise<void> {
  const key = owner.kind === 'candidate' ? `c:${owner.candidateId}` : `e:${owner.employerId}`
  return () => consumeOrThrow([[services.limiters.chatSessionsByOwner, key]])
}
