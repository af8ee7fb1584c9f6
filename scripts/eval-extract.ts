import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { findCity } from '../server/master-data/cities'
import { extractResume, type FixtureShape } from '../server/resume/extraction/extract'
import { closePdfWorkers } from '../server/resume/extraction/pdf-text'
import { aggregate, fixtureEntrySchema, formatReport, scoreFile, type EvalReport, type FixtureEntry, type FileScore } from '../server/resume/extraction/score'

/**
 * Evaluation: runs the offline extractor over every fixture resume and scores it as
 * `shared/fixtures/resumes/README.md` defines. Prints a per-field table, then one JSON line last.
 * `FIXTURES_DIR` overrides the fixture folder; `--verbose` prints each file's result to stderr.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const defaultFixturesDir = process.env.FIXTURES_DIR ?? path.resolve(repoRoot, '../shared/fixtures/resumes')
/** a fixed reference date keeps "present" (and so the scores) reproducible */
export const EVAL_NOW = new Date('2025-06-01T00:00:00Z')

const EMPTY: FixtureShape = { name: null, email: null, phone: null, location: null, links: [], skills: [], education: [], experience: [], languages: [] }

function sameCity(a: string, b: string): boolean {
  const ca = findCity(a)
  const cb = findCity(b)
  return !!ca && !!cb && ca.id === cb.id
}

export interface FileResult {
  file: string
  expected: FixtureEntry
  actual: FixtureShape
  refused: string | null
  score: FileScore
}

export async function evaluate(dir = defaultFixturesDir): Promise<{ report: EvalReport; files: FileResult[] }> {
  const pdfs = (await readdir(dir)).filter((f) => f.endsWith('.pdf')).sort()
  if (pdfs.length === 0) throw new Error(`no fixture PDFs in ${dir}`)
  const files: FileResult[] = []
  for (const file of pdfs) {
    const expected = fixtureEntrySchema.parse(JSON.parse(await readFile(path.join(dir, file.replace(/\.pdf$/, '.expected.json')), 'utf8')))
    const result = await extractResume(await readFile(path.join(dir, file)), { now: EVAL_NOW })
    const actual = result.ok ? result.fixtureShape : EMPTY
    files.push({ file, expected, actual, refused: result.ok ? null : result.code, score: scoreFile(expected, actual, { sameCity }) })
  }
  return { report: aggregate(files.map((f) => f.score)), files }
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose')
  const { report, files } = await evaluate()
  for (const f of files) {
    if (f.refused) process.stderr.write(`${f.file}: refused (${f.refused})\n`)
    if (verbose) process.stderr.write(`\n== ${f.file}\n${JSON.stringify({ expected: f.expected, actual: f.actual, score: f.score }, null, 1)}\n`)
  }
  process.stdout.write(`${formatReport(report)}\n`)
  process.stdout.write(`${JSON.stringify(report)}\n`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main()
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
      process.exitCode = 1
    })
    .finally(() => closePdfWorkers())
}
