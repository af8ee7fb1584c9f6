/**
 * Turns callbacks (NOTIFY listeners) into an async iterator a subscription generator can
 * `for await` over. Ends when `signal` aborts. Bounded: a flood of notifications collapses, since
 * each item only means "go and read the database".
 */
export function createSignalQueue<T>(signal: AbortSignal | undefined, maxItems = 100) {
  const items: T[] = []
  let wake: (() => void) | null = null
  let ended = signal?.aborted ?? false
  const onAbort = () => {
    ended = true
    wake?.()
  }
  signal?.addEventListener('abort', onAbort, { once: true })
  return {
    push(item: T) {
      if (ended) return
      if (items.length >= maxItems) items.shift()
      items.push(item)
      wake?.()
    },
    async *[Symbol.asyncIterator](): AsyncGenerator<T> {
      try {
        while (!ended) {
          if (items.length === 0) {
            await new Promise<void>((resolve) => (wake = resolve))
            wake = null
            continue
          }
          yield items.shift() as T
        }
      } finally {
        signal?.removeEventListener('abort', onAbort)
      }
    },
  }
}
