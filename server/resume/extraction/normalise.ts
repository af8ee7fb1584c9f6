import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'
import { findCity } from '../../master-data/cities'
import { findDateRanges, parseDateToken, parseFullDate, type ResumeDate } from './dates'
import { lookupSkill } from './skills-dictionary'
import { collapse } from './text'

/**
 * Normalisers: raw resume text → the canonical values `resume-answers.ts` stores. Pure.
 * - dates → `YYYY-MM` / `YYYY` / `present`; dates of birth → ISO `YYYY-MM-DD`
 * - phone → E.164 (India by default)
 * - salary → ₹ per month (LPA, lakhs, per-year figures converted)
 * - experience → months
 * - city → the city dataset's canonical name
 * - skill → canonical spelling
 */

export function normaliseDate(text: string): ResumeDate | undefined {
  const direct = parseDateToken(text)
  if (direct !== undefined) return direct
  const r = findDateRanges(text)[0]
  return r ? r.start : undefined
}

export function normaliseDateOfBirth(text: string): string | null {
  return parseFullDate(text)
}

// ---------------------------------------------------------------------------------------------

export interface PhoneNormalised {
  e164: string
  /** valid for its country per libphonenumber (else only a possible length) */
  valid: boolean
}

/** "+91 98765 43210", "098765-43210", "(718) 555–0100" → E.164. India unless a country code is written. */
export function normalisePhone(raw: string, defaultCountry: CountryCode = 'IN'): PhoneNormalised | null {
  const cleaned = raw.replace(/[()]/g, ' ').replace(/[\u2010-\u2015\u2212]/g, '-').trim()
  const digits = cleaned.replace(/\D/g, '')
  // without a country code a number has 10 digits at least (Indian mobiles and STD landlines)
  if (digits.length > 15 || digits.length < (/^\+/.test(cleaned) || digits.startsWith('00') ? 8 : 10)) return null
  // "0 98765 43210": the trunk 0 of an Indian number; "0091…": international prefix
  let candidate = /^\+/.test(cleaned) ? '+' + digits : digits.startsWith('00') ? '+' + digits.slice(2) : digits
  if (!candidate.startsWith('+') && candidate.length === 11 && candidate.startsWith('0')) candidate = candidate.slice(1)
  const attempts = [candidate]
  // "91 98765 43210" / "919876543210": a country code written without the plus
  if (!candidate.startsWith('+') && candidate.length >= 11) attempts.push('+' + candidate)
  for (const a of attempts) {
    const p = parsePhoneNumberFromString(a, defaultCountry)
    if (p?.isValid()) return { e164: p.number, valid: true }
  }
  for (const a of attempts) {
    const p = parsePhoneNumberFromString(a, defaultCountry)
    if (p?.isPossible()) return { e164: p.number, valid: false }
  }
  return null
}

// ---------------------------------------------------------------------------------------------

const LAKH = 100_000
const CRORE = 10_000_000

/**
 * A salary as written → whole ₹ per month. "5 LPA" → 41667, "3.6 lakh per annum" → 30000,
 * "₹25,000/month" → 25000, "25k" → 25000, "6,00,000 per year" → 50000, "1.2 Cr" → 1000000.
 * A bare figure of a lakh or more is taken as yearly (monthly pay is written in thousands).
 * Ranges ("20-25k") give their lower bound.
 */
export function salaryToMonthly(text: string): number | null {
  const t = collapse(text.toLowerCase().replace(/₹|rs\.?|inr|rupees?/g, ' ').replace(/(\d),(?=\d)/g, '$1'))
  // a range ("20-25k", "3 to 4 LPA"): the lower bound, in the unit written after the upper one
  const range = /(\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*(k|thousand|l|lac|lacs|lakh|lakhs|lpa|cr|crore|crores)?\b/.exec(t)
  const m = range
    ? ([range[0], range[1], ...unitGroups(range[3])] as const)
    : /(\d+(?:\.\d+)?)\s*(?:(k|thousand)|(l|lac|lacs|lakh|lakhs|lpa)|(cr|crore|crores))?\b/.exec(t)
  if (!m) return null
  let amount = Number(m[1])
  if (!Number.isFinite(amount) || amount <= 0) return null
  if (m[2]) amount *= 1000
  if (m[3]) amount *= LAKH
  if (m[4]) amount *= CRORE
  const yearly =
    /\b(lpa|p\.?\s?a\.?|per annum|annum|per year|a year|yearly|annual(ly)?|\/\s?(yr|year|annum)|ctc)\b/.test(t) ||
    !!m[3] ||
    !!m[4] ||
    (!/\b(per month|a month|monthly|pm|p\.m\.|\/\s?(month|mo|m))\b/.test(t) && amount >= LAKH)
  const monthly = yearly ? amount / 12 : amount
  return Math.round(monthly)
}

function unitGroups(unit: string | undefined): [string | undefined, string | undefined, string | undefined] {
  if (!unit) return [undefined, undefined, undefined]
  if (/^(k|thousand)$/.test(unit)) return [unit, undefined, undefined]
  if (/^(cr|crore|crores)$/.test(unit)) return [undefined, undefined, unit]
  return [undefined, unit, undefined]
}

// ---------------------------------------------------------------------------------------------

/**
 * Experience as written → months. "2 yrs 3 months" → 27, "1 Year(s) 0 Month(s)" → 12,
 * "2.5 years" → 30, "6 months" → 6, "3+ years" → 36, "fresher" → 0.
 */
export function experienceToMonths(text: string): number | null {
  const t = text.toLowerCase()
  if (/\b(fresher|no experience|none|nil|entry level)\b/.test(t)) return 0
  const years = /(\d+(?:\.\d+)?)\s*\+?\s*(?:years?|yrs?|y)(?:\(s\))?\b/.exec(t)
  const months = /(\d+)\s*(?:months?|mos?|m)(?:\(s\))?\b/.exec(t)
  if (!years && !months) return null
  const total = (years ? Number(years[1]) * 12 : 0) + (months ? Number(months[1]) : 0)
  return Number.isFinite(total) ? Math.round(total) : null
}

// ---------------------------------------------------------------------------------------------

/** The city dataset's name for a city or alias ("Bombay" → "Mumbai"), or null when unknown. */
export function canonicalCity(name: string): string | null {
  const direct = findCity(name)
  if (direct) return direct.name
  // "Bengaluru / Bangalore", "Pune-411041"
  for (const part of name.split(/\s*[/,|]\s*|\s*[-–]\s*(?=\d)/)) {
    const c = findCity(part.replace(/\b\d{6}\b/g, '').trim())
    if (c) return c.name
  }
  return null
}

/** Canonical spelling of a skill ("nodejs" → "Node.js", "ms excel" → "MS Excel"); unknown skills tidied. */
export function canonicalSkill(name: string): string {
  const known = lookupSkill(name)
  if (known) return known
  const s = collapse(name)
  // shouting: "PROJECT MANAGEMENT" → "Project Management"; short acronyms ("DBA", "SAP") stay
  if (s.length > 4 && s === s.toUpperCase() && /[A-Z]{2}/.test(s)) return s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** De-duplicate canonical skills case-insensitively, keeping the first spelling. */
export function canonicalSkills(names: string[]): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  for (const n of names) {
    const c = canonicalSkill(n)
    const k = c.toLowerCase()
    if (!seen.has(k)) {
      seen.add(k)
      out.push(c)
    }
  }
  return out
}
