import { differenceInYears, format, isAfter, isValid, parse } from 'date-fns'
import { z } from 'zod'
import { parseDurationMonths, parseExperienceRange } from '../normalise/experience'
import { lookupLanguage } from '../normalise/languages'
import { numberFromWords } from '../normalise/number-words'
import { salaryMonthly, salaryRangeMonthly } from '../normalise/salary'
import { foldDigits } from '../normalise/text'
import { normaliseUrl } from '../normalise/url'
import { yesNo } from '../normalise/yes-no'
import { parseEntries } from './entries'
import type { Question, QuestionOption, SalaryUnit } from './question-template'
import { en, fill, type ChatMessages } from './messages'
import { checkExpectedSalary } from './salary-bounds'
import { VOCABULARIES, type Vocabulary } from './vocabulary'

/**
 * Raw input from the client (`unknown`: string, boolean, string[], number or
 * `{ fileKey }`) → the normalised value stored in `Answers`, or a message a
 * candidate understands. Pure: "today" comes in as `now`.
 */
export type JobType = 'blue_collar' | 'white_collar'
/** A stored answer: already normalised, and checked against the bot's vocabulary. */
export type AnswerValue = string | number | boolean | readonly unknown[] | { readonly [key: string]: unknown }
/** `unusual`: a valid value the candidate should confirm before it counts (the machine asks "is that right?") */
export type ParseResult = { ok: true; value: AnswerValue; unusual?: string } | { ok: false; message: string }

export interface ParseContext {
  now: Date
  jobType: JobType
  /** the role's suggested skills, offered on questions with `suggestionsFromRole` */
  suggestedSkills: readonly string[]
  /** canonical city name for what was typed, or null when unknown; when absent, tidied text is accepted */
  resolveCity?: (input: string) => string | null
  /** whose vocabulary answers must fit; the resume bot's when absent */
  vocabulary?: Vocabulary
  /** the candidate's birth year when known (entries: a year of passing or a job start cannot be before it) */
  birthYear?: number | null
  /** the language messages are written in (English when absent) */
  messages?: ChatMessages
}

type ParseWords = ChatMessages['parse']
const wordsOf = (ctx: Pick<ParseContext, 'messages'>): ParseWords => (ctx.messages ?? en).parse

const ok = (value: AnswerValue): ParseResult => ({ ok: true, value })
const fail = (message: string): ParseResult => ({ ok: false, message })

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Collapse whitespace, drop control characters; keeps line breaks only when `multiline`. */
export function tidyText(input: string, multiline = false): string {
  const cleaned = input.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
  if (!multiline) return cleaned.replace(/\s+/g, ' ').trim()
  return cleaned
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

// ── special answers ─────────────────────────────────────────────────────────

export type SpecialAnswer = 'skip' | 'draft'

/** `null`, `{ skip: true }`, "" or "skip" skip an optional question; `{ draft: true }` / "write it for me" asks for a draft. */
export function specialAnswer(raw: unknown): SpecialAnswer | null {
  if (raw === null || raw === undefined) return 'skip'
  if (isRecord(raw)) {
    if (raw.skip === true) return 'skip'
    if (raw.draft === true) return 'draft'
    return null
  }
  if (typeof raw !== 'string') return null
  const text = tidyText(raw).toLowerCase()
  if (text === '' || text === 'skip') return 'skip'
  if (text === 'write it for me') return 'draft'
  return null
}

// ── yes / no ────────────────────────────────────────────────────────────────

/** true / false, or a typed yes/no in any language pack ("haan", "नहीं", "जी हाँ"); null when it is neither. */
export function parseYesNo(raw: unknown): boolean | null {
  if (typeof raw === 'boolean') return raw
  if (typeof raw !== 'string') return null
  return yesNo(tidyText(raw))
}

// ── dates ───────────────────────────────────────────────────────────────────

const DATE_SHAPES: { shape: RegExp; pattern: string }[] = [
  { shape: /^\d{1,2}-\d{1,2}-\d{4}$/, pattern: 'd-M-yyyy' },
  { shape: /^\d{1,2}\/\d{1,2}\/\d{4}$/, pattern: 'd/M/yyyy' },
  { shape: /^\d{1,2}\.\d{1,2}\.\d{4}$/, pattern: 'd.M.yyyy' },
  { shape: /^\d{4}-\d{1,2}-\d{1,2}$/, pattern: 'yyyy-M-d' },
  { shape: /^\d{4}\/\d{1,2}\/\d{1,2}$/, pattern: 'yyyy/M/d' },
]

/** dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd or yyyy/mm/dd (a date picker's ISO value too) → a local Date, or null. */
export function parseDateInput(raw: unknown): Date | null {
  if (typeof raw !== 'string') return null
  let text = raw.trim()
  // A date picker may send a full ISO timestamp; the calendar day is what was picked.
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) text = text.slice(0, 10)
  // NOTE: the shape check matters: date-fns would read "1-3-99" as the year 99.
  const match = DATE_SHAPES.find((d) => d.shape.test(text))
  if (!match) return null
  const date = parse(text, match.pattern, new Date(2000, 0, 1))
  return isValid(date) ? date : null
}

export const toIsoDate = (date: Date): string => format(date, 'yyyy-MM-dd')

/** A date written in one of the accepted shapes whose day or month does not exist ("31-02-2000", "12-13-1999"). */
function isImpossibleDate(raw: unknown): boolean {
  if (typeof raw !== 'string') return false
  const text = raw.trim()
  return DATE_SHAPES.some((d) => d.shape.test(text)) && parseDateInput(text) === null
}

function parseDateAnswer(q: Question, raw: unknown, now: Date, w: ParseWords): ParseResult {
  const date = parseDateInput(raw)
  if (!date && isImpossibleDate(raw)) return fail(fill(w.notRealDate, { input: String(raw).trim() }))
  if (!date) return fail(w.dateShape)
  if (isAfter(date, now)) return fail(w.dateFuture)
  const age = differenceInYears(now, date)
  const { minAgeYears, maxAgeYears } = q.validation ?? {}
  if (minAgeYears !== undefined && age < minAgeYears) return fail(fill(w.minAge, { n: minAgeYears }))
  if (maxAgeYears !== undefined && age > maxAgeYears) return fail(fill(w.maxAge, { n: maxAgeYears }))
  return ok(toIsoDate(date))
}

// ── durations (experience) ──────────────────────────────────────────────────

// One rule set for chat, resumes and postings lives in server/normalise.
export { formatDurationMonths, parseDurationMonths } from '../normalise/experience'

function parseDurationAnswer(q: Question, raw: unknown, w: ParseWords): ParseResult {
  const months = typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? Math.round(raw * 12) : typeof raw === 'string' ? parseDurationMonths(raw) : null
  if (months === null) return fail(w.duration)
  const maxMonths = q.validation?.max ?? 720
  if (months > maxMonths) return fail(w.durationTooLong)
  return ok(months)
}

// ── salary ──────────────────────────────────────────────────────────────────

/**
 * Salary text or number → ₹ per month (integer), or null, by the one salary rule set
 * (`server/normalise/salary.ts`): "18k", "18,000", "₹18000" → 18000; "5 LPA", "5.5 lakh" →
 * annual ÷ 12; "1 lakh per month" → 100000; a range "15-20k" counts its lower bound. On an LPA
 * question a bare number below 1000 is LPA; everywhere a bare ₹1 lakh or more is per year.
 */
export function parseSalaryMonthly(raw: string | number, unit: SalaryUnit): number | null {
  if (typeof raw === 'number' && (!Number.isFinite(raw) || raw < 0)) return null
  return salaryMonthly(typeof raw === 'number' ? String(raw) : tidyText(raw), { bareUnit: unit === 'lpa' ? 'lpa' : 'rupees' })
}

/** ₹ per month → raw input in the question's unit that parses back to the same number. */
export function salaryToInput(monthly: number, unit: SalaryUnit): string {
  // a bare ₹1 lakh or more reads as per year (the salary rule set): say the period so it round-trips
  if (unit === 'monthly') return monthly >= 100_000 ? `${monthly} per month` : String(monthly)
  const lpa = Math.round(((monthly * 12) / 100_000) * 100) / 100
  return `${lpa} LPA`
}

export function effectiveSalaryUnit(q: Question, jobType: JobType): SalaryUnit {
  return q.salaryUnit ?? (jobType === 'white_collar' ? 'lpa' : 'monthly')
}

function parseSalaryAnswer(q: Question, raw: unknown, ctx: ParseContext): ParseResult {
  const w = wordsOf(ctx)
  const unit = effectiveSalaryUnit(q, ctx.jobType)
  const example = unit === 'lpa' ? w.amountExampleLpa : w.amountExampleMonthly
  const monthly = typeof raw === 'number' || typeof raw === 'string' ? parseSalaryMonthly(raw, unit) : null
  if (monthly === null) return fail(fill(w.amount, { example }))
  const min = q.validation?.min ?? 1000
  const max = q.validation?.max ?? 10_000_000
  if (monthly < min) return fail(fill(unit === 'lpa' ? w.tooLowSalary : w.tooLowMonthly, { example }))
  if (monthly > max) return fail(fill(w.tooHigh, { example }))
  return ok(monthly)
}

/** "15000-20000", "15k to 18k", "2.5-3 LPA", "₹18,000" (one figure = a fixed amount) → ₹ per month. */
function parseSalaryRangeAnswer(q: Question, raw: unknown, ctx: ParseContext): ParseResult {
  const w = wordsOf(ctx)
  const unit = effectiveSalaryUnit(q, ctx.jobType)
  const example = unit === 'lpa' ? w.rangeExampleLpa : w.rangeExampleMonthly
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? tidyText(raw) : ''
  const range = text ? salaryRangeMonthly(text, { bareUnit: unit === 'lpa' ? 'lpa' : 'rupees' }) : null
  if (!range) return fail(fill(unit === 'lpa' ? w.rangeMissingSalary : w.rangeMissingMonthly, { example }))
  if (q.validation?.saneForJobType) {
    const check = checkExpectedSalary(range, ctx.jobType, w)
    if (check.verdict === 'absurd') return fail(check.message)
    if (check.verdict === 'unusual') return { ok: true, value: range, unusual: check.message }
  }
  const floor = q.validation?.min ?? 1000
  const ceiling = q.validation?.max ?? 10_000_000
  if (range.min < floor) return fail(fill(unit === 'lpa' ? w.rangeTooLowSalary : w.rangeTooLowMonthly, { example }))
  if (range.max > ceiling) return fail(fill(w.tooHigh, { example }))
  return ok(range)
}

/** "fresher", "0-2 years", "2+ yrs", "6 months", "any experience" → months `{ min, max | null }`. */
function parseExperienceRangeAnswer(raw: unknown, w: ParseWords): ParseResult {
  const text = typeof raw === 'number' ? `${raw} years` : typeof raw === 'string' ? tidyText(raw) : ''
  const range = text ? parseExperienceRange(text, { labelled: true }) : null
  if (!range || (range.min === null && range.max === null)) return fail(w.experienceRange)
  const min = range.min ?? 0
  return ok({ min, max: range.max === null ? null : Math.max(min, range.max) })
}

// ── links and e-mail ────────────────────────────────────────────────────────

export { normaliseUrl } from '../normalise/url'

const emailSchema = z.string().email()

// ── text ────────────────────────────────────────────────────────────────────

function parseTextAnswer(q: Question, raw: unknown, w: ParseWords): ParseResult {
  if (q.parseAs === 'duration_months') return parseDurationAnswer(q, raw, w)
  if (typeof raw !== 'string' && typeof raw !== 'number') return fail(w.typeAnswer)
  const v = q.validation ?? {}
  const multiline = (v.maxLength ?? 0) > 300
  const text = tidyText(String(raw), multiline)
  if (text === '') return fail(w.typeAnswer)
  const maxLength = v.maxLength ?? 300
  if (text.length > maxLength) return fail(fill(w.maxLength, { n: maxLength }))
  if (v.minLength !== undefined && text.length < v.minLength) return fail(fill(w.minLength, { n: v.minLength }))
  if (v.pattern !== undefined && !new RegExp(v.pattern, 'u').test(text)) return fail(v.patternMessage ?? w.pattern)

  if (v.format === 'url') {
    const url = normaliseUrl(text, v.hosts)
    const example = v.example ?? (v.hosts ? `${v.hosts[0]}/yourname` : 'yourwebsite.com')
    if (!url) return fail(v.hosts ? fill(w.notHostLink, { host: v.hosts[0] ?? '', example }) : fill(w.notLink, { example }))
    return ok(url)
  }
  if (v.format === 'email') {
    const email = text.toLowerCase()
    if (!emailSchema.safeParse(email).success) return fail(fill(w.notEmail, { example: v.example ?? 'name@gmail.com' }))
    return ok(email)
  }
  return ok(text)
}

// ── selects ─────────────────────────────────────────────────────────────────

/** Spelling-insensitive key: "Node JS", "node.js" and "NodeJS" meet. */
function matchKey(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[\s._\-'’]/g, '')
}
function keyVariants(text: string): string[] {
  const key = matchKey(text)
  return key.length > 3 && key.endsWith('js') ? [key, key.slice(0, -2)] : [key]
}

interface Choice {
  value: string
  keys: string[]
}

function choicesOf(q: Question, ctx: ParseContext): Choice[] {
  const choices: Choice[] = []
  const add = (value: string, ...names: string[]) => choices.push({ value, keys: names.flatMap(keyVariants) })
  for (const o of q.options ?? []) add(o.value, o.value, o.label)
  for (const s of effectiveSuggestions(q, ctx.suggestedSkills)) add(s, s)
  for (const [alias, canonical] of Object.entries(q.aliases ?? {})) {
    const target = choices.find((c) => c.keys.includes(matchKey(canonical)))
    add(target?.value ?? canonical, alias)
  }
  return choices
}

function findChoice(choices: Choice[], input: string): string | undefined {
  const wanted = keyVariants(input)
  return choices.find((c) => c.keys.some((k) => wanted.includes(k)))?.value
}

/** The role's suggested skills first (when the question asks for them), then the template's, without duplicates. */
export function effectiveSuggestions(q: Question, suggestedSkills: readonly string[]): string[] {
  const all = [...(q.suggestionsFromRole ? suggestedSkills : []), ...(q.suggestions ?? [])]
  const seen = new Set<string>()
  return all.filter((s) => {
    const key = matchKey(s)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function listOf(options: readonly QuestionOption[], w: ParseWords): string {
  const labels = options.map((o) => o.label)
  return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} ${w.or} ${labels[labels.length - 1]}`
}

function customEntry(text: string): string {
  // An all-lower-case custom entry reads better capitalised on a resume ("excel" → "Excel"); "iOS" is left alone.
  return text === text.toLowerCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text
}

function parseSingleSelect(q: Question, raw: unknown, ctx: ParseContext): ParseResult {
  const w = wordsOf(ctx)
  const options = q.options ?? []
  if (typeof raw !== 'string' || tidyText(raw) === '') return fail(fill(w.pickOne, { options: listOf(options, w) }))
  const text = tidyText(raw)
  const exact = options.find((o) => o.value === text)
  const value = exact?.value ?? findChoice(choicesOf(q, ctx), text)
  if (value !== undefined) return ok(value)
  if (!q.allowCustom) return fail(fill(w.pickOne, { options: listOf(options, w) }))
  const maxLength = q.validation?.maxLength ?? 60
  if (text.length > maxLength) return fail(fill(w.maxLength, { n: maxLength }))
  return ok(customEntry(text))
}

/** "Hindi, English" typed as text → ["Hindi", "English"]. NOTE: "/" is not a separator ("UI/UX", "C/C++"). */
function splitList(text: string): string[] {
  return text.split(/[,;\n]|\s+(?:and|aur|&)\s+/i)
}

function parseMultiSelect(q: Question, raw: unknown, ctx: ParseContext): ParseResult {
  const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? splitList(raw) : null
  const w = wordsOf(ctx)
  if (!items || !items.every((i): i is string => typeof i === 'string')) return fail(w.pickFromList)
  const noun = q.itemNoun ?? { one: w.optionOne, other: w.optionOther }
  const nounFor = (n: number) => (n === 1 ? noun.one : noun.other)
  const choices = choicesOf(q, ctx)
  const maxLength = q.validation?.maxLength ?? 60
  const values: string[] = []
  const seen = new Set<string>()
  for (const item of items) {
    const text = tidyText(item)
    if (text === '') continue
    let value = findChoice(choices, text)
    if (value === undefined) {
      if (!q.allowCustom) return fail(fill(w.notAChoice, { text }))
      if (text.length > maxLength) return fail(fill(w.eachMaxLength, { n: maxLength }))
      // languages come from a real list (Indian languages, their common spellings, world languages): never made up
      if (q.key === 'languages') {
        const known = lookupLanguage(text)
        if (!known) return fail(fill(w.unknownLanguage, { text }))
        value = known
      } else value = customEntry(text)
    }
    const key = matchKey(value)
    if (seen.has(key)) continue
    seen.add(key)
    values.push(value)
  }
  const minItems = q.validation?.minItems ?? (q.required ? 1 : 0)
  const maxItems = q.validation?.maxItems
  if (values.length < minItems) return fail(fill(w.pickAtLeast, { n: minItems, noun: nounFor(minItems) }))
  if (maxItems !== undefined && values.length > maxItems) return fail(fill(w.pickAtMost, { n: maxItems, noun: nounFor(maxItems) }))
  return ok(values)
}

// ── number, city, file ──────────────────────────────────────────────────────

function parseNumberAnswer(q: Question, raw: unknown, w: ParseWords): ParseResult {
  const v = q.validation ?? {}
  let n = Number.NaN
  if (typeof raw === 'number') n = raw
  else if (typeof raw === 'string') {
    // "5", "5 years", "5.5", "पाँच", "five" — a number with at most a unit word after it.
    const text = tidyText(raw).replace(/(\d),(?=\d)/g, '$1')
    const m = text.match(/^(-?\d+(?:\.\d+)?)\s*[\p{L}\p{M} ]*$/u)
    if (m) n = Number(m[1])
    else n = numberFromWords(text) ?? Number.NaN
  }
  if (!Number.isFinite(n)) return fail(v.example ? fill(w.numberExample, { example: v.example }) : w.number)
  if (v.integer && !Number.isInteger(n)) return fail(w.wholeNumber)
  if ((v.min !== undefined && n < v.min) || (v.max !== undefined && n > v.max)) {
    if (v.min !== undefined && v.max !== undefined) return fail(fill(w.numberBetween, { min: v.min, max: v.max }))
    return fail(v.min !== undefined ? fill(w.numberMin, { min: v.min }) : fill(w.numberMax, { max: v.max ?? 0 }))
  }
  return ok(n)
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s(-])(\p{Ll})/gu, (_, lead: string, ch: string) => lead + ch.toUpperCase())
}

function parseCityAnswer(raw: unknown, ctx: ParseContext): ParseResult {
  const w = wordsOf(ctx)
  const text = typeof raw === 'string' ? tidyText(raw) : ''
  if (text.length < 2 || text.length > 100) return fail(w.city)
  if (ctx.resolveCity) {
    const city = ctx.resolveCity(text)
    return city ? ok(city) : fail(fill(w.cityUnknown, { text }))
  }
  if (!/^[\p{L}\p{M} .'()-]+$/u.test(text)) return fail(w.city)
  return ok(text === text.toLowerCase() ? titleCase(text) : text)
}

function parseFileAnswer(q: Question, raw: unknown, w: ParseWords): ParseResult {
  if (!isRecord(raw) || typeof raw.fileKey !== 'string' || raw.fileKey.length === 0 || raw.fileKey.length > 300) {
    return fail(w.upload)
  }
  const spec = q.file
  if (spec && typeof raw.mimeType === 'string' && !spec.accept.some((t) => t === raw.mimeType)) {
    const names = spec.accept.map((t) => (t === 'application/pdf' ? 'PDF' : t === 'image/png' ? 'PNG' : 'JPG'))
    return fail(fill(w.fileType, { types: names.join(', ') }))
  }
  if (spec && typeof raw.sizeBytes === 'number' && raw.sizeBytes > spec.maxBytes) {
    return fail(fill(w.fileSize, { mb: Math.round(spec.maxBytes / 100_000) / 10 }))
  }
  return ok(raw.fileKey)
}

// ── entry point ─────────────────────────────────────────────────────────────

/** Free text is stored as typed; everything else is read as numbers, dates, codes or choices. */
function isFreeText(q: Question): boolean {
  return q.kind === 'text' && !q.parseAs && q.validation?.pattern === undefined && q.validation?.format === undefined
}

/** Every string inside an answer with its digits in ASCII ("१२-०३-१९९९" → "12-03-1999"). */
function withAsciiDigits(raw: unknown): unknown {
  if (typeof raw === 'string') return foldDigits(raw)
  if (Array.isArray(raw)) return raw.map(withAsciiDigits)
  if (isRecord(raw)) return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, withAsciiDigits(v)]))
  return raw
}

function parseByKind(q: Question, input: unknown, ctx: ParseContext): ParseResult {
  const raw = isFreeText(q) ? input : withAsciiDigits(input)
  const w = wordsOf(ctx)
  switch (q.kind) {
    case 'text':
      return parseTextAnswer(q, raw, w)
    case 'yes_no': {
      const yes = parseYesNo(raw)
      if (yes === null) return fail(w.yesNo)
      return yes && q.validation?.refuseYes ? fail(q.validation.refuseYes) : ok(yes)
    }
    case 'single_select':
      return parseSingleSelect(q, raw, ctx)
    case 'multi_select':
      return parseMultiSelect(q, raw, ctx)
    case 'date':
      return parseDateAnswer(q, raw, ctx.now, w)
    case 'number':
      return parseNumberAnswer(q, raw, w)
    case 'salary':
      return parseSalaryAnswer(q, raw, ctx)
    case 'file':
      return parseFileAnswer(q, raw, w)
    case 'city':
      return parseCityAnswer(raw, ctx)
    case 'salary_range':
      return parseSalaryRangeAnswer(q, raw, ctx)
    case 'experience_range':
      return parseExperienceRangeAnswer(raw, w)
    case 'entries': {
      const parsed = parseEntries(q, raw, { now: ctx.now, birthYear: ctx.birthYear ?? null })
      return parsed.ok ? ok(parsed.value) : fail(parsed.message)
    }
  }
}

/**
 * Parse and validate one answer. The result is re-checked against the bot's
 * vocabulary so a stored answer always fits its answers schema,
 * even when a template edited in the database asks for something odd.
 */
export function parseAnswer(q: Question, raw: unknown, ctx: ParseContext): ParseResult {
  const parsed = parseByKind(q, raw, ctx)
  if (!parsed.ok) return parsed
  const schema = (ctx.vocabulary ?? VOCABULARIES.resume).valueSchemas[q.key]
  const checked = schema?.safeParse(parsed.value)
  if (!checked?.success) return fail(wordsOf(ctx).invalid)
  return parsed.unusual ? { ok: true, value: checked.data as AnswerValue, unusual: parsed.unusual } : ok(checked.data as AnswerValue)
}
