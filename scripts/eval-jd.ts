import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractJd } from '../server/jobs/jd-extraction/extract-jd'
import { jdFixtureSchema, toFixtureShape, type JdFixtureShape } from '../server/jobs/jd-extraction/jd-schema'
import { aggregateJd, formatJdReport, HAND_LABELLED_PLAN, scoreJd, type FieldName, type FileScore, type JdReport, type ScorePlan } from '../server/jobs/jd-extraction/score-jd'

/**
 * `npm run eval:jd`: the offline JD extractor over both developer sets in ../shared/fixtures —
 * `jds/` (hand-labelled: null = the posting does not say) and `jds-large/` (labels from the boards'
 * metadata: only the fields each source labels are scored, per its README's table). Prints a
 * per-field table per set, then one JSON line last. Exits 1 when a figure is under its floor.
 * `--verbose` prints every mismatch to stderr. `JD_FIXTURES_DIR` overrides ../shared/fixtures.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fixturesRoot = process.env.JD_FIXTURES_DIR ?? path.resolve(repoRoot, '../shared/fixtures')

// Per-source plans for jds-large (its README's "Labelled fields by source" table; ~ = skip when null)
const LARGE_PLANS: Record<string, ScorePlan> = {
  naukri: {
    fields: ['title', 'company', 'city', 'work_mode', 'employment_type', 'salary_min', 'salary_max', 'experience_min', 'experience_max', 'education', 'openings'],
    skipNull: ['work_mode'],
    skills: 'when-labelled',
    languages: false,
  },
  jsearch: { fields: ['title', 'company', 'city', 'work_mode', 'employment_type', 'experience_min'], skipNull: ['work_mode', 'employment_type', 'experience_min'], skills: 'when-labelled', languages: false },
  linkedin: { fields: ['title', 'company', 'city', 'employment_type'], skipNull: [], skills: 'no', languages: false },
  lokal: {
    fields: ['title', 'company', 'city', 'employment_type', 'salary_min', 'salary_max', 'experience_min', 'experience_max', 'education', 'openings'],
    skipNull: [],
    skills: 'no',
    languages: false,
  },
}

/**
 * Floors: measured on the dev sets, rounded down a little. Raise them as the extractor improves;
 * never lower one to make a change pass.
 */
const FLOORS: { set: 'jds' | 'jds-large'; field: FieldName | 'skills_f1' | 'false_fill_rate'; metric: 'accuracy' | 'found' | 'f1' | 'max'; min: number }[] = [
  // hand-labelled (15 postings: one file is 6.7 points)
  ...(['title', 'company', 'employment_type', 'salary_min', 'salary_max', 'experience_max', 'openings'] as const).map((field) => ({ set: 'jds' as const, field, metric: 'accuracy' as const, min: 0.93 })),
  ...(['city', 'experience_min', 'education'] as const).map((field) => ({ set: 'jds' as const, field, metric: 'accuracy' as const, min: 0.86 })),
  { set: 'jds', field: 'skills_f1', metric: 'f1', min: 0.78 },
  { set: 'jds', field: 'false_fill_rate', metric: 'max', min: 0.02 },
  // board labels: share of labelled values found
  ...(['city', 'employment_type', 'openings', 'education'] as const).map((field) => ({ set: 'jds-large' as const, field, metric: 'found' as const, min: 0.96 })),
  ...(['salary_min', 'salary_max', 'experience_min', 'experience_max'] as const).map((field) => ({ set: 'jds-large' as const, field, metric: 'found' as const, min: 0.95 })),
  { set: 'jds-large', field: 'skills_f1', metric: 'f1', min: 0.95 },
]

interface SetResult {
  report: JdReport
  files: { file: string; expected: JdFixtureShape; actual: JdFixtureShape; score: FileScore }[]
}

async function sourceKinds(dir: string): Promise<Map<string, string>> {
  const kinds = new Map<string, string>()
  const tsv = path.join(dir, 'SOURCES.tsv')
  if (!existsSync(tsv)) return kinds
  const [head, ...rows] = (await readFile(tsv, 'utf8')).split('\n').filter(Boolean)
  const col = head.split('\t').indexOf('source_kind')
  for (const r of rows) {
    const cells = r.split('\t')
    if (col >= 0) kinds.set(cells[0], cells[col])
  }
  return kinds
}

export async function evaluateSet(dir: string, planFor: (file: string) => ScorePlan): Promise<SetResult> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()
  if (names.length === 0) throw new Error(`no postings (*.txt) in ${dir}`)
  const files: SetResult['files'] = []
  for (const file of names) {
    const expected = jdFixtureSchema.parse(JSON.parse(await readFile(path.join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')))
    const actual = toFixtureShape(extractJd(await readFile(path.join(dir, file), 'utf8')))
    files.push({ file, expected, actual, score: scoreJd(expected, actual, planFor(file)) })
  }
  return { report: aggregateJd(files.map((f) => f.score)), files }
}

function value(r: JdReport, field: string, metric: string): number {
  if (field === 'skills_f1') return r.skills.f1
  if (field === 'false_fill_rate') return r.falseFillRate
  const f = r.fields[field as FieldName]
  if (!f) return Number.NaN
  return metric === 'found' ? f.found : f.accuracy
}

async function main(): Promise<number> {
  const verbose = process.argv.includes('--verbose')
  const handDir = path.join(fixturesRoot, 'jds')
  const largeDir = path.join(fixturesRoot, 'jds-large')
  for (const d of [handDir, largeDir]) {
    if (!existsSync(d)) {
      process.stderr.write(`eval:jd needs the shared fixtures: ${d} does not exist.\nCheck out the shared folder next to this repository (../shared) or set JD_FIXTURES_DIR.\n`)
      return 2
    }
  }
  const kinds = await sourceKinds(largeDir)
  const hand = await evaluateSet(handDir, () => HAND_LABELLED_PLAN)
  const large = await evaluateSet(largeDir, (file) => {
    const plan = LARGE_PLANS[kinds.get(file) ?? '']
    if (!plan) throw new Error(`${file}: unknown source kind "${kinds.get(file)}" in SOURCES.tsv`)
    return plan
  })
  if (verbose) {
    for (const [name, set] of [['jds', hand], ['jds-large', large]] as const) {
      for (const f of set.files) {
        const bad = Object.entries(f.score.fields).filter(([, o]) => !o.correct).map(([k]) => k)
        const sk = f.score.skills
        if (bad.length === 0 && (!sk || (sk.fp === 0 && sk.fn === 0))) continue
        process.stderr.write(`\n== ${name}/${f.file} wrong: ${bad.join(', ')}${sk ? ` skills tp ${sk.tp} fp ${sk.fp} fn ${sk.fn}` : ''}\n`)
        for (const k of bad) {
          const key = k.replace(/_(min|max)$/, (m) => (k.startsWith('salary') ? `${m}_monthly_inr` : `${m}_months`)) as keyof JdFixtureShape
          const pick = (x: JdFixtureShape) => (key in x ? x[key] : (x.requirements as Record<string, unknown>)[k])
          process.stderr.write(`  ${k}: expected ${JSON.stringify(pick(f.expected))} got ${JSON.stringify(pick(f.actual))}\n`)
        }
        if (sk && (sk.fp || sk.fn)) process.stderr.write(`  skills: expected ${JSON.stringify(f.expected.skills)}\n          got ${JSON.stringify(f.actual.skills)}\n`)
      }
    }
  }
  process.stdout.write(`${formatJdReport('jds (hand-labelled)', hand.report)}\n\n${formatJdReport('jds-large (board labels)', large.report)}\n\n`)
  const failures: string[] = []
  for (const fl of FLOORS) {
    const r = fl.set === 'jds' ? hand.report : large.report
    const v = value(r, fl.field, fl.metric)
    const ok = fl.metric === 'max' ? v <= fl.min : v >= fl.min
    if (!ok) failures.push(`${fl.set} ${fl.field} ${fl.metric} ${(v * 100).toFixed(1)}% ${fl.metric === 'max' ? '>' : '<'} floor ${(fl.min * 100).toFixed(1)}%`)
  }
  for (const f of failures) process.stderr.write(`UNDER FLOOR: ${f}\n`)
  process.stdout.write(`${JSON.stringify({ jds: hand.report, jds_large: large.report, floors_failed: failures })}\n`)
  return failures.length > 0 ? 1 : 0
}

main()
  .then((code) => {
    process.exitCode = code
  })
  .catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    process.exitCode = 1
  })
