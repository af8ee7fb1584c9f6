import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findCity } from '../server/master-data/cities'
import { extractResume } from '../server/resume/extraction/extract'
import { closePdfWorkers } from '../server/resume/extraction/pdf-text'
import { aggregate, fixtureEntrySchema, formatReport, scoreFile, type FileScore } from '../server/resume/extraction/score'

/**
 * Evaluation: runs the offline extractor over every fixture resume and scores it as
 * `shared/fixtures/resumes/README.md` defines. Prints a per-field table, then one JSON line last.
 * `FIXTURES_DIR` overrides the fixture folder; `--verbose` prints each file's misses to stderr.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const fixturesDir = process.env.FIXTURES_DIR ?? path.resolve(repoRoot, '../shared/fixtures/resumes')
// a fixed reference date keeps "present" (and so the scores) reproducible
const NOW = new Date('2025-06-01T00:00:00Z')

function sameCity(a: string, b: string): boolean {
  const ca = findCity(a)
  const cb = findCity(b)
  return !!ca && !!cb && ca.id === cb.id
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose')
  const files = (await readdir(fixturesDir)).filter((f) => f.endsWith('.pdf')).sort()
  if (files.length === 0) throw new Error(`no fixture PDFs in ${fixturesDir}`)
  const scores: FileScore[] = []
  for (const file of files) {
    const expected = fixtureEntrySchema.parse(JSON.parse(await readFile(path.join(fixturesDir, file.replace(/\.pdf$/, '.expected.json')), 'utf8')))
    const result = await extractResume(await readFile(path.join(fixturesDir, file)), { now: NOW })
    const actual = result.ok
      ? result.fixtureShape
      : { name: null, email: null, phone: null, location: null, links: [], skills: [], education: [], experience: [], languages: [] }
    if (!result.ok) process.stderr.write(`${file}: refused (${result.code})\n`)
    const s = scoreFile(expected, actual, { sameCity })
    scores.push(s)
    if (verbose) process.stderr.write(`\n== ${file}\n${JSON.stringify({ expected, actual, score: s }, null, 1)}\n`)
  }
  const report = aggregate(scores)
  process.stdout.write(`${formatReport(report)}\n`)
  process.stdout.write(`${JSON.stringify(report)}\n`)
}

main()
  .catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    process.exitCode = 1
  })
  .finally(() => closePdfWorkers())
