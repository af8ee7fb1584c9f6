import { sql } from 'kysely'
import type { Queryable } from '../../server/db/database'
import type { JobStatus } from '../../server/db/schema'
import { getCityById } from '../../server/master-data/cities'

/**
 * Test support: a job of a given employer straight in the database, as the posting bot will save
 * it (until that bot exists). A draft gets only the NOT NULL columns, like a bot draft would.
 */
export async function insertEmployerJob(
  db: Queryable,
  employerId: string,
  j: { title: string; status?: JobStatus; roleSlug?: string; cityId?: string; salary?: [number, number]; publishedAt?: Date; description?: string },
): Promise<string> {
  const employer = await db.selectFrom('employers').select(['company_name']).where('id', '=', employerId).executeTakeFirstOrThrow()
  const role = await db
    .selectFrom('job_roles as r')
    .select(['r.id', sql<string[]>`(select coalesce(array_agg(category_id), '{}') from job_role_categories where role_id = r.id)`.as('category_ids')])
    .where('r.slug', '=', j.roleSlug ?? 'delivery-boy')
    .executeTakeFirstOrThrow()
  const city = getCityById(j.cityId ?? 'pune-mh')
  if (!city) throw new Error(`unknown city ${j.cityId}`)
  const status = j.status ?? 'published'
  const draft = status === 'draft'
  const { id } = await db
    .insertInto('jobs')
    .values({
      employer_id: employerId,
      company_name: employer.company_name,
      title: j.title,
      role_id: draft ? null : role.id,
      category_ids: draft ? [] : role.category_ids,
      city_id: city.id,
      city_name: city.name,
      state: city.state,
      lat: city.lat,
      lng: city.lng,
      work_mode: 'onsite',
      employment_type: 'full_time',
      salary_min_monthly: draft ? null : (j.salary?.[0] ?? 18_000),
      salary_max_monthly: draft ? null : (j.salary?.[1] ?? 24_000),
      required_languages: [],
      skills: draft ? [] : ['Two-wheeler riding', 'Route planning'],
      description: j.description ?? `${j.title} at ${employer.company_name} in ${city.name}.`,
      status,
      published_at: draft ? null : (j.publishedAt ?? new Date()),
      closed_at: status === 'closed' ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}
