import { formatExperienceRange, formatRupees, formatSalaryRange } from '../chat/answer-format'
import type { Question } from '../chat/question-template'
import { resolvePlace } from '../normalise/location'
import { ROLES } from '../../seeds/data/roles'
import { categoryOf, suggestRole } from './jd-extraction/jd-role'
import type { JdExtraction } from './jd-extraction/jd-schema'
import { JOB_EDUCATION_LEVELS, jobAnswersSchema, type JobAnswers } from './job-answers'

/**
 * Pure rules of the job-posting bot: what a pasted JD's extraction becomes as bot answers (and
 * which of them the employer must confirm), the role question's options, and the job a confirmed
 * set of answers publishes. No I/O.
 */

const EDUCATION_FROM_TEXT: ReadonlyArray<[RegExp, (typeof JOB_EDUCATION_LEVELS)[number]]> = [
  // a negation first: "Graduation Not Required" asks for nothing
  [/\b(not required|not mandatory|no (education|qualification)|any qualification|illiterate)\b/i, 'none'],
  [/\b(post ?grad|pg\b|m\.?\s?(tech|sc|com|a|ba|ca)\b|master|mba)/i, 'postgraduate'],
  [/\b(grad|b\.?\s?(tech|e|sc|com|a|ba|ca|pharm)\b|bachelor|degree)/i, 'graduate'],
  [/\bdiploma\b/i, 'diploma'],
  [/\biti\b/i, 'iti'],
  [/\b(12th|hsc|intermediate|higher secondary|puc)\b/i, '12th'],
  [/\b(10th|ssc|matric|secondary)\b/i, '10th'],
  [/\bliterate\b/i, 'none'],
]

/** "B.Tech/B.E. in Any Specialization", "12th pass", "ITI" → the bot's education level. */
export function educationLevelOf(text: string | null): (typeof JOB_EDUCATION_LEVELS)[number] | null {
  if (!text) return null
  for (const [re, level] of EDUCATION_FROM_TEXT) if (re.test(text)) return level
  return null
}

function flagQuote(flag: { text: string; context: string } | undefined): string | null {
  if (!flag) return null
  const line = flag.context.replace(/[*_~]+/g, '').replace(/\s+/g, ' ').trim()
  return (line.length >= flag.text.length && line.length <= 300 ? line : flag.text).slice(0, 300)
}

/**
 * Extraction → answers in the job vocabulary, plus the keys the employer must confirm (the
 * extractor marked them low confidence, or the role was only a weak guess). Values that do not
 * fit the vocabulary are dropped here (revalidation), never guessed.
 */
export function answersFromExtraction(x: JdExtraction, pastedText: string): { answers: JobAnswers; unconfirmed: string[] } {
  const raw: Record<string, unknown> = {}
  const unsure = new Set<string>()
  const low = (field: string) => x.confidence[field] === 'low'
  const put = (key: keyof JobAnswers, value: unknown, ...fields: string[]) => {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return
    raw[key] = value
    if (fields.some(low)) unsure.add(key)
  }

  put('title', x.title, 'title')
  put('company_name', x.company, 'company')
  const place = x.city ? resolvePlace(x.city) : null
  put('city', place?.known ? place.city : null, 'city')
  put('locality', x.locality ?? place?.locality ?? null, 'city')
  put('pin_code', x.pin_code, 'pin_code')
  put('work_mode', x.work_mode, 'work_mode')
  put('employment_type', x.employment_type, 'employment_type')
  put('shift', x.shift, 'shift')
  const min = x.salary_min_monthly_inr ?? x.salary_max_monthly_inr
  const max = x.salary_max_monthly_inr ?? x.salary_min_monthly_inr
  if (min !== null && max !== null) put('salary_range', { min: Math.min(min, max), max: Math.max(min, max) }, 'salary')
  put('incentive_monthly', x.incentive_monthly_inr, 'incentive')
  if (x.experience_min_months !== null || x.experience_max_months !== null) {
    const emin = x.experience_min_months ?? 0
    put('experience_range', { min: emin, max: x.experience_max_months === null ? null : Math.max(emin, x.experience_max_months) }, 'experience')
  }
  put('education', educationLevelOf(x.education), 'education')
  put('skills', x.skills.slice(0, 30), 'skills')
  put('openings', x.openings, 'openings')
  if (x.requirements.driving_licence !== null) put('requires_driving_licence', x.requirements.driving_licence, 'driving_licence')
  if (x.requirements.two_wheeler === true) put('vehicle_required', 'two_wheeler', 'two_wheeler')
  put('languages', x.requirements.languages, 'languages')
  // a role is only taken without asking when the title names it clearly
  if (x.role) put('role', x.role.slug, 'role', 'title')
  if (x.role && x.role.score < 0.75) unsure.add('role')
  if (x.interview) {
    if (x.interview.walk_in) put('interview_mode', 'walk_in')
    else if (x.interview.phone) put('interview_mode', 'phone')
    put('interview_address', x.interview.address)
    put('interview_hours', x.interview.time)
  }
  // the lines we flag (a fee, a gender) never go live in the description: the bot asks about them
  const flagged = [...x.fee_flags, ...x.gender_flags].map((f) => f.text.toLowerCase())
  const description = pastedText
    .split(/\r?\n/)
    .filter((line) => !flagged.some((f) => line.toLowerCase().replace(/[*_~]/g, '').includes(f)))
    .join('\n')
    .trim()
    .slice(0, 8000)
  if (description.length >= 20) put('description', description)
  // the whole line the wording sits in, so the bot can quote it back
  put('fee_wording', flagQuote(x.fee_flags[0]))
  put('gender_wording', flagQuote(x.gender_flags[0]))

  // revalidate: each value alone against its schema (one bad value never drops the rest)
  const answers: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) {
    const checked = jobAnswersSchema.shape[key as keyof JobAnswers].safeParse(value)
    if (checked.success) answers[key] = checked.data
  }
  return { answers: answers as JobAnswers, unconfirmed: [...unsure].filter((k) => answers[k] !== undefined) }
}

const ROLE_NAME_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(ROLES.map((r) => [r.name.toLowerCase(), r.slug]))

/** Fallback choices when the title suggests nothing: the roles most jobs are for. */
const COMMON_ROLES = ['delivery-boy', 'telecaller', 'field-sales-executive', 'driver', 'security-guard', 'cook', 'retail-sales-associate', 'accountant']

/**
 * The role question as shown: the roles the title suggests (best first), then common ones, with
 * every role's name accepted when typed.
 */
export function adaptRoleQuestion(q: Question, answers: Readonly<Record<string, unknown>>): Question {
  const title = typeof answers.title === 'string' ? answers.title : null
  const skills = Array.isArray(answers.skills) ? answers.skills.filter((s): s is string => typeof s === 'string') : []
  const picked: string[] = []
  const add = (slug: string | null | undefined) => {
    if (slug && !picked.includes(slug) && ROLES.some((r) => r.slug === slug)) picked.push(slug)
  }
  if (typeof answers.role === 'string') add(answers.role)
  add(suggestRole(title, skills)?.slug)
  // other roles whose name shares a word with the title
  const words = new Set((title ?? '').toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 3))
  for (const r of ROLES) if (r.name.toLowerCase().split(/[^a-z]+/).some((w) => words.has(w))) add(r.slug)
  for (const slug of COMMON_ROLES) add(slug)
  const options = picked.slice(0, 6).map((slug) => ({ value: slug, label: ROLES.find((r) => r.slug === slug)?.name ?? slug }))
  return {
    ...q,
    options,
    allowCustom: true,
    aliases: { ...ROLE_NAME_ALIASES, ...(q.aliases ?? {}) },
    validation: { ...q.validation, example: 'Electrician, Cook, Accountant' },
  }
}

/** Live pay for a role in a city, offered as quick picks ("Most Delivery jobs in Pune pay ₹18–24k"). */
export type MarketPay = { p25: number; p75: number; jobs: number }

export function adaptPayQuestion(q: Question, market: MarketPay | null, roleName: string | null, city: string | null): Question {
  if (!market || market.jobs < 3 || !roleName || !city) return q
  const round = (n: number) => Math.round(n / 500) * 500
  const low = round(market.p25)
  const high = Math.max(low, round(market.p75))
  const label = `${formatRupees(low)} – ${formatRupees(high)}`
  return {
    ...q,
    prompt: `${q.prompt} Most ${roleName} jobs in ${city} on AIVIUE pay ${label} a month.`,
    quickPicks: [{ label: `${label} (typical)`, value: `${low}-${high}`, unit: 'monthly' }, ...(q.quickPicks ?? []).filter((p) => p.unit === 'monthly').slice(0, 4)],
  }
}

/** A short description from the answers, for "Write it for me" (offline; always available). */
export function draftJobDescription(a: JobAnswers, roleName: string | null): string {
  const lines: string[] = []
  const what = a.title ?? roleName ?? 'this role'
  lines.push(`${a.company_name ?? 'We'} ${a.company_name ? 'is' : 'are'} hiring ${a.openings && a.openings > 1 ? `${a.openings} people` : 'one person'} as ${what}${a.city ? ` in ${a.locality ? `${a.locality}, ` : ''}${a.city}` : ''}.`)
  if (a.salary_range) lines.push(`Pay: ${formatSalaryRange(a.salary_range)}${a.incentive_monthly ? ` plus incentives of about ${formatRupees(a.incentive_monthly)} a month` : ''}.`)
  if (a.experience_range) lines.push(`Experience: ${formatExperienceRange(a.experience_range)}.`)
  if (a.shift) lines.push(`Shift: ${a.shift === 'rotational' ? 'rotational shifts' : `${a.shift} shift`}.`)
  const needs: string[] = []
  if (a.requires_driving_licence) needs.push('a valid driving licence')
  if (a.vehicle_required === 'two_wheeler') needs.push('their own two-wheeler')
  if (a.vehicle_required === 'four_wheeler') needs.push('their own four-wheeler')
  if (a.requires_smartphone) needs.push('a smartphone')
  if (a.languages?.length) needs.push(`to speak ${a.languages.join(', ')}`)
  if (needs.length) lines.push(`Candidates need ${needs.join(', ')}.`)
  if (a.real_requirement) lines.push(`The job involves: ${a.real_requirement}.`)
  if (a.skills?.length) lines.push(`Skills: ${a.skills.join(', ')}.`)
  lines.push('No fees are charged to candidates at any stage.')
  return lines.join('\n')
}

/** The role's first category (its blue/white collar follows from the role). */
export function roleCategorySlug(roleSlug: string): string | null {
  return categoryOf(roleSlug)?.slug ?? null
}
