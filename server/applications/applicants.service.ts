import type { AppServices } from '../app-services'
import { RESUME_BOT } from '../chat/bots'
import { loadTemplate, type TemplateCache } from '../chat/chat-context'
import { summariseAnswers } from '../chat/chat-machine'
import type { Database, Queryable } from '../db/database'
import type { ApplicationStatus } from '../db/schema'
import { DomainError } from '../domain-error'
import { insertNotifications, type NewNotification } from '../notifications/notifications.repo'
import { publishNotifications, type InsertedNotification } from '../notifications/notifications.service'
import { answersSchema, type Answers } from '../resume/resume-answers'
import { withProfileFacts } from '../resume/profile-owned-facts'
import { getCityById } from '../master-data/cities'
import { renderResumePdf } from '../resume/resume-pdf'
import { roleTemplateFamily } from '../resume/resume.repo'
import { applicantReasons } from './applicant-reasons'
import { describeApplyAnswers } from './apply-answers-view'
import { jobAsMatchJob, rescoreStaleApplications, scoreApplicants } from './application-scoring'
import {
  candidateNotice,
  DEFAULT_NOT_SELECTED,
  employerTransition,
  HIRED_MESSAGE,
  mapSearchUrl,
  NOT_SELECTED_TEMPLATES,
  NOT_SELECTED_TEMPLATE_KEYS,
  revealsContact,
  type EmployerAction,
  type NotSelectedTemplate,
} from './application-status'
import {
  countApplicationsByStatus,
  findApplicationResume,
  findEmployerApplication,
  findEmployerContact,
  findOwnJobForApplicants,
  insertNote,
  listNotes,
  listRankedApplicants,
  lockEmployerApplications,
  markViewed,
  setApplicationStatus,
  type RankCursor,
} from './applications.repo'
import { hrefs, toInterviewView } from './applications.service'

/** The employer's side: ranked applicants with reasons, one applicant, actions, interviews, notes. */

export class ApplicantJobNotFound extends DomainError {
  constructor() {
    super('NOT_FOUND', 'We could not find this job among yours.')
  }
}

export class ApplicantNotFound extends DomainError {
  constructor() {
    super('NOT_FOUND', 'We could not find this applicant among your jobs.')
  }
}

type Services = Pick<AppServices, 'db' | 'pubsub' | 'log' | 'numbering'>

export const APPLICANTS_PAGE_SIZE = 20

const applicantPhotoUrl = (applicationId: string) => `/employer/applicants/${applicationId}/photo`
export const applicantResumePdfUrl = (applicationId: string) => `/employer/applicants/${applicationId}/resume.pdf`

function encodeCursor(c: RankCursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url')
}

function decodeCursor(s: string): RankCursor | null {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Partial<RankCursor>
    const scoreOk = v.score === null || (typeof v.score === 'number' && Number.isFinite(v.score))
    if (!scoreOk || typeof v.appliedAt !== 'string' || Number.isNaN(Date.parse(v.appliedAt)) || typeof v.id !== 'string' || !/^[0-9a-f-]{36}$/i.test(v.id)) return null
    return { score: v.score ?? null, appliedAt: v.appliedAt, id: v.id }
  } catch {
    return null
  }
}

export const notSelectedTemplates = NOT_SELECTED_TEMPLATE_KEYS.map((key) => ({ key, label: NOT_SELECTED_TEMPLATES[key].label, text: NOT_SELECTED_TEMPLATES[key].text }))

/**
 * A job's applicants ranked by the candidate side's match score. Stale scores (a fact changed
 * since) are recomputed first, so the order is always the current one; the page's rows are then
 * scored live for the shown figure and the reasons.
 */
export async function listApplicants(db: Queryable, employerId: string, q: { jobId: string; status?: ApplicationStatus; cursor?: string | null }, now: Date) {
  const job = await findOwnJobForApplicants(db, employerId, q.jobId)
  if (!job) throw new ApplicantJobNotFound()
  const after = q.cursor ? decodeCursor(q.cursor) : null
  if (q.cursor && !after) throw new DomainError('BAD_REQUEST', 'This list of applicants has changed. Please reload the page.')
  const matchJob = jobAsMatchJob(job)
  await rescoreStaleApplications(db, matchJob)
  const [counts, rows] = await Promise.all([
    countApplicationsByStatus(db, job.id),
    listRankedApplicants(db, job.id, { status: q.status, after, limit: APPLICANTS_PAGE_SIZE + 1 }),
  ])
  const page = rows.slice(0, APPLICANTS_PAGE_SIZE)
  const scored = await scoreApplicants(db, matchJob, page.map((r) => r.candidate_id), now)
  const last = rows.length > APPLICANTS_PAGE_SIZE ? page[page.length - 1] : undefined
  return {
    job: { id: job.id, title: job.title, status: job.status, sharePhone: job.share_phone },
    counts,
    items: page.map((r) => {
      const s = scored.get(r.candidate_id)
      return {
        applicationId: r.id,
        status: r.status,
        appliedAt: r.applied_at.toISOString(),
        score: s ? Math.round(s.live.score) : 0,
        reasons: s ? applicantReasons(matchJob, s.candidate, s.live) : [],
        candidate: { name: r.full_name, cityName: r.current_city_name, photoUrl: r.photo_file_id ? applicantPhotoUrl(r.id) : null },
      }
    }),
    nextCursor: last ? encodeCursor({ score: last.match_score, appliedAt: last.applied_at.toISOString(), id: last.id }) : null,
    notSelectedTemplates,
  }
}

/** Resume keys an employer sees only once the contact is revealed; a file key never. */
const CONTACT_KEYS = new Set(['phone', 'email'])
const NEVER_SHOWN = new Set(['driving_licence_file'])

function employerAnswers(answers: Answers, revealed: boolean): Answers {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(answers)) if (!NEVER_SHOWN.has(k) && (revealed || !CONTACT_KEYS.has(k))) out[k] = v
  return out as Answers
}

async function resumeSummary(db: Queryable, cache: TemplateCache | undefined, r: { role_id: string | null; job_type: 'blue_collar' | 'white_collar' }, answers: Answers) {
  const family = r.role_id ? await roleTemplateFamily(db, r.role_id) : null
  const template = family ? await loadTemplate(db, family, undefined, cache).catch(() => null) : null
  if (!template) return []
  return summariseAnswers({ template, bot: RESUME_BOT, jobType: r.job_type, answers }).flatMap((i) => (i.display === null ? [] : [{ key: i.key, label: i.label, display: i.display }]))
}

function ageOn(dob: string | null, now: Date): number | null {
  if (!dob) return null
  const [y, m, d] = dob.split('-').map(Number)
  let age = now.getUTCFullYear() - y
  if (now.getUTCMonth() + 1 < m || (now.getUTCMonth() + 1 === m && now.getUTCDate() < d)) age--
  return age
}

/**
 * One applicant for the employer. Opening it marks it viewed (applied → viewed) and tells the
 * candidate. The profile leaves out Aadhaar/PAN entirely (not even masked); the mobile and email
 * appear only once the employer has shortlisted (or interviewed, or hired) this applicant.
 */
export async function getApplicant(services: Services & { templateCache?: TemplateCache }, employerId: string, applicationId: string, now: Date) {
  const db = services.db
  let notices: InsertedNotification[] = []
  await db.transaction().execute(async (trx) => {
    const viewed = await markViewed(trx, employerId, applicationId, now)
    if (!viewed) return
    const job = await trx.selectFrom('jobs').select(['title', 'company_name']).where('id', '=', viewed.job_id).executeTakeFirstOrThrow()
    notices = await insertNotifications(trx, [candidateStatusNotice(viewed, 'viewed', { title: job.title, companyName: job.company_name })], now)
  })
  await publishNotifications(services, notices)

  const a = await findEmployerApplication(db, employerId, applicationId)
  if (!a) throw new ApplicantNotFound()
  const revealed = a.contact_revealed_at !== null
  const [resume, notes, job] = await Promise.all([findApplicationResume(db, a.candidate_id, a.resume_id), listNotes(db, employerId, a.id), findOwnJobForApplicants(db, employerId, a.job_id)])
  const matchJob = job ? jobAsMatchJob(job) : null
  const scored = matchJob ? (await scoreApplicants(db, matchJob, [a.candidate_id], now)).get(a.candidate_id) : undefined
  // About and Languages as the candidate's profile has them (decision 010), like the candidate's own PDF
  const answers = resume ? employerAnswers(withProfileFacts(answersSchema.parse(resume.data), profileOwnedFactsOf(a)), revealed) : null
  return {
    applicationId: a.id,
    status: a.status,
    appliedAt: a.applied_at.toISOString(),
    job: { id: a.job_id, title: a.job_title, cityName: a.job_city_name },
    score: scored ? Math.round(scored.live.score) : null,
    reasons: scored && matchJob ? applicantReasons(matchJob, scored.candidate, scored.live) : [],
    candidate: {
      name: a.full_name,
      photoUrl: a.photo_file_id ? applicantPhotoUrl(a.id) : null,
      cityName: a.current_city_name,
      preferredRole: a.preferred_role_name,
      aboutHtml: a.about_html,
      currentSalaryMonthly: a.current_salary_monthly,
      age: ageOn(a.date_of_birth, now),
      languages: a.languages,
      hasDrivingLicence: a.has_driving_licence,
      vehicleType: a.vehicle_type,
      email: revealed ? a.email : null,
    },
    mobile: revealed ? a.mobile : null,
    resume:
      resume && answers
        ? {
            version: resume.version,
            jobType: resume.job_type,
            createdAt: resume.created_at.toISOString(),
            // an uploaded resume may have no role: read it with the candidate's preferred role's template
            summary: await resumeSummary(db, services.templateCache, { role_id: resume.role_id ?? a.preferred_role_id, job_type: resume.job_type }, answers),
          }
        : null,
    resumePdfUrl: resume ? applicantResumePdfUrl(a.id) : null,
    notes: notes.map((n) => ({ id: n.id, text: n.text, createdAt: n.created_at.toISOString() })),
    timeline: a.timeline,
    interview: toInterviewView(a.interview),
    answers: describeApplyAnswers(a.answers),
    decisionMessage: a.decision_message,
  }
}

/** What the candidate's profile says now about the facts it owns (decision 010). */
function profileOwnedFactsOf(a: { about_html: string | null; languages: string[]; preferred_city_ids: string[] }) {
  return { aboutHtml: a.about_html, languages: a.languages, preferredLocations: a.preferred_city_ids.flatMap((id) => getCityById(id)?.name ?? []) }
}

/** The applicant's resume as a PDF for the employer (contact details only once revealed); null when not theirs. */
export async function renderApplicantResumePdf(db: Database, employerId: string, applicationId: string, now: Date): Promise<{ pdf: Uint8Array; name: string } | null> {
  const a = await findEmployerApplication(db, employerId, applicationId)
  if (!a) return null
  const resume = await findApplicationResume(db, a.candidate_id, a.resume_id)
  if (!resume) return null
  const revealed = a.contact_revealed_at !== null
  const answers = employerAnswers(withProfileFacts(answersSchema.parse(resume.data), profileOwnedFactsOf(a)), revealed)
  const role = await db
    .selectFrom('job_roles as r')
    .leftJoin('job_role_categories as rc', 'rc.role_id', 'r.id')
    .leftJoin('job_categories as cat', 'cat.id', 'rc.category_id')
    .select(['r.name', 'cat.name as category_name'])
    .where('r.id', '=', resume.role_id ?? '00000000-0000-0000-0000-000000000000')
    .executeTakeFirst()
  const pdf = renderResumePdf({
    answers,
    profile: {
      name: answers.full_name ?? a.full_name,
      // NOTE: an empty number prints no phone line (resume-pdf.ts): hidden until shortlisted
      mobileE164: revealed ? a.mobile : '',
      email: revealed ? a.email : null,
      city: answers.current_location ?? a.current_city_name,
      roleName: role?.name ?? a.preferred_role_name ?? '',
      categoryName: role?.category_name ?? '',
    },
    jobType: resume.job_type,
    version: resume.version,
    generatedAt: now,
  })
  return { pdf, name: answers.full_name ?? a.full_name }
}

/** The applicant's photo file (for the employer's authorised photo route); null when not theirs. */
export async function findApplicantPhoto(db: Queryable, employerId: string, applicationId: string) {
  const a = await findEmployerApplication(db, employerId, applicationId)
  if (!a?.photo_file_id) return null
  return db
    .selectFrom('files')
    .select(['storage_key', 'mime'])
    .where('id', '=', a.photo_file_id)
    .where('candidate_id', '=', a.candidate_id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

function candidateStatusNotice(
  a: { id: string; candidate_id: string; job_id: string },
  status: ApplicationStatus,
  job: { title: string; companyName: string },
  extra: Parameters<typeof candidateNotice>[2] = {},
): NewNotification {
  return {
    owner: { kind: 'candidate', candidateId: a.candidate_id },
    kind: `status_${status}`,
    ...candidateNotice(status, job, extra),
    href: hrefs.candidateApplication(a.id),
    applicationId: a.id,
    jobId: a.job_id,
  }
}

export type ActInput = { applicationIds: string[]; action: EmployerAction; message?: string; template?: NotSelectedTemplate }
export type ActResult = { applicationId: string; ok: boolean; status: ApplicationStatus; changed: boolean; error: string | null }

/**
 * Shortlist / hire / not selected on a selection. Every id must be one of the employer's
 * applications (otherwise nothing changes: NOT_FOUND); a step that makes no sense for one of
 * them (hiring a withdrawn applicant) is reported for that id and the others go ahead.
 */
export async function actOnApplicants(services: Services, employerId: string, input: ActInput, now: Date): Promise<{ results: ActResult[] }> {
  const ids = [...new Set(input.applicationIds)]
  let notices: InsertedNotification[] = []
  const results = await services.db.transaction().execute(async (trx) => {
    const rows = await lockEmployerApplications(trx, employerId, ids)
    if (rows.length !== ids.length) throw new ApplicantNotFound()
    const message =
      input.action === 'not_selected'
        ? (input.message ?? NOT_SELECTED_TEMPLATES[input.template ?? DEFAULT_NOT_SELECTED].text)
        : input.action === 'hire'
          ? (input.message ?? HIRED_MESSAGE)
          : undefined
    const out: ActResult[] = []
    const pending: NewNotification[] = []
    for (const row of rows) {
      const t = employerTransition(input.action, row.status)
      if (!t.ok) {
        out.push({ applicationId: row.id, ok: false, status: row.status, changed: false, error: t.reason })
        continue
      }
      if (!t.unchanged) {
        await setApplicationStatus(trx, row.id, t.to, now, { decisionMessage: message, revealContact: revealsContact(t.to) })
        pending.push(candidateStatusNotice(row, t.to, { title: row.title, companyName: row.company_name }, { message }))
      }
      out.push({ applicationId: row.id, ok: true, status: t.to, changed: !t.unchanged, error: null })
    }
    notices = await insertNotifications(trx, pending, now)
    // in the order asked
    return ids.map((id) => out.find((r) => r.applicationId === id) as ActResult)
  })
  await publishNotifications(services, notices)
  return { results }
}

export type InterviewInput = { applicationId: string; date: string; time: string; place: string; contactName?: string; notes?: string }

/** Today's date in India (interviews are local): 'YYYY-MM-DD'. */
function indiaToday(now: Date): string {
  return new Date(now.getTime() + 330 * 60_000).toISOString().slice(0, 10)
}

export async function scheduleInterview(services: Services, employerId: string, input: InterviewInput, now: Date) {
  if (input.date < indiaToday(now)) throw new DomainError('BAD_REQUEST', 'Choose a date from today on.')
  let notices: InsertedNotification[] = []
  const result = await services.db.transaction().execute(async (trx) => {
    const [row] = await lockEmployerApplications(trx, employerId, [input.applicationId])
    if (!row) throw new ApplicantNotFound()
    const t = employerTransition('interview', row.status)
    if (!t.ok) throw new DomainError('CONFLICT', t.reason)
    const employer = await findEmployerContact(trx, employerId)
    const interview = {
      date: input.date,
      time: input.time,
      place: input.place,
      mapUrl: mapSearchUrl(input.place, row.city_name),
      contactName: input.contactName ?? employer?.full_name ?? null,
      notes: input.notes ?? null,
    }
    await setApplicationStatus(trx, row.id, 'interview', now, { interview, revealContact: true })
    notices = await insertNotifications(trx, [candidateStatusNotice(row, 'interview', { title: row.title, companyName: row.company_name }, { interview })], now)
    return { applicationId: row.id, status: 'interview' as const, interview: toInterviewView(interview) }
  })
  await publishNotifications(services, notices)
  return result
}

/** A private note on an applicant: stored for the employer only, never shown to the candidate. */
export async function addNote(db: Database, employerId: string, input: { applicationId: string; text: string }, now: Date) {
  return db.transaction().execute(async (trx) => {
    const [row] = await lockEmployerApplications(trx, employerId, [input.applicationId])
    if (!row) throw new ApplicantNotFound()
    const note = await insertNote(trx, { applicationId: row.id, employerId, text: input.text, now })
    return { id: note.id, text: note.text, createdAt: note.created_at.toISOString() }
  })
}
