import { sql } from 'kysely'
import type { Queryable } from '../../server/db/database'
import { getCityById } from '../../server/master-data/cities'
import type { StoredAnswers } from '../../server/resume/resume-answers'

/** Test support: a candidate's current resume straight in the database (as the bot would save it). */
/** `answers` as stored: a resume saved before expected salary became a range holds one number there (still read as one). */
export async function insertCurrentResume(
  db: Queryable,
  candidateId: string,
  answers: StoredAnswers,
  jobType: 'blue_collar' | 'white_collar' = 'blue_collar',
  source: 'bot' | 'upload' = 'bot',
) {
  await db.updateTable('resumes').set({ is_current: false }).where('candidate_id', '=', candidateId).execute()
  const { n } = await db
    .selectFrom('resumes')
    .select(sql<number>`coalesce(max(version), 0)::int`.as('n'))
    .where('candidate_id', '=', candidateId)
    .executeTakeFirstOrThrow()
  await db
    .insertInto('resumes')
    .values({ candidate_id: candidateId, version: n + 1, is_current: true, source, job_type: jobType, data: JSON.stringify(answers) })
    .execute()
}

export async function roleBySlug(db: Queryable, slug: string) {
  const role = await db
    .selectFrom('job_roles as r')
    .select(['r.id', 'r.name', sql<string[]>`(select array_agg(category_id) from job_role_categories where role_id = r.id)`.as('category_ids')])
    .where('r.slug', '=', slug)
    .executeTakeFirstOrThrow()
  return role
}

export async function categoryBySlug(db: Queryable, slug: string) {
  return db.selectFrom('job_categories').select(['id', 'name']).where('slug', '=', slug).executeTakeFirstOrThrow()
}

export type TestJob = {
  title: string
  roleSlug: string
  cityId: string
  locality?: string | null
  salary?: [number | null, number | null]
  experience?: [number, number | null]
  licence?: boolean
  twoWheeler?: boolean
  minLanguages?: number
  languages?: string[]
  workMode?: 'onsite' | 'remote' | 'hybrid'
  description?: string
  skills?: string[]
  status?: 'draft' | 'published' | 'closed'
  publishedAt?: Date
}

/** Test support: a job posted by the first demo employer. */
export async function insertJob(db: Queryable, j: TestJob): Promise<string> {
  const employer = await db.selectFrom('employers').select(['id', 'company_name']).orderBy('created_at').executeTakeFirstOrThrow()
  const role = await roleBySlug(db, j.roleSlug)
  const city = getCityById(j.cityId)
  if (!city) throw new Error(`unknown city ${j.cityId}`)
  const status = j.status ?? 'published'
  const { id } = await db
    .insertInto('jobs')
    .values({
      employer_id: employer.id,
      company_name: employer.company_name,
      title: j.title,
      role_id: role.id,
      category_ids: role.category_ids,
      city_id: city.id,
      city_name: city.name,
      state: city.state,
      lat: city.lat,
      lng: city.lng,
      locality: j.locality ?? null,
      work_mode: j.workMode ?? 'onsite',
      employment_type: 'full_time',
      salary_min_monthly: j.salary?.[0] ?? null,
      salary_max_monthly: j.salary?.[1] ?? null,
      experience_min_months: j.experience?.[0] ?? 0,
      experience_max_months: j.experience?.[1] ?? null,
      requires_driving_licence: j.licence ?? false,
      requires_two_wheeler: j.twoWheeler ?? false,
      min_languages: j.minLanguages ?? 1,
      required_languages: j.languages ?? [],
      skills: j.skills ?? [],
      description: j.description ?? `${j.title} at ${employer.company_name} in ${city.name}.`,
      status,
      published_at: status === 'draft' ? null : (j.publishedAt ?? new Date()),
      closed_at: status === 'closed' ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}
