import { z } from 'zod'
import type { MatchCursor } from './matching.repo'

/**
 * An opaque keyset cursor for recommendations. It carries the `now` the first page was scored
 * with, so later pages score recency identically and nothing is skipped or repeated while the
 * candidate's facts stay the same.
 */
const cursorSchema = z.object({
  v: z.literal(1),
  now: z.string().datetime(),
  score: z.number().finite(),
  postedUs: z.number().int().nonnegative(),
  id: z.string().uuid(),
})

export function encodeCursor(now: Date, after: MatchCursor): string {
  return Buffer.from(JSON.stringify({ v: 1, now: now.toISOString(), ...after })).toString('base64url')
}

/** null when the cursor is not one of ours (tampered, truncated, old format). */
export function decodeCursor(cursor: string): { now: Date; after: MatchCursor } | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')))
    if (!parsed.success) return null
    const { now, score, postedUs, id } = parsed.data
    return { now: new Date(now), after: { score, postedUs, id } }
  } catch {
    return null
  }
}
