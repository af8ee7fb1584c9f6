import type { AppServices } from '../app-services'
import { settleApplicationsOfClosedJob } from '../applications/applications.service'
import type { Queryable } from '../db/database'
import { DomainError } from '../domain-error'
import { publishNotifications, type InsertedNotification } from '../notifications/notifications.service'
import type { JobStatus } from '../db/schema'
import { toJobCard, toJobDetail } from './job-card'
import {
  closeOwnJob,
  countOwnJobsByStatus,
  findOwnJob,
  findOwnJobStatus,
  insertDraftCopy,
  listOwnJobs,
  republishOwnJob,
  setOwnJobSharePhone,
} from './employer-jobs.repo'

/** No such job among this employer's: another employer's job reads exactly the same. */
export class EmployerJobNotFound extends DomainError {
  constructor() {
    super('NOT_FOUND', 'We could not find this job among yours.')
  }
}

/** The job exists but its status does not allow the change (e.g. closing a draft). */
export class JobStatusConflict extends DomainError {
  constructor(message: string) {
    super('CONFLICT', message)
  }
}

type OwnJobRow = NonNullable<Awaited<ReturnType<typeof findOwnJob>>>
type ListRow = Awaited<ReturnType<typeof listOwnJobs>>[number]

const iso = (d: Date | null) => (d ? d.toISOString() : null)

function toListItem(r: ListRow) {
  return { ...toJobCard(r), status: r.status, closedAt: iso(r.closed_at), createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString() }
}

/** The job as candidates see it (same shape as jobs.get), plus what only its employer sees. */
function toOwnJobView(r: OwnJobRow) {
  return { ...toJobDetail(r), status: r.status, closedAt: iso(r.closed_at), createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString() }
}

export type EmployerJobListItem = ReturnType<typeof toListItem>
export type EmployerJobView = ReturnType<typeof toOwnJobView>

export async function listEmployerJobs(db: Queryable, employerId: string, q: { status?: JobStatus; page: number; pageSize: number }) {
  const [counts, rows] = await Promise.all([
    countOwnJobsByStatus(db, employerId),
    listOwnJobs(db, employerId, { status: q.status, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
  ])
  const total = q.status ? counts[q.status] : counts.draft + counts.published + counts.closed
  return {
    items: rows.map(toListItem),
    counts,
    total,
    page: q.page,
    pageSize: q.pageSize,
    pageCount: Math.max(1, Math.ceil(total / q.pageSize)),
  }
}

export async function getEmployerJob(db: Queryable, employerId: string, id: string): Promise<EmployerJobView> {
  const row = await findOwnJob(db, employerId, id)
  if (!row) throw new EmployerJobNotFound()
  return toOwnJobView(row)
}

/** Why a change did not happen, once the single-statement update matched nothing. */
async function explainNoChange(db: Queryable, employerId: string, id: string, settled: JobStatus, refusals: Partial<Record<JobStatus, string>>) {
  const job = await findOwnJobStatus(db, employerId, id)
  if (!job) throw new EmployerJobNotFound()
  // already where the caller wanted it (a retried click): nothing to do
  if (job.status === settled) return
  throw new JobStatusConflict(refusals[job.status] ?? 'This job cannot be changed right now.')
}

/**
 * Published → closed; candidates stop seeing it at once, and its open applications become
 * "position filled" (each candidate told) in the same transaction. Closing a closed job is a no-op.
 */
export async function closeEmployerJob(services: Pick<AppServices, 'db' | 'pubsub' | 'log' | 'numbering'>, employerId: string, id: string, now: Date): Promise<EmployerJobView> {
  let notices: InsertedNotification[] = []
  await services.db.transaction().execute(async (trx) => {
    const closed = await closeOwnJob(trx, employerId, id, now)
    if (!closed) {
      await explainNoChange(trx, employerId, id, 'closed', { draft: 'This job is a draft: it is not live, so there is nothing to close.' })
      return
    }
    notices = await settleApplicationsOfClosedJob(trx, { id: closed.id, title: closed.title, companyName: closed.company_name }, now)
  })
  await publishNotifications(services, notices)
  return getEmployerJob(services.db, employerId, id)
}

/** Show (or stop showing) the employer's phone number to this job's applicants. */
export async function setEmployerJobSharePhone(db: Queryable, employerId: string, id: string, share: boolean): Promise<{ id: string; sharePhone: boolean }> {
  const row = await setOwnJobSharePhone(db, employerId, id, share)
  if (!row) throw new EmployerJobNotFound()
  return { id: row.id, sharePhone: row.share_phone }
}

/** Closed → published again, as a new job (fresh published_at). Republishing a live job is a no-op. */
export async function republishEmployerJob(db: Queryable, employerId: string, id: string, now: Date): Promise<EmployerJobView> {
  if (!(await republishOwnJob(db, employerId, id, now))) {
    await explainNoChange(db, employerId, id, 'published', { draft: 'This job is a draft. Finish it with AIVI and publish it from the preview.' })
  }
  return getEmployerJob(db, employerId, id)
}

/** A draft copy ("… (copy)", never published) to edit into a new job. */
export async function duplicateEmployerJob(db: Queryable, employerId: string, id: string, now: Date): Promise<EmployerJobView> {
  const copy = await insertDraftCopy(db, employerId, id, now)
  if (!copy) throw new EmployerJobNotFound()
  return getEmployerJob(db, employerId, copy.id)
}
