import type { BaseChatModel } from '@langchain/core/language_models/chat_models'
import { HumanMessage, SystemMessage } from '@langchain/core/messages'
import { ChatGoogleGenerativeAI } from '@langchain/google-genai'
import { z } from 'zod'
import { askForFields } from './ask-fields'
import type { AnswerKey, Answers } from '../resume/resume-answers'
import type { Confidence } from '../resume/extraction/contact'
import { normaliseLink } from '../resume/extraction/contact'
import { parseFullDate } from '../resume/extraction/dates'
import { extractResume, toFixtureShape, type ExtractionResult, type ExtractionSuccess } from '../resume/extraction/extract'
import { canonicalCity, canonicalSkills, normaliseDate, normalisePhone, salaryRangeToMonthly, salaryToMonthly } from '../resume/extraction/normalise'
import { revalidate } from '../resume/extraction/revalidate'

/**
 * The LLM pass over a resume (Gemini through LangChain's structured output), run after the offline
 * extractor and only for what it left empty or was unsure of. Everything the model returns goes
 * through our own zod schema, is normalised like offline values, must be backed by the resume text
 * (an email the text does not contain is a hallucination) and is revalidated. Offline values the
 * extractor was sure of always win. Any failure — time limit, transport error, unusable output —
 * leaves the offline result as it was.
 */

// Request schema: plain strings/numbers/arrays (Gemini's schema subset), every field optional.
const workSchema = z.object({
  company: z.string().optional(),
  title: z.string().optional(),
  start: z.string().optional().describe('YYYY-MM, or YYYY when only the year is written'),
  end: z.string().optional().describe('YYYY-MM, YYYY, or "present" for a current role'),
})
const educationSchema = z.object({
  institution: z.string().optional(),
  degree: z.string().optional(),
  year: z.number().int().optional().describe('graduation / end year'),
})

export const LLM_FIELDS = {
  full_name: z.string().describe("the candidate's full name"),
  email: z.string().describe("the candidate's email address"),
  phone: z.string().describe("the candidate's phone number as written"),
  current_location: z.string().describe("the city the candidate lives in (never an employer's or college's city)"),
  date_of_birth: z.string().describe('date of birth as YYYY-MM-DD'),
  gender: z.enum(['male', 'female', 'other']).describe('only when the resume states it'),
  languages: z.array(z.string()).describe('spoken languages the resume lists'),
  links: z.array(z.string()).describe('profile/portfolio links (LinkedIn, GitHub, website)'),
  skills: z.array(z.string()).describe('skills the resume lists as skills'),
  education: z.array(educationSchema).describe('every education entry, newest first'),
  work_history: z.array(workSchema).describe('every job, newest first'),
  experience_months: z.number().int().describe('total work experience in months'),
  certifications: z.array(z.string()).describe('certificates, licences and courses (ITI, NCVT, …)'),
  has_driving_licence: z.boolean().describe('whether the candidate has a driving licence'),
  owns_vehicle: z.boolean().describe('whether the candidate owns a vehicle'),
  vehicle_type: z.enum(['two_wheeler', 'four_wheeler', 'none']),
  expected_salary_monthly: z.string().describe('expected salary exactly as written, e.g. "5 LPA" or "18,000 per month"'),
  current_salary_monthly: z.string().describe('current salary exactly as written'),
  about: z.string().describe('the summary/objective, at most 600 characters'),
} as const satisfies Partial<Record<AnswerKey, z.ZodTypeAny>>

export type LlmField = keyof typeof LLM_FIELDS
const LLM_KEYS = Object.keys(LLM_FIELDS) as LlmField[]

export interface LlmReport {
  used: boolean
  asked: LlmField[]
  filled: AnswerKey[]
  rejected: { key: string; reason: string }[]
  attempts: number
  error?: string
}

export interface LlmOptions {
  model: BaseChatModel
  now: Date
  /** per attempt; default 12 s */
  timeoutMs?: number
  /** extra attempts after a failure; default 1 */
  retries?: number
}

const MAX_TEXT = 15_000
export const DEFAULT_LLM_TIMEOUT_MS = 12_000

/** Keys worth asking the model for: missing offline, or found with low confidence. */
export function fieldsToAsk(offline: Pick<ExtractionSuccess, 'answers' | 'confidence'>): LlmField[] {
  return LLM_KEYS.filter((k) => offline.answers[k] === undefined || offline.confidence[k] === 'low')
}

function requestSchema(keys: LlmField[]) {
  const shape: Record<string, z.ZodTypeAny> = {}
  for (const k of keys) shape[k] = LLM_FIELDS[k].optional()
  return z.object(shape)
}

function prompt(keys: LlmField[], text: string) {
  return [
    new SystemMessage(
      [
        'You read resumes for AIVIUE, an Indian job platform, and return facts as structured data.',
        'Only return facts the resume states. Leave a field out when the resume does not state it; never guess or invent.',
        'Dates: YYYY-MM (YYYY when only a year is written); a current job ends "present".',
        "Location: the candidate's own city, not the city of an employer or a college.",
        'Skills and languages: only items the resume lists. Phone and salary: as written.',
      ].join('\n'),
    ),
    new HumanMessage(`Fields wanted: ${keys.join(', ')}\n\nResume, split into sections:\n<<<\n${text.slice(0, MAX_TEXT)}\n>>>`),
  ]
}

// ---------------------------------------------------------------------------------------------
// Evidence: a value the model returns must be in the resume's text

function evidence(text: string) {
  const lower = text.toLowerCase()
  const squashed = lower.replace(/[^\p{L}\p{N}@.+#]+/gu, '')
  const digits = text.replace(/\D/g, '')
  const has = (s: string) => {
    const k = s.toLowerCase().replace(/[^\p{L}\p{N}@.+#]+/gu, '')
    return k.length > 0 && squashed.includes(k)
  }
  const hasWords = (s: string, share = 0.7) => {
    const ws = s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2)
    return ws.length > 0 && ws.filter((w) => lower.includes(w)).length >= Math.ceil(ws.length * share)
  }
  return { lower, digits, has, hasWords }
}

type Evidence = ReturnType<typeof evidence>

/** One model value → a normalised answer value, or the reason it is refused. */
function accept(key: LlmField, value: unknown, ev: Evidence): { ok: true; value: unknown } | { ok: false; reason: string } {
  const no = (reason: string) => ({ ok: false as const, reason })
  switch (key) {
    case 'full_name':
      return ev.hasWords(value as string, 1) ? { ok: true, value: (value as string).trim() } : no('not in the text')
    case 'email':
      return ev.lower.includes((value as string).trim().toLowerCase()) ? { ok: true, value: (value as string).trim().toLowerCase() } : no('not in the text')
    case 'phone': {
      const p = normalisePhone(value as string)
      if (!p) return no('not a phone number')
      return ev.digits.includes(p.e164.replace(/\D/g, '').slice(-10)) ? { ok: true, value: p.e164 } : no('not in the text')
    }
    case 'current_location': {
      const v = (value as string).trim()
      if (!ev.hasWords(v)) return no('not in the text')
      return { ok: true, value: canonicalCity(v) ?? v }
    }
    case 'date_of_birth': {
      const iso = parseFullDate(value as string)
      return iso && ev.lower.includes(iso.slice(0, 4)) ? { ok: true, value: iso } : no('not a date in the text')
    }
    case 'gender':
      return /\b(gender|sex)\b/.test(ev.lower) ? { ok: true, value } : no('not stated')
    case 'languages':
    case 'certifications': {
      const kept = (value as string[]).map((s) => s.trim()).filter((s) => s && ev.hasWords(s))
      return kept.length ? { ok: true, value: kept } : no('not in the text')
    }
    case 'skills': {
      const kept = (value as string[]).map((s) => s.trim()).filter((s) => s && ev.has(s))
      return kept.length ? { ok: true, value: canonicalSkills(kept) } : no('not in the text')
    }
    case 'links': {
      const kept = (value as string[])
        .map((s) => normaliseLink(s))
        .filter((l): l is string => !!l && ev.has(l.split('/').pop() ?? l))
      return kept.length ? { ok: true, value: kept } : no('not in the text')
    }
    case 'education': {
      const kept = (value as z.infer<typeof educationSchema>[])
        .filter((e) => (e.institution && ev.hasWords(e.institution)) || (e.degree && ev.hasWords(e.degree)))
        .map((e) => ({ institution: e.institution?.trim() || null, degree: e.degree?.trim() || null, year: e.year && ev.lower.includes(String(e.year)) ? e.year : null }))
      return kept.length ? { ok: true, value: kept } : no('not in the text')
    }
    case 'work_history': {
      const date = (d: string | undefined) => {
        if (!d) return null
        const n = normaliseDate(d)
        return n === undefined ? null : n
      }
      const kept = (value as z.infer<typeof workSchema>[])
        .filter((w) => (w.company && ev.hasWords(w.company)) || (w.title && ev.hasWords(w.title)))
        .map((w) => ({ company: w.company?.trim() || null, title: w.title?.trim() || null, start: date(w.start), end: date(w.end) }))
      return kept.length ? { ok: true, value: kept } : no('not in the text')
    }
    case 'experience_months':
      return { ok: true, value }
    case 'has_driving_licence':
      return /licen[cs]e|\bdl\b/.test(ev.lower) ? { ok: true, value } : no('not stated')
    case 'owns_vehicle':
    case 'vehicle_type':
      return /\b(vehicle|bike|scooter|scooty|motorcycle|car|two[- ]?wheeler|four[- ]?wheeler)\b/.test(ev.lower) ? { ok: true, value } : no('not stated')
    case 'expected_salary_monthly':
    case 'current_salary_monthly': {
      const figure = (value as string).replace(/[^\d]/g, '')
      const monthly = salaryToMonthly(value as string)
      if (monthly === null || !figure || !ev.digits.includes(figure.slice(0, 2))) return no('not a salary in the text')
      // an expected salary keeps its range; the current one is one figure
      return { ok: true, value: key === 'expected_salary_monthly' ? salaryRangeToMonthly(value as string) : monthly }
    }
    case 'about': {
      const v = (value as string).trim().slice(0, 2000)
      return v.length >= 20 ? { ok: true, value: v } : no('too short')
    }
  }
}

const LIST_KEYS = new Set<AnswerKey>(['skills', 'languages', 'links', 'certifications'])

/**
 * Merge the model's (already schema-checked) fields into the offline result: confident offline
 * values stay, gaps are filled, unsure values are replaced (lists are united), then everything is
 * revalidated.
 */
export function mergeLlmAnswers(
  offline: ExtractionSuccess,
  llm: Partial<Record<LlmField, unknown>>,
  now: Date,
): { result: ExtractionSuccess; filled: AnswerKey[]; rejected: { key: string; reason: string }[] } {
  const ev = evidence(offline.sectionedText)
  const answers: Record<string, unknown> = { ...offline.answers }
  const confidence: Partial<Record<AnswerKey, Confidence>> = { ...offline.confidence }
  const filled: AnswerKey[] = []
  const rejected: { key: string; reason: string }[] = []
  const llmSkills: string[] = []

  for (const key of LLM_KEYS) {
    if (!(key in llm) || llm[key] === undefined) continue
    if (offline.answers[key] !== undefined && offline.confidence[key] === 'high') continue
    const ok = accept(key, llm[key], ev)
    if (!ok.ok) {
      rejected.push({ key, reason: ok.reason })
      continue
    }
    let value = ok.value
    const before = answers[key]
    if (LIST_KEYS.has(key) && Array.isArray(before)) {
      const seen = new Set((before as string[]).map((s) => s.toLowerCase()))
      value = [...(before as string[]), ...(value as string[]).filter((s) => !seen.has(s.toLowerCase()))]
    }
    if (key === 'skills') llmSkills.push(...(ok.value as string[]))
    answers[key] = value
    confidence[key] = 'low'
    filled.push(key)
  }

  const checked = revalidate(answers as Answers, now)
  for (const k of Object.keys(confidence) as AnswerKey[]) if (!(k in checked.answers)) delete confidence[k]
  for (const k of filled) if (!(k in checked.answers)) rejected.push({ key: k, reason: 'failed revalidation' })
  const offlineShape = offline.fixtureShape
  const fixtureShape = toFixtureShape(checked.answers, {
    phoneDigits: checked.answers.phone === offline.answers.phone ? offlineShape.phone : null,
    skills: checked.answers.skills ? [...offlineShape.skills, ...llmSkills.filter((s) => !offlineShape.skills.some((o) => o.toLowerCase() === s.toLowerCase()))] : [],
    location: checked.answers.current_location === offline.answers.current_location ? offlineShape.location : null,
  })
  return {
    result: { ...offline, answers: checked.answers, confidence, flags: [...offline.flags, ...checked.flags.filter((f) => !offline.flags.some((o) => o.key === f.key && o.reason === f.reason))], fixtureShape },
    filled: filled.filter((k) => k in checked.answers),
    rejected,
  }
}

/**
 * Ask the model for what the offline pass missed, merge, revalidate. Never throws: on any failure
 * the offline result comes back unchanged (with the reason in the report).
 */
export async function enrichWithLlm(offline: ExtractionSuccess, opts: LlmOptions): Promise<{ result: ExtractionSuccess; report: LlmReport }> {
  const asked = fieldsToAsk(offline)
  const report: LlmReport = { used: false, asked, filled: [], rejected: [], attempts: 0 }
  if (asked.length === 0) return { result: offline, report }
  const schema = requestSchema(asked)
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS
  const attempts = 1 + Math.max(0, opts.retries ?? 1)
  const messages = prompt(asked, offline.sectionedText)

  const answered = await askForFields({ model: opts.model, schema, name: 'resume_facts', messages, asked, fields: LLM_FIELDS, timeoutMs, attempts }, report)
  if (!answered) return { result: offline, report }
  const valid = answered.valid
  const merged = mergeLlmAnswers(offline, valid, opts.now)
  report.used = true
  report.filled = merged.filled
  report.rejected.push(...merged.rejected)
  return { result: merged.result, report }
}

/** Gemini through LangChain. Retries are ours (one, inside the time limit), not the SDK's. */
export function createGeminiModel(opts: { apiKey: string; model?: string }): BaseChatModel {
  return new ChatGoogleGenerativeAI({ apiKey: opts.apiKey, model: opts.model ?? 'gemini-2.5-flash', temperature: 0, maxRetries: 0 })
}

export type ResumeExtractorFn = (pdf: Buffer | Uint8Array, opts: { now: Date; roleSkills?: string[] }) => Promise<ExtractionResult>

/**
 * The extractor with the LLM pass: offline first (always), then the model for the gaps. The
 * caller sees the same result type; a failing model only costs time.
 */
export function createLlmResumeExtractor(model: BaseChatModel, opts: { timeoutMs?: number; retries?: number; onReport?: (r: LlmReport) => void } = {}): ResumeExtractorFn {
  return async (pdf, { now, roleSkills }) => {
    const offline = await extractResume(pdf, { now, roleSkills })
    if (!offline.ok) return offline
    const { result, report } = await enrichWithLlm(offline, { model, now, timeoutMs: opts.timeoutMs, retries: opts.retries })
    opts.onReport?.(report)
    return result
  }
}
