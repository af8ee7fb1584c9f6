/**
 * Caps on live subscriptions, per WebSocket connection and per user, in this process. A page
 * needs one or two streams; the caps only stop a client that opens hundreds and holds them.
 * Counts live in the AppServices object (one per process), never in module variables.
 */
export const SUBSCRIPTION_LIMITS = { perConnection: 8, perUser: 16 } as const

export type SubscriptionSlots = {
  /** a release function, or null when either cap is reached */
  acquire: (connectionKey: string, userKey: string) => (() => void) | null
  /** open subscriptions now (tests, metrics) */
  size: () => number
}

export function createSubscriptionSlots(limits: { perConnection: number; perUser: number } = SUBSCRIPTION_LIMITS): SubscriptionSlots {
  const byConnection = new Map<string, number>()
  const byUser = new Map<string, number>()
  let open = 0
  const bump = (map: Map<string, number>, key: string, by: number) => {
    const n = (map.get(key) ?? 0) + by
    if (n <= 0) map.delete(key)
    else map.set(key, n)
  }
  return {
    acquire(connectionKey, userKey) {
      if ((byConnection.get(connectionKey) ?? 0) >= limits.perConnection) return null
      if ((byUser.get(userKey) ?? 0) >= limits.perUser) return null
      bump(byConnection, connectionKey, 1)
      bump(byUser, userKey, 1)
      open++
      let released = false
      return () => {
        if (released) return
        released = true
        bump(byConnection, connectionKey, -1)
        bump(byUser, userKey, -1)
        open--
      }
    },
    size: () => open,
  }
}

/** Yields what `source` yields and releases the slot however the stream ends. */
export async function* releaseWhenDone<T>(source: AsyncIterable<T>, release: () => void): AsyncGenerator<T> {
  try {
    yield* source
  } finally {
    release()
  }
}
