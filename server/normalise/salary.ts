import { translateNumbers } from './number-words'
import { collapse, foldText, stripDigitGrouping } from './text'

/**
 * Salary as written → whole ₹ per month. The one rule set for chat answers, resumes, job postings
 * and the LLM pass. Pure.
 *
 * Units: "15k", "25 thousand", "15 hazar" (×1 000); "2.5 L", "lakh", "lacs", "LPA" (×1 00 000);
 * "cr", "crore" (×1 00 00 000). In a range the lower figure borrows the upper one's unit only
 * when it is small ("3-5 lakh", "15-20k"), so "50,000-2 Lacs" stays 50 000 – 2 lakh.
 *
 * Periods, as written: per month / p.m. / monthly; per annum / p.a. / LPA / yearly / "L/yr";
 * per day / daily (× 26 working days: six-day weeks are the norm in the jobs we list); per hour
 * (× 8 h × 26 days); per week (× 52 / 12). With no period: lakh/crore figures are yearly, a bare
 * figure of ₹1 lakh or more is yearly (nobody writes a monthly wage in lakhs of rupees), anything
 * else is monthly. "CTC" names the package, not the period: "CTC 18,000" is monthly.
 *
 * Incentives written after fixed pay ("15k + incentives up to 10k") are returned apart, never
 * added to fixed pay: the product shows them separately.
 */

export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year'

export interface SalaryParsed {
  /** fixed pay, ₹ per month; null when only an upper bound is written ("upto 25000") */
  min: number | null
  /** fixed pay, ₹ per month; null when only a lower bound is written ("15000+ / minimum 15000") */
  max: number | null
  /** incentive / commission written apart from fixed pay, ₹ per month */
  incentiveMin: number | null
  incentiveMax: number | null
  /** the period the figures were read in */
  period: PayPeriod
  /** whether the text said the period (else it was inferred from the size of the figures) */
  periodStated: boolean
}

export interface SalaryOptions {
  /**
   * How to read a bare number with no unit and no period: `rupees` (default) or `lpa`, where a
   * number below 1 000 is lakhs per annum (an answer to "expected salary in LPA?").
   */
  bareUnit?: 'rupees' | 'lpa'
}

/** Working days in a month for day/hour rates: six-day weeks. */
export const WORKING_DAYS_PER_MONTH = 26
export const WORKING_HOURS_PER_DAY = 8

const LAKH = 100_000
const CRORE = 10_000_000

const UNIT = '(k|thousands?|hazaa?r|lpa|lakhs?|lacs?|lac|l|cr|crores?)'
const NUMBER = '(\\d+(?:\\.\\d+)?)'
// "18000 - 25000", "15 to 20k", "18,000/- upto 25,000/-", "10000 se 15000", Telugu "నుండి" (from)
const CONNECTOR = '\\s*(?:-|to|upto|up to|till|se|tak|నుండి|से)\\s*'
const RANGE = new RegExp(`${NUMBER}\\s*${UNIT}?(?![a-z])\\+?${CONNECTOR}${NUMBER}\\s*${UNIT}?(?![a-z])`)
const SINGLE = new RegExp(`${NUMBER}\\s*${UNIT}?(?![a-z])`)

const PERIODS: readonly [PayPeriod, RegExp][] = [
  ['year', /per\s*annum|\bp\.?\s?a\b\.?|\bannum\b|per\s*year|\/\s*(?:yr|year|annum)\b|\byearly\b|\bannual(?:ly)?\b|\blpa\b|\ba year\b|\bper\s*yr\b/],
  ['month', /per\s*month|\/\s*(?:month|mon|mo|m)\b|\d\s*\/?\s*p\.?\s?m\b\.?|\bmonthly\b|\ba month\b|per\s*mensem|\bmahina\b|\bmahine\b|\bpm\b(?=\s*$)/],
  ['day', /per\s*day|\/\s*day\b|\bdaily\b|\ba day\b|per\s*diem|per\s*shift|\bdin\b|\bprati din\b/],
  ['hour', /per\s*hour|\/\s*(?:hr|hour)\b|\bhourly\b|\ban hour\b|per\s*hr\b/],
  // NOTE: not a bare "weekly": "weekly off" is a day off, not a pay period
  ['week', /per\s*week|\/\s*week\b|\ba week\b|weekly\s+(?:pay|salary|payment|wages?)/],
]

const INCENTIVE_WORD = /\b(?:incentives?|commissions?|variable(?:\s+pay)?|bonus(?:es)?|ince?ntive)\b/

function unitFactor(unit: string | undefined): number {
  if (!unit) return 1
  if (/^(k|thousands?|hazaa?r)$/.test(unit)) return 1_000
  if (/^(cr|crores?)$/.test(unit)) return CRORE
  return LAKH
}

/** Lower-case, currency and grouping stripped, numbers in words as digits: the text the figures are read from. */
export function prepareSalaryText(raw: string): string {
  let t = foldText(raw).toLowerCase()
  // currency marks: ₹, Rs., INR, rupees, "/-" (Indian "and no paise"), Telugu రూ., Hindi रु / रुपये
  t = t.replace(/₹|\brs\b\.?|\binr\b|\brupees?\b|\/-|రూ\.?|रु\.?|रुपये/g, ' ')
  t = stripDigitGrouping(t)
  // Hindi and Hinglish figures and periods ("बीस हज़ार महीना", "dedh lakh") → the English ones below
  t = translateNumbers(t, 'pay')
  return collapse(t)
}

function periodOf(t: string): { period: PayPeriod; at: number } | null {
  let best: { period: PayPeriod; at: number } | null = null
  for (const [period, re] of PERIODS) {
    const m = re.exec(t)
    if (m && (best === null || m.index < best.at)) best = { period, at: m.index }
  }
  return best
}

interface Figures {
  low: number | null
  high: number | null
  /** the written unit made these lakhs/crores */
  bigUnit: boolean
  /** no unit at all on either figure */
  bare: boolean
}

/** The first figure or range in `t`, with "upto"/"minimum" read as one-sided bounds. */
function figuresOf(t: string): Figures | null {
  const r = RANGE.exec(t)
  const s = SINGLE.exec(t)
  // a single figure written before the first range wins ("15000, 2-3 years" is not a range)
  if (r && (!s || s.index >= r.index)) {
    const hiUnit = r[4]
    const loUnit = r[2] ?? (Number(r[1]) < 1000 ? hiUnit : undefined)
    const low = Number(r[1]) * unitFactor(loUnit)
    const high = Number(r[3]) * unitFactor(hiUnit)
    return { low, high, bigUnit: unitFactor(hiUnit) >= LAKH || unitFactor(loUnit) >= LAKH, bare: !loUnit && !hiUnit }
  }
  if (!s) return null
  const value = Number(s[1]) * unitFactor(s[2])
  const before = t.slice(0, s.index)
  const bigUnit = unitFactor(s[2]) >= LAKH
  const bare = !s[2]
  if (/(?:up\s*to|upto|max(?:imum)?|till|not more than|under|below|tak)\s*[:\-]?\s*$/.test(before)) return { low: null, high: value, bigUnit, bare }
  const after = t.slice(s.index + s[0].length)
  if (/(?:min(?:imum)?|at least|starting(?: from)?|from|above|more than)\s*[:\-]?\s*$/.test(before) || /^\s*\+/.test(after) || /^\s*(?:and|&|or)\s*(?:above|more)\b/.test(after)) {
    return { low: value, high: null, bigUnit, bare }
  }
  return { low: value, high: value, bigUnit, bare }
}

function toMonthly(value: number | null, period: PayPeriod): number | null {
  if (value === null || !Number.isFinite(value) || value <= 0) return null
  const monthly =
    period === 'year'
      ? value / 12
      : period === 'day'
        ? value * WORKING_DAYS_PER_MONTH
        : period === 'hour'
          ? value * WORKING_HOURS_PER_DAY * WORKING_DAYS_PER_MONTH
          : period === 'week'
            ? (value * 52) / 12
            : value
  return Math.round(monthly)
}

function readPart(t: string, opts: SalaryOptions): { min: number | null; max: number | null; period: PayPeriod; stated: boolean } | null {
  const f = figuresOf(t)
  if (!f) return null
  const stated = periodOf(t)
  let period: PayPeriod
  let low = f.low
  let high = f.high
  if (stated) period = stated.period
  else if (f.bigUnit) period = 'year'
  else if (f.bare && opts.bareUnit === 'lpa' && Math.max(low ?? 0, high ?? 0) < 1000) {
    low = low === null ? null : low * LAKH
    high = high === null ? null : high * LAKH
    period = 'year'
  } else period = Math.max(low ?? 0, high ?? 0) >= LAKH ? 'year' : 'month'
  return { min: toMonthly(low, period), max: toMonthly(high, period), period, stated: !!stated }
}

export function parseSalary(raw: string, opts: SalaryOptions = {}): SalaryParsed | null {
  const t = prepareSalaryText(raw)
  const inc = INCENTIVE_WORD.exec(t)
  // "15k + incentives": that plus joins the incentive, it does not mean "15k and more"
  const fixedText = inc ? t.slice(0, inc.index).replace(/[+&,\s]+(?:and\s*)?$/, '') : t
  const incentiveText = inc ? t.slice(inc.index) : ''
  const fixed = readPart(fixedText, opts)
  const incentive = incentiveText ? readPart(incentiveText, opts) : null
  if (!fixed && !incentive) return null
  // "15k + incentives up to 10k" has only an upper bound; "incentive 2000-5000" both
  return {
    min: fixed?.min ?? null,
    max: fixed?.max ?? null,
    incentiveMin: incentive?.min ?? null,
    incentiveMax: incentive?.max ?? null,
    period: fixed?.period ?? incentive?.period ?? 'month',
    periodStated: fixed?.stated ?? incentive?.stated ?? false,
  }
}

/**
 * One monthly figure for a salary answer: the lower bound of a range (what a candidate will
 * accept), else the only figure. Null when nothing reads as pay.
 */
export function salaryMonthly(raw: string, opts: SalaryOptions = {}): number | null {
  const s = parseSalary(raw, opts)
  if (!s) return null
  return s.min ?? s.max
}

/**
 * A salary answer as a range of ₹ per month, kept as written ("20-25k" → 20 000 – 25 000; one
 * figure → min = max; "upto 25000" → 25 000 – 25 000). Null when nothing reads as pay.
 */
export function salaryRangeMonthly(raw: string, opts: SalaryOptions = {}): { min: number; max: number } | null {
  const s = parseSalary(raw, opts)
  const min = s?.min ?? s?.max ?? null
  const max = s?.max ?? s?.min ?? null
  if (min === null || max === null) return null
  return { min: Math.min(min, max), max: Math.max(min, max) }
}
