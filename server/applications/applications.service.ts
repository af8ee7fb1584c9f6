import { randomUUID } from 'node:crypto'
import type { AppServices } from '../app-services'
import type { Database, Queryable, Trx } from '../db/database'
import type { ApplicationInterview, ApplicationStatus, ApplicationTimelineEntry } from '../db/schema'
import { DomainError } from '../domain-error'
import { toJobCard, type JobCard } from '../jobs/job-card'
import { buildMatchCandidate } from '../matching/candidate-facts'
import { toCandidateInputs } from '../matching/matching.repo'
import { loadMatchCandidate } from '../matching/matching.service'
import { insertNotifications, type NewNotification } from '../notifications/notifications.repo'
import { publishNotifications, type InsertedNotification } from '../notifications/notifications.service'
import { applyQuestions, checkApplyAnswers, hardMismatches, withAnswers, type ApplyQuestion } from './apply-requirements'
import { jobAsMatchJob, requirementFacts, requirementJob, storedScore } from './application-scoring'
import { candidateNotice, nextStepText, withdrawTransition } from './application-status'
import {
  fillOpenApplications,
  fillProfileFacts,
  findCandidateApplication,
  findCandidateApplicationForJob,
  findJobFacts,
  insertApplication,
  insertApplicationIfUnchanged,
  listCandidateApplications,
  loadApplyProfile,
  loadApplyState,
  lockCandidate,
  lockCandidateApplication,
  lockForApply,
  readApplyFacts,
  reopenApplication,
  setApplicationStatus,
  type CandidateApplicationRow,
  type JobFactsRow,
} from './applications.repo'

/** The candidate's side of applying: prepare, apply, withdraw, and "My applications". */

export class JobNotOpen extends DomainError {
  constructor() {
    super('NOT_FOUND', 'We could not find this job. It may have been removed.')
  }
}

class AccountGone extends DomainError {
  constructor() {
    super('NOT_FOUND', 'Your account was not found. Please log in again.')
  }
}

export class ApplicationNotFound extends DomainError {
  constructor() {
    super('NOT_FOUND', 'We could not find this application.')
  }
}

/** Where each side's notification links to (pages of the app). */
export const hrefs = {
  candidateApplication: (id: string) => `/applications/${id}`,
  employerApplicant: (jobId: string, id: string) => `/employer/jobs/${jobId}/applicants/${id}`,
}

// ---------------------------------------------------------------------------------------------
// Prepare and apply

export async function prepareApplication(db: Queryable, candidateId: string, jobId: string) {
  const job = await findJobFacts(db, jobId)
  if (!job || job.status === 'draft') throw new JobNotOpen()
  const [c, profile, existing] = await Promise.all([loadMatchCandidate(db, candidateId), loadApplyProfile(db, candidateId), findCandidateApplicationForJob(db, candidateId, jobId)])
  const facts = requirementFacts(c, profile?.resume_data ?? null, profile?.vehicle_type ?? null)
  const applied = existing && existing.status !== 'withdrawn' ? { id: existing.id, status: existing.status } : null
  return {
    job: {
      id: job.id,
      title: job.title,
      companyName: job.company_name,
      cityName: job.city_name,
      salaryMin: job.salary_min_monthly,
      salaryMax: job.salary_max_monthly,
      status: job.status,
    },
    hasResume: Boolean(profile?.resume_id),
    alreadyApplied: applied,
    hardMismatches: hardMismatches(requirementJob(job), facts),
    questions: job.status === 'published' && !applied ? applyQuestions(requirementJob(job), facts) : ([] as ApplyQuestion[]),
  }
}

export type ApplyInput = { jobId: string; clientRequestId: string; answers?: Record<string, unknown> }
export type ApplyResult = { applicationId: string; status: ApplicationStatus; created: boolean }

export class ResumeNeeded extends DomainError {
  constructor() {
    super('PRECONDITION_FAILED', 'You need a resume to apply. Build one with AIVI or upload a PDF, then come back to this job.')
  }
}

/**
 * One tap: exactly one application per candidate and job. The unique (candidate, job) index makes
 * it exactly one; a double tap or retry that comes second finds the application and returns it
 * (created: false). A withdrawn application is re-opened by a *new* request; a retry of an old
 * request (same clientRequestId) never undoes a withdrawal.
 *
 * NOTE: two ways in (decision 019). The common tap — a new application, nothing to save to the
 * profile — reads without locks, scores in TypeScript, and writes in one statement that checks
 * the job and the candidate are as read (2 round trips, no connection held in between). Anything
 * else (a re-open, answers saved to the profile, a changed row, a double tap's second write, an
 * error to report) goes the locking way, which decides every case under the candidate's lock.
 */
export async function applyToJob(services: Pick<AppServices, 'db' | 'pubsub' | 'log' | 'numbering'>, candidateId: string, input: ApplyInput, now: Date): Promise<ApplyResult> {
  const fast = await applyOptimistically(services.db, candidateId, input, now)
  if (fast && 'notices' in fast) {
    // NOTE: not awaited: the candidate's tap does not wait for the employer's bell (numbering and
    // delivery happen just after; publishNotifications logs its failures and never throws)
    void publishNotifications(services, fast.notices)
    return fast.result
  }
  if (fast) return fast
  return applyUnderLock(services, candidateId, input, now)
}

/** The apply's checks on what it read, in one place for both ways: the existing application to return, or what to insert. */
function decideApply(
  job: JobFactsRow,
  me: { full_name: string; resume_id: string | null; resume_data: unknown; vehicle_type: string | null; existing: { id: string; status: ApplicationStatus; clientRequestId: string } | null },
  c: ReturnType<typeof buildMatchCandidate>,
  input: ApplyInput,
) {
  const { existing } = me
  if (existing && (existing.status !== 'withdrawn' || existing.clientRequestId === input.clientRequestId)) {
    return { kind: 'existing' as const, result: { applicationId: existing.id, status: existing.status, created: false } satisfies ApplyResult }
  }
  if (job.status === 'draft') throw new JobNotOpen()
  if (job.status !== 'published') throw new DomainError('CONFLICT', 'This job is closed and no longer takes applications.')
  if (!me.resume_id) throw new ResumeNeeded()
  const questions = applyQuestions(requirementJob(job), requirementFacts(c, me.resume_data, me.vehicle_type))
  const check = checkApplyAnswers(questions, input.answers ?? {})
  if (!check.ok) throw new DomainError('BAD_REQUEST', Object.values(check.fieldErrors)[0]?.[0] ?? 'Please answer the questions about this job.')
  return { kind: 'insert' as const, answers: check.answers, resumeId: me.resume_id }
}

function applicationNotice(job: JobFactsRow, fullName: string, id: string, mismatch: string[]): NewNotification {
  return {
    owner: { kind: 'employer', employerId: job.employer_id },
    kind: 'new_application',
    title: `New applicant for ${job.title}`,
    body: `${fullName} applied${mismatch.length ? ` (${mismatch[0].replace(/^This job needs/, 'lacks')})` : ''}.`,
    href: hrefs.employerApplicant(job.id, id),
    applicationId: id,
    jobId: job.id,
  }
}

/**
 * The common tap in 2 statements: read, then insert if the job and the candidate are unchanged.
 * Returns the result (with the notices to publish when created), or null: take the locking way.
 */
async function applyOptimistically(db: Database, candidateId: string, input: ApplyInput, now: Date): Promise<{ result: ApplyResult; notices: InsertedNotification[] } | ApplyResult | null> {
  const row = await readApplyFacts(db, candidateId, input.jobId)
  if (!row) return null
  const existing = row.application_id && row.application_status ? { id: row.application_id, status: row.application_status, clientRequestId: row.client_request_id ?? '' } : null
  // a re-open changes a row the candidate may be withdrawing right now: under the lock
  if (existing?.status === 'withdrawn' && existing.clientRequestId !== input.clientRequestId) return null
  const c = buildMatchCandidate(toCandidateInputs(row))
  const d = decideApply(row, { ...row, existing }, c, input)
  if (d.kind === 'existing') return d.result
  const a = d.answers
  // answers that fill the profile are a second write: under the lock
  if (a.has_driving_licence !== undefined || a.vehicle_type !== undefined || a.languages?.length) return null
  const mismatch = hardMismatches(requirementJob(row), withAnswers(requirementFacts(c, row.resume_data, row.vehicle_type), a), a.shift_ok ?? null)
  const id = randomUUID()
  const notice = applicationNotice(row, row.full_name, id, mismatch)
  const inserted = await insertApplicationIfUnchanged(
    db,
    {
      id,
      jobId: row.id,
      jobVersion: row.job_version,
      candidateId,
      candidateVersion: row.candidate_version,
      employerId: row.employer_id,
      clientRequestId: input.clientRequestId,
      resumeId: d.resumeId,
      answers: a,
      matchScore: storedScore(jobAsMatchJob(row), c),
      now,
    },
    notice,
  )
  if (!inserted) return null
  return {
    result: { applicationId: inserted.id, status: inserted.status, created: true },
    notices: [{ id: inserted.notice_id, kind: notice.kind, title: notice.title, body: notice.body, href: notice.href, owner: notice.owner }],
  }
}

/** Every case, decided under the candidate's row lock (the job share-locked) in one transaction. */
async function applyUnderLock(services: Pick<AppServices, 'db' | 'pubsub' | 'log' | 'numbering'>, candidateId: string, input: ApplyInput, now: Date): Promise<ApplyResult> {
  let notices: InsertedNotification[] = []
  const result = await services.db.transaction().execute(async (trx): Promise<ApplyResult> => {
    const job = await lockForApply(trx, candidateId, input.jobId)
    if (!job) throw (await lockCandidate(trx, candidateId)) ? new JobNotOpen() : new AccountGone()
    const me = await loadApplyState(trx, candidateId, input.jobId)
    if (!me) throw new AccountGone()
    const existing = me.application_id && me.status ? { id: me.application_id, status: me.status, clientRequestId: me.client_request_id ?? '' } : null
    const before = buildMatchCandidate(toCandidateInputs(me))
    const d = decideApply(job, { ...me, existing }, before, input)
    if (d.kind === 'existing') return d.result
    const a = d.answers
    // NOTE: licence, vehicle and languages are profile facts the candidate can edit anyway: saved,
    // so no other job asks again. Experience, education and shift stay with this application —
    // the resume is a document the candidate confirmed, and is never rewritten behind their back.
    await fillProfileFacts(trx, candidateId, { hasDrivingLicence: a.has_driving_licence, vehicleType: a.vehicle_type, languages: a.languages }, now)
    const c = a.has_driving_licence !== undefined || a.vehicle_type !== undefined || a.languages?.length ? await loadMatchCandidate(trx, candidateId) : before
    const score = storedScore(jobAsMatchJob(job), c)

    const mismatch = hardMismatches(requirementJob(job), withAnswers(requirementFacts(c, me.resume_data, me.vehicle_type), a), a.shift_ok ?? null)
    const id = existing?.id ?? randomUUID()
    const notice = applicationNotice(job, me.full_name, id, mismatch)
    if (existing) {
      const row = await reopenApplication(trx, { id, clientRequestId: input.clientRequestId, resumeId: d.resumeId, answers: a, matchScore: score, now })
      if (!row) throw new DomainError('CONFLICT', 'You have already applied to this job.')
      notices = await insertNotifications(trx, [notice], now)
      return { applicationId: row.id, status: row.status, created: true }
    }
    const row = await insertApplication(
      trx,
      { id, jobId: job.id, candidateId, employerId: job.employer_id, clientRequestId: input.clientRequestId, resumeId: d.resumeId, answers: a, matchScore: score, now },
      notice,
    )
    if (!row) {
      // only if a row appeared without the candidate lock (it cannot through this path): report it
      const found = await findCandidateApplicationForJob(trx, candidateId, input.jobId)
      if (found) return { applicationId: found.id, status: found.status, created: false }
      throw new DomainError('CONFLICT', 'You have already applied to this job.')
    }
    notices = [{ id: row.notice_id, kind: notice.kind, title: notice.title, body: notice.body, href: notice.href, owner: notice.owner }]
    return { applicationId: row.id, status: row.status, created: true }
  })
  // NOTE: not awaited, as above
  void publishNotifications(services, notices)
  return result
}

// ---------------------------------------------------------------------------------------------
// Withdraw

export async function withdrawApplication(services: Pick<AppServices, 'db' | 'pubsub' | 'log' | 'numbering'>, candidateId: string, applicationId: string, now: Date) {
  let notices: InsertedNotification[] = []
  const status = await services.db.transaction().execute(async (trx) => {
    const row = await lockCandidateApplication(trx, candidateId, applicationId)
    if (!row) throw new ApplicationNotFound()
    const t = withdrawTransition(row.status)
    if (!t.ok) throw new DomainError('CONFLICT', t.reason)
    if (t.unchanged) return row.status
    await setApplicationStatus(trx, row.id, 'withdrawn', now)
    const job = { title: row.title, companyName: row.company_name }
    notices = await insertNotifications(
      trx,
      [
        { owner: { kind: 'candidate', candidateId }, kind: 'status_withdrawn', ...candidateNotice('withdrawn', job), href: hrefs.candidateApplication(row.id), applicationId: row.id, jobId: row.job_id },
        {
          owner: { kind: 'employer', employerId: row.employer_id },
          kind: 'application_withdrawn',
          title: `An applicant withdrew from ${row.title}`,
          body: 'A candidate withdrew their application.',
          href: hrefs.employerApplicant(row.job_id, row.id),
          applicationId: row.id,
          jobId: row.job_id,
        },
      ],
      now,
    )
    return 'withdrawn' as const
  })
  await publishNotifications(services, notices)
  return { applicationId, status }
}

// ---------------------------------------------------------------------------------------------
// My applications

export type InterviewView = { date: string; time: string; place: string; mapUrl: string; contactName: string | null; notes: string | null }

export type CandidateApplicationView = {
  id: string
  status: ApplicationStatus
  appliedAt: string
  job: JobCard & { status: 'draft' | 'published' | 'closed' }
  timeline: ApplicationTimelineEntry[]
  interview: InterviewView | null
  employerPhone: string | null
  nextStep: string
  /** the employer's message with their decision (hired / not selected) */
  decisionMessage: string | null
}

export function toInterviewView(i: ApplicationInterview | null): InterviewView | null {
  return i ? { date: i.date, time: i.time, place: i.place, mapUrl: i.mapUrl, contactName: i.contactName, notes: i.notes } : null
}

function toCandidateView(r: CandidateApplicationRow): CandidateApplicationView {
  // the interview stays visible once scheduled (the timeline tells what happened after)
  const interview = toInterviewView(r.interview)
  return {
    id: r.application_id,
    status: r.status,
    appliedAt: r.applied_at.toISOString(),
    job: { ...toJobCard(r), status: r.job_status },
    timeline: r.timeline,
    interview,
    employerPhone: r.share_phone ? r.employer_phone : null,
    nextStep: nextStepText(r.status, r.status === 'interview' ? r.interview : null),
    decisionMessage: r.decision_message,
  }
}

export async function listMyApplications(db: Queryable, candidateId: string, status?: ApplicationStatus) {
  const rows = await listCandidateApplications(db, candidateId, status, 200)
  return { items: rows.map(toCandidateView) }
}

export async function getMyApplication(db: Queryable, candidateId: string, applicationId: string): Promise<CandidateApplicationView> {
  const row = await findCandidateApplication(db, candidateId, applicationId)
  if (!row) throw new ApplicationNotFound()
  return toCandidateView(row)
}

// ---------------------------------------------------------------------------------------------
// Closing a job

/**
 * In the transaction that closes a job: its open applications become position_filled and each
 * candidate is told. Returns the notifications to publish after commit.
 */
export async function settleApplicationsOfClosedJob(trx: Trx, job: { id: string; title: string; companyName: string }, now: Date): Promise<InsertedNotification[]> {
  const filled = await fillOpenApplications(trx, job.id, now)
  const notices: NewNotification[] = filled.map((a) => ({
    owner: { kind: 'candidate', candidateId: a.candidate_id },
    kind: 'status_position_filled',
    ...candidateNotice('position_filled', job),
    href: hrefs.candidateApplication(a.id),
    applicationId: a.id,
    jobId: job.id,
  }))
  return insertNotifications(trx, notices, now)
}
