import { formatDistanceStrict, type Locale as DateLocale } from 'date-fns'
import { hi } from 'date-fns/locale/hi'
import { foldDigits } from '#server/normalise/text'
import { fallbackLocale, translator, type Locale } from '~/i18n/i18n'

/** 18000 → "₹18,000"; 125000 → "₹1,25,000": the one ₹ formatter, shared with the server. */
export { formatRupees as formatInr } from '#server/format/money'

// Every formatter below takes the page's language last (English when left out). ₹ amounts read the
// same in hi-IN (Latin digits and Indian grouping are its default), so only the words change.
const t = (locale: Locale) => translator(locale, 'format')
const DATE_LOCALES: Record<string, DateLocale> = { hi }

/** Compact monthly salary for cards: "₹18k–25k /month", "₹1.2L–1.5L /month". */
export function formatSalaryRange(min: number | null, max: number | null, locale: Locale = fallbackLocale): string {
  const short = (n: number) => (n >= 100_000 ? `${trim(n / 100_000)}L` : n >= 1000 ? `${trim(n / 1000)}k` : String(n))
  if (min == null && max == null) return t(locale)('salaryHidden')
  const amount = min != null && max != null && min !== max ? `₹${short(min)}–${short(max)}` : `₹${short((min ?? max) as number)}`
  return t(locale)('perMonth', { amount })
}

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, '')
}

export function formatExperience(minMonths: number, maxMonths: number | null, locale: Locale = fallbackLocale): string {
  const y = (m: number) => (m % 12 === 0 ? `${m / 12}` : (m / 12).toFixed(1))
  if (minMonths === 0 && (maxMonths === 0 || maxMonths === null)) return t(locale)(maxMonths === 0 ? 'freshers' : 'anyExperience')
  if (maxMonths === null) return t(locale)('yearsPlus', { years: y(minMonths) })
  return t(locale)('yearsRange', { from: y(minMonths), to: y(maxMonths) })
}

/** How long from `from` to `now` in words: "3 hours", "15 days" ("3 घंटे", "15 दिन"): the one relative-time formatter. */
export function formatTimeBetween(from: Date, now: Date, locale: Locale = fallbackLocale): string {
  // date-fns writes Hindi with Devanagari digits; our pages use 0–9 in every language (as ₹ amounts do)
  return foldDigits(formatDistanceStrict(from, now, { locale: DATE_LOCALES[locale] }))
}

export function formatPosted(iso: string | null, now: Date = new Date(), locale: Locale = fallbackLocale): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (now.getTime() - d.getTime() < 60 * 60 * 1000) return t(locale)('postedJustNow')
  return t(locale)('postedAgo', { distance: formatTimeBetween(d, now, locale) })
}

export type WorkMode = 'onsite' | 'remote' | 'hybrid'
export type Employment = 'full_time' | 'part_time' | 'contract' | 'internship'
export const workModeLabel = (mode: WorkMode, locale: Locale = fallbackLocale) => t(locale)(`workMode.${mode}`)
export const employmentLabel = (type: Employment, locale: Locale = fallbackLocale) => t(locale)(`employment.${type}`)
/** English labels by key (employer pages, which stay English) */
export const WORK_MODE_LABEL = { onsite: workModeLabel('onsite'), remote: workModeLabel('remote'), hybrid: workModeLabel('hybrid') } as const
export const EMPLOYMENT_LABEL = {
  full_time: employmentLabel('full_time'),
  part_time: employmentLabel('part_time'),
  contract: employmentLabel('contract'),
  internship: employmentLabel('internship'),
} as const
