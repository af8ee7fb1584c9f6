import type { Queryable } from '../db/database'

export const JOB_CARD_COLUMNS = [
  'j.id',
  'j.title',
  'j.company_name',
  'j.city_name',
  'j.locality',
  'j.work_mode',
  'j.employment_type',
  'j.salary_min_monthly',
  'j.salary_max_monthly',
  'j.experience_min_months',
  'j.experience_max_months',
  'j.published_at',
  'j.is_demo',
] as const

/** Newest published jobs, at most a few per employer so one big recruiter cannot fill the page. */
export async function listHotJobs(db: Queryable, limit: number) {
  return db
    .with('ranked', (qb) =>
      qb
        .selectFrom('jobs as j')
        .select([...JOB_CARD_COLUMNS])
        .select((eb) =>
          eb.fn
            .agg<number>('row_number')
            .over((ob) => ob.partitionBy('j.employer_id').orderBy('j.published_at', 'desc'))
            .as('rn'),
        )
        .where('j.status', '=', 'published')
        .orderBy('j.published_at', 'desc')
        .limit(limit * 10),
    )
    .selectFrom('ranked')
    .selectAll()
    .where('rn', '<=', 1)
    .orderBy('published_at', 'desc')
    .limit(limit)
    .execute()
}
