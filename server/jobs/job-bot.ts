import type { AppServices } from '../app-services'
import { JOB_BOT } from '../chat/bots'
import { loadTemplate } from '../chat/chat-context'
import { parseChatState, type MachineContext } from '../chat/chat-machine'
import { findActiveSessionForJob, type ChatOwner, type ChatSessionRow } from '../chat/chat.repo'
import type { BotRuntime } from '../chat/chat.service'
import type { QuestionTemplate } from '../chat/question-template'
import type { Queryable, Trx } from '../db/database'
import { DomainError } from '../domain-error'
import { findCity } from '../master-data/cities'
import { resolvePlace } from '../normalise/location'
import { ROLE_BY_SLUG } from '../../seeds/data/roles'
import { JOB_POSTING_FAMILY } from '../../seeds/data/job-posting-template'
import { jobAnswersSchema, type JobAnswers } from './job-answers'
import { adaptPayQuestion, adaptRoleQuestion, answersFromExtraction, draftJobDescription, type MarketPay } from './job-posting'
import { findEmployerFacts, findOwnJobForPosting, findRoleBySlug, insertPublishedJob, marketPay, updateAndPublishOwnJob, type JobPostingRow } from './job-posting.repo'

/**
 * The job-posting bot's ties to the world: the employer as the bot sees them, role suggestions
 * and live pay for its questions, extraction of a pasted JD (after the turn commits), and
 * publishing the confirmed job — a new one, or the job this conversation edits.
 */

function employerIdOf(owner: ChatOwner): string {
  if (owner.kind !== 'employer') throw new DomainError('FORBIDDEN', 'Only employers post jobs')
  return owner.employerId
}

/** A city as typed ("Andheri", "Bangalore") → the dataset's city name. */
function resolveCity(input: string): string | null {
  const place = resolvePlace(input)
  if (place?.known) return place.city
  return findCity(input)?.name ?? null
}

async function buildContext(db: Queryable, services: AppServices, employerId: string, template: QuestionTemplate, answers: Readonly<Record<string, unknown>>): Promise<MachineContext> {
  const employer = await findEmployerFacts(db, employerId)
  if (!employer) throw new DomainError('NOT_FOUND', 'Please log in again')
  const roleSeed = typeof answers.role === 'string' ? ROLE_BY_SLUG.get(answers.role) : undefined
  const role = roleSeed ? await findRoleBySlug(db, roleSeed.slug) : undefined
  const city = typeof answers.city === 'string' ? answers.city : null
  // looked up before the turn (pay is asked after role and city), and only while pay is still to ask
  const payPending = answers.salary_range === undefined
  const market: MarketPay | null = payPending && role && city ? await marketPay(db, role.id, city) : null
  return {
    bot: JOB_BOT,
    template,
    profile: {
      name: employer.full_name,
      companyName: employer.company_name,
      roleName: roleSeed?.name ?? 'your job',
      jobType: roleSeed?.jobType ?? 'blue_collar',
    },
    suggestedSkills: role?.suggested_skills ?? [],
    now: services.now(),
    resolveCity,
    adaptQuestion: (q, current) => {
      if (q.key === 'role') return adaptRoleQuestion(q, current)
      if (q.key === 'salary_range') return adaptPayQuestion(q, market, roleSeed?.name ?? null, city)
      return q
    },
  }
}

/** A job saved before this bot existed (or seeded) has no stored answers: rebuild them from its columns. */
function answersFromJob(job: NonNullable<Awaited<ReturnType<typeof findOwnJobForPosting>>>): JobAnswers {
  if (job.posting_answers) {
    const parsed = jobAnswersSchema.safeParse(job.posting_answers)
    if (parsed.success) return parsed.data
  }
  const raw: Record<string, unknown> = {
    title: job.title,
    role: job.role_slug ?? undefined,
    company_name: job.company_name,
    city: job.city_name,
    locality: job.locality ?? undefined,
    pin_code: job.pin_code ?? undefined,
    work_mode: job.work_mode,
    employment_type: job.employment_type,
    shift: job.shift ?? undefined,
    salary_range: job.salary_min_monthly !== null && job.salary_max_monthly !== null ? { min: job.salary_min_monthly, max: job.salary_max_monthly } : undefined,
    incentive_monthly: job.incentive_monthly ?? undefined,
    experience_range: { min: job.experience_min_months, max: job.experience_max_months },
    education: job.education ?? undefined,
    skills: job.skills.length ? job.skills : undefined,
    openings: job.openings,
    requires_driving_licence: job.requires_driving_licence,
    licence_types: job.licence_types.length ? job.licence_types : undefined,
    vehicle_required: job.vehicle_required ?? (job.requires_two_wheeler ? 'two_wheeler' : 'none'),
    languages: job.required_languages.length ? job.required_languages : undefined,
    requires_smartphone: job.requires_smartphone,
    real_requirement: job.real_requirement ?? undefined,
    interview_mode: job.interview?.mode,
    interview_address: job.interview?.address ?? undefined,
    interview_hours: job.interview?.hours ?? undefined,
    description: job.description,
    // a published job passed the fee rule
    fee_charged: false,
  }
  const answers: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue
    const checked = jobAnswersSchema.shape[key as keyof JobAnswers].safeParse(value)
    if (checked.success) answers[key] = checked.data
  }
  return answers as JobAnswers
}

const REQUIRED_TO_PUBLISH = ['title', 'role', 'company_name', 'city', 'work_mode', 'employment_type', 'salary_range', 'experience_range', 'education', 'openings', 'vehicle_required', 'interview_mode'] as const

/** Confirmed answers → the job row, enforcing the rules a publishable job must meet. */
async function postingFrom(trx: Trx, employerId: string, raw: Record<string, unknown>): Promise<JobPostingRow> {
  const answers = jobAnswersSchema.parse(raw)
  const missing = REQUIRED_TO_PUBLISH.filter((k) => answers[k] === undefined)
  if (missing.length > 0) throw new DomainError('BAD_REQUEST', `Still needed before publishing: ${missing.join(', ')}`)
  // AIVIUE jobs never charge candidates (the bot refuses "yes"; this is the last line)
  if (answers.fee_charged !== false) throw new DomainError('BAD_REQUEST', 'A job that charges candidates a fee cannot be published.')
  const city = findCity(answers.city!)
  if (!city) throw new DomainError('BAD_REQUEST', `We don't know the city “${answers.city}”. Please choose it from the list.`)
  const role = await findRoleBySlug(trx, answers.role!)
  if (!role) throw new DomainError('BAD_REQUEST', 'Please choose the role again.')
  const salary = answers.salary_range!
  const experience = answers.experience_range!
  return {
    employerId,
    companyName: answers.company_name!,
    title: answers.title!,
    roleId: role.id,
    categoryIds: role.category_ids,
    city: { id: city.id, name: city.name, state: city.state, lat: city.lat, lng: city.lng },
    locality: answers.locality ?? null,
    pinCode: answers.pin_code ?? null,
    workMode: answers.work_mode!,
    employmentType: answers.employment_type!,
    shift: answers.shift ?? null,
    salaryMin: salary.min,
    salaryMax: salary.max,
    incentive: answers.incentive_monthly && answers.incentive_monthly > 0 ? answers.incentive_monthly : null,
    experienceMin: experience.min,
    experienceMax: experience.max,
    education: answers.education!,
    skills: answers.skills ?? [],
    openings: answers.openings!,
    requiresDrivingLicence: answers.requires_driving_licence === true,
    licenceTypes: answers.requires_driving_licence ? (answers.licence_types ?? []) : [],
    vehicleRequired: answers.vehicle_required!,
    languages: answers.languages ?? [],
    requiresSmartphone: answers.requires_smartphone === true,
    realRequirement: answers.real_requirement ?? null,
    interview: {
      mode: answers.interview_mode!,
      address: answers.interview_mode === 'walk_in' ? (answers.interview_address ?? null) : null,
      hours: answers.interview_mode === 'walk_in' ? (answers.interview_hours ?? null) : null,
    },
    description: answers.description ?? draftJobDescription(answers, role.name),
    answers,
  }
}

export const jobBotRuntime: BotRuntime = {
  bot: JOB_BOT,
  kind: 'job',

  async context(db, services, owner, session) {
    const template = await loadTemplate(db, session.template_family, session.template_version, services.templateCache)
    const answers = parseChatState(session.state).answers
    return buildContext(db, services, employerIdOf(owner), template, answers)
  },

  async begin(trx, services, owner, opts) {
    const employerId = employerIdOf(owner)
    const template = await loadTemplate(trx, JOB_POSTING_FAMILY, undefined, services.templateCache)
    let answers: JobAnswers | undefined
    let title = 'New job'
    if (opts.jobId) {
      const job = await findOwnJobForPosting(trx, employerId, opts.jobId)
      if (!job) throw new DomainError('NOT_FOUND', 'This job was not found')
      answers = answersFromJob(job)
      title = `Edit — ${job.title}`
    }
    const roleId = answers?.role ? ((await findRoleBySlug(trx, answers.role))?.id ?? null) : null
    return { template, title, roleId, jobId: opts.jobId ?? null, answers, ctx: await buildContext(trx, services, employerId, template, answers ?? {}) }
  },

  titleOf(session, state) {
    const title = typeof state.answers.title === 'string' ? state.answers.title : null
    if (!title) return null
    return session.job_id ? `Edit — ${title}` : title
  },

  async complete(trx, services, owner, session, _state, answers) {
    const employerId = employerIdOf(owner)
    const posting = await postingFrom(trx, employerId, answers)
    const now = services.now()
    const jobId = session.job_id ? await updateAndPublishOwnJob(trx, session.job_id, posting, now) : await insertPublishedJob(trx, posting, now)
    if (!jobId) throw new DomainError('NOT_FOUND', 'This job was not found')
    return { events: [{ type: 'job_saved', payload: { jobId, status: 'published' } }], jobId }
  },

  async draft(_services, _owner, _session, answers) {
    const parsed = jobAnswersSchema.safeParse(answers)
    const a = parsed.success ? parsed.data : {}
    return draftJobDescription(a, a.role ? (ROLE_BY_SLUG.get(a.role)?.name ?? null) : null)
  },

  async extract(services, _owner, _session, text) {
    const extraction = await services.jdExtractor(text)
    return answersFromExtraction(extraction, text)
  },
}

/** An employer's unfinished conversation editing this job (a new job always starts afresh). */
export const findActiveJobSession = (owner: ChatOwner, jobId: string | undefined) => async (trx: Trx): Promise<ChatSessionRow | undefined> =>
  jobId ? findActiveSessionForJob(trx, owner, jobId) : undefined
