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
  if (q.kind === 'salary' && q.salaryUnit === 'lpa') return p.replace(/\s*lpa\s*$/i, '')
  return p
}

export function prefillList(q: Pick<QuestionView, 'prefill'>): string[] {
  return Array.isArray(q.prefill) ? q.prefill.filter((v): v is string => typeof v === 'string') : []
}

const BARE_NUMBER = /^\s*\d[\d,]*(\.\d+)?\s*$/

/** Custom salary text → what is sent (a bare number gets the unit the field shows) and the bubble label. */
export function salaryAnswer(text: string, unit: 'monthly' | 'lpa' | null): { value: string; label: string } {
  const trimmed = text.trim()
  if (!BARE_NUMBER.test(trimmed)) return { value: trimmed, label: trimmed }
  const n = Number(trimmed.replace(/,/g, ''))
  if (unit === 'lpa') return { value: `${trimmed.replace(/,/g, '')} LPA`, label: `${trimmed.replace(/,/g, '')} LPA` }
  return { value: trimmed.replace(/,/g, ''), label: `₹${inr.format(n)} per month` }
}

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
