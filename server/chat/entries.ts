import { z } from 'zod'
import { experienceMonths, formatDurationMonths, parseDurationMonths } from '../normalise/experience'
import { formatYearMonth } from '../format/months'
import { parseDateToken } from '../resume/extraction/dates'
import { SELF_EMPLOYED } from '../resume/resume-answers'
import type { EntryKind, Question } from './question-template'

/**
 * The `entries` answer kind: education and work entries typed into a small form per entry
 * (SPEC §4: education for white-collar roles, previous work for everyone). Pure.
 *
 * Raw input (what the client sends, and what an edited question is prefilled with): an array of
 * form entries whose fields are all strings or flags, exactly as typed. Stored value: the resume
 * JSON's own entry shapes (`educationEntrySchema`, `workEntrySchema` in resume-answers.ts), the
 * same an uploaded PDF's extractor writes, so the PDF, matching and the employer's view read one shape.
 *
 * Every entry is checked field by field; the first problem is reported as "Entry 2: …" and the
 * machine re-asks the same question (the form keeps what was typed). Blank entries are dropped.
 */

const text = z.string().max(300).optional()
export const educationFormSchema = z.object({ institution: text, degree: text, year: z.union([z.string().max(20), z.number()]).optional() }).strict()
export const workFormSchema = z
  .object({
    company: text,
    /** no employer: "Self-employed" is printed as the company */
    selfEmployed: z.boolean().optional(),
    title: text,
    /** `YYYY-MM` (a month picker), `MM-YYYY`, `Mar 2021` or `2021` */
    start: z.string().max(30).optional(),
    end: z.string().max(30).optional(),
    /** currently working here: the end is open ("present") */
    current: z.boolean().optional(),
    /** how long, instead of dates ("2 years", "6 months") */
    duration: z.string().max(40).optional(),
  })
  .strict()
export type EducationForm = z.infer<typeof educationFormSchema>
export type WorkForm = z.infer<typeof workFormSchema>

export interface EducationEntryValue {
  institution: string
  degree: string
  year: number
}
export interface WorkEntryValue {
  company: string
  title: string
  start: string | null
  end: string | null
  months: number | null
}

const MAX_ENTRIES = 10
/** a course can be answered with its expected year of passing */
const EXPECTED_YEARS_AHEAD = 6

export interface EntriesContext {
  now: Date
  /** from the date of birth (answered or on the profile), when known */
  birthYear: number | null
}

export type EntriesResult = { ok: true; value: EducationEntryValue[] | WorkEntryValue[] } | { ok: false; message: string }

const fail = (message: string): EntriesResult => ({ ok: false, message })
const clean = (s: string | undefined): string => (s ?? '').normalize('NFC').replace(/[\u0000-\u001F\u007F]/g, '').replace(/\s+/g, ' ').trim()

function isBlankEducation(e: EducationForm): boolean {
  return clean(e.institution) === '' && clean(e.degree) === '' && clean(e.year === undefined ? '' : String(e.year)) === ''
}

function isBlankWork(e: WorkForm): boolean {
  return !e.selfEmployed && !e.current && [e.company, e.title, e.start, e.end, e.duration].every((v) => clean(v) === '')
}

function parseEducationEntry(e: EducationForm, n: number, ctx: EntriesContext): EducationEntryValue | string {
  const degree = clean(e.degree)
  const institution = clean(e.institution)
  const yearText = clean(e.year === undefined ? '' : String(e.year))
  if (degree.length < 2) return `Entry ${n}: which degree or course? E.g. B.Com, 12th, ITI.`
  if (degree.length > 120) return `Entry ${n}: please keep the degree or course under 120 characters.`
  if (institution.length < 2) return `Entry ${n}: which school, college or institute?`
  if (institution.length > 150) return `Entry ${n}: please keep the institution’s name under 150 characters.`
  if (!/^\d{4}$/.test(yearText)) return `Entry ${n}: the year of passing as 4 digits, e.g. 2019.`
  const year = Number(yearText)
  const latest = ctx.now.getFullYear() + EXPECTED_YEARS_AHEAD
  if (year > latest) return `Entry ${n}: ${year} is too far ahead (latest ${latest}).`
  const earliest = ctx.birthYear !== null ? ctx.birthYear + 10 : 1950
  if (year < earliest) {
    return ctx.birthYear !== null ? `Entry ${n}: ${year} is before you were 10 — check the year.` : `Entry ${n}: please check the year (${year}).`
  }
  return { institution, degree, year }
}

/** `YYYY-MM` / `YYYY`, or null when it does not read as a month and year. */
function monthOf(raw: string): string | null {
  const parsed = parseDateToken(raw)
  return typeof parsed === 'string' && parsed !== 'present' ? parsed : null
}

/** `YYYY-MM` / `YYYY` → a month index (a bare year counts from January, or December as an end). */
function monthIndex(value: string, asEnd: boolean): number {
  const [y, m] = value.split('-')
  return Number(y) * 12 + (m ? Number(m) - 1 : asEnd ? 11 : 0)
}

/**
 * Total months of the work entries: dated ones as the union of their periods (overlaps merged,
 * "present" = now, by the extractor's one rule), plus entries given only as "how long".
 */
export function workEntriesMonths(entries: readonly unknown[], now: Date): number {
  const dated: { start: string | null; end: string | null }[] = []
  let undated = 0
  for (const e of entries) {
    if (!isRecord(e)) continue
    const start = str(e.start)
    if (start) dated.push({ start, end: str(e.end) ?? start })
    else if (typeof e.months === 'number') undated += e.months
  }
  return Math.min(720, experienceMonths(dated, now) + undated)
}

function parseWorkEntry(e: WorkForm, n: number, ctx: EntriesContext): WorkEntryValue | string {
  const company = e.selfEmployed ? SELF_EMPLOYED : clean(e.company)
  const title = clean(e.title)
  if (company.length < 2) return `Entry ${n}: type the employer, or tick “Self-employed”.`
  if (company.length > 150) return `Entry ${n}: please keep the company’s name under 150 characters.`
  if (title.length < 2) return `Entry ${n}: what was your job there?`
  if (title.length > 120) return `Entry ${n}: please keep the job title under 120 characters.`

  const startText = clean(e.start)
  const endText = clean(e.end)
  const durationText = clean(e.duration)
  const nowIndex = ctx.now.getFullYear() * 12 + ctx.now.getMonth()
  if (startText === '' && endText === '' && !e.current) {
    if (durationText === '') return `Entry ${n}: add from–to dates, or how long.`
    const months = parseDurationMonths(durationText)
    if (months === null || months === 0) return `Entry ${n}: say how long, like “2 years” or “6 months”.`
    if (months > 600) return `Entry ${n}: that seems too long — please check it.`
    return { company, title, start: null, end: null, months }
  }
  if (startText === '') return `Entry ${n}: when did you start? E.g. 03-2021 or 2021.`
  const start = monthOf(startText)
  if (!start) return `Entry ${n}: “${startText}” is not a month and year, e.g. 03-2021.`
  if (monthIndex(start, false) > nowIndex) return `Entry ${n}: the start is in the future — please check it.`
  if (ctx.birthYear !== null && Number(start.slice(0, 4)) < ctx.birthYear + 14) return `Entry ${n}: that start is before you were 14 — check it.`
  if (e.current) return { company, title, start, end: 'present', months: null }
  if (endText === '') return `Entry ${n}: when did you leave? Or tick “Currently working here”.`
  const end = monthOf(endText)
  if (!end) return `Entry ${n}: “${endText}” is not a month and year, e.g. 06-2023.`
  if (monthIndex(end, false) > nowIndex) return `Entry ${n}: end in the future? Tick “Currently working here”.`
  if (monthIndex(end, true) < monthIndex(start, false)) return `Entry ${n}: the end is before the start — check the dates.`
  return { company, title, start, end, months: null }
}

function entryNoun(kind: EntryKind, count: number): string {
  if (kind === 'education') return count === 1 ? 'qualification' : 'qualifications'
  return count === 1 ? 'job' : 'jobs'
}

/** Raw form entries → stored entries, or the first problem as a message a candidate understands. */
export function parseEntries(q: Pick<Question, 'entry' | 'required' | 'validation'>, raw: unknown, ctx: EntriesContext): EntriesResult {
  const kind: EntryKind = q.entry ?? 'education'
  const list = z.array(z.unknown()).max(50).safeParse(raw)
  if (!list.success) return fail(kind === 'education' ? 'Please add your education using the form.' : 'Please add your work using the form.')
  const min = q.validation?.minItems ?? (q.required ? 1 : 0)
  const max = Math.min(q.validation?.maxItems ?? MAX_ENTRIES, MAX_ENTRIES)
  const parsed =
    kind === 'education'
      ? eachEntry(list.data, educationFormSchema, isBlankEducation, (form, n) => parseEducationEntry(form, n, ctx))
      : eachEntry(list.data, workFormSchema, isBlankWork, (form, n) => parseWorkEntry(form, n, ctx))
  if (typeof parsed === 'string') return fail(parsed)
  if (parsed.length < min) return fail(`Please add at least ${min} ${entryNoun(kind, min)}${kind === 'education' ? ' — for example your 12th or your degree' : ''}.`)
  if (parsed.length > max) return fail(`Please add at most ${max} ${entryNoun(kind, max)}.`)
  return { ok: true, value: parsed }
}

/** Each form entry checked and parsed in order (blank rows skipped), or the first problem. */
function eachEntry<F, V>(items: unknown[], schema: z.ZodType<F>, isBlank: (form: F) => boolean, parse: (form: F, n: number) => V | string): V[] | string {
  const out: V[] = []
  for (const item of items) {
    const form = schema.safeParse(item)
    if (!form.success) return `Entry ${out.length + 1}: that doesn’t look right — please fill in the form again.`
    if (isBlank(form.data)) continue
    const entry = parse(form.data, out.length + 1)
    if (typeof entry === 'string') return entry
    out.push(entry)
  }
  return out
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)

/** a stored month as the form holds it: `YYYY-MM` (a month picker's value) or a bare year */
const formMonth = (value: string | null): string => value ?? ''

/** Stored entries → form entries that `parseEntries` reads back to the same value (prefill when edited). */
export function entriesToForm(kind: EntryKind, value: unknown): Array<EducationForm | WorkForm> {
  if (!Array.isArray(value)) return []
  return value.filter(isRecord).map((e) => {
    if (kind === 'education') {
      return { institution: str(e.institution) ?? '', degree: str(e.degree) ?? '', year: typeof e.year === 'number' ? String(e.year) : '' }
    }
    // every field, in the order the app's form sends them, so an entry sent back unchanged compares equal
    const selfEmployed = e.company === SELF_EMPLOYED
    const company = selfEmployed ? '' : (str(e.company) ?? '')
    const title = str(e.title) ?? ''
    if (typeof e.months === 'number' && !str(e.start)) {
      return { company, selfEmployed, title, start: '', end: '', current: false, duration: formatDurationMonths(e.months) }
    }
    return { company, selfEmployed, title, start: formMonth(str(e.start)), end: e.end === 'present' ? '' : formMonth(str(e.end)), current: e.end === 'present', duration: '' }
  })
}

/** "Accountant at Tata Steel"; "Tailor, self-employed" */
function workRole(title: string | null, selfEmployed: boolean, company: string | null): string {
  if (selfEmployed) return [title, 'self-employed'].filter(Boolean).join(', ')
  return [title, company].filter(Boolean).join(' at ')
}

/** One stored entry as a person reads it: "B.Com, Pune University (2019)", "Accountant at Tata Steel (Mar 2021 – Present)". */
export function describeEntryValue(kind: EntryKind, e: Record<string, unknown>): string {
  if (kind === 'education') {
    const main = [str(e.degree), str(e.institution)].filter(Boolean).join(', ')
    return typeof e.year === 'number' ? `${main} (${e.year})` : main
  }
  const role = workRole(str(e.title), str(e.company) === SELF_EMPLOYED, str(e.company))
  const start = str(e.start)
  const end = str(e.end)
  const period = start ? `${formatYearMonth(start)} – ${end ? formatYearMonth(end) : '?'}` : typeof e.months === 'number' ? formatDurationMonths(e.months) : ''
  return period ? `${role} (${period})` : role
}

/**
 * Entries as typed (a refused answer in the transcript), read the way the app's bubble shows them
 * while the answer is on its way: "Delivery partner at Zomato (Jan 2023 – Present)", "B.Com, Stella Maris (2040)".
 */
export function describeTypedEntries(raw: readonly unknown[]): string {
  const t = (v: unknown) => (typeof v === 'string' ? clean(v) : typeof v === 'number' ? String(v) : '')
  return raw
    .map((item) => {
      if (!isRecord(item)) return t(item)
      if (!('title' in item || 'company' in item || 'selfEmployed' in item)) {
        const main = [t(item.degree), t(item.institution)].filter(Boolean).join(', ')
        return t(item.year) ? `${main} (${t(item.year)})` : main
      }
      const role = workRole(t(item.title) || null, item.selfEmployed === true, t(item.company) || null)
      const start = t(item.start)
      const period = start ? `${formatYearMonth(start)} – ${item.current === true ? 'Present' : t(item.end) ? formatYearMonth(t(item.end)) : '?'}` : t(item.duration)
      return period ? `${role} (${period})` : role
    })
    .filter(Boolean)
    .join('; ')
    .slice(0, 500)
}
