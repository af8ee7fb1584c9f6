import { parseDurationMonths } from '../../normalise/experience'
import { canonicalCity } from '../../normalise/location'
import { normalisePhone, type PhoneNormalised } from '../../normalise/phone'
import { salaryMonthly, salaryRangeMonthly } from '../../normalise/salary'
import { canonicalSkill, canonicalSkills } from '../../normalise/skills'
import { findDateRanges, parseDateToken, parseFullDate, type ResumeDate } from './dates'

/**
 * Normalisers: raw resume text → the canonical values `resume-answers.ts` stores. Pure. Salary,
 * experience, city, skill and phone rules live in `server/normalise` (one rule set for chat,
 * resumes and postings); this module keeps the resume's names for them and its date helpers.
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

/**
 * A salary as written → whole ₹ per month, by the one salary rule set (`server/normalise`):
 * "5 LPA" → 41667, "₹25,000/month" → 25000, "25k" → 25000, "6,00,000 per year" → 50000. A bare
 * figure of a lakh or more is yearly. Ranges ("20-25k") give their lower bound.
 */
export function salaryToMonthly(text: string): number | null {
  return salaryMonthly(text)
}

/** An expected salary as written → its range of ₹ per month ("20-25k" stays 20 000 – 25 000). */
export function salaryRangeToMonthly(text: string): { min: number; max: number } | null {
  return salaryRangeMonthly(text)
}

/**
 * Experience as written → months. "2 yrs 3 months" → 27, "1 Year(s) 0 Month(s)" → 12,
 * "2.5 years" → 30, "6 months" → 6, "3+ years" → 36, "fresher" → 0.
 */
export function experienceToMonths(text: string): number | null {
  return parseDurationMonths(text)
}

export { canonicalCity, canonicalSkill, canonicalSkills, normalisePhone, type PhoneNormalised }
