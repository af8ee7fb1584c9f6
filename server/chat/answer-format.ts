import { format } from 'date-fns'
import { effectiveSalaryUnit, formatDurationMonths, isRecord, parseDateInput, salaryToInput, type AnswerValue, type JobType } from './answer-parsing'
import type { Question } from './question-template'

/**
 * Stored answer → what a person reads (preview card, found-fields card,
 * confirm prompts), and → the raw input that re-submits it unchanged (prefill
 * when an answer is edited).
 */
const rupees = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 })
export const formatRupees = (amount: number): string => `₹${rupees.format(amount)}`

/** "work_history" → "Work history", for answers that have no question in the template (e.g. extracted from a PDF). */
export function humaniseKey(key: string): string {
  const words = key.replace(/_/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function describeEntry(entry: Record<string, unknown>): string {
  const text = (k: string) => (typeof entry[k] === 'string' || typeof entry[k] === 'number' ? String(entry[k]) : null)
  if ('company' in entry || 'title' in entry) {
    const role = [text('title'), text('company')].filter(Boolean).join(' at ')
    const period = [text('start'), text('end')].filter(Boolean).join(' – ')
    return period ? `${role} (${period})` : role
  }
  const main = [text('degree'), text('institution')].filter(Boolean).join(', ')
  return text('year') ? `${main} (${text('year')})` : main
}

function formatGeneric(value: AnswerValue): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return value
  return value.map((item) => (isRecord(item) ? describeEntry(item) : String(item))).join(', ')
}

function optionLabel(q: Question, value: string): string {
  return q.options?.find((o) => o.value === value)?.label ?? value
}

export function formatAnswer(q: Question | undefined, value: AnswerValue, jobType: JobType): string {
  if (!q) return formatGeneric(value)
  switch (q.kind) {
    case 'yes_no':
      return value === true ? 'Yes' : 'No'
    case 'date': {
      const date = parseDateInput(String(value))
      return date ? format(date, 'dd-MM-yyyy') : String(value)
    }
    case 'salary': {
      if (typeof value !== 'number') return formatGeneric(value)
      const perMonth = `${formatRupees(value)} per month`
      return effectiveSalaryUnit(q, jobType) === 'lpa' ? `${salaryToInput(value, 'lpa')} (${perMonth})` : perMonth
    }
    case 'file':
      return 'Uploaded'
    case 'single_select':
      return optionLabel(q, String(value))
    case 'multi_select':
      return Array.isArray(value) ? value.map((v) => optionLabel(q, String(v))).join(', ') : formatGeneric(value)
    case 'text':
      if (q.parseAs === 'duration_months' && typeof value === 'number') {
        const text = formatDurationMonths(value)
        return text.charAt(0).toUpperCase() + text.slice(1)
      }
      return formatGeneric(value)
    default:
      return formatGeneric(value)
  }
}

/** The raw input that `parseAnswer` turns back into `value` (used to prefill an edited question). */
export function toRawInput(q: Question, value: AnswerValue, jobType: JobType): unknown {
  switch (q.kind) {
    case 'salary':
      return typeof value === 'number' ? salaryToInput(value, effectiveSalaryUnit(q, jobType)) : value
    case 'file':
      return { fileKey: value }
    case 'text':
      return q.parseAs === 'duration_months' && typeof value === 'number' ? formatDurationMonths(value) : value
    default:
      return value
  }
}
