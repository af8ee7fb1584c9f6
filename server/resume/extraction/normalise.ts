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

export type NoticePeriod = 'immediate' | '15_days' | '30_days' | '60_days' | '90_days'

/**
 * A notice period as written → the bot's `notice_period` choice, so a PDF that says it is never
 * asked again: "Immediate" / "0 days" / "Immediate joiner" → immediate; "30 days", "1 month",
 * "4 weeks" → 30_days. A figure between choices rounds up (45 days → 60_days): an employer planning
 * a start date is better told too long than too short. "Serving notice" without a figure: null.
 */
export function noticePeriodOf(text: string): NoticePeriod | null {
  const t = text.toLowerCase()
  if (/\b(immediate(ly)?|immediate joiner|no notice|nil|none|available now)\b/.test(t)) return 'immediate'
  const m = /(\d{1,3}(?:\.\d)?)\s*(days?|d\b|weeks?|wks?|months?|mon(?:th)?s?\b|mos?\b)/.exec(t)
  if (!m) return /^\s*0\s*$/.test(t) ? 'immediate' : null
  const n = Number(m[1])
  const days = /^w/.test(m[2]) ? n * 7 : /^m/.test(m[2]) ? n * 30 : n
  if (days <= 0) return 'immediate'
  if (days <= 15) return '15_days'
  if (days <= 31) return '30_days'
  if (days <= 62) return '60_days'
  if (days <= 120) return '90_days'
  return null
}

export type WorkMode = 'onsite' | 'remote' | 'hybrid'

/** "Work mode: Remote / WFH", "Hybrid", "Work from office" → the bot's `preferred_work_mode`; null when not one of them. */
export function workModeOf(text: string): WorkMode | null {
  const t = text.toLowerCase()
  if (/\bhybrid\b/.test(t)) return 'hybrid'
  if (/\b(remote|wfh|work from home)\b/.test(t)) return 'remote'
  if (/\b(on-?site|office|wfo|work from office|in[- ]office)\b/.test(t)) return 'onsite'
  return null
}

/** "Yes", "Willing", "Open to relocate" → true; "No", "Not willing" → false; else null. */
export function yesNoOf(text: string): boolean | null {
  const t = text.toLowerCase().trim()
  if (/^(no|not|n\b|unwilling)|\bnot (willing|open|interested)\b/.test(t)) return false
  if (/^(yes|y\b|willing|open|ready|anywhere)/.test(t)) return true
  return null
}
