import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import PDFParser from 'pdf2json'
import { extractFromLayout, extractResume } from '../server/resume/extraction/extract'
import { closePdfWorkers, readPdfText } from '../server/resume/extraction/pdf-text'
import { makeResumePdf, SOFTWARE_ENGINEER } from '../tests/fixtures/make-resume-pdf'

/**
 * Benchmark of the offline extractor against pdf2json's own parse, on the same files in the same
 * run: per file, `BENCH_ROUNDS` (default 5) rounds of (a) pdf2json alone, in process (parse +
 * raw text, nothing else) and (b) the whole extraction (checks, worker hand-off, layout, fields).
 * Sets: the hand-labelled fixtures and the job-portal set when present (`FIXTURES_DIR`,
 * `DATATURKS_DIR` override); without them (a bare clone) generated resumes, said so in `source`.
 * Prints a per-file table for the first set and a summary line per set, then one JSON line last:
 * median and p95 ms of both, their ratio at the median, the whole extraction's two halves (the
 * worker: checks, pdf2json, layout, links and the hand-off; the fields on the main thread), the
 * cold first call and peak RSS; and the worker half split by the worker's own clock (checks, pdf2json,
 * layout) with the hand-off as the remainder. NOTE: on a loaded machine the worker half also carries the thread
 * hand-offs' scheduling delays, which pdf2json alone (in this thread) does not.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fixturesDir = process.env.FIXTURES_DIR ?? path.resolve(repoRoot, '../shared/fixtures/resumes')
const dataturksDir = process.env.DATATURKS_DIR ?? path.resolve(repoRoot, '../shared/fixtures/resumes-dataturks')
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5))
const NOW = new Date('2025-06-01T00:00:00Z')

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)
  return sorted[Math.max(0, i)]
}
const round1 = (x: number) => Math.round(x * 10) / 10

interface BenchSet {
  name: string
  source: 'fixtures' | 'generated'
  pdfs: { file: string; data: Buffer }[]
}

async function pdfsIn(dir: string): Promise<{ file: string; data: Buffer }[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.pdf')).sort()
  return Promise.all(files.map(async (f) => ({ file: f, data: await readFile(path.join(dir, f)) })))
}

async function loadSets(): Promise<BenchSet[]> {
  if (!existsSync(fixturesDir)) {
    const pdfs = [1, 2, 3].map((pages) => ({ file: `generated-${pages}-page.pdf`, data: makeResumePdf({ ...SOFTWARE_ENGINEER, extraPages: pages - 1 }) }))
    return [{ name: 'generated', source: 'generated', pdfs }]
  }
  const sets: BenchSet[] = [{ name: 'hand', source: 'fixtures', pdfs: await pdfsIn(fixturesDir) }]
  if (existsSync(path.join(dataturksDir, 'pdfs'))) sets.push({ name: 'dataturks', source: 'fixtures', pdfs: await pdfsIn(path.join(dataturksDir, 'pdfs')) })
  return sets
}

// NOTE: pdf2json's pdf.js prints "Warning: …" lines through console.log in the thread that runs it
// (the worker's are dropped); keep them out of the report.
for (const level of ['log', 'warn'] as const) {
  const original = console[level].bind(console)
  console[level] = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('Warning:')) return
    original(...args)
  }
}

/** pdf2json alone, as the worker calls it: parse the bytes, then read the raw text. */
function pdf2jsonAlone(data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const parser = new PDFParser(null, true)
    parser.on('pdfParser_dataError', (e: unknown) => reject(e instanceof Error ? e : new Error(String(e))))
    parser.on('pdfParser_dataReady', () => {
      parser.getRawTextContent()
      resolve()
    })
    const own = Buffer.alloc(data.byteLength)
    own.set(data)
    parser.parseBuffer(own)
  })
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

async function benchSet(set: BenchSet, printTable: boolean) {
  const parse = new Map<string, number[]>(set.pdfs.map((p) => [p.file, []]))
  const whole = new Map<string, number[]>(set.pdfs.map((p) => [p.file, []]))
  // the whole extraction in its two halves, as extractResume runs them: the worker's part (checks,
  // pdf2json, layout, links, the hand-off) and the fields on the main thread
  const worker: number[] = []
  const fields: number[] = []
  // inside the worker (its own clock): checks, pdf2json, layout; the rest of the worker half is
  // the hand-off (copy, messages both ways, waiting for the thread to be scheduled)
  const inChecks: number[] = []
  const inParse: number[] = []
  const inLayout: number[] = []
  const handoff: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const { file, data } of set.pdfs) {
      parse.get(file)?.push(await time(() => pdf2jsonAlone(data)))
      const t0 = performance.now()
      const text = await readPdfText(data)
      const t1 = performance.now()
      if (!text.ok) throw new Error(`${file} refused: ${text.code}`)
      extractFromLayout(text.layout, text.linkUris, { now: NOW })
      const t2 = performance.now()
      whole.get(file)?.push(t2 - t0)
      worker.push(t1 - t0)
      fields.push(t2 - t1)
      const { checksMs, parseMs, layoutMs } = text.timings
      inChecks.push(checksMs)
      inParse.push(parseMs)
      inLayout.push(layoutMs)
      handoff.push(Math.max(0, t1 - t0 - checksMs - parseMs - layoutMs))
    }
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b)
  if (printTable) {
    const width = Math.max(...set.pdfs.map((p) => p.file.length))
    process.stdout.write(`${'file'.padEnd(width)}  pdf2json ms  extraction ms  max ms\n`)
    for (const { file } of set.pdfs) {
      const p = sorted(parse.get(file) ?? [])
      const w = sorted(whole.get(file) ?? [])
      process.stdout.write(
        `${file.padEnd(width)}  ${String(round1(quantile(p, 0.5))).padStart(11)}  ${String(round1(quantile(w, 0.5))).padStart(13)}  ${String(round1(w[w.length - 1] ?? 0)).padStart(6)}\n`,
      )
    }
  }
  const allParse = sorted([...parse.values()].flat())
  const allWhole = sorted([...whole.values()].flat())
  const summary = {
    set: set.name,
    source: set.source,
    files: set.pdfs.length,
    runs: allWhole.length,
    pdf2json_median_ms: round1(quantile(allParse, 0.5)),
    pdf2json_p95_ms: round1(quantile(allParse, 0.95)),
    median_ms: round1(quantile(allWhole, 0.5)),
    p95_ms: round1(quantile(allWhole, 0.95)),
    max_ms: round1(allWhole[allWhole.length - 1] ?? 0),
    ratio_at_median: Math.round((quantile(allWhole, 0.5) / Math.max(0.001, quantile(allParse, 0.5))) * 100) / 100,
    worker_median_ms: round1(quantile(sorted(worker), 0.5)),
    fields_median_ms: round1(quantile(sorted(fields), 0.5)),
    fields_p95_ms: round1(quantile(sorted(fields), 0.95)),
    in_worker_checks_median_ms: round1(quantile(sorted(inChecks), 0.5)),
    in_worker_pdf2json_median_ms: round1(quantile(sorted(inParse), 0.5)),
    in_worker_layout_median_ms: round1(quantile(sorted(inLayout), 0.5)),
    handoff_median_ms: round1(quantile(sorted(handoff), 0.5)),
    handoff_p95_ms: round1(quantile(sorted(handoff), 0.95)),
  }
  process.stdout.write(
    `${set.name}: ${summary.files} files × ${rounds}: pdf2json alone median ${summary.pdf2json_median_ms} ms (p95 ${summary.pdf2json_p95_ms}), whole extraction median ${summary.median_ms} ms (p95 ${summary.p95_ms}), ${summary.ratio_at_median}× at the median; of it the worker ${summary.worker_median_ms} ms and the fields ${summary.fields_median_ms} ms (p95 ${summary.fields_p95_ms}) at their medians; inside the worker checks ${summary.in_worker_checks_median_ms} ms, pdf2json ${summary.in_worker_pdf2json_median_ms} ms, layout ${summary.in_worker_layout_median_ms} ms, hand-off ${summary.handoff_median_ms} ms (p95 ${summary.handoff_p95_ms})\n`,
  )
  return summary
}

async function main(): Promise<void> {
  const sets = await loadSets()
  const first = sets[0].pdfs[0]
  const t0 = performance.now()
  const cold = await extractResume(first.data, { now: NOW })
  const coldMs = performance.now() - t0
  if (!cold.ok) throw new Error(`${first.file} refused: ${cold.code}`)
  // warm pdf2json in this thread too, so neither side pays a first-call cost in the figures
  await pdf2jsonAlone(first.data)

  const summaries = []
  for (const [i, set] of sets.entries()) summaries.push(await benchSet(set, i === 0))
  const head = summaries[0]
  process.stdout.write(
    `${JSON.stringify({ ...head, rounds, cold_first_ms: round1(coldMs), peak_rss_mb: round1(process.resourceUsage().maxRSS / 1024), sets: summaries })}\n`,
  )
}

main()
  .catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    process.exitCode = 1
  })
  .finally(() => closePdfWorkers())
