import { educationLevel } from '../../normalise/education'
import { resolvePlace } from '../../normalise/location'
import { skillMatchKey } from '../../normalise/skills'
import { singular } from './jd-header'
import type { JdFixtureShape } from './jd-schema'

/**
 * Scoring of extractor output against `shared/fixtures/jds*` labels. Pure.
 *
 * Per field: `accuracy` over the scored files (null = null is right), `found` = the share of
 * labelled (non-null) values the extractor got, `falseFills` = the share of unlabelled (null)
 * values the extractor filled anyway (meaningful only where null means "the posting does not
 * say": the hand-labelled set). Skills and languages: micro precision/recall/F1.
 *
 * Loose matches, defined once here:
 * - title: recruiter filler ("Hiring", "Urgent", "Wanted", "Immediate Joiner", "|| X Location")
 *   and bracketed detail dropped, words singularised; a match when the word sets overlap by
 *   Jaccard ≥ 0.5, or one set holds the other and covers at least half of it.
 * - company: lower-case, legal suffixes dropped; equal, or one contains the other.
 * - city: same city after locality roll-up and aliases (Bangalore = Bengaluru).
 * - education: the same text, or one's words inside the other's ("Diploma" in "Diploma, B.Tech,
 *   MCA"), or the same level ("Graduate" = "Any Graduation").
 * - skills: the same canonical skill (dictionary), or word sets with Jaccard ≥ 0.6, one-to-one.
 * - salary: within ₹1 (rounding); experience, openings: exact.
 */

export type FieldName =
  | 'title'
  | 'company'
  | 'city'
  | 'work_mode'
  | 'employment_type'
  | 'salary_min'
  | 'salary_max'
  | 'experience_min'
  | 'experience_max'
  | 'education'
  | 'openings'
  | 'driving_licence'
  | 'two_wheeler'

export const FIELDS: readonly FieldName[] = ['title', 'company', 'city', 'work_mode', 'employment_type', 'salary_min', 'salary_max', 'experience_min', 'experience_max', 'education', 'openings', 'driving_licence', 'two_wheeler']

export interface FieldOutcome {
  /** expected was non-null */
  labelled: boolean
  /** actual was non-null */
  filled: boolean
  correct: boolean
}

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export interface FileScore {
  fields: Partial<Record<FieldName, FieldOutcome>>
  skills: Counts | null
  languages: Counts | null
}

/** Which fields to score for a file; `skipNull` fields are scored only when labelled. */
export interface ScorePlan {
  fields: readonly FieldName[]
  skipNull: readonly FieldName[]
  skills: 'all' | 'when-labelled' | 'no'
  languages: boolean
}

export const HAND_LABELLED_PLAN: ScorePlan = { fields: FIELDS, skipNull: [], skills: 'all', languages: true }

const FILLER = new Set(['hiring', 'urgent', 'urgently', 'wanted', 'required', 'requirement', 'immediate', 'joiner', 'joiners', 'joining', 'location', 'opening', 'openings', 'job', 'vacancy', 'vacancies', 'for', 'the', 'and', 'of', 'with', 'in', 'at', 'a', 'an', 'we', 'are', 'is', 'looking', 'position', 'role', 'post'])

function words(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .replace(/\|\|.*$/, ' ')
      .split(/[^\p{L}\p{N}+#]+/u)
      .filter((w) => w && !FILLER.has(w))
      .map(singular),
  )
}

function jaccardSets(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0
  let inter = 0
  for (const x of a) if (b.has(x)) inter++
  return inter / (a.size + b.size - inter)
}

function subsetCover(a: Set<string>, b: Set<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size === 0) return false
  for (const x of small) if (!big.has(x)) return false
  return small.size / big.size >= 0.5
}

export function titleMatches(expected: string, actual: string): boolean {
  const strip = (s: string) => s.replace(/\([^)]*\)/g, ' ')
  const pairs: [Set<string>, Set<string>][] = [
    [words(expected), words(actual)],
    [words(strip(expected)), words(strip(actual))],
  ]
  return pairs.some(([e, a]) => jaccardSets(e, a) >= 0.5 || subsetCover(e, a))
}

function companyKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/\b(pvt|private|ltd|limited|llp|llc|inc|corp|corporation|co)\b\.?/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

export function companyMatches(expected: string, actual: string): boolean {
  const e = companyKey(expected)
  const a = companyKey(actual)
  return !!e && !!a && (e === a || e.includes(a) || a.includes(e))
}

export function cityMatches(expected: string, actual: string): boolean {
  if (expected.trim().toLowerCase() === actual.trim().toLowerCase()) return true
  const e = resolvePlace(expected)?.city
  const a = resolvePlace(actual)?.city
  return !!e && !!a && e === a
}

export function educationMatches(expected: string, actual: string): boolean {
  const e = words(expected)
  const a = words(actual)
  if (e.size > 0 && a.size > 0) {
    const small = e.size <= a.size ? e : a
    const big = small === e ? a : e
    if ([...small].every((x) => big.has(x))) return true
  }
  const le = educationLevel(expected)
  return le !== null && le === educationLevel(actual)
}

function itemKey(s: string): string {
  return skillMatchKey(s.trim())
}

/** One-to-one matching of two lists by `same`; returns the counts. */
function listCounts(expected: string[], actual: string[], same: (e: string, a: string) => boolean): Counts {
  const used = new Set<number>()
  let tp = 0
  for (const e of expected) {
    const j = actual.findIndex((a, i) => !used.has(i) && same(e, a))
    if (j >= 0) {
      used.add(j)
      tp++
    }
  }
  return { tp, fp: actual.length - tp, fn: expected.length - tp }
}

function dedupe(xs: string[]): string[] {
  const seen = new Set<string>()
  return xs.filter((x) => {
    const k = itemKey(x)
    if (!k || seen.has(k)) return false
    seen.add(k)
    return true
  })
}

export function skillsMatch(e: string, a: string): boolean {
  if (itemKey(e) === itemKey(a)) return true
  return jaccardSets(words(e), words(a)) >= 0.6
}

function equalNum(tolerance: number) {
  return (e: number, a: number) => Math.abs(e - a) <= tolerance
}

function outcome<T>(expected: T | null, actual: T | null, same: (e: T, a: T) => boolean): FieldOutcome {
  const labelled = expected !== null
  const filled = actual !== null
  return { labelled, filled, correct: labelled ? filled && same(expected as T, actual as T) : !filled }
}

export function scoreJd(expected: JdFixtureShape, actual: JdFixtureShape, plan: ScorePlan = HAND_LABELLED_PLAN): FileScore {
  const eq = <T>(e: T, a: T) => e === a
  const all: Record<FieldName, FieldOutcome> = {
    title: outcome(expected.title, actual.title, titleMatches),
    company: outcome(expected.company, actual.company, companyMatches),
    city: outcome(expected.city, actual.city, cityMatches),
    work_mode: outcome(expected.work_mode, actual.work_mode, eq),
    employment_type: outcome(expected.employment_type, actual.employment_type, eq),
    salary_min: outcome(expected.salary_min_monthly_inr, actual.salary_min_monthly_inr, equalNum(1)),
    salary_max: outcome(expected.salary_max_monthly_inr, actual.salary_max_monthly_inr, equalNum(1)),
    experience_min: outcome(expected.experience_min_months, actual.experience_min_months, equalNum(0)),
    experience_max: outcome(expected.experience_max_months, actual.experience_max_months, equalNum(0)),
    education: outcome(expected.education, actual.education, educationMatches),
    openings: outcome(expected.openings, actual.openings, equalNum(0)),
    driving_licence: outcome(expected.requirements.driving_licence, actual.requirements.driving_licence, eq),
    two_wheeler: outcome(expected.requirements.two_wheeler, actual.requirements.two_wheeler, eq),
  }
  const fields: FileScore['fields'] = {}
  for (const f of plan.fields) {
    if (plan.skipNull.includes(f) && !all[f].labelled) continue
    fields[f] = all[f]
  }
  const scoreSkills = plan.skills === 'all' || (plan.skills === 'when-labelled' && expected.skills.length > 0)
  return {
    fields,
    skills: scoreSkills ? listCounts(dedupe(expected.skills), dedupe(actual.skills), skillsMatch) : null,
    languages: plan.languages ? listCounts(expected.requirements.languages, actual.requirements.languages, (e, a) => e.toLowerCase() === a.toLowerCase()) : null,
  }
}

export interface FieldReport {
  scored: number
  accuracy: number
  labelled: number
  /** share of labelled values found */
  found: number
  unlabelled: number
  /** share of unlabelled values filled anyway */
  falseFills: number
}

export interface Prf extends Counts {
  precision: number
  recall: number
  f1: number
}

export interface JdReport {
  files: number
  fields: Partial<Record<FieldName, FieldReport>>
  skills: Prf
  languages: Prf
  /** false fills over every scored unlabelled field */
  falseFillRate: number
}

function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)
  return { ...c, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) }
}

export function aggregateJd(files: FileScore[]): JdReport {
  const fields: JdReport['fields'] = {}
  let unl = 0
  let ff = 0
  for (const f of FIELDS) {
    const os = files.map((x) => x.fields[f]).filter((o): o is FieldOutcome => !!o)
    if (os.length === 0) continue
    const lab = os.filter((o) => o.labelled)
    const un = os.filter((o) => !o.labelled)
    const fills = un.filter((o) => o.filled).length
    unl += un.length
    ff += fills
    fields[f] = {
      scored: os.length,
      accuracy: os.filter((o) => o.correct).length / os.length,
      labelled: lab.length,
      found: lab.length ? lab.filter((o) => o.correct).length / lab.length : 1,
      unlabelled: un.length,
      falseFills: un.length ? fills / un.length : 0,
    }
  }
  const sum = (cs: (Counts | null)[]) =>
    cs.filter((c): c is Counts => !!c).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 })
  return { files: files.length, fields, skills: prf(sum(files.map((f) => f.skills))), languages: prf(sum(files.map((f) => f.languages))), falseFillRate: unl ? ff / unl : 0 }
}

export function formatJdReport(name: string, r: JdReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`
  const rows: string[][] = [[name, 'accuracy', 'found', 'false fills', 'n']]
  for (const [f, v] of Object.entries(r.fields)) {
    rows.push([f, pct(v.accuracy), `${pct(v.found)} of ${v.labelled}`, v.unlabelled ? `${pct(v.falseFills)} of ${v.unlabelled}` : '-', String(v.scored)])
  }
  rows.push(['skills', `F1 ${pct(r.skills.f1)}`, `P ${pct(r.skills.precision)} R ${pct(r.skills.recall)}`, `tp ${r.skills.tp} fp ${r.skills.fp} fn ${r.skills.fn}`, ''])
  rows.push(['languages', `F1 ${pct(r.languages.f1)}`, `P ${pct(r.languages.precision)} R ${pct(r.languages.recall)}`, `tp ${r.languages.tp} fp ${r.languages.fp} fn ${r.languages.fn}`, ''])
  rows.push(['all fields', '', '', `false fills ${pct(r.falseFillRate)}`, ''])
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)))
  return rows.map((row) => row.map((c, i) => (c ?? '').padEnd(widths[i])).join('  ')).join('\n')
}
