import { INDIAN_LANGUAGES, canonicalLanguage } from '../candidate/profile-schema'
import { JOB_EDUCATION_LEVELS } from '../jobs/job-answers'
import { meetsEducation } from '../normalise/education'
import { languageStatus, hasLanguageRequirement, type MatchCandidate, type MatchJob } from '../matching/match-score'
import { monthsText } from '../matching/match-explain'
import type { Answers } from '../resume/resume-answers'

/**
 * Before applying (pure, no I/O): which of a job's requirements — driving licence, vehicle,
 * languages, shift, experience, education — the resume and profile already answer, which must be
 * asked inline, and which the candidate plainly does not meet ("This job needs a two-wheeler
 * licence"). A mismatch is said, never enforced: the candidate decides whether to apply.
 */

/** The job facts the requirements read (a `jobs` row, beyond MatchJob). */
export type RequirementJob = Pick<MatchJob, 'requiresDrivingLicence' | 'requiresTwoWheeler' | 'minLanguages' | 'requiredLanguages' | 'experienceMinMonths'> & {
  licenceTypes: string[]
  vehicleRequired: 'two_wheeler' | 'four_wheeler' | 'none' | null
  shift: 'day' | 'night' | 'rotational' | null
  /** a JOB_EDUCATION_LEVELS value or free text from older jobs */
  education: string | null
}

/** What the candidate's resume says beyond the match facts. */
export type RequirementFacts = Pick<MatchCandidate, 'hasDrivingLicence' | 'hasTwoWheeler' | 'languages' | 'experienceMonths'> & {
  licenceTypes: string[] | null
  vehicleType: string | null
  shiftPreference: Answers['shift_preference'] | null
  /** the answered level, else the highest among the education entries (`highestEducationOf`) */
  highestEducation: string | null
}

export type ApplyQuestion = {
  key: ApplyQuestionKey
  label: string
  kind: 'yes_no' | 'single_select' | 'multi_select'
  options?: { value: string; label: string }[]
}
export type ApplyQuestionKey = 'has_driving_licence' | 'licence_type' | 'vehicle_type' | 'languages' | 'shift_ok' | 'experience_months' | 'highest_education'

const LICENCE_LABEL: Record<string, string> = { two_wheeler: 'two-wheeler', lmv: 'car (LMV)', hmv: 'heavy vehicle (HMV)', transport: 'transport' }
const LICENCE_OPTIONS = Object.entries({ two_wheeler: 'Two-wheeler (bike / scooter)', lmv: 'Car / LMV', hmv: 'Heavy vehicle / HMV', transport: 'Transport / commercial' }).map(([value, label]) => ({ value, label }))
const VEHICLE_OPTIONS = [
  { value: 'two_wheeler', label: 'A two-wheeler (bike / scooter)' },
  { value: 'four_wheeler', label: 'A four-wheeler (car)' },
  { value: 'none', label: 'No vehicle' },
]
/** Experience buckets: the value is the months it counts as (the low end, so never overstated). */
const EXPERIENCE_OPTIONS = [
  { value: '0', label: 'Fresher (no experience)' },
  { value: '6', label: 'Less than 1 year' },
  { value: '12', label: '1 to 2 years' },
  { value: '24', label: '2 to 5 years' },
  { value: '60', label: 'More than 5 years' },
]
const EDUCATION_OPTIONS = [
  { value: 'below_10th', label: 'Below 10th' },
  { value: '10th', label: '10th pass' },
  { value: '12th', label: '12th pass' },
  { value: 'iti', label: 'ITI' },
  { value: 'diploma', label: 'Diploma' },
  { value: 'graduate', label: 'Graduate' },
  { value: 'post_graduate', label: 'Post graduate' },
]

const EDUCATION_NAME: Record<string, string> = { '10th': '10th pass', '12th': '12th pass', iti: 'an ITI', diploma: 'a diploma', graduate: 'a degree', postgraduate: 'a postgraduate degree' }

/** The job's education level, from the bot's vocabulary or (older jobs) its text. */
export function jobEducationLevel(education: string | null): string | null {
  if (!education) return null
  const e = education.trim().toLowerCase()
  if (e === 'post_graduate') return 'postgraduate'
  if ((JOB_EDUCATION_LEVELS as readonly string[]).includes(e) || e === 'below_10th') return e
  if (/post ?grad|master|mba|\bm\.?\s?(tech|sc|com|a)\b/.test(e)) return 'postgraduate'
  if (/grad|degree|bachelor|\bb\.?\s?(tech|e|sc|com|a)\b/.test(e)) return 'graduate'
  if (/diploma/.test(e)) return 'diploma'
  if (/\biti\b/.test(e)) return 'iti'
  if (/12th|hsc|higher secondary/.test(e)) return '12th'
  if (/10th|ssc|matric/.test(e)) return '10th'
  return null
}

/** The vehicle the job needs the candidate to own, if any. */
function neededVehicle(job: RequirementJob): 'two_wheeler' | 'four_wheeler' | null {
  if (job.requiresTwoWheeler || job.vehicleRequired === 'two_wheeler') return 'two_wheeler'
  if (job.vehicleRequired === 'four_wheeler') return 'four_wheeler'
  return null
}

function ownsVehicle(f: RequirementFacts, vehicle: 'two_wheeler' | 'four_wheeler'): boolean | null {
  if (vehicle === 'two_wheeler') return f.hasTwoWheeler ?? (f.vehicleType ? f.vehicleType === 'two_wheeler' : null)
  return f.vehicleType ? f.vehicleType === 'four_wheeler' : null
}

const needsLicence = (job: RequirementJob) => job.requiresDrivingLicence || job.licenceTypes.length > 0
const nightish = (job: RequirementJob) => job.shift === 'night' || job.shift === 'rotational'
const shiftWords = (job: RequirementJob) => (job.shift === 'night' ? 'night shifts' : 'rotating shifts (nights too)')

function languageList(langs: readonly string[]): string {
  return langs.length <= 1 ? langs.join('') : `${langs.slice(0, -1).join(', ')} and ${langs[langs.length - 1]}`
}

/** Only what neither the resume nor the profile answers. */
export function applyQuestions(job: RequirementJob, f: RequirementFacts): ApplyQuestion[] {
  const qs: ApplyQuestion[] = []
  if (needsLicence(job)) {
    if (f.hasDrivingLicence === null) qs.push({ key: 'has_driving_licence', label: 'Do you have a driving licence?', kind: 'yes_no' })
    else if (f.hasDrivingLicence && job.licenceTypes.length > 0 && f.licenceTypes === null) {
      qs.push({ key: 'licence_type', label: 'Which vehicles does your licence cover?', kind: 'multi_select', options: LICENCE_OPTIONS })
    }
  }
  const vehicle = neededVehicle(job)
  if (vehicle && ownsVehicle(f, vehicle) === null) qs.push({ key: 'vehicle_type', label: 'Which vehicle do you own?', kind: 'single_select', options: VEHICLE_OPTIONS })
  if (hasLanguageRequirement(job) && f.languages === null) {
    const listed = job.requiredLanguages.length > 0 ? job.requiredLanguages : INDIAN_LANGUAGES.slice(0, 12)
    qs.push({ key: 'languages', label: 'Which of these languages do you speak?', kind: 'multi_select', options: listed.map((l) => ({ value: l, label: l })) })
  }
  if (nightish(job) && !f.shiftPreference) qs.push({ key: 'shift_ok', label: `This job has ${shiftWords(job)}. Can you work them?`, kind: 'yes_no' })
  if (job.experienceMinMonths > 0 && f.experienceMonths === null) {
    qs.push({ key: 'experience_months', label: 'How much work experience do you have?', kind: 'single_select', options: EXPERIENCE_OPTIONS })
  }
  const level = jobEducationLevel(job.education)
  if (level && level !== 'none' && !f.highestEducation) qs.push({ key: 'highest_education', label: 'What is your highest education?', kind: 'single_select', options: EDUCATION_OPTIONS })
  return qs
}

/** Requirements the candidate is known not to meet, as plain sentences. */
export function hardMismatches(job: RequirementJob, f: RequirementFacts, shiftOk: boolean | null = null): string[] {
  const out: string[] = []
  if (needsLicence(job)) {
    const types = job.licenceTypes.map((t) => LICENCE_LABEL[t] ?? t)
    const what = types.length ? `a ${types.join(' or ')} licence` : 'a driving licence'
    if (f.hasDrivingLicence === false) out.push(`This job needs ${what}`)
    else if (f.hasDrivingLicence && job.licenceTypes.length > 0 && f.licenceTypes !== null && !job.licenceTypes.some((t) => f.licenceTypes?.includes(t))) {
      out.push(`This job needs ${what}`)
    }
  }
  const vehicle = neededVehicle(job)
  if (vehicle && ownsVehicle(f, vehicle) === false) out.push(`This job needs your own ${vehicle === 'two_wheeler' ? 'two-wheeler' : 'four-wheeler'}`)
  if (hasLanguageRequirement(job) && languageStatus(job, f.languages) === 'lacking') {
    const list = job.requiredLanguages
    if (list.length === 0) out.push(`This job needs at least ${job.minLanguages} languages`)
    else if (job.minLanguages > 1 && job.minLanguages < list.length) out.push(`This job needs ${job.minLanguages} of ${list.join(', ')}`)
    else out.push(`This job needs ${languageList(list)}`)
  }
  if (nightish(job) && (f.shiftPreference === 'day' || shiftOk === false)) out.push(`This job has ${shiftWords(job)}`)
  if (job.experienceMinMonths > 0 && f.experienceMonths !== null && f.experienceMonths < job.experienceMinMonths) {
    out.push(`This job needs at least ${monthsText(job.experienceMinMonths)} of experience`)
  }
  const level = jobEducationLevel(job.education)
  if (level && level !== 'none' && meetsEducation(f.highestEducation, level) === false) {
    out.push(`This job needs ${EDUCATION_NAME[level] ?? level} or more`)
  }
  return out
}

/** Validated answers, typed per question. */
export type ApplyAnswers = {
  has_driving_licence?: boolean
  licence_type?: string[]
  vehicle_type?: 'two_wheeler' | 'four_wheeler' | 'none'
  languages?: string[]
  shift_ok?: boolean
  experience_months?: number
  highest_education?: string
}

export type AnswerCheck = { ok: true; answers: ApplyAnswers } | { ok: false; fieldErrors: Record<string, string[]> }

/**
 * Every asked question answered with one of its options; nothing else accepted (an answer to a
 * question that was not asked means the page is stale — the caller asks again).
 */
export function checkApplyAnswers(questions: readonly ApplyQuestion[], raw: Record<string, unknown>): AnswerCheck {
  const fieldErrors: Record<string, string[]> = {}
  const out: Record<string, unknown> = {}
  const asked = new Map(questions.map((q) => [q.key as string, q]))
  for (const key of Object.keys(raw)) if (!asked.has(key)) fieldErrors[key] = ['This question was not asked for this job. Please reload the page.']
  for (const q of questions) {
    const v = raw[q.key]
    const options = new Set((q.options ?? []).map((o) => o.value))
    if (v === undefined || v === null) fieldErrors[q.key] = [`Please answer: ${q.label}`]
    else if (q.kind === 'yes_no') {
      if (typeof v !== 'boolean') fieldErrors[q.key] = ['Answer yes or no']
      else out[q.key] = v
    } else if (q.kind === 'single_select') {
      if (typeof v !== 'string' || !options.has(v)) fieldErrors[q.key] = ['Choose one of the options']
      else out[q.key] = q.key === 'experience_months' ? Number(v) : v
    } else {
      const values = Array.isArray(v) ? v : null
      if (!values || (values.length === 0 && q.key !== 'languages') || values.some((x) => typeof x !== 'string' || !options.has(x))) {
        fieldErrors[q.key] = ['Choose from the options']
      } else out[q.key] = [...new Set(values as string[])].map((x) => (q.key === 'languages' ? canonicalLanguage(x) : x))
    }
  }
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, answers: out as ApplyAnswers }
}

/** The facts with the candidate's answers filled in (what the employer and the score then see). */
export function withAnswers(f: RequirementFacts, a: ApplyAnswers): RequirementFacts {
  return {
    ...f,
    hasDrivingLicence: a.has_driving_licence ?? f.hasDrivingLicence,
    licenceTypes: a.licence_type ?? f.licenceTypes,
    vehicleType: a.vehicle_type ?? f.vehicleType,
    hasTwoWheeler: a.vehicle_type ? a.vehicle_type === 'two_wheeler' : f.hasTwoWheeler,
    languages: a.languages ? [...new Set([...(f.languages ?? []), ...a.languages])] : f.languages,
    experienceMonths: a.experience_months ?? f.experienceMonths,
    highestEducation: a.highest_education ?? f.highestEducation,
  }
}
