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
 * Exits non-zero when a fixture is refused or a field falls under its floor (`.ci/run` runs this
 * after the tests when the fixtures are present; the tests themselves never read them).
 * `FIXTURES_DIR` overrides the fixture folder; `--verbose` prints each file's result to stderr.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const defaultFixturesDir = process.env.FIXTURES_DIR ?? path.resolve(repoRoot, '../shared/fixtures/resumes')
/** a fixed reference date keeps "present" (and so the scores) reproducible */
export const EVAL_NOW = new Date('2025-06-01T00:00:00Z')

/**
 * The floors may only rise: they are what the extractor reaches today (it is deterministic).
 * Accuracy for name/email/phone/location, F1 for the lists, the share of agreeing dates.
 */
export const FLOORS = {
  name: 1,
  email: 1,
  phone: 1,
  location: 1,
  links: 1,
  skills: 1,
  languages: 1,
  institutions: 1,
  companies: 1,
  titles: 1,
  experienceDates: 1,
} as const
/** every fixture resume, so a missing file cannot pass the floors unnoticed */
export const EXPECTED_FIXTURES = 12

export function reachedScores(report: EvalReport): Record<keyof typeof FLOORS, number> {
  return {
    name: report.name.accuracy,
    email: report.email.accuracy,
    phone: report.phone.accuracy,
    location: report.location.accuracy,
    links: report.links.f1,
    skills: report.skills.f1,
    languages: report.languages.f1,
    institutions: report.institutions.f1,
    companies: report.companies.f1,
    titles: report.titles.f1,
    experienceDates: report.experienceDates.share,
  }
}

/** What falls short: fields under their floor, refused fixtures, a wrong fixture count. */
export function shortfalls(report: EvalReport, files: FileResult[]): string[] {
  const out: string[] = []
  if (files.length !== EXPECTED_FIXTURES) out.push(`${files.length} fixtures evaluated, expected ${EXPECTED_FIXTURES}`)
  for (const f of files) if (f.refused) out.push(`${f.file}: refused (${f.refused})`)
  const reached = reachedScores(report)
  for (const [field, floor] of Object.entries(FLOORS) as [keyof typeof FLOORS, number][]) {
    if (!(reached[field] >= floor)) out.push(`${field}: ${reached[field]} is under its floor ${floor}`)
  }
  return out
}

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
  const failed = shortfalls(report, files)
  for (const line of failed) process.stderr.write(`FLOOR: ${line}\n`)
  process.stdout.write(`${JSON.stringify(report)}\n`)
  if (failed.length) process.exitCode = 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main()
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
      process.exitCode = 1
    })
    .finally(() => closePdfWorkers())
}
