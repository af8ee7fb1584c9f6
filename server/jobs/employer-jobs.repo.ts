import { sql } from 'kysely'
import type { Queryable } from '../db/database'
import type { JobStatus } from '../db/schema'
import { JOB_CARD_COLUMNS, jobDetailQuery } from './jobs.repo'

/**
 * An employer's own jobs. Every statement names the employer beside the job id, so a job of
 * another employer is indistinguishable from no job at all.
 */

const LIST_COLUMNS = [...JOB_CARD_COLUMNS, 'j.status', 'j.closed_at', 'j.created_at', 'j.updated_at'] as const

export async function countOwnJobsByStatus(db: Queryable, employerId: string): Promise<Record<JobStatus, number>> {
  const rows = await db
    .selectFrom('jobs')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('employer_id', '=', employerId)
    .groupBy('status')
    .execute()
  const counts: Record<JobStatus, number> = { draft: 0, published: 0, closed: 0 }
  for (const r of rows) counts[r.status] = Number(r.n)
  return counts
}

/** One page of the employer's jobs, optionally of one status; the most recently touched first. */
export async function listOwnJobs(db: Queryable, employerId: string, opts: { status?: JobStatus; limit: number; offset: number }) {
  let q = db.selectFrom('jobs as j').select([...LIST_COLUMNS]).where('j.employer_id', '=', employerId)
  if (opts.status) q = q.where('j.status', '=', opts.status)
  return q.orderBy('j.updated_at', 'desc').orderBy('j.id', 'desc').limit(opts.limit).offset(opts.offset).execute()
}

/** One of the employer's jobs in any status, with everything the detail page shows. */
export async function findOwnJob(db: Queryable, employerId: string, id: string) {
  // employers' pages are English (decision 017)
  return jobDetailQuery(db, 'en').select(['j.created_at', 'j.updated_at']).where('j.id', '=', id).where('j.employer_id', '=', employerId).executeTakeFirst()
}

export async function findOwnJobStatus(db: Queryable, employerId: string, id: string) {
  return db.selectFrom('jobs').select(['id', 'status']).where('id', '=', id).where('employer_id', '=', employerId).executeTakeFirst()
}

/** published → closed in one statement; no row when the job is not this employer's or not published. */
export async function closeOwnJob(db: Queryable, employerId: string, id: string, now: Date) {
  return db
    .updateTable('jobs')
    .set({ status: 'closed', closed_at: now, updated_at: now })
    .where('id', '=', id)
    .where('employer_id', '=', employerId)
    .where('status', '=', 'published')
    .returning(['id', 'title', 'company_name'])
    .executeTakeFirst()
}

/** Whether the job's applicants see the employer's phone number; no row when not theirs. */
export async function setOwnJobSharePhone(db: Queryable, employerId: string, id: string, share: boolean) {
  return db
    .updateTable('jobs')
    .set({ share_phone: share })
    .where('id', '=', id)
    .where('employer_id', '=', employerId)
    .returning(['id', 'share_phone'])
    .executeTakeFirst()
}

/** closed → published with a fresh published_at, so the job counts as new again. */
export async function republishOwnJob(db: Queryable, employerId: string, id: string, now: Date) {
  return db
    .updateTable('jobs')
    .set({ status: 'published', published_at: now, closed_at: null, updated_at: now })
    .where('id', '=', id)
    .where('employer_id', '=', employerId)
    .where('status', '=', 'closed')
    .returning(['id'])
    .executeTakeFirst()
}

/**
 * Columns a copy takes over unchanged. NOTE: a column added to `jobs` later is not copied until it
 * is listed here (explicit on purpose: ids, seed keys, status and dates must never be copied).
 */
const COPIED_COLUMNS = [
  'employer_id',
  'company_name',
  'role_id',
  'category_ids',
  'city_id',
  'city_name',
  'state',
  'lat',
  'lng',
  'locality',
  'pin_code',
  'work_mode',
  'employment_type',
  'salary_min_monthly',
  'salary_max_monthly',
  'experience_min_months',
  'experience_max_months',
  'requires_driving_licence',
  'requires_two_wheeler',
  'min_languages',
  'required_languages',
  'skills',
  'education',
  'description',
  'openings',
  'is_demo',
] as const

export const COPY_SUFFIX = ' (copy)'

/** A draft copy of the employer's job in one statement (insert … select … where owned); no row when not theirs. */
export async function insertDraftCopy(db: Queryable, employerId: string, id: string, now: Date) {
  return db
    .insertInto('jobs')
    .columns([...COPIED_COLUMNS, 'title', 'status', 'published_at', 'closed_at', 'created_at', 'updated_at'])
    .expression(
      db
        .selectFrom('jobs')
        .select([...COPIED_COLUMNS])
        .select([
          // a copy of a copy stays "… (copy)", not "… (copy) (copy)"
          sql<string>`case when title like ${`%${COPY_SUFFIX}`} then title else title || ${COPY_SUFFIX} end`.as('title'),
          sql.lit('draft').as('status'),
          sql<Date | null>`null::timestamptz`.as('published_at'),
          sql<Date | null>`null::timestamptz`.as('closed_at'),
          sql.val(now).as('created_at'),
          sql.val(now).as('updated_at'),
        ])
        .where('id', '=', id)
        .where('employer_id', '=', employerId),
    )
    .returning(['id'])
    .executeTakeFirst()
}
