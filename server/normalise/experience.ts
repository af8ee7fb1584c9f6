import { translateNumbers } from './number-words'
import { collapse, foldText } from './text'

/**
 * Experience as written → months. One rule set for chat answers, resumes and job postings. Pure.
 *
 * - `parseDurationMonths`: one duration a person has ("2 years 3 months" 27, "1.5 yrs" 18,
 *   "fresher" 0). A range counts its lower bound; several separate durations give the longest
 *   (per-skill experience overlaps).
 * - `parseExperienceRange`: what a job asks for, as min/max months ("0-2 yrs" 0–24, "2+ years"
 *   24–null, "fresher" 0–0, "any experience" 0–null, "less than 1 year" 0–12, "3 years" 36–36).
 */

const YEAR_UNIT = '(?:years?|yrs?|y|saal|sal|varsh|varsha)'
const MONTH_UNIT = '(?:months?|mon|mos?|mths?|mnths?|m|mahine|mahina|mahino|maheene)'
const WEEK_UNIT = '(?:weeks?|wks?|w|hafte)'
const NUM = '(\\d+(?:\\.\\d+)?)'
const YEAR_RE = new RegExp(`^${YEAR_UNIT}$`)
const MONTH_RE = new RegExp(`^${MONTH_UNIT}$`)

const FRESHER = /\b(fresher|fresh|freshers|no experience|no exp|none|nil|zero|not any|koi nahi|nahi|entry level)\b/

/** Lower-case, words of any language pack → digits and English units ("ढाई साल" → "2.5 years"), "one and a half" → 1.5, "Year(s)" → "year". */
function prepare(input: string): string {
  let text = ` ${collapse(translateNumbers(foldText(input), 'duration'))} `
  text = text.replace(/\((s|es)\)/g, '')
  text = text.replace(/(\d+)\s*(?:and\s*)?(?:a\s*|1\s*)?half\b/g, (_, n: string) => String(Number(n) + 0.5))
  text = text.replace(/\bhalf\s*(?:a\s*|1\s*)?(?=year|yr)/g, '0.5 ')
  return text
}

function unitMonths(value: number, unit: string): number {
  if (YEAR_RE.test(unit)) return value * 12
  if (MONTH_RE.test(unit)) return value
  return value / 4.345
}

/**
 * Free-form experience → whole months: "2 years" 24, "6 months of React" 6, "1.5 yrs" 18,
 * "2 years 3 months" 27, "2-3 years" 24 (a range counts its lower bound), "fresher" 0, a bare
 * "3" is years. Several separate durations ("2 years of Java, 1 year of React") give the longest.
 * Null when nothing reads as a duration.
 */
export function parseDurationMonths(input: string): number | null {
  let text = prepare(input)
  text = text.replace(new RegExp(`${NUM}\\s*\\+?\\s*(?:-|to)\\s*${NUM}`, 'g'), '$1')

  const bare = text.match(/^\s*(\d+(?:\.\d+)?)\s*\+?\s*$/)
  if (bare) return Math.round(Number(bare[1]) * 12)

  const token = new RegExp(`${NUM}\\s*\\+?\\s*(${YEAR_UNIT}|${MONTH_UNIT}|${WEEK_UNIT})(?![a-z])`, 'g')
  const durations: number[] = []
  let current = 0
  let lastEnd = -1
  for (const m of text.matchAll(token)) {
    const months = unitMonths(Number(m[1]), m[2] ?? '')
    const index = m.index ?? 0
    // "2 years 3 months" / "2 years and 3 months" are one duration; anything else in between starts a new one
    const joined = lastEnd >= 0 && /^[\s,&]*(and|aur)?[\s,&]*$/.test(text.slice(lastEnd, index))
    if (joined) current += months
    else {
      if (lastEnd >= 0) durations.push(current)
      current = months
    }
    lastEnd = index + m[0].length
  }
  if (lastEnd >= 0) return Math.round(Math.max(current, ...durations))
  if (FRESHER.test(text) || /^\s*0\s*$/.test(text)) return 0
  return null
}

/** 27 → "2 years 3 months", 0 → "fresher": a form `parseDurationMonths` reads back to the same number. */
export function formatDurationMonths(months: number): string {
  if (months === 0) return 'fresher'
  const years = Math.floor(months / 12)
  const rest = months % 12
  const parts: string[] = []
  if (years > 0) parts.push(`${years} ${years === 1 ? 'year' : 'years'}`)
  if (rest > 0) parts.push(`${rest} ${rest === 1 ? 'month' : 'months'}`)
  return parts.join(' ')
}

export interface ExperienceRange {
  min: number | null
  max: number | null
}

export interface ExperienceOptions {
  /**
   * The text is the value of an "Experience:" field, so a bare "0 To 2" means years. In free
   * prose a number without a unit is not read as experience.
   */
  labelled?: boolean
}

const ANY = /\b(any experience|freshers?\s*(?:\/|or|and|&|\+)\s*experienced|experienced\s*(?:\/|or|and|&)\s*freshers?|freshers? (?:can|may) (?:also )?apply|no experience (?:required|needed|necessary)|experience (?:is )?(?:not required|not needed|not mandatory)|no bar)\b/
// only as the whole value of an "Experience:" field: in prose "any" and "not required" mean other things
const ANY_LABELLED = /^\s*(any|not required|not mandatory)\s*\.?\s*$/
const FRESHER_ONLY = /\b(freshers?(?: only)?|entry level|no experience|0 experience)\b/

const R = (s: string) => new RegExp(s)
const U = `(${YEAR_UNIT}|${MONTH_UNIT})`
const RANGE = R(`${NUM}\\s*(?:${YEAR_UNIT}|${MONTH_UNIT})?\\s*\\+?\\s*(?:-|to|se)\\s*${NUM}\\s*\\+?\\s*${U}(?![a-z])`)
const RANGE_BARE = R(`^\\s*${NUM}\\s*(?:-|to)\\s*${NUM}\\s*$`)
const AT_MOST = R(`(?:less than|below|under|up\\s*to|upto|max(?:imum)?(?: of)?|not more than|within)\\s*${NUM}\\s*${U}(?![a-z])`)
const AT_LEAST = R(`(?:min(?:imum)?(?: of)?|at\\s*least|more than|over|above|atleast)\\s*${NUM}\\s*\\+?\\s*${U}(?![a-z])`)
const PLUS = R(`${NUM}\\s*\\+\\s*${U}(?![a-z])|${NUM}\\s*${U}\\s*(?:\\+|and above|& above|or more|plus)`)
const SINGLE = R(`${NUM}\\s*${U}(?:\\s*${NUM}\\s*(${MONTH_UNIT}))?(?![a-z])`)

function months(value: string, unit: string | undefined): number {
  return Math.round(unitMonths(Number(value), unit ?? 'years'))
}

/**
 * What a posting asks for → min/max months, or null when the text states no experience.
 * The first statement wins: postings give the total before per-skill years.
 */
export function parseExperienceRange(input: string, opts: ExperienceOptions = {}): ExperienceRange | null {
  const text = prepare(input)
  type Hit = { at: number; range: ExperienceRange }
  const hits: Hit[] = []
  const add = (re: RegExp, f: (m: RegExpExecArray) => ExperienceRange) => {
    const m = re.exec(text)
    if (m) hits.push({ at: m.index, range: f(m) })
  }
  add(RANGE, (m) => ({ min: months(m[1], m[3]), max: months(m[2], m[3]) }))
  add(AT_MOST, (m) => ({ min: 0, max: months(m[1], m[2]) }))
  add(AT_LEAST, (m) => ({ min: months(m[1], m[2]), max: null }))
  add(PLUS, (m) => (m[1] !== undefined ? { min: months(m[1], m[2]), max: null } : { min: months(m[3], m[4]), max: null }))
  add(SINGLE, (m) => {
    const v = months(m[1], m[2]) + (m[3] ? months(m[3], m[4]) : 0)
    return { min: v, max: v }
  })
  // the earliest statement; at one position the pattern added first (the more specific) wins
  hits.sort((a, b) => a.at - b.at)
  if (hits.length > 0) return hits[0].range
  if (opts.labelled) {
    const bare = RANGE_BARE.exec(text)
    if (bare) return { min: months(bare[1], 'years'), max: months(bare[2], 'years') }
    const one = /^\s*(\d+(?:\.\d+)?)\s*\+?\s*$/.exec(text)
    if (one) return /\+/.test(text) ? { min: months(one[1], 'years'), max: null } : { min: months(one[1], 'years'), max: months(one[1], 'years') }
  }
  if (ANY.test(text) || (opts.labelled && ANY_LABELLED.test(text))) return { min: 0, max: null }
  if (FRESHER_ONLY.test(text)) return { min: 0, max: 0 }
  return null
}

// ── periods (work entries) ──────────────────────────────────────────────────

/** `YYYY-MM`, `YYYY`, `present` or null (unknown), as resume entries store dates */
export type PeriodDate = string | null

/** Month index (year*12 + month-1) of a resume date; a bare year counts from January (start) or December (end). */
export function monthIndex(d: PeriodDate, now: Date, asEnd: boolean): number | null {
  if (!d) return null
  if (d === 'present') return now.getUTCFullYear() * 12 + now.getUTCMonth()
  const y = Number(d.slice(0, 4))
  const m = d.length >= 7 ? Number(d.slice(5, 7)) - 1 : asEnd ? 11 : 0
  return y * 12 + m
}

/** [start, end) month indexes of a period; a bare-year end runs to December, `present` to `now`. */
function span(start: PeriodDate, end: PeriodDate, now: Date): [number, number] | null {
  const s = monthIndex(start, now, false)
  if (s === null) return null
  const e = end ?? start
  let stop: number | null
  if (e === 'present') stop = monthIndex('present', now, true)
  else if (e && e.length === 4) stop = Number(e) * 12 + 12
  else stop = monthIndex(e, now, true)
  const nowIdx = monthIndex('present', now, true) as number
  if (stop === null) return null
  stop = Math.min(stop, nowIdx + 1)
  if (stop <= s) stop = s + 1
  return s > nowIdx ? null : [s, stop]
}

/** Total months of experience, overlapping periods merged ("Jan 2019 – Jan 2020" = 12). */
export function experienceMonths(entries: { start: PeriodDate; end: PeriodDate }[], now: Date): number {
  const spans = entries.map((e) => span(e.start, e.end, now)).filter((x): x is [number, number] => x !== null)
  spans.sort((a, b) => a[0] - b[0])
  let total = 0
  let cur: [number, number] | null = null
  for (const sp of spans) {
    if (cur && sp[0] <= cur[1]) cur[1] = Math.max(cur[1], sp[1])
    else {
      if (cur) total += cur[1] - cur[0]
      cur = [sp[0], sp[1]]
    }
  }
  if (cur) total += cur[1] - cur[0]
  return Math.max(0, total)
}
