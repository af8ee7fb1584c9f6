import { TRPCError } from '@trpc/server'
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

/** Consumes one point from each limiter; a refusal says when to try again, in words. */
export async function consumeOrThrow(limiters: Array<[RateLimiterAbstract, string]>): Promise<void> {
  for (const [limiter, key] of limiters) {
    try {
      await limiter.consume(key)
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        const minutes = Math.max(1, Math.ceil(error.msBeforeNext / 60_000))
        throw new TRPCError({
          code: 'TOO_MANY_REQUESTS',
          message: `Too many attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        })
      }
      throw error
    }
  }
}
