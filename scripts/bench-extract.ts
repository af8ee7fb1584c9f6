import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractResume } from '../server/resume/extraction/extract'
import { closePdfWorkers } from '../server/resume/extraction/pdf-text'
import { makeResumePdf, SOFTWARE_ENGINEER } from '../tests/fixtures/make-resume-pdf'

/**
 * Benchmark of the offline extractor over the fixture PDFs: the first (cold) call separately,
 * then `BENCH_ROUNDS` (default 5) rounds over every file. Prints a per-file table, then one JSON
 * line last: median and p95 ms per fixture PDF, and the process's peak RSS (workers included).
 * Without the fixture folder (a bare clone), it runs over generated resumes instead and says so
 * (`"source": "generated"`): the figures then compare only with other generated runs.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fixturesDir = process.env.FIXTURES_DIR ?? path.resolve(repoRoot, '../shared/fixtures/resumes')
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5))
const NOW = new Date('2025-06-01T00:00:00Z')

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)
  return sorted[Math.max(0, i)]
}
const round1 = (x: number) => Math.round(x * 10) / 10

async function loadPdfs(): Promise<{ source: 'fixtures' | 'generated'; pdfs: { file: string; data: Buffer }[] }> {
  if (!existsSync(fixturesDir)) {
    const pdfs = [1, 2, 3].map((pages) => ({ file: `generated-${pages}-page.pdf`, data: makeResumePdf({ ...SOFTWARE_ENGINEER, extraPages: pages - 1 }) }))
    return { source: 'generated', pdfs }
  }
  const files = (await readdir(fixturesDir)).filter((f) => f.endsWith('.pdf')).sort()
  if (files.length === 0) throw new Error(`no fixture PDFs in ${fixturesDir}`)
  return { source: 'fixtures', pdfs: await Promise.all(files.map(async (f) => ({ file: f, data: await readFile(path.join(fixturesDir, f)) }))) }
}

async function main(): Promise<void> {
  const { source, pdfs } = await loadPdfs()
  const files = pdfs.map((p) => p.file)

  const t0 = performance.now()
  const cold = await extractResume(pdfs[0].data, { now: NOW })
  const coldMs = performance.now() - t0
  if (!cold.ok) throw new Error(`${pdfs[0].file} refused: ${cold.code}`)

  const perFile = new Map<string, number[]>(files.map((f) => [f, []]))
  for (let r = 0; r < rounds; r++) {
    for (const { file, data } of pdfs) {
      const start = performance.now()
      const res = await extractResume(data, { now: NOW })
      perFile.get(file)?.push(performance.now() - start)
      if (!res.ok) throw new Error(`${file} refused: ${res.code}`)
    }
  }
  const all = [...perFile.values()].flat().sort((a, b) => a - b)
  const rows = files.map((f) => {
    const xs = [...(perFile.get(f) ?? [])].sort((a, b) => a - b)
    return { file: f, median_ms: round1(quantile(xs, 0.5)), max_ms: round1(xs[xs.length - 1] ?? 0) }
  })
  const width = Math.max(...files.map((f) => f.length))
  process.stdout.write(`${'file'.padEnd(width)}  median ms  max ms\n`)
  for (const r of rows) process.stdout.write(`${r.file.padEnd(width)}  ${String(r.median_ms).padStart(9)}  ${String(r.max_ms).padStart(6)}\n`)
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  const summary = {
    source,
    files: files.length,
    rounds,
    runs: all.length,
    cold_first_ms: round1(coldMs),
    median_ms: round1(quantile(all, 0.5)),
    p95_ms: round1(quantile(all, 0.95)),
    max_ms: round1(all[all.length - 1] ?? 0),
    peak_rss_mb: round1(peakRssMb),
  }
  process.stdout.write(`${JSON.stringify(summary)}\n`)
}

main()
  .catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    process.exitCode = 1
  })
  .finally(() => closePdfWorkers())
