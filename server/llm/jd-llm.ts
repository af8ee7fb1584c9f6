import type { BaseChatModel } from '@langchain/core/language_models/chat_models'
import { HumanMessage, SystemMessage } from '@langchain/core/messages'
import { z } from 'zod'
import { askForFields } from './ask-fields'
import { extractJd } from '../jobs/jd-extraction/extract-jd'
import { revalidateJd } from '../jobs/jd-extraction/jd-revalidate'
import { categoryOf, suggestRole } from '../jobs/jd-extraction/jd-role'
import { employmentTypeSchema, shiftSchema, workModeSchema, type JdExtraction } from '../jobs/jd-extraction/jd-schema'
import { canonicalSkills, educationLevel, findPlacesInText, languagesIn, lookupLanguage, parseExperienceRange, parseSalary, resolvePlace } from '../normalise'
import { prepareSalaryText } from '../normalise/salary'
import { collapse, foldText } from '../normalise/text'

/**
 * The LLM pass over a pasted job description (Gemini through LangChain's structured output), run
 * after the offline extractor and only for the fields it left empty or was unsure of. The model
 * returns values as written ("15-18k per month", "2-4 years"); our own normalisers turn them into
 * ₹ per month and months, and each value must be backed by the posting's text (a city the text
 * never names, a figure it never writes, a skill it never mentions is dropped). Offline values the
 * extractor was sure of always win; fee and gender flags come only from the offline rules. What
 * the model fills is marked low confidence, so the bot asks the employer to confirm it. Any failure
 * — time limit, transport error, unusable output — leaves the offline result as it was.
 */

/** Posting text → extraction (offline rules, or offline + the model). Never throws for a model failure. */
export type JdExtractor = (text: string) => Promise<JdExtraction>

export { offlineJdExtractor } from './offline'

// Request schema: plain strings/numbers/booleans/arrays/enums (Gemini's schema subset), every field optional.
export const JD_LLM_FIELDS = {
  title: z.string().describe('the job title as written in the posting'),
  company: z.string().describe('the hiring company as written (not the job board or a consultancy)'),
  city: z.string().describe('the city where the job is, as written (not a head office elsewhere)'),
  salary: z.string().describe('the fixed pay exactly as written, with its period, e.g. "15,000 - 18,000 per month" or "3.5 LPA"; no incentives'),
  incentive: z.string().describe('incentive / commission / bonus per month exactly as written, e.g. "up to 5000"'),
  experience: z.string().describe('the experience asked for exactly as written, e.g. "2-4 years", "6 months", "freshers"'),
  employment_type: employmentTypeSchema.describe('only when the posting says it'),
  work_mode: workModeSchema.describe('only when the posting says it (office, remote, hybrid)'),
  shift: shiftSchema.describe('only when the posting says it'),
  education: z.string().describe('the minimum qualification as written, e.g. "12th pass", "Any graduate"'),
  openings: z.number().int().describe('number of people to hire, when written'),
  skills: z.array(z.string()).describe('skills the posting asks for, each as written'),
  languages: z.array(z.string()).describe('spoken languages the posting asks for'),
  driving_licence: z.boolean().describe('whether a driving licence is required (only when the posting says)'),
  two_wheeler: z.boolean().describe('whether the candidate must have their own two-wheeler (only when the posting says)'),
} as const

export type JdLlmField = keyof typeof JD_LLM_FIELDS
const JD_LLM_KEYS = Object.keys(JD_LLM_FIELDS) as JdLlmField[]

/** Each requested field's key in `JdExtraction.confidence`. */
const CONFIDENCE_KEY: Record<JdLlmField, string> = {
  title: 'title',
  company: 'company',
  city: 'city',
  salary: 'salary',
  incentive: 'incentive',
  experience: 'experience',
  employment_type: 'employment_type',
  work_mode: 'work_mode',
  shift: 'shift',
  education: 'education',
  openings: 'openings',
  skills: 'skills',
  languages: 'languages',
  driving_licence: 'driving_licence',
  two_wheeler: 'two_wheeler',
}

/** Revalidation drops named by the extraction's field → the requested field they came from. */
const FROM_EXTRACTION_FIELD: Record<string, JdLlmField> = {
  title: 'title',
  company: 'company',
  city: 'city',
  locality: 'city',
  salary_min_monthly_inr: 'salary',
  salary_max_monthly_inr: 'salary',
  incentive_monthly_inr: 'incentive',
  experience_min_months: 'experience',
  experience_max_months: 'experience',
  employment_type: 'employment_type',
  work_mode: 'work_mode',
  shift: 'shift',
  education: 'education',
  openings: 'openings',
  skills: 'skills',
  requirements: 'languages',
}

export interface JdLlmReport {
  used: boolean
  asked: JdLlmField[]
  filled: JdLlmField[]
  rejected: { key: string; reason: string }[]
  attempts: number
  error?: string
}

export interface JdLlmOptions {
  model: BaseChatModel
  /** per attempt; default 8 s (the employer is waiting in the chat) */
  timeoutMs?: number
  /** extra attempts after a failure; default 0 */
  retries?: number
}

const MAX_TEXT = 12_000
export const DEFAULT_JD_LLM_TIMEOUT_MS = 8_000

function isEmpty(x: JdExtraction, key: JdLlmField): boolean {
  switch (key) {
    case 'salary':
      return x.salary_min_monthly_inr === null && x.salary_max_monthly_inr === null
    case 'incentive':
      return x.incentive_monthly_inr === null
    case 'experience':
      return x.experience_min_months === null && x.experience_max_months === null
    case 'skills':
      return x.skills.length === 0
    case 'languages':
      return x.requirements.languages.length === 0
    case 'driving_licence':
      return x.requirements.driving_licence === null
    case 'two_wheeler':
      return x.requirements.two_wheeler === null
    default:
      return x[key] === null
  }
}

/** Fields worth asking the model for: empty offline, or found with low confidence. */
export function jdFieldsToAsk(offline: JdExtraction): JdLlmField[] {
  return JD_LLM_KEYS.filter((k) => isEmpty(offline, k) || offline.confidence[CONFIDENCE_KEY[k]] === 'low')
}

function requestSchema(keys: JdLlmField[]) {
  const shape: Record<string, z.ZodTypeAny> = {}
  for (const k of keys) shape[k] = JD_LLM_FIELDS[k].optional()
  return z.object(shape)
}

function prompt(keys: JdLlmField[], text: string) {
  return [
    new SystemMessage(
      [
        'You read job postings for AIVIUE, an Indian job platform, and return facts as structured data.',
        'Only return facts the posting states. Leave a field out when the posting does not state it; never guess or invent.',
        'Pay, incentive and experience: copy them as written, with the unit and period (per month, per day, LPA).',
        'City: the place of work. Skills and languages: only items the posting names.',
        'Never return anything about fees or about gender.',
      ].join('\n'),
    ),
    new HumanMessage(`Fields wanted: ${keys.join(', ')}\n\nJob posting:\n<<<\n${text.slice(0, MAX_TEXT)}\n>>>`),
  ]
}


// ---------------------------------------------------------------------------------------------
// Evidence: a value the model returns must be in the posting's text

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
}
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }
const WORD_NUMBER = new RegExp(`\\b(?:(${Object.keys(TENS).join('|')})(?:[\\s-]+(${Object.keys(SMALL).slice(1, 10).join('|')}))?|(${Object.keys(SMALL).join('|')}))\\b`, 'g')

/** "fifteen to eighteen thousand", "twenty-five" → "15 to 18 thousand", "25". */
function wordsToDigits(t: string): string {
  return t.replace(WORD_NUMBER, (_, tens: string | undefined, unit: string | undefined, small: string | undefined) =>
    String(tens ? TENS[tens] + (unit ? SMALL[unit] : 0) : SMALL[small!]),
  )
}

const UNIT = '(k|thousands?|hazaa?r|hundred|lpa|lakhs?|lacs?|lac|l|cr|crores?)'
const AMOUNT = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*${UNIT}?(?![a-z])`, 'g')
// "15 to 18 thousand": the lower figure borrows the upper one's unit
const BORROWED = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(?:-|to|upto|up to|se)\\s*\\d+(?:\\.\\d+)?\\s*${UNIT}(?![a-z])`, 'g')

function unitFactor(unit: string | undefined): number {
  if (!unit) return 1
  if (unit === 'hundred') return 100
  if (/^(k|thousands?|hazaa?r)$/.test(unit)) return 1_000
  if (/^(cr|crores?)$/.test(unit)) return 10_000_000
  return 100_000
}

/** Every figure the text writes, in digits or words, bare and times its unit ("15k" → 15 and 15000). */
function figuresIn(text: string): Set<number> {
  const t = wordsToDigits(prepareSalaryText(text))
  const out = new Set<number>()
  for (const m of t.matchAll(AMOUNT)) {
    const v = Number(m[1])
    out.add(v)
    if (m[2]) out.add(v * unitFactor(m[2]))
  }
  for (const m of t.matchAll(BORROWED)) out.add(Number(m[1]) * unitFactor(m[2]))
  return out
}

function evidence(text: string) {
  const folded = foldText(text)
  const lower = folded.toLowerCase()
  const squashed = lower.replace(/[^\p{L}\p{N}+#]+/gu, '')
  const figures = figuresIn(text)
  const places = findPlacesInText(folded)
  const languages = languagesIn(folded)
  const has = (s: string) => {
    const k = foldText(s).toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, '')
    return k.length > 0 && squashed.includes(k)
  }
  /** `share` of the value's words (2+ letters) occur in the text */
  const hasWords = (s: string, share = 1) => {
    const ws = foldText(s).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2)
    return ws.length > 0 && ws.filter((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'u').test(lower)).length >= Math.ceil(ws.length * share)
  }
  /** ₹ per month written in some spelling: as is, per year, per day (26 days), per hour (8 h), per week */
  const money = (n: number) => [...figures].some((s) => [s, s / 12, s * 26, s * 208, (s * 52) / 12].some((c) => Math.abs(c - n) <= 1))
  /** months written as months or years */
  const months = (n: number) => figures.has(n) || figures.has(n / 12)
  return { lower, has, hasWords, figures, places, languages, money, months }
}

type Evidence = ReturnType<typeof evidence>
type Accepted = { ok: true; value: unknown } | { ok: false; reason: string }

const EMPLOYMENT_WORDS: Record<z.infer<typeof employmentTypeSchema>, RegExp> = {
  full_time: /\b(full[- ]?time|permanent)\b/,
  part_time: /\bpart[- ]?time\b/,
  contract: /\b(contract|contractual|temporary|freelance|fixed[- ]term)\b/,
  internship: /\bintern(ship)?s?\b/,
}
const WORK_MODE_WORDS: Record<z.infer<typeof workModeSchema>, RegExp> = {
  onsite: /\b(on[- ]?site|work from office|wfo|in[- ]office|in[- ]person)\b/,
  remote: /\b(remote|remotely|work from home|wfh)\b/,
  hybrid: /\bhybrid\b/,
}
const SHIFT_WORDS: Record<z.infer<typeof shiftSchema>, RegExp> = {
  day: /\b(day|general|morning)\s+shifts?\b|\bshift\s*[:\-]?\s*(day|general|morning)\b/,
  night: /\bnight\b/,
  rotational: /\b(rotational|rotating|rotation)\b/,
}
const ZERO_EXPERIENCE = /\b(freshers?|no experience|entry level|not required|not mandatory|any experience|0)\b/

/** One model value → a normalised value, or the reason it is refused. */
function accept(key: JdLlmField, value: unknown, ev: Evidence): Accepted {
  const no = (reason: string) => ({ ok: false as const, reason })
  const yes = (v: unknown) => ({ ok: true as const, value: v })
  switch (key) {
    case 'title':
    case 'company': {
      const v = collapse(foldText(value as string))
      return v && ev.hasWords(v) ? yes(v) : no('not in the text')
    }
    case 'city': {
      const place = resolvePlace(value as string)
      if (!place?.known) return no('not a known city')
      if (!ev.places.some((p) => p.city === place.city) && !ev.hasWords(value as string)) return no('not in the text')
      return yes({ city: place.city, locality: place.locality && ev.hasWords(place.locality) ? place.locality : null })
    }
    case 'salary': {
      const s = parseSalary(value as string)
      if (!s || (s.min === null && s.max === null)) return no('not a salary')
      if (![s.min, s.max].every((n) => n === null || ev.money(n))) return no('figure not in the text')
      return yes({ min: s.min, max: s.max })
    }
    case 'incentive': {
      const s = parseSalary(`incentive ${value as string}`)
      const n = s?.incentiveMax ?? s?.incentiveMin ?? null
      if (n === null) return no('not an amount')
      return ev.money(n) ? yes(n) : no('figure not in the text')
    }
    case 'experience': {
      const r = parseExperienceRange(value as string, { labelled: true })
      if (!r || (r.min === null && r.max === null)) return no('not an experience range')
      const ok = (n: number | null) => n === null || (n === 0 ? ZERO_EXPERIENCE.test(ev.lower) || (r.max !== null && r.max > 0) : ev.months(n))
      return ok(r.min) && ok(r.max) ? yes(r) : no('figure not in the text')
    }
    case 'employment_type':
      return EMPLOYMENT_WORDS[value as keyof typeof EMPLOYMENT_WORDS].test(ev.lower) ? yes(value) : no('not stated')
    case 'work_mode':
      return WORK_MODE_WORDS[value as keyof typeof WORK_MODE_WORDS].test(ev.lower) ? yes(value) : no('not stated')
    case 'shift':
      return SHIFT_WORDS[value as keyof typeof SHIFT_WORDS].test(ev.lower) ? yes(value) : no('not stated')
    case 'education': {
      const v = collapse(foldText(value as string))
      if (educationLevel(v) === null && !/^any\b/i.test(v)) return no('not a qualification')
      return ev.hasWords(v, 0.7) ? yes(v) : no('not in the text')
    }
    case 'openings':
      return (value as number) >= 1 && ev.figures.has(value as number) ? yes(value) : no('figure not in the text')
    case 'skills': {
      const kept = (value as string[]).map((s) => collapse(foldText(s))).filter((s) => s && s.length <= 60 && ev.has(s))
      return kept.length ? yes(canonicalSkills(kept)) : no('not in the text')
    }
    case 'languages': {
      const kept = (value as string[]).map((s) => lookupLanguage(s)).filter((l): l is string => !!l && ev.languages.includes(l))
      return kept.length ? yes([...new Set(kept)]) : no('not in the text')
    }
    case 'driving_licence':
      return /licen[cs]e|\bdl\b/.test(ev.lower) ? yes(value) : no('not stated')
    case 'two_wheeler':
      return /\b(two[- ]?wheeler|2[- ]?wheeler|bike|motorcycle|motor ?bike|scooter|scooty|own vehicle)\b/.test(ev.lower) ? yes(value) : no('not stated')
  }
}

function union(before: readonly string[], added: readonly string[]): string[] {
  const seen = new Set(before.map((s) => s.toLowerCase()))
  return [...before, ...added.filter((s) => !seen.has(s.toLowerCase()))]
}

/** Writes one accepted value into a copy of the extraction. */
function apply(x: JdExtraction, key: JdLlmField, value: unknown, offline: JdExtraction): JdExtraction {
  const out = structuredClone(x)
  switch (key) {
    case 'city': {
      const v = value as { city: string; locality: string | null }
      out.city = v.city
      // the offline locality belonged to the offline city
      out.locality = v.locality ?? (offline.city === v.city ? offline.locality : null)
      break
    }
    case 'salary': {
      const v = value as { min: number | null; max: number | null }
      out.salary_min_monthly_inr = v.min
      out.salary_max_monthly_inr = v.max
      break
    }
    case 'incentive':
      out.incentive_monthly_inr = value as number
      break
    case 'experience': {
      const v = value as { min: number | null; max: number | null }
      out.experience_min_months = v.min
      out.experience_max_months = v.max
      break
    }
    case 'skills':
      out.skills = union(x.skills, value as string[])
      break
    case 'languages':
      out.requirements.languages = union(x.requirements.languages, value as string[])
      break
    case 'driving_licence':
      out.requirements.driving_licence = value as boolean
      break
    case 'two_wheeler':
      out.requirements.two_wheeler = value as boolean
      break
    default:
      Object.assign(out, { [key]: value })
  }
  out.confidence = { ...out.confidence, [CONFIDENCE_KEY[key]]: 'low' }
  return out
}

/**
 * Merge the model's (already schema-checked) fields into the offline extraction: only fields the
 * offline pass left empty or was unsure of, each backed by the text and revalidated alone (one
 * bad value never drops the rest); flags, interview and pin code stay as the offline rules found
 * them. With nothing accepted the offline result comes back as it was (the same object).
 */
export function mergeJdLlmAnswers(
  offline: JdExtraction,
  llm: Partial<Record<JdLlmField, unknown>>,
  text: string,
): { result: JdExtraction; filled: JdLlmField[]; rejected: { key: string; reason: string }[] } {
  const asked = new Set(jdFieldsToAsk(offline))
  const ev = evidence(text)
  const filled: JdLlmField[] = []
  const rejected: { key: string; reason: string }[] = []
  let current = offline
  for (const key of JD_LLM_KEYS) {
    if (llm[key] === undefined || llm[key] === null) continue
    if (!asked.has(key)) {
      rejected.push({ key, reason: 'offline value is certain' })
      continue
    }
    const ok = accept(key, llm[key], ev)
    if (!ok.ok) {
      rejected.push({ key, reason: ok.reason })
      continue
    }
    const checked = revalidateJd(apply(current, key, ok.value, offline))
    const failed = checked.dropped.find((d) => FROM_EXTRACTION_FIELD[d.field] === key) ?? checked.dropped[0]
    if (failed) {
      rejected.push({ key, reason: `failed revalidation: ${failed.field} ${failed.reason}` })
      continue
    }
    current = checked.value
    filled.push(key)
  }
  if (filled.length === 0) return { result: offline, filled, rejected }

  // a title the model found may name a role the offline pass could not suggest
  if (offline.role === null && current.title !== null) {
    const role = suggestRole(current.title, current.skills)
    if (role) current = { ...current, role, category: categoryOf(role.slug), confidence: { ...current.confidence, role: 'low' } }
  }
  // fee and gender wording are the offline rules' alone
  current = { ...current, fee_flags: offline.fee_flags, gender_flags: offline.gender_flags, interview: offline.interview, pin_code: offline.pin_code }
  return { result: current, filled, rejected }
}

/**
 * Ask the model for what the offline pass missed, check, merge. Never throws: on any failure the
 * offline result comes back unchanged (with the reason in the report).
 */
export async function enrichJdWithLlm(offline: JdExtraction, text: string, opts: JdLlmOptions): Promise<{ result: JdExtraction; report: JdLlmReport }> {
  const asked = jdFieldsToAsk(offline)
  const report: JdLlmReport = { used: false, asked, filled: [], rejected: [], attempts: 0 }
  if (asked.length === 0 || text.trim().length === 0) return { result: offline, report }
  const schema = requestSchema(asked)
  const timeoutMs = opts.timeoutMs ?? DEFAULT_JD_LLM_TIMEOUT_MS
  const attempts = 1 + Math.max(0, opts.retries ?? 0)
  const messages = prompt(asked, text)

  const answered = await askForFields({ model: opts.model, schema, name: 'job_posting_facts', messages, asked, fields: JD_LLM_FIELDS, timeoutMs, attempts }, report)
  if (!answered) return { result: offline, report }
  const { valid, raw: obj } = answered
  for (const key of Object.keys(obj)) if (!(asked as string[]).includes(key) && obj[key] != null) report.rejected.push({ key, reason: 'not asked' })
  const merged = mergeJdLlmAnswers(offline, valid, text)
  report.used = true
  report.filled = merged.filled
  report.rejected.push(...merged.rejected)
  return { result: merged.result, report }
}

/**
 * The JD extractor with the LLM pass: offline first (always), then the model for the gaps. A
 * failing model only costs time (at most `timeoutMs` per attempt).
 */
export function createLlmJdExtractor(model: BaseChatModel, opts: { timeoutMs?: number; retries?: number; onReport?: (r: JdLlmReport) => void } = {}): JdExtractor {
  return async (text) => {
    const offline = extractJd(text)
    const { result, report } = await enrichJdWithLlm(offline, text, { model, timeoutMs: opts.timeoutMs, retries: opts.retries })
    opts.onReport?.(report)
    return result
  }
}
