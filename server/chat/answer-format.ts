import { format } from 'date-fns'
import { effectiveSalaryUnit, formatDurationMonths, isRecord, parseDateInput, salaryToInput, type AnswerValue, type JobType } from './answer-parsing'
import { formatRupees } from '../format/money'
import { describeEntryValue, entriesToForm } from './entries'
import { en, fill, type ChatMessages } from './messages'
import type { Question, SalaryUnit } from './question-template'

/** the words answers read back in (a language's message file; English when not given) */
export type FormatWords = ChatMessages['format']

/**
 * Stored answer → what a person reads (preview card, found-fields card,
 * confirm prompts), and → the raw input that re-submits it unchanged (prefill
 * when an answer is edited).
 */
export { formatRupees } from '../format/money'

/** "work_history" → "Work history", for answers that have no question in the template (e.g. extracted from a PDF). */
export function humaniseKey(key: string): string {
  const words = key.replace(/_/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** an education or work entry (e.g. extracted from a PDF, with no question of its own) */
function describeEntry(entry: Record<string, unknown>): string {
  return describeEntryValue('company' in entry || 'title' in entry ? 'work' : 'education', entry)
}

function formatGeneric(value: AnswerValue, words: FormatWords = en.format): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map((item: unknown) => (isRecord(item) ? describeEntry(item) : String(item))).join(', ')
  return describeEntry(value as Record<string, unknown>)
}

/** `{ min, max }` ₹ per month → "₹15,000 – ₹20,000 per month" (or one figure when equal). */
export function formatSalaryRange(range: { min: number; max: number }, words: FormatWords = en.format): string {
  const amount = range.min === range.max ? formatRupees(range.min) : `${formatRupees(range.min)} – ${formatRupees(range.max)}`
  return fill(words.perMonth, { amount })
}

/** A range answered in LPA reads in LPA first ("8 – 12 LPA (₹66,667 – ₹1,00,000 per month)"); monthly as `formatSalaryRange`. */
function formatSalaryAnswer(range: { min: number; max: number }, unit: SalaryUnit, words: FormatWords = en.format): string {
  if (unit !== 'lpa') return formatSalaryRange(range, words)
  const lpa = range.min === range.max ? salaryToInput(range.min, 'lpa') : `${salaryToInput(range.min, 'lpa').replace(/ LPA$/, '')} – ${salaryToInput(range.max, 'lpa')}`
  return `${lpa} (${formatSalaryRange(range, words)})`
}

/** months → "2 years 6 months" in the words given ("2 साल 6 महीने"); 0 → "Fresher" */
function formatDuration(months: number, words: FormatWords): string {
  if (months === 0) return words.fresher
  const years = Math.floor(months / 12)
  const rest = months % 12
  const parts: string[] = []
  if (years > 0) parts.push(fill(years === 1 ? words.yearOne : words.yearOther, { n: years }))
  if (rest > 0) parts.push(fill(rest === 1 ? words.monthOne : words.monthOther, { n: rest }))
  return parts.join(' ')
}

/** `{ min, max | null }` months → "Fresher", "1 – 3 years", "2 years or more", "Any experience". */
export function formatExperienceRange(range: { min: number; max: number | null }): string {
  if (range.max === null) return range.min === 0 ? 'Any experience' : `${formatDurationMonths(range.min)} or more`
  if (range.max === 0) return 'Fresher'
  if (range.min === range.max) return capitalise(formatDurationMonths(range.min))
  const years = (m: number) => Math.round((m / 12) * 10) / 10
  if (range.min % 12 === 0 && range.max % 12 === 0) return `${years(range.min)} – ${years(range.max)} years`
  return `${formatDurationMonths(range.min)} – ${formatDurationMonths(range.max)}`
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const isSalaryRange = (v: unknown): v is { min: number; max: number } => isRecord(v) && typeof v.min === 'number' && typeof v.max === 'number'
const isExperienceRange = (v: unknown): v is { min: number; max: number | null } =>
  isRecord(v) && typeof v.min === 'number' && (typeof v.max === 'number' || v.max === null)

function optionLabel(q: Question, value: string): string {
  return q.options?.find((o) => o.value === value)?.label ?? value
}

export function formatAnswer(q: Question | undefined, value: AnswerValue, jobType: JobType, words: FormatWords = en.format): string {
  if (!q) return formatGeneric(value, words)
  switch (q.kind) {
    case 'yes_no':
      return value === true ? words.yes : words.no
    case 'date': {
      const date = parseDateInput(String(value))
      return date ? format(date, 'dd-MM-yyyy') : String(value)
    }
    case 'salary': {
      // a template stored before expected salary became a range asks with `salary` and stores a range
      if (isSalaryRange(value)) return formatSalaryAnswer(value, effectiveSalaryUnit(q, jobType), words)
      if (typeof value !== 'number') return formatGeneric(value, words)
      const perMonth = fill(words.perMonth, { amount: formatRupees(value) })
      return effectiveSalaryUnit(q, jobType) === 'lpa' ? `${salaryToInput(value, 'lpa')} (${perMonth})` : perMonth
    }
    case 'file':
      return words.uploaded
    case 'salary_range':
      return isSalaryRange(value) ? formatSalaryAnswer(value, effectiveSalaryUnit(q, jobType), words) : formatGeneric(value, words)
    case 'experience_range':
      return isExperienceRange(value) ? formatExperienceRange(value) : formatGeneric(value, words)
    case 'single_select':
      return optionLabel(q, String(value))
    case 'multi_select':
      return Array.isArray(value) ? value.map((v) => optionLabel(q, String(v))).join(', ') : formatGeneric(value, words)
    case 'entries':
      if (Array.isArray(value) && value.length === 0) return q.noneLabel ?? words.none
      return Array.isArray(value) ? value.map((e: unknown) => (isRecord(e) ? describeEntryValue(q.entry ?? 'education', e) : String(e))).join('; ') : formatGeneric(value, words)
    case 'text':
      if (q.parseAs === 'duration_months' && typeof value === 'number') {
        const text = formatDuration(value, words)
        return text.charAt(0).toUpperCase() + text.slice(1)
      }
      return formatGeneric(value, words)
    default:
      return formatGeneric(value, words)
  }
}

/** The raw input that `parseAnswer` turns back into `value` (used to prefill an edited question). */
export function toRawInput(q: Question, value: AnswerValue, jobType: JobType): unknown {
  switch (q.kind) {
    case 'salary':
      if (isSalaryRange(value)) return salaryToInput(value.min, effectiveSalaryUnit(q, jobType))
      return typeof value === 'number' ? salaryToInput(value, effectiveSalaryUnit(q, jobType)) : value
    case 'file':
      return { fileKey: value }
    case 'salary_range': {
      if (!isSalaryRange(value)) return value
      const unit = effectiveSalaryUnit(q, jobType)
      return value.min === value.max ? salaryToInput(value.min, unit) : `${salaryToInput(value.min, unit).replace(/ (LPA|per month)$/, '')} - ${salaryToInput(value.max, unit)}`
    }
    case 'experience_range': {
      if (!isExperienceRange(value)) return value
      if (value.max === null) return value.min === 0 ? 'any experience' : `${formatDurationMonths(value.min)} or more`
      if (value.max === 0) return 'fresher'
      return `${value.min} - ${value.max} months`
    }
    case 'entries':
      return entriesToForm(q.entry ?? 'education', value)
    case 'text':
      return q.parseAs === 'duration_months' && typeof value === 'number' ? formatDurationMonths(value) : value
    default:
      return value
  }
}
