import type { ChatState } from './chat-machine'

/**
 * The states this process committed last, by session, keyed by the session's `last_seq` at that
 * commit. Every stored turn moves `last_seq` and `seq`s are unique per session, so a state cached
 * for (session, last_seq) is the one the database holds while the row still has that `last_seq`:
 * a turn whose locked row shows it reuses the state instead of reading the jsonb back and
 * validating it again (decision 024). Any other writer (another instance, a progress event) moves
 * `last_seq`, and the entry is simply not used. Entries are set only after COMMIT, frozen (the
 * machine is pure; a mutation would throw rather than corrupt the next turn), and bounded: the
 * least recently used goes first.
 */
export class ChatStateCache {
  private readonly entries = new Map<string, { lastSeq: number; state: ChatState }>()

  constructor(private readonly max: number) {}

  /**
   * The state this process committed last for the session and the `last_seq` it was committed at,
   * marked recently used. A turn takes it before locking the row and uses this same object after:
   * another session's turn may evict the entry while this one waits for its lock, and the lock's
   * read leaves the state out when the row is still at `lastSeq`.
   */
  latest(sessionId: string): { readonly lastSeq: number; readonly state: ChatState } | undefined {
    const hit = this.entries.get(sessionId)
    if (!hit) return undefined
    // most recently used last: Map keeps insertion order
    this.entries.delete(sessionId)
    this.entries.set(sessionId, hit)
    return hit
  }

  /** After COMMIT only: a rolled-back turn's state must never be reused. */
  set(sessionId: string, lastSeq: number, state: ChatState): void {
    this.entries.delete(sessionId)
    // the stored form (what a read of the jsonb returns), not the machine's object, frozen
    this.entries.set(sessionId, { lastSeq, state: deepFreeze(JSON.parse(JSON.stringify(state)) as ChatState) })
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string)
  }

  delete(sessionId: string): void {
    this.entries.delete(sessionId)
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}
