import { z } from 'zod'

/**
 * Scoring of extractor output against `shared/fixtures/resumes/*.expected.json`, exactly as that
 * README defines it. Pure.
 *
 * - name: case/space/punctuation-insensitive exact; email: exact, lower-case; phone: last 10
 *   digits; location: case-insensitive city match — all as accuracy over files (null = null is
 *   right, a value where none is expected is wrong).
 * - links, skills, languages: set precision/recall/F1 after lower-casing and trimming punctuation
 *   (`+ # .` kept inside tokens, so C++, C#, Node.js survive).
 * - education institutions, experience companies and titles: precision/recall/F1, two strings
 *   matching when their token sets have Jaccard ≥ 0.6 (lower-cased, punctuation and stop words
 *   dropped); for matched experience entries, the share of start and end dates that agree.
 *
 * P/R/F1 are micro-averaged: true/false positives and misses are summed over all files.
 */

export const fixtureEntrySchema = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  location: z.string().nullable(),
  links: z.array(z.string()),
  skills: z.array(z.string()),
  education: z.array(z.object({ institution: z.string().nullable(), degree: z.string().nullable(), year: z.number().nullable() })),
  experience: z.array(z.object({ company: z.string().nullable(), title: z.string().nullable(), start: z.string().nullable(), end: z.string().nullable() })),
  languages: z.array(z.string()),
})
export type FixtureEntry = z.infer<typeof fixtureEntrySchema>

export interface Counts {
  tp: number
  fp: number
  fn: number
}
export interface Prf extends Counts {
  precision: number
  recall: number
  f1: number
}
export interface Accuracy {
  correct: number
  total: number
  accuracy: number
}

export interface FileScore {
  name: boolean
  email: boolean
  phone: boolean
  location: boolean
  links: Counts
  skills: Counts
  languages: Counts
  institutions: Counts
  companies: Counts
  titles: Counts
  dates: { agree: number; total: number }
}

export interface EvalReport {
  files: number
  name: Accuracy
  email: Accuracy
  phone: Accuracy
  location: Accuracy
  links: Prf
  skills: Prf
  languages: Prf
  institutions: Prf
  companies: Prf
  titles: Prf
  experienceDates: { agree: number; total: number; share: number }
}

export interface ScoreOptions {
  /** extra city equivalence (e.g. the city dataset's aliases: Bangalore = Bengaluru) */
  sameCity?: (a: string, b: string) => boolean
}

const STOP_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'at', 'a', 'an', 'pvt', 'ltd', 'private', 'limited', 'inc', 'co', 'llc', 'llp', 'corp', '&'])

export function normaliseName(s: string | null): string {
  return (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

export function normalisePhoneDigits(s: string | null): string {
  return (s ?? '').replace(/\D/g, '').slice(-10)
}

/** Lower-case, trim, trim punctuation at the ends (a trailing `+`/`#` is part of the token). */
export function normaliseItem(s: string): string {
  return s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[^\p{L}\p{N}.#+]+/u, '')
    .replace(/[^\p{L}\p{N}+#]+$/u, '')
}

export function tokens(s: string): Set<string> {
  const out = new Set<string>()
  for (const t of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (t && !STOP_WORDS.has(t)) out.add(t)
  return out
}

export function jaccard(a: string, b: string): number {
  const ta = tokens(a)
  const tb = tokens(b)
  if (ta.size === 0 && tb.size === 0) return 0
  let inter = 0
  for (const t of ta) if (tb.has(t)) inter++
  return inter / (ta.size + tb.size - inter)
}

export const JACCARD_MATCH = 0.6

function setCounts(expected: string[], actual: string[]): Counts {
  const e = new Set(expected.map(normaliseItem).filter(Boolean))
  const a = new Set(actual.map(normaliseItem).filter(Boolean))
  let tp = 0
  for (const x of a) if (e.has(x)) tp++
  return { tp, fp: a.size - tp, fn: e.size - tp }
}

/** One-to-one matching, best pairs first; returns matched index pairs. */
function greedyMatch<T, U>(expected: T[], actual: U[], score: (e: T, a: U) => number, min: number): [number, number][] {
  const pairs: { i: number; j: number; s: number }[] = []
  expected.forEach((e, i) => actual.forEach((a, j) => pairs.push({ i, j, s: score(e, a) })))
  pairs.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j)
  const usedE = new Set<number>()
  const usedA = new Set<number>()
  const out: [number, number][] = []
  for (const p of pairs) {
    if (p.s < min || usedE.has(p.i) || usedA.has(p.j)) continue
    usedE.add(p.i)
    usedA.add(p.j)
    out.push([p.i, p.j])
  }
  return out
}

function fuzzyCounts(expected: (string | null)[], actual: (string | null)[]): Counts {
  const d = fuzzyDiff(expected, actual)
  return { tp: d.matched.length, fp: d.extra.length, fn: d.missed.length }
}

/** The one-to-one matching behind the counts: matched pairs, values read but not labelled, labels missed. */
export function fuzzyDiff(expected: (string | null)[], actual: (string | null)[]): { matched: [string, string][]; extra: string[]; missed: string[] } {
  const e = expected.filter((x): x is string => !!x && tokens(x).size > 0)
  const a = actual.filter((x): x is string => !!x && tokens(x).size > 0)
  const m = greedyMatch(e, a, jaccard, JACCARD_MATCH)
  const usedE = new Set(m.map(([i]) => i))
  const usedA = new Set(m.map(([, j]) => j))
  return {
    matched: m.map(([i, j]) => [e[i], a[j]]),
    extra: a.filter((_, j) => !usedA.has(j)),
    missed: e.filter((_, i) => !usedE.has(i)),
  }
}

function cityMatch(expected: string | null, actual: string | null, opts: ScoreOptions): boolean {
  if (!expected || !actual) return !expected && !actual
  const alts = (s: string) => s.toLowerCase().split(/\s*[/,|]\s*/).map((x) => x.trim()).filter(Boolean)
  const ea = alts(expected)
  const aa = alts(actual)
  if (ea.some((x) => aa.includes(x))) return true
  return opts.sameCity ? ea.some((x) => aa.some((y) => opts.sameCity?.(x, y))) : false
}

function sameDate(a: string | null, b: string | null): boolean {
  return (a ?? '').toLowerCase() === (b ?? '').toLowerCase()
}

export function scoreFile(expected: FixtureEntry, actual: FixtureEntry, opts: ScoreOptions = {}): FileScore {
  // experience entries matched on company (title as a tie-breaker) for the date agreement
  const entryScore = (e: FixtureEntry['experience'][number], a: FixtureEntry['experience'][number]) => {
    const c = e.company && a.company ? jaccard(e.company, a.company) : 0
    const t = e.title && a.title ? jaccard(e.title, a.title) : 0
    const base = e.company ? c : t
    if (base < JACCARD_MATCH) return 0
    return base + t * 0.5 + (sameDate(e.start, a.start) ? 0.1 : 0) + (sameDate(e.end, a.end) ? 0.1 : 0)
  }
  const entries = greedyMatch(expected.experience, actual.experience, entryScore, JACCARD_MATCH)
  let agree = 0
  for (const [i, j] of entries) {
    if (sameDate(expected.experience[i].start, actual.experience[j].start)) agree++
    if (sameDate(expected.experience[i].end, actual.experience[j].end)) agree++
  }
  return {
    name: normaliseName(expected.name) === normaliseName(actual.name),
    email: (expected.email ?? '').toLowerCase() === (actual.email ?? '').toLowerCase(),
    phone: normalisePhoneDigits(expected.phone) === normalisePhoneDigits(actual.phone),
    location: cityMatch(expected.location, actual.location, opts),
    links: setCounts(expected.links, actual.links),
    skills: setCounts(expected.skills, actual.skills),
    languages: setCounts(expected.languages, actual.languages),
    institutions: fuzzyCounts(expected.education.map((e) => e.institution), actual.education.map((e) => e.institution)),
    companies: fuzzyCounts(expected.experience.map((e) => e.company), actual.experience.map((e) => e.company)),
    titles: fuzzyCounts(expected.experience.map((e) => e.title), actual.experience.map((e) => e.title)),
    dates: { agree, total: entries.length * 2 },
  }
}

function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { ...c, precision, recall, f1 }
}

function sum(cs: Counts[]): Counts {
  return cs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 })
}

function acc(xs: boolean[]): Accuracy {
  const correct = xs.filter(Boolean).length
  return { correct, total: xs.length, accuracy: xs.length ? correct / xs.length : 1 }
}

export function aggregate(files: FileScore[]): EvalReport {
  const agree = files.reduce((n, f) => n + f.dates.agree, 0)
  const total = files.reduce((n, f) => n + f.dates.total, 0)
  return {
    files: files.length,
    name: acc(files.map((f) => f.name)),
    email: acc(files.map((f) => f.email)),
    phone: acc(files.map((f) => f.phone)),
    location: acc(files.map((f) => f.location)),
    links: prf(sum(files.map((f) => f.links))),
    skills: prf(sum(files.map((f) => f.skills))),
    languages: prf(sum(files.map((f) => f.languages))),
    institutions: prf(sum(files.map((f) => f.institutions))),
    companies: prf(sum(files.map((f) => f.companies))),
    titles: prf(sum(files.map((f) => f.titles))),
    experienceDates: { agree, total, share: total ? agree / total : 1 },
  }
}

/** Per-field table for humans (the evaluation prints it before its JSON line). */
export function formatReport(r: EvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`
  const rows: string[][] = [['field', 'metric', 'value', 'detail']]
  for (const k of ['name', 'email', 'phone', 'location'] as const) rows.push([k, 'accuracy', pct(r[k].accuracy), `${r[k].correct}/${r[k].total}`])
  for (const k of ['links', 'skills', 'languages', 'institutions', 'companies', 'titles'] as const) {
    const v = r[k]
    rows.push([k, 'P / R / F1', `${pct(v.precision)} / ${pct(v.recall)} / ${pct(v.f1)}`, `tp ${v.tp} fp ${v.fp} fn ${v.fn}`])
  }
  rows.push(['experience dates', 'agree', pct(r.experienceDates.share), `${r.experienceDates.agree}/${r.experienceDates.total}`])
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
  return rows.map((row) => row.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n')
}

// ---------------------------------------------------------------------------------------------
// Set-level labels (`shared/fixtures/resumes-dataturks/README.md`): per resume, the distinct spans
// annotators marked as a company worked at, a designation and a college — sets, not entries.

export const setEntrySchema = z.object({
  name: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  companies_set: z.array(z.string()),
  titles_set: z.array(z.string()),
  institutions_set: z.array(z.string()),
})
export type SetEntry = z.infer<typeof setEntrySchema>

export interface SetFileScore {
  name: boolean
  /** null where the label is absent (not annotated): the file does not count for the field */
  email: boolean | null
  location: boolean | null
  institutions: Counts
  companies: Counts
  titles: Counts
}

export interface SetReport {
  files: number
  name: Accuracy
  email: Accuracy
  location: Accuracy
  institutions: Prf
  companies: Prf
  titles: Prf
}

/** Distinct values (same token set = same value): a set is scored against a set. */
export function distinctValues(values: (string | null)[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const v of values) {
    if (!v) continue
    const key = [...tokens(v)].sort().join(' ')
    if (!key || seen.has(key)) continue
    seen.add(key)
    out.push(v)
  }
  return out
}

/**
 * One resume against set-level labels: name (as `scoreFile`), email and location only where
 * annotated, and the extractor's distinct company / title / institution values against each set
 * (Jaccard ≥ 0.6 one-to-one, as `scoreFile`).
 */
export function scoreSetFile(expected: SetEntry, actual: FixtureEntry, opts: ScoreOptions = {}): SetFileScore {
  return {
    name: normaliseName(expected.name ?? null) === normaliseName(actual.name),
    email: expected.email ? expected.email.toLowerCase() === (actual.email ?? '').toLowerCase() : null,
    location: expected.location ? cityMatch(expected.location, actual.location, opts) : null,
    institutions: fuzzyCounts(distinctValues(expected.institutions_set), distinctValues(actual.education.map((e) => e.institution))),
    companies: fuzzyCounts(distinctValues(expected.companies_set), distinctValues(actual.experience.map((e) => e.company))),
    titles: fuzzyCounts(distinctValues(expected.titles_set), distinctValues(actual.experience.map((e) => e.title))),
  }
}

export function aggregateSet(files: SetFileScore[]): SetReport {
  const counted = (xs: (boolean | null)[]) => acc(xs.filter((x): x is boolean => x !== null))
  return {
    files: files.length,
    name: acc(files.map((f) => f.name)),
    email: counted(files.map((f) => f.email)),
    location: counted(files.map((f) => f.location)),
    institutions: prf(sum(files.map((f) => f.institutions))),
    companies: prf(sum(files.map((f) => f.companies))),
    titles: prf(sum(files.map((f) => f.titles))),
  }
}

export function formatSetReport(r: SetReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`
  const rows: string[][] = [['field', 'metric', 'value', 'detail']]
  for (const k of ['name', 'email', 'location'] as const) rows.push([k, 'accuracy', r[k].total ? pct(r[k].accuracy) : '–', `${r[k].correct}/${r[k].total}`])
  for (const k of ['institutions', 'companies', 'titles'] as const) {
    const v = r[k]
    rows.push([k, 'P / R / F1', `${pct(v.precision)} / ${pct(v.recall)} / ${pct(v.f1)}`, `tp ${v.tp} fp ${v.fp} fn ${v.fn}`])
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
  return rows.map((row) => row.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n')
}
