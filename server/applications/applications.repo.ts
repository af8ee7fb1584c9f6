import { sql } from 'kysely'
import type { Queryable, Trx } from '../db/database'
import type { ApplicationInterview, ApplicationStatus, ApplicationTimelineEntry } from '../db/schema'
import { JOB_CARD_COLUMNS } from '../jobs/jobs.repo'
import { postedAtSql } from '../matching/match-sql'
import { candidateInputsQuery, MATCH_JOB_COLUMNS } from '../matching/matching.repo'
import type { NewNotification } from '../notifications/notifications.repo'
import { OPEN_STATUSES } from './application-status'

/**
 * Applications: the candidate's side scopes every statement by candidate id, the employer's by
 * employer id (copied onto the row), so someone else's application reads exactly like none.
 */

/** Every job column matching, the apply questions and the cards read. */
const JOB_FACT_COLUMNS = [
  ...MATCH_JOB_COLUMNS,
  'j.employer_id',
  'j.status',
  'j.licence_types',
  'j.vehicle_required',
  'j.shift',
  'j.education',
  'j.share_phone',
] as const

function jobFacts(db: Queryable) {
  return db.selectFrom('jobs as j').select([...JOB_FACT_COLUMNS, postedAtSql.as('posted_at')])
}

export type JobFactsRow = NonNullable<Awaited<ReturnType<typeof findJobFacts>>>

export async function findJobFacts(db: Queryable, jobId: string) {
  return jobFacts(db).where('j.id', '=', jobId).executeTakeFirst()
}

/**
 * An apply's first statement: locks the candidate (serialising their double taps and retries with
 * their profile and resume saves) and share-locks the job (closing it, an UPDATE, waits for this
 * transaction, so an application is either in before the close, and becomes position_filled, or
 * sees it closed); returns the job's facts. No row: the candidate or the job does not exist.
 */
export async function lockForApply(trx: Trx, candidateId: string, jobId: string) {
  return jobFacts(trx)
    .innerJoin('candidates as c', (join) => join.on('c.id', '=', candidateId))
    .where('j.id', '=', jobId)
    .forNoKeyUpdate('c')
    .forShare('j')
    .executeTakeFirst()
}

/** Serialises one candidate's applies (double taps) with their profile and resume saves. */
export async function lockCandidate(trx: Trx, candidateId: string) {
  return trx.selectFrom('candidates').select(['id']).where('id', '=', candidateId).forNoKeyUpdate().executeTakeFirst()
}

/**
 * What applying reads, in one round trip: the candidate's matching inputs (profile and current
 * resume) and any application to this job already made. NOTE: read in its own statement *after*
 * the lock: a row lock waited for in a join would recheck only the locked row, not the joined
 * ones, so a double tap's application committed meanwhile would go unseen.
 */
export async function loadApplyState(db: Queryable, candidateId: string, jobId: string) {
  return candidateInputsQuery(db)
    .leftJoin('applications as a', (join) => join.onRef('a.candidate_id', '=', 'c.id').on('a.job_id', '=', jobId))
    .select(['c.full_name', 'r.id as resume_id', 'a.id as application_id', 'a.status', 'a.client_request_id'])
    .where('c.id', '=', candidateId)
    .executeTakeFirst()
}

/** The employer's notice about the application the statement's `app` CTE inserts: `app.id`, then these. */
const NOTICE_COLUMNS = ['application_id', 'employer_id', 'kind', 'title', 'body', 'href', 'job_id', 'created_at'] as const

function noticeValues(v: { employerId: string; jobId: string; now: Date }, notice: Pick<NewNotification, 'kind' | 'title' | 'body' | 'href'>) {
  return [
    sql<string>`${v.employerId}::uuid`.as('employer_id'),
    sql<string>`${notice.kind}::text`.as('kind'),
    sql<string>`${notice.title}::text`.as('title'),
    sql<string>`${notice.body}::text`.as('body'),
    sql<string>`${notice.href}::text`.as('href'),
    sql<string>`${v.jobId}::uuid`.as('job_id'),
    sql<Date>`${v.now}::timestamptz`.as('created_at'),
  ]
}

/**
 * The optimistic apply's read (decision 019): the job's facts, the candidate's matching inputs and
 * any application to this job, in one statement without locks or a transaction. The rows'
 * versions (`xmin`, the transaction that wrote the row's current version) come along so the
 * write can check nothing changed meanwhile: every change of the candidate's matching facts or
 * current resume updates the candidate row (profile saves, `saveResume`), every change of the
 * job's updates the job row. No row: the candidate or the job does not exist.
 */
export async function readApplyFacts(db: Queryable, candidateId: string, jobId: string) {
  return candidateInputsQuery(db)
    .innerJoin('jobs as j', (join) => join.on('j.id', '=', jobId))
    .leftJoin('applications as a', (join) => join.onRef('a.candidate_id', '=', 'c.id').on('a.job_id', '=', jobId))
    .select([...JOB_FACT_COLUMNS, postedAtSql.as('posted_at')])
    .select(['c.full_name', 'r.id as resume_id', 'a.id as application_id', 'a.status as application_status', 'a.client_request_id'])
    .select([sql<string>`c.xmin::text`.as('candidate_version'), sql<string>`j.xmin::text`.as('job_version')])
    .where('c.id', '=', candidateId)
    .executeTakeFirst()
}

export type ApplyFactsRow = NonNullable<Awaited<ReturnType<typeof readApplyFacts>>>

/**
 * The optimistic apply's write, one statement in its own transaction: share-locks the job if it
 * is still published and unchanged (closing or editing it waits for this insert, then sees it),
 * locks the candidate if unchanged (a double tap's write waits here, then meets the first one's
 * row in the unique index), and only then inserts the application and the employer's notice.
 * NOTE: a lock waited for re-reads the row's newest version, so the version checks also hold
 * for a change committed while this statement waited. `row` is undefined when the job or the
 * candidate changed or the application exists: the caller takes the locking path.
 */
export async function insertApplicationIfUnchanged(
  db: Queryable,
  v: { id: string; jobId: string; jobVersion: string; candidateId: string; candidateVersion: string; employerId: string; clientRequestId: string; resumeId: string; answers: Record<string, unknown>; matchScore: number; now: Date },
  notice: Pick<NewNotification, 'kind' | 'title' | 'body' | 'href'>,
) {
  return db
    .with('job', (q) =>
      q.selectFrom('jobs').select('id').where('id', '=', v.jobId).where('status', '=', 'published').where(sql<boolean>`xmin = ${v.jobVersion}::xid`).forShare(),
    )
    .with('candidate', (q) => q.selectFrom('candidates').select('id').where('id', '=', v.candidateId).where(sql<boolean>`xmin = ${v.candidateVersion}::xid`).forNoKeyUpdate())
    .with('app', (q) =>
      q
        .insertInto('applications')
        .columns(['id', 'job_id', 'candidate_id', 'employer_id', 'status', 'client_request_id', 'resume_id', 'answers', 'match_score', 'timeline', 'applied_at', 'updated_at'])
        .expression(
          q
            .selectFrom(['job', 'candidate'])
            .select([
              sql<string>`${v.id}::uuid`.as('id'),
              'job.id as job_id',
              'candidate.id as candidate_id',
              sql<string>`${v.employerId}::uuid`.as('employer_id'),
              sql<string>`'applied'`.as('status'),
              sql<string>`${v.clientRequestId}::text`.as('client_request_id'),
              sql<string>`${v.resumeId}::uuid`.as('resume_id'),
              sql<string>`${JSON.stringify(v.answers)}::jsonb`.as('answers'),
              sql<number>`${v.matchScore}::float8`.as('match_score'),
              sql<string>`${JSON.stringify([entry('applied', v.now)])}::jsonb`.as('timeline'),
              sql<Date>`${v.now}::timestamptz`.as('applied_at'),
              sql<Date>`${v.now}::timestamptz`.as('updated_at'),
            ]),
        )
        .onConflict((oc) => oc.columns(['candidate_id', 'job_id']).doNothing())
        .returning(['id', 'status']),
    )
    .with('notice', (q) => q.insertInto('notifications').columns(NOTICE_COLUMNS).expression(q.selectFrom('app').select(['app.id', ...noticeValues(v, notice)])).returning(['id']))
    .selectFrom(['app', 'notice'])
    .select(['app.id', 'app.status', 'notice.id as notice_id'])
    .executeTakeFirst()
}

export const APPLICATION_COLUMNS = [
  'a.id',
  'a.job_id',
  'a.candidate_id',
  'a.employer_id',
  'a.status',
  'a.client_request_id',
  'a.resume_id',
  'a.answers',
  'a.timeline',
  'a.interview',
  'a.decision_message',
  'a.contact_revealed_at',
  'a.applied_at',
  'a.updated_at',
] as const

export async function findCandidateApplicationForJob(db: Queryable, candidateId: string, jobId: string) {
  return db
    .selectFrom('applications as a')
    .select([...APPLICATION_COLUMNS])
    .where('a.candidate_id', '=', candidateId)
    .where('a.job_id', '=', jobId)
    .executeTakeFirst()
}

export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findCandidateApplicationForJob>>>

const entry = (status: ApplicationStatus, at: Date): ApplicationTimelineEntry => ({ status, at: at.toISOString() })

/**
 * A new application and the employer's notification about it, in one statement (one round trip
 * on the hottest write). Nothing is written when the application already exists.
 */
export async function insertApplication(
  trx: Trx,
  v: { id: string; jobId: string; candidateId: string; employerId: string; clientRequestId: string; resumeId: string; answers: Record<string, unknown>; matchScore: number; now: Date },
  notice: Pick<NewNotification, 'kind' | 'title' | 'body' | 'href'>,
) {
  return trx
    .with('app', (db) =>
      db
        .insertInto('applications')
        .values({
          // NOTE: the id is chosen here so the notification's link can name it in the same statement
          id: v.id,
          job_id: v.jobId,
          candidate_id: v.candidateId,
          employer_id: v.employerId,
          status: 'applied',
          client_request_id: v.clientRequestId,
          resume_id: v.resumeId,
          answers: JSON.stringify(v.answers),
          match_score: v.matchScore,
          timeline: JSON.stringify([entry('applied', v.now)]),
          applied_at: v.now,
          updated_at: v.now,
        })
        // NOTE: the candidate row lock already serialises a candidate's applies; this is the last line
        .onConflict((oc) => oc.columns(['candidate_id', 'job_id']).doNothing())
        .returning(['id', 'status']),
    )
    .with('notice', (db) => db.insertInto('notifications').columns(NOTICE_COLUMNS).expression(db.selectFrom('app').select(['app.id', ...noticeValues(v, notice)])).returning(['id']))
    .selectFrom(['app', 'notice'])
    .select(['app.id', 'app.status', 'notice.id as notice_id'])
    .executeTakeFirst()
}

/** A withdrawn application applied again (a new request): back to applied, with the current resume. */
export async function reopenApplication(
  trx: Trx,
  v: { id: string; clientRequestId: string; resumeId: string; answers: Record<string, unknown>; matchScore: number; now: Date },
) {
  return trx
    .updateTable('applications')
    .set({
      status: 'applied',
      client_request_id: v.clientRequestId,
      resume_id: v.resumeId,
      answers: JSON.stringify(v.answers),
      match_score: v.matchScore,
      interview: null,
      decision_message: null,
      timeline: sql`timeline || ${JSON.stringify([entry('applied', v.now)])}::jsonb`,
      applied_at: v.now,
      updated_at: v.now,
    })
    .where('id', '=', v.id)
    .where('status', '=', 'withdrawn')
    .returning(['id', 'status'])
    .executeTakeFirst()
}

/** Sets a status and appends it to the timeline; `extra` carries the interview or message. */
export async function setApplicationStatus(
  trx: Trx,
  id: string,
  status: ApplicationStatus,
  now: Date,
  extra: { interview?: ApplicationInterview; decisionMessage?: string | null; revealContact?: boolean } = {},
) {
  await trx
    .updateTable('applications')
    .set({
      status,
      timeline: sql`timeline || ${JSON.stringify([entry(status, now)])}::jsonb`,
      updated_at: now,
      ...(extra.interview ? { interview: JSON.stringify(extra.interview) } : {}),
      ...(extra.decisionMessage !== undefined ? { decision_message: extra.decisionMessage } : {}),
      ...(extra.revealContact ? { contact_revealed_at: sql<Date>`coalesce(contact_revealed_at, ${now}::timestamptz)` } : {}),
    })
    .where('id', '=', id)
    .execute()
}

// ---------------------------------------------------------------------------------------------
// Candidate side

/** The candidate's own application, row-locked (withdraw). */
export async function lockCandidateApplication(trx: Trx, candidateId: string, id: string) {
  return trx
    .selectFrom('applications as a')
    .innerJoin('jobs as j', 'j.id', 'a.job_id')
    .select([...APPLICATION_COLUMNS, 'j.title', 'j.company_name'])
    .where('a.id', '=', id)
    .where('a.candidate_id', '=', candidateId)
    .forUpdate('a')
    .executeTakeFirst()
}

function candidateApplications(db: Queryable, candidateId: string) {
  return db
    .selectFrom('applications as a')
    .innerJoin('jobs as j', 'j.id', 'a.job_id')
    .innerJoin('employers as e', 'e.id', 'a.employer_id')
    // NOTE: `a.id` and the card's `j.id` would both come back as `id` (the job's wins): alias the application's
    .select([...APPLICATION_COLUMNS, ...JOB_CARD_COLUMNS, 'a.id as application_id', 'j.status as job_status', 'j.share_phone', 'e.phone as employer_phone', 'e.full_name as employer_name'])
    .where('a.candidate_id', '=', candidateId)
}

export type CandidateApplicationRow = Awaited<ReturnType<typeof listCandidateApplications>>[number]

export async function listCandidateApplications(db: Queryable, candidateId: string, status: ApplicationStatus | undefined, limit: number) {
  return candidateApplications(db, candidateId)
    .$if(status !== undefined, (q) => q.where('a.status', '=', status as ApplicationStatus))
    .orderBy('a.updated_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute()
}

export async function findCandidateApplication(db: Queryable, candidateId: string, id: string) {
  return candidateApplications(db, candidateId).where('a.id', '=', id).executeTakeFirst()
}

/** The candidate's application status per job, for marking job cards (one indexed query). */
export async function applicationStatusesForJobs(db: Queryable, candidateId: string, jobIds: readonly string[]): Promise<Map<string, ApplicationStatus>> {
  if (jobIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('applications')
    .select(['job_id', 'status'])
    .where('candidate_id', '=', candidateId)
    .where('job_id', 'in', [...jobIds])
    .execute()
  return new Map(rows.map((r) => [r.job_id, r.status]))
}

// ---------------------------------------------------------------------------------------------
// Employer side

export async function findOwnJobForApplicants(db: Queryable, employerId: string, jobId: string) {
  return jobFacts(db).where('j.id', '=', jobId).where('j.employer_id', '=', employerId).executeTakeFirst()
}

export async function countApplicationsByStatus(db: Queryable, jobId: string): Promise<Record<ApplicationStatus, number>> {
  const rows = await db
    .selectFrom('applications')
    .select(['status', sql<number>`count(*)::int`.as('n')])
    .where('job_id', '=', jobId)
    .groupBy('status')
    .execute()
  const counts: Record<ApplicationStatus, number> = { applied: 0, viewed: 0, shortlisted: 0, interview: 0, hired: 0, not_selected: 0, position_filled: 0, withdrawn: 0 }
  for (const r of rows) counts[r.status] = Number(r.n)
  return counts
}

/** Applications whose score a changed fact made stale (the triggers of migration 20261218090000). */
export async function findStaleApplications(db: Queryable, jobId: string) {
  return db.selectFrom('applications').select(['id', 'candidate_id', 'score_rev']).where('job_id', '=', jobId).where('match_score', 'is', null).execute()
}

/**
 * Stores fresh scores, each only if no fact changed since it was read (`score_rev` unchanged):
 * otherwise it stays stale and the next list scores it again.
 */
export async function writeScores(db: Queryable, rows: readonly { id: string; scoreRev: number; score: number }[]) {
  if (rows.length === 0) return
  await sql`
    update applications a set match_score = v.score
    from (values ${sql.join(rows.map((r) => sql`(${r.id}::uuid, ${r.scoreRev}::int, ${r.score}::float8)`))}) as v(id, rev, score)
    where a.id = v.id and a.score_rev = v.rev and a.match_score is null`.execute(db)
}

/** The last row of a page; `score` null for a row whose rescore lost a race (it sorts last). */
export type RankCursor = { score: number | null; appliedAt: string; id: string }

/**
 * One page of a job's applicants, best match first (ties: who applied first). Keyset pagination
 * on (score desc nulls last, applied_at, id) over applications_rank_idx /
 * applications_status_rank_idx. Without a status filter, withdrawn applications are left out.
 */
export async function listRankedApplicants(db: Queryable, jobId: string, opts: { status?: ApplicationStatus; after: RankCursor | null; limit: number }) {
  const after = opts.after
  const tieBreak = after ? sql<boolean>`(a.applied_at, a.id) > (${after.appliedAt}::timestamptz, ${after.id}::uuid)` : null
  return db
    .selectFrom('applications as a')
    .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
    .select(['a.id', 'a.candidate_id', 'a.status', 'a.applied_at', 'a.match_score', 'c.full_name', 'c.current_city_name', 'c.photo_file_id'])
    .where('a.job_id', '=', jobId)
    .$if(opts.status !== undefined, (q) => q.where('a.status', '=', opts.status as ApplicationStatus))
    .$if(opts.status === undefined, (q) => q.where('a.status', '<>', 'withdrawn'))
    .$if(after !== null && after.score !== null, (q) =>
      q.where(sql<boolean>`(a.match_score < ${after?.score}::float8 or a.match_score is null or (a.match_score = ${after?.score}::float8 and ${tieBreak}))`),
    )
    .$if(after !== null && after.score === null, (q) => q.where(sql<boolean>`(a.match_score is null and ${tieBreak})`))
    .orderBy(sql`a.match_score desc nulls last`)
    .orderBy('a.applied_at', 'asc')
    .orderBy('a.id', 'asc')
    .limit(opts.limit)
    .execute()
}

/** The employer's application with the candidate's profile — never Aadhaar/PAN columns, not even masked. */
export async function findEmployerApplication(db: Queryable, employerId: string, id: string) {
  return db
    .selectFrom('applications as a')
    .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
    .innerJoin('jobs as j', 'j.id', 'a.job_id')
    .leftJoin('job_roles as r', 'r.id', 'c.preferred_role_id')
    .select([
      ...APPLICATION_COLUMNS,
      'a.match_score',
      'j.title as job_title',
      'j.company_name',
      'j.city_name as job_city_name',
      'c.full_name',
      'c.mobile',
      'c.email',
      'c.photo_file_id',
      'c.current_city_name',
      'c.about_html',
      'c.current_salary_monthly',
      'c.date_of_birth',
      'c.languages',
      'c.preferred_city_ids',
      'c.has_driving_licence',
      'c.vehicle_type',
      'c.preferred_role_id',
      'r.name as preferred_role_name',
    ])
    .where('a.id', '=', id)
    .where('a.employer_id', '=', employerId)
    .executeTakeFirst()
}

/** applied → viewed when the employer opens it; no row when already past applied (or not theirs). */
export async function markViewed(trx: Trx, employerId: string, id: string, now: Date) {
  return trx
    .updateTable('applications')
    .set({ status: 'viewed', timeline: sql`timeline || ${JSON.stringify([entry('viewed', now)])}::jsonb`, updated_at: now })
    .where('id', '=', id)
    .where('employer_id', '=', employerId)
    .where('status', '=', 'applied')
    .returning(['id', 'candidate_id', 'job_id'])
    .executeTakeFirst()
}

/**
 * The employer's applications, row-locked in id order (a fixed order: two bulk actions never
 * deadlock), with their jobs share-locked first so a close of the same job waits.
 */
export async function lockEmployerApplications(trx: Trx, employerId: string, ids: readonly string[]) {
  const jobs = await trx
    .selectFrom('applications')
    .select('job_id')
    .distinct()
    .where('id', 'in', [...ids])
    .where('employer_id', '=', employerId)
    .execute()
  if (jobs.length > 0) {
    await trx
      .selectFrom('jobs')
      .select('id')
      .where(
        'id',
        'in',
        jobs.map((j) => j.job_id),
      )
      .orderBy('id')
      .forShare()
      .execute()
  }
  return trx
    .selectFrom('applications as a')
    .innerJoin('jobs as j', 'j.id', 'a.job_id')
    .select([...APPLICATION_COLUMNS, 'j.title', 'j.company_name', 'j.city_name'])
    .where('a.id', 'in', [...ids])
    .where('a.employer_id', '=', employerId)
    .orderBy('a.id')
    .forUpdate('a')
    .execute()
}

export async function insertNote(trx: Trx, v: { applicationId: string; employerId: string; text: string; now: Date }) {
  return trx
    .insertInto('application_notes')
    .values({ application_id: v.applicationId, employer_id: v.employerId, text: v.text, created_at: v.now })
    .returning(['id', 'text', 'created_at'])
    .executeTakeFirstOrThrow()
}

export async function listNotes(db: Queryable, employerId: string, applicationId: string) {
  return db
    .selectFrom('application_notes')
    .select(['id', 'text', 'created_at'])
    .where('application_id', '=', applicationId)
    .where('employer_id', '=', employerId)
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .execute()
}

/** Closing a job: its open applications become position_filled, in the closing transaction. */
export async function fillOpenApplications(trx: Trx, jobId: string, now: Date) {
  return trx
    .updateTable('applications')
    .set({ status: 'position_filled', timeline: sql`timeline || ${JSON.stringify([entry('position_filled', now)])}::jsonb`, updated_at: now })
    .where('job_id', '=', jobId)
    .where('status', 'in', [...OPEN_STATUSES])
    .returning(['id', 'candidate_id'])
    .execute()
}

/** "Export my data": the candidate's applications with the job each was for (no employer notes). */
export async function listApplicationsForExport(db: Queryable, candidateId: string) {
  return db
    .selectFrom('applications as a')
    .innerJoin('jobs as j', 'j.id', 'a.job_id')
    .select(['a.id', 'a.status', 'a.answers', 'a.timeline', 'a.interview', 'a.decision_message', 'a.applied_at', 'a.updated_at', 'j.id as job_id', 'j.title', 'j.company_name', 'j.city_name'])
    .where('a.candidate_id', '=', candidateId)
    .orderBy('a.applied_at', 'desc')
    .execute()
}

/** The profile columns the apply questions read, and the current resume. */
export async function loadApplyProfile(db: Queryable, candidateId: string) {
  return db
    .selectFrom('candidates as c')
    .leftJoin('resumes as r', (join) => join.onRef('r.candidate_id', '=', 'c.id').on('r.is_current', '=', true))
    .select(['c.id', 'c.full_name', 'c.vehicle_type', 'c.languages', 'c.has_driving_licence', 'r.id as resume_id', sql<unknown>`r.data`.as('resume_data')])
    .where('c.id', '=', candidateId)
    .executeTakeFirst()
}

/** Fills profile facts the candidate answered while applying (only ones that were unknown). */
export async function fillProfileFacts(trx: Trx, candidateId: string, v: { hasDrivingLicence?: boolean; vehicleType?: string; languages?: string[] }, now: Date) {
  if (v.hasDrivingLicence === undefined && v.vehicleType === undefined && !v.languages?.length) return
  await trx
    .updateTable('candidates')
    .set({
      ...(v.hasDrivingLicence !== undefined ? { has_driving_licence: sql<boolean>`coalesce(has_driving_licence, ${v.hasDrivingLicence})` } : {}),
      ...(v.vehicleType !== undefined ? { vehicle_type: sql<string>`coalesce(vehicle_type, ${v.vehicleType})` } : {}),
      ...(v.languages?.length ? { languages: sql<string[]>`case when cardinality(languages) = 0 then ${v.languages}::text[] else languages end` } : {}),
      updated_at: now,
    })
    .where('id', '=', candidateId)
    .execute()
}

/** The resume an application was made with (or, if it is gone, the current one), for the employer. */
export async function findApplicationResume(db: Queryable, candidateId: string, resumeId: string | null) {
  const byId = resumeId
    ? await db
        .selectFrom('resumes')
        .select(['id', 'version', 'source', 'job_type', 'role_id', 'data', 'created_at'])
        .where('id', '=', resumeId)
        .where('candidate_id', '=', candidateId)
        .executeTakeFirst()
    : undefined
  return (
    byId ??
    db
      .selectFrom('resumes')
      .select(['id', 'version', 'source', 'job_type', 'role_id', 'data', 'created_at'])
      .where('candidate_id', '=', candidateId)
      .where('is_current', '=', true)
      .executeTakeFirst()
  )
}

export async function findEmployerContact(db: Queryable, employerId: string) {
  return db.selectFrom('employers').select(['full_name', 'company_name']).where('id', '=', employerId).executeTakeFirst()
}
