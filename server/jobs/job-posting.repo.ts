import { sql } from 'kysely'
import type { Queryable } from '../db/database'
import type { JobInterview } from '../db/schema'

/** Queries of the job-posting bot: the employer as the bot sees them, roles, live pay, saving the job. */

export async function findEmployerFacts(db: Queryable, employerId: string) {
  return db.selectFrom('employers').select(['id', 'full_name', 'company_name', 'city_name']).where('id', '=', employerId).executeTakeFirst()
}

export async function findRoleBySlug(db: Queryable, slug: string) {
  return db
    .selectFrom('job_roles as r')
    .select([
      'r.id',
      'r.name',
      'r.job_type',
      'r.suggested_skills',
      sql<string[]>`coalesce((select array_agg(rc.category_id) from job_role_categories rc where rc.role_id = r.id), '{}')`.as('category_ids'),
    ])
    .where('r.slug', '=', slug)
    .executeTakeFirst()
}

/** 25th/75th percentile of the fixed pay of live jobs for a role in a city. */
export async function marketPay(db: Queryable, roleId: string, cityName: string): Promise<{ p25: number; p75: number; jobs: number } | null> {
  const row = await db
    .selectFrom('jobs')
    .select([
      sql<number>`percentile_cont(0.25) within group (order by salary_min_monthly)`.as('p25'),
      sql<number>`percentile_cont(0.75) within group (order by salary_max_monthly)`.as('p75'),
      (eb) => eb.fn.countAll<number>().as('jobs'),
    ])
    .where('status', '=', 'published')
    .where('role_id', '=', roleId)
    .where('city_name', '=', cityName)
    .where('salary_min_monthly', 'is not', null)
    .where('salary_max_monthly', 'is not', null)
    .executeTakeFirst()
  return row && Number(row.jobs) > 0 ? { p25: Number(row.p25), p75: Number(row.p75), jobs: Number(row.jobs) } : null
}

/** An employer's job with the bot's saved answers (for "Edit" and "Duplicate"). */
export async function findOwnJobForPosting(db: Queryable, employerId: string, jobId: string) {
  return db
    .selectFrom('jobs as j')
    .leftJoin('job_roles as r', 'r.id', 'j.role_id')
    .select([
      'j.id',
      'j.status',
      'j.title',
      'j.company_name',
      'j.city_name',
      'j.locality',
      'j.pin_code',
      'j.work_mode',
      'j.employment_type',
      'j.shift',
      'j.salary_min_monthly',
      'j.salary_max_monthly',
      'j.incentive_monthly',
      'j.experience_min_months',
      'j.experience_max_months',
      'j.education',
      'j.skills',
      'j.openings',
      'j.requires_driving_licence',
      'j.licence_types',
      'j.vehicle_required',
      'j.requires_two_wheeler',
      'j.required_languages',
      'j.requires_smartphone',
      'j.real_requirement',
      'j.interview',
      'j.description',
      'j.posting_answers',
      'r.slug as role_slug',
    ])
    .where('j.id', '=', jobId)
    .where('j.employer_id', '=', employerId)
    .executeTakeFirst()
}

export type JobPostingRow = {
  employerId: string
  companyName: string
  title: string
  roleId: string
  categoryIds: string[]
  city: { id: string; name: string; state: string; lat: number; lng: number }
  locality: string | null
  pinCode: string | null
  workMode: 'onsite' | 'remote' | 'hybrid'
  employmentType: 'full_time' | 'part_time' | 'contract' | 'internship'
  shift: 'day' | 'night' | 'rotational' | null
  salaryMin: number
  salaryMax: number
  incentive: number | null
  experienceMin: number
  experienceMax: number | null
  education: string
  skills: string[]
  openings: number
  requiresDrivingLicence: boolean
  licenceTypes: string[]
  vehicleRequired: 'two_wheeler' | 'four_wheeler' | 'none'
  languages: string[]
  requiresSmartphone: boolean
  realRequirement: string | null
  interview: JobInterview
  description: string
  answers: Record<string, unknown>
}

function columns(p: JobPostingRow) {
  return {
    company_name: p.companyName,
    title: p.title,
    role_id: p.roleId,
    category_ids: p.categoryIds,
    city_id: p.city.id,
    city_name: p.city.name,
    state: p.city.state,
    lat: p.city.lat,
    lng: p.city.lng,
    locality: p.locality,
    pin_code: p.pinCode,
    work_mode: p.workMode,
    employment_type: p.employmentType,
    shift: p.shift,
    salary_min_monthly: p.salaryMin,
    salary_max_monthly: p.salaryMax,
    incentive_monthly: p.incentive,
    experience_min_months: p.experienceMin,
    experience_max_months: p.experienceMax,
    education: p.education,
    skills: p.skills,
    openings: p.openings,
    requires_driving_licence: p.requiresDrivingLicence,
    licence_types: p.licenceTypes,
    vehicle_required: p.vehicleRequired,
    requires_two_wheeler: p.vehicleRequired === 'two_wheeler',
    required_languages: p.languages,
    min_languages: p.languages.length > 0 ? 1 : 0,
    requires_smartphone: p.requiresSmartphone,
    real_requirement: p.realRequirement,
    interview: JSON.stringify(p.interview),
    description: p.description,
    posting_answers: JSON.stringify(p.answers),
  }
}

/** Publishes a new job. */
export async function insertPublishedJob(db: Queryable, p: JobPostingRow, now: Date): Promise<string> {
  const row = await db
    .insertInto('jobs')
    .values({ employer_id: p.employerId, ...columns(p), status: 'published', published_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/**
 * Changes the employer's job and publishes it (an edit of a live job is live at once; a draft or
 * a closed job goes live). A job already live keeps its publish time. Null when not theirs.
 */
export async function updateAndPublishOwnJob(db: Queryable, jobId: string, p: JobPostingRow, now: Date): Promise<string | null> {
  const row = await db
    .updateTable('jobs')
    .set({
      ...columns(p),
      status: 'published',
      published_at: sql<Date>`case when status = 'published' and published_at is not null then published_at else ${now} end`,
      closed_at: null,
      updated_at: now,
    })
    .where('id', '=', jobId)
    .where('employer_id', '=', p.employerId)
    .returning('id')
    .executeTakeFirst()
  return row?.id ?? null
}
