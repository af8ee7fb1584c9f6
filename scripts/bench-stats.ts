/** Latency statistics shared by the benchmarks (closed-loop: `concurrency` calls always in flight). */

export const round = (n: number) => Math.round(n * 100) / 100

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

export type Stats = { n: number; p50: number; p95: number; p99: number; max: number; qps: number }

/** Runs `fn` over `items` with `concurrency` in flight; latency of each call in ms. */
export async function measure<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<unknown>): Promise<Stats> {
  const latencies: number[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++]
        const t0 = performance.now()
        await fn(item)
        latencies.push(performance.now() - t0)
      }
    }),
  )
  const wall = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    n: latencies.length,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies[latencies.length - 1] ?? 0),
    qps: round(latencies.length / wall),
  }
}
