import { isValid } from 'date-fns'

/**
 * Dates as resumes write them: "Jun 2019 – Present", "07/2016 - 03/2018", "2015-2017",
 * "Oct. 2021 – Current", "Jan 2019 to Till Date", "Summer 2012 and 2013", "24th April 1996", "Nov 2011 to Feb17".
 *
 * NOTE: hand-written scanning rather than date-fns `parse`: resume dates are embedded in free text
 * in dozens of shapes and `parse` needs the exact format up front. date-fns validates the result.
 */

/** `YYYY-MM`, `YYYY`, `present` or null (placeholder such as "20XX") */
export type ResumeDate = string | null

export interface DateRange {
  start: ResumeDate
  end: ResumeDate
  /** offset and length of the matched text */
  index: number
  length: number
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
}
const SEASONS = ['spring', 'summer', 'fall', 'autumn', 'winter']

const MONTH_RE = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
const YEAR_RE = "(?:(?:19|20)\\d{2}|20[Xx]{2}|'\\d{2})"
// one date: "Jun 2019", "June, 2019", "Jun'19", "10 Jan 2017", "06/2019", "2019-06", "2019", "Summer 2012"
const DATE_RE =
  `(?:(?:(?<![\\d.])\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH_RE}\\.?,?\\s*${YEAR_RE}` +
  // "Feb17", "Nov.11": two digits glued to the month are its year — unless a year follows
  // ("Feb17 2016" is a day); with a space, "May 15" may be a day too
  `|${MONTH_RE}\\.?\\d{2}(?!\\d|,?\\s*(?:19|20)\\d{2})` +
  `|(?:${SEASONS.join('|')})\\s+${YEAR_RE}` +
  `|(?:0?[1-9]|1[0-2])\\s*[/.-]\\s*(?:19|20)\\d{2}` +
  `|(?:19|20)\\d{2}\\s*[/-]\\s*(?:0[1-9]|1[0-2])(?![\\d])` +
  `|${YEAR_RE})`
const PRESENT_RE = '(?:present|current(?:ly)?|now|ongoing|today|till\\s+(?:date|now|today)|to\\s+date|date|running|continuing|working)'
const SEP_RE = '\\s*(?:[-–—~]+|\\bto\\b|\\btill\\b|\\buntil\\b|\\bthrough\\b|\\band\\b|\\bthru\\b)\\s*'

const RANGE_RE = new RegExp(`(?<![\\w/])(${DATE_RE})(?:${SEP_RE}(${DATE_RE}|${PRESENT_RE}))?(?![\\w/])`, 'gi')

const PRESENT_ONLY_RE = new RegExp(`^${PRESENT_RE}$`, 'i')

function normaliseDashes(s: string): string {
  return s.replace(/[\u2010-\u2015\u2212]/g, '–')
}

function twoDigitYear(yy: number): number {
  // resumes: '98 is 1998, '19 is 2019
  return yy > 40 ? 1900 + yy : 2000 + yy
}

/** One date token → `YYYY-MM` / `YYYY` / `present` / null (unknown year). */
export function parseDateToken(token: string): ResumeDate | undefined {
  const t = token.trim().toLowerCase().replace(/\s+/g, ' ')
  if (PRESENT_ONLY_RE.test(t)) return 'present'
  if (/20xx/i.test(t)) return null
  let m = /^(?:\d{1,2}(?:st|nd|rd|th)?\s+)?([a-z]+)\.?,?\s*('?\d{2,4})$/.exec(t)
  if (m) {
    const month = MONTHS[m[1]]
    const glued = m[2].length === 2 && /[a-z.]\d{2}$/.test(t)
    const year = m[2].startsWith("'") ? twoDigitYear(Number(m[2].slice(1))) : glued ? twoDigitYear(Number(m[2])) : Number(m[2])
    if (SEASONS.includes(m[1])) return String(year)
    if (!month || year < 1940 || year > 2100) return undefined
    return `${year}-${String(month).padStart(2, '0')}`
  }
  m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t)
  if (m) return `${m[2]}-${m[1].padStart(2, '0')}`
  m = /^(\d{4})\s*[/-]\s*(\d{2})$/.exec(t)
  if (m) return `${m[1]}-${m[2]}`
  m = /^'(\d{2})$/.exec(t)
  if (m) return String(twoDigitYear(Number(m[1])))
  if (/^\d{4}$/.test(t)) return t
  return undefined
}

/**
 * Every date or date range in a line, left to right. A lone date is a range with the same start
 * and end (a one-year role: "2017").
 */
export function findDateRanges(text: string): DateRange[] {
  const s = normaliseDashes(text)
  const out: DateRange[] = []
  for (const m of s.matchAll(RANGE_RE)) {
    const a = parseDateToken(m[1])
    if (a === undefined) continue
    const before = s.slice(Math.max(0, (m.index ?? 0) - 1), m.index ?? 0)
    // "GPA: 3.66 (9.15/10.0)", "+91 2015…": digits glued to other digits are not dates
    if (/[\d.+]/.test(before)) continue
    if (m[2] === undefined) {
      out.push({ start: a, end: a, index: m.index ?? 0, length: m[0].length })
      continue
    }
    const b = parseDateToken(m[2])
    if (b === undefined) {
      out.push({ start: a, end: a, index: m.index ?? 0, length: m[1].length })
      continue
    }
    // "and" joins two years ("Summer 2012 and 2013"), never a year and "present"
    if (/\band\b/i.test(m[0]) && b === 'present') {
      out.push({ start: a, end: a, index: m.index ?? 0, length: m[1].length })
      continue
    }
    out.push({ start: a, end: b, index: m.index ?? 0, length: m[0].length })
  }
  return out
}

// NOTE: the field extractors ask for the periods of the same lines and cells several times per
// file; the answer for a text is kept (bounded: the map is emptied when it fills up).
const periodCache = new Map<string, DateRange[]>()
const PERIOD_CACHE_MAX = 20_000

/** Forget the kept answers: called per document, so one file's work never speeds up another's. */
export function clearPeriodCache(): void {
  periodCache.clear()
}

/** Only ranges that look like an employment/study period (at least one real date). */
export function findPeriods(text: string): DateRange[] {
  let hit = periodCache.get(text)
  if (!hit) {
    if (periodCache.size >= PERIOD_CACHE_MAX) periodCache.clear()
    hit = periodsIn(text)
    periodCache.set(text, hit)
  }
  // a copy of the list (callers reverse it); the ranges themselves are never changed
  return hit.slice()
}

function periodsIn(text: string): DateRange[] {
  return findDateRanges(text).filter((r) => {
    const raw = normaliseDashes(text).slice(r.index, r.index + r.length)
    // a bare 4-digit number is a year only when it stands alone or in a range
    if (/^\d{4}$/.test(raw.trim())) return true
    return r.start !== undefined
  })
}

/** Year of a resume date (`present` → the `now` year). */
export function yearOf(d: ResumeDate, now: Date): number | null {
  if (!d) return null
  if (d === 'present') return now.getUTCFullYear()
  return Number(d.slice(0, 4))
}

export { monthIndex } from '../../normalise/experience'

/**
 * A full calendar date (date of birth): "24th April 1996", "October 11, 1961", "11/10/1961"
 * (day first, the Indian way), "1996-04-24". Returns ISO `YYYY-MM-DD` or null.
 */
export function parseFullDate(text: string): string | null {
  const t = text.toLowerCase().replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/[,.]/g, ' ').replace(/\s+/g, ' ').trim()
  let y: number | undefined
  let mo: number | undefined
  let d: number | undefined
  let m = /\b(\d{1,2})[ -]([a-z]+)[ -](\d{4})\b/.exec(t)
  if (m && MONTHS[m[2]]) [d, mo, y] = [Number(m[1]), MONTHS[m[2]], Number(m[3])]
  if (y === undefined && (m = /\b([a-z]+) (\d{1,2}) (\d{4})\b/.exec(t)) && MONTHS[m[1]]) [mo, d, y] = [MONTHS[m[1]], Number(m[2]), Number(m[3])]
  if (y === undefined && (m = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/.exec(t))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y === undefined && (m = /\b(\d{1,2})[-/ ](\d{1,2})[-/ ](\d{4})\b/.exec(t))) {
    const a = Number(m[1])
    const b = Number(m[2])
    // day first unless that is impossible
    ;[d, mo] = a > 12 || b <= 12 ? [a, b] : [b, a]
    y = Number(m[3])
  }
  if (y === undefined || mo === undefined || d === undefined) return null
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (!isValid(date) || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
