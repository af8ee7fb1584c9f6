import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractJd } from '../server/jobs/jd-extraction/extract-jd'

/**
 * Benchmark of the offline JD extractor over every dev posting (../shared/fixtures/jds and
 * jds-large), in process: the first call separately (it loads the city dataset), then
 * one untimed warm-up pass, then `BENCH_ROUNDS` (default 5) timed rounds over all postings. JSON on the last line: median, p95 and
 * max ms per posting.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fixturesRoot = process.env.JD_FIXTURES_DIR ?? path.resolve(repoRoot, '../shared/fixtures')
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5))

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))]
}
const round2 = (x: number) => Math.round(x * 100) / 100

async function main(): Promise<void> {
  const texts: string[] = []
  for (const set of ['jds', 'jds-large']) {
    const dir = path.join(fixturesRoot, set)
    if (!existsSync(dir)) throw new Error(`bench:jd needs ${dir} (the shared fixtures next to this repository)`)
    for (const f of (await readdir(dir)).filter((x) => x.endsWith('.txt')).sort()) texts.push(await readFile(path.join(dir, f), 'utf8'))
  }
  const t0 = performance.now()
  extractJd(texts[0])
  const coldMs = performance.now() - t0
  // one untimed pass: lazily built tables (city dataset, patterns) are a one-off per process
  for (const t of texts) extractJd(t)
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const start = performance.now()
      extractJd(t)
      times.push(performance.now() - start)
    }
  }
  times.sort((a, b) => a - b)
  const summary = {
    postings: texts.length,
    rounds,
    runs: times.length,
    cold_first_ms: round2(coldMs),
    median_ms: round2(quantile(times, 0.5)),
    p95_ms: round2(quantile(times, 0.95)),
    max_ms: round2(times[times.length - 1] ?? 0),
  }
  process.stdout.write(`JD extraction over ${texts.length} postings × ${rounds} rounds\n${JSON.stringify(summary)}\n`)
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exitCode = 1
})
