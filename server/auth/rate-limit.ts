import { TRPCError } from '@trpc/server'
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

const DEFAULT_REFUSAL = 'Too many attempts.'

/** "in 5 minutes" / "in 3 hours": a day-long window in minutes reads badly. */
export function waitInWords(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000))
  if (minutes <= 90) return `${minutes} minute${minutes === 1 ? '' : 's'}`
  const hours = Math.ceil(minutes / 60)
  return `${hours} hour${hours === 1 ? '' : 's'}`
}

function tooMany(msBeforeNext: number, refusal: string): TRPCError {
  return new TRPCError({ code: 'TOO_MANY_REQUESTS', message: `${refusal} Please try again in ${waitInWords(msBeforeNext)}.` })
}

/** Consumes one point from each limiter; a refusal says when to try again, in words. */
export async function consumeOrThrow(limiters: Array<[RateLimiterAbstract, string]>, refusal = DEFAULT_REFUSAL): Promise<void> {
  for (const [limiter, key] of limiters) {
    try {
      await limiter.consume(key)
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooMany(error.msBeforeNext, refusal)
      throw error
    }
  }
}

/** Refuses, without consuming, when the key has no points left (a budget spent elsewhere). */
export async function throwIfSpent(limiter: RateLimiterAbstract, key: string, refusal = DEFAULT_REFUSAL): Promise<void> {
  const res = await limiter.get(key)
  if (res && res.remainingPoints <= 0 && res.msBeforeNext > 0) throw tooMany(res.msBeforeNext, refusal)
}
