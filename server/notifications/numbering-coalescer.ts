/**
 * One notification-numbering run per owner at a time in this process. A request made while a
 * run is in flight is served by one more run after it (its rows were committed before it asked,
 * so that run sees them): fifty applies to one employer cost a couple of numbering statements,
 * not fifty. Across processes the database's lock protocol (`sequencePending`) still holds.
 */
export type NumberingCoalescer = { run: (key: string, work: () => Promise<unknown>) => Promise<void> }

export function createNumberingCoalescer(): NumberingCoalescer {
  const inflight = new Map<string, { again: boolean; done: Promise<void> }>()
  return {
    run(key, work) {
      const current = inflight.get(key)
      if (current) {
        current.again = true
        return current.done
      }
      const entry = { again: false, done: Promise.resolve() }
      entry.done = (async () => {
        try {
          do {
            entry.again = false
            await work()
            // NOTE: no await between this check and the delete below: a request cannot slip in unserved
          } while (entry.again)
        } finally {
          inflight.delete(key)
        }
      })()
      inflight.set(key, entry)
      return entry.done
    },
  }
}
