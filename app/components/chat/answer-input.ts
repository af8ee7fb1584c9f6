import type { TFunction } from 'i18next'
import type { QuestionView } from './transcript'

/** Pure helpers for the chat's inputs: what is typed → what is sent, and how the bubble reads meanwhile. */

const inr = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 })

/**
 * Keeps a date field as dd-mm-yyyy while digits are typed (dashes are inserted, never required).
 * A pasted ISO date (yyyy-mm-dd) is turned around.
 */
export function formatDateTyping(raw: string): string {
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(raw)
  if (iso) return `${iso[3]!.padStart(2, '0')}-${iso[2]!.padStart(2, '0')}-${iso[1]}`
  const d = raw.replace(/\D/g, '').slice(0, 8)
  return d.slice(0, 2) + (d.length > 2 ? `-${d.slice(2, 4)}` : '') + (d.length > 4 ? `-${d.slice(4)}` : '')
}

export const isCompleteDate = (text: string): boolean => /^\d{2}-\d{2}-\d{4}$/.test(text)

/** A prefill as the text a field starts with (ISO dates shown as dd-mm-yyyy). */
export function prefillText(q: Pick<QuestionView, 'kind' | 'prefill' | 'salaryUnit'>): string {
  const p = q.prefill
  if (typeof p === 'number') return String(p)
  if (typeof p !== 'string') return ''
  if (q.kind === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(p) ? formatDateTyping(p) : p
  if ((q.kind === 'salary' || q.kind === 'salary_range') && q.salaryUnit === 'lpa') return p.replace(/\s*lpa\s*$/i, '')
  return p
}

export function prefillList(q: Pick<QuestionView, 'prefill'>): string[] {
  return Array.isArray(q.prefill) ? q.prefill.filter((v): v is string => typeof v === 'string') : []
}

const BARE_NUMBER = /^\s*\d[\d,]*(\.\d+)?\s*$/

/** Custom salary text → what is sent (a bare number gets the unit the field shows) and the bubble label, in the page's language (`t` of the chat namespace). */
export function salaryAnswer(text: string, unit: 'monthly' | 'lpa' | null, t: TFunction): { value: string; label: string } {
  const trimmed = text.trim()
  if (!BARE_NUMBER.test(trimmed)) return { value: trimmed, label: trimmed }
  const n = Number(trimmed.replace(/,/g, ''))
  if (unit === 'lpa') return { value: `${trimmed.replace(/,/g, '')} LPA`, label: `${trimmed.replace(/,/g, '')} LPA` }
  // NOTE: the server reads a bare figure of ₹1 lakh or more as per year; this field says per month
  return { value: perMonth(trimmed.replace(/,/g, ''), n), label: `₹${inr.format(n)} ${t('input.perMonth')}` }
}

const perMonth = (value: string, largest: number) => (largest >= 100_000 ? `${value} per month` : value)

const NUMBER_RANGE = /^\s*(\d[\d,]*(?:\.\d+)?)\s*(?:-|–|—|to)\s*(\d[\d,]*(?:\.\d+)?)\s*$/i

/**
 * Custom pay-range text → what is sent and the bubble label. "15000-20000" reads as
 * "₹15,000 – ₹20,000 per month"; in lakh per year a bare "4-6" gets the unit the field shows.
 * Anything else ("18k - 22k", "around 20k") goes as typed: the server parses it.
 */
export function salaryRangeAnswer(text: string, unit: 'monthly' | 'lpa' | null, t: TFunction): { value: string; label: string } {
  const trimmed = text.trim()
  const range = NUMBER_RANGE.exec(trimmed)
  if (!range) return salaryAnswer(trimmed, unit, t)
  const [min, max] = [range[1]!.replace(/,/g, ''), range[2]!.replace(/,/g, '')]
  if (unit === 'lpa') return { value: `${min}-${max} LPA`, label: `${min} – ${max} LPA` }
  return { value: perMonth(`${min}-${max}`, Math.max(Number(min), Number(max))), label: `₹${inr.format(Number(min))} – ₹${inr.format(Number(max))} ${t('input.perMonth')}` }
}

/** Quick picks for "how much experience do you need?" (the server parses the value as typed text). */
export const EXPERIENCE_RANGE_PICKS: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'fresher', label: 'Fresher' },
  { value: 'any experience', label: 'Any experience' },
  { value: '1-3 years', label: '1 – 3 years' },
  { value: '3-5 years', label: '3 – 5 years' },
  { value: '5+ years', label: '5+ years' },
]

export type Choice = { value: string; label: string }

const norm = (s: string) => s.trim().toLowerCase()

/** Options first, then suggestions, without repeats (case-insensitive). */
export function choicesOf(q: Pick<QuestionView, 'options' | 'suggestions'>): Choice[] {
  const out: Choice[] = []
  const seen = new Set<string>()
  const add = (c: Choice) => {
    const k = norm(c.value)
    if (seen.has(k)) return
    seen.add(k)
    out.push(c)
  }
  for (const o of q.options ?? []) add({ value: o.value, label: o.label })
  for (const s of q.suggestions ?? []) add({ value: s, label: s })
  return out
}

export function findChoice(choices: readonly Choice[], text: string): Choice | undefined {
  const k = norm(text)
  return choices.find((c) => norm(c.value) === k || norm(c.label) === k)
}

/** "Excel, tally" typed in the custom box → separate entries. */
export function splitCustom(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s.length > 0)
}

export function itemWord(q: Pick<QuestionView, 'itemNoun'>, n: number): string {
  const noun = q.itemNoun ?? { one: 'option', other: 'options' }
  return n === 1 ? noun.one : noun.other
}

export function multiSelectLimits(q: Pick<QuestionView, 'validation' | 'required'>): { min: number; max: number } {
  return { min: q.validation?.minItems ?? (q.required ? 1 : 0), max: q.validation?.maxItems ?? Number.POSITIVE_INFINITY }
}

export function labelsFor(values: readonly string[], choices: readonly Choice[]): string {
  return values.map((v) => findChoice(choices, v)?.label ?? v).join(', ')
}
