import { sql } from 'kysely'
import type { Database, Trx } from '../server/db/database'
import type { Logger } from '../server/logger'
import { findCity } from '../server/master-data/cities'
import { CATEGORIES } from './data/categories'
import { DEMO_EMPLOYERS } from './data/demo-employers'
import { generateDemoJobs } from './data/demo-jobs'
import { JOB_POSTING_TEMPLATE } from './data/job-posting-template'
import { nameTranslations } from './data/master-data-names'
import { QUESTION_TEMPLATES } from './data/question-templates'
import { ROLES } from './data/roles'

export const DEMO_JOB_SEED = 20261201
export const DEMO_JOB_COUNT = 360

export type SeedCounts = { categories: number; roles: number; templates: number; employers: number; jobs: number }

/**
 * Idempotent: every row is keyed by a stable slug/seed key and upserted, so running twice changes
 * nothing and never duplicates. Master data is refreshed; question templates are versioned and
 * only inserted (a changed template gets a new version, old conversations keep theirs).
 */
export async function runSeeds(db: Database, log: Logger, opts: { now?: Date } = {}): Promise<SeedCounts> {
  const now = opts.now ?? new Date()
  return db.transaction().execute(async (trx) => {
    // one seeder at a time across instances
    await sql`select pg_advisory_xact_lock(7263001)`.execute(trx)
    const counts = {
      categories: await seedCategories(trx),
      roles: await seedRoles(trx),
      templates: await seedTemplates(trx),
      ...(await seedDemoData(trx, now)),
    }
    log.info(counts, 'seeded')
    return counts
  })
}

/** First start: seed when the master data is missing. */
export async function seedIfEmpty(db: Database, log: Logger): Promise<void> {
  const row = await db.selectFrom('job_categories').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
  if (row.n === 0) await runSeeds(db, log)
}

async function seedCategories(trx: Trx): Promise<number> {
  for (const c of CATEGORIES) {
    const values = { name: c.name, icon: c.icon, sort_order: c.sortOrder, translations: JSON.stringify(nameTranslations('categories', c.slug)) }
    await trx
      .insertInto('job_categories')
      .values({ slug: c.slug, ...values })
      .onConflict((oc) => oc.column('slug').doUpdateSet(values))
      .execute()
  }
  return CATEGORIES.length
}

async function seedRoles(trx: Trx): Promise<number> {
  const categories = await trx.selectFrom('job_categories').select(['id', 'slug']).execute()
  const categoryId = new Map(categories.map((c) => [c.slug, c.id]))
  for (const r of ROLES) {
    const values = {
      name: r.name,
      job_type: r.jobType,
      template_family: r.templateFamily,
      suggested_skills: [...r.suggestedSkills],
      salary_min_monthly: r.salaryMonthly.min,
      salary_max_monthly: r.salaryMonthly.max,
      translations: JSON.stringify(nameTranslations('roles', r.slug)),
    }
    const { id } = await trx
      .insertInto('job_roles')
      .values({ slug: r.slug, ...values })
      .onConflict((oc) => oc.column('slug').doUpdateSet(values))
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx.deleteFrom('job_role_categories').where('role_id', '=', id).execute()
    await trx
      .insertInto('job_role_categories')
      .values(r.categories.map((slug) => ({ role_id: id, category_id: categoryId.get(slug)! })))
      .execute()
  }
  return ROLES.length
}

async function seedTemplates(trx: Trx): Promise<number> {
  // the resume bot's templates (one per role family) and the job-posting bot's
  for (const { translations, ...definition } of [...QUESTION_TEMPLATES, JOB_POSTING_TEMPLATE]) {
    // a stored version's questions never change; its translations are refreshed (a fix or a new language reaches conversations in progress)
    await trx
      .insertInto('question_templates')
      .values({ family: definition.family, version: definition.version, definition: JSON.stringify(definition), translations: JSON.stringify(translations) })
      .onConflict((oc) => oc.columns(['family', 'version']).doUpdateSet({ translations: JSON.stringify(translations) }))
      .execute()
  }
  return QUESTION_TEMPLATES.length + 1
}

async function seedDemoData(trx: Trx, now: Date): Promise<{ employers: number; jobs: number }> {
  const employerIds = new Map<string, { id: string; name: string }>()
  for (const e of DEMO_EMPLOYERS) {
    // demo employers get no phone: an invented number could be a real person's
    const values = { full_name: e.contactName, email: e.contactEmail, phone: '', company_name: e.name, industry: e.industry, city_name: e.city, is_demo: true }
    const { id } = await trx
      .insertInto('employers')
      .values({ slug: e.slug, ...values })
      .onConflict((oc) => oc.column('slug').doUpdateSet(values))
      .returning('id')
      .executeTakeFirstOrThrow()
    employerIds.set(e.slug, { id, name: e.name })
  }
  const roles = await trx.selectFrom('job_roles').select(['id', 'slug']).execute()
  const roleId = new Map(roles.map((r) => [r.slug, r.id]))
  const categories = await trx.selectFrom('job_categories').select(['id', 'slug']).execute()
  const categoryId = new Map(categories.map((c) => [c.slug, c.id]))

  const jobs = generateDemoJobs({ seed: DEMO_JOB_SEED, count: DEMO_JOB_COUNT, now })
  const rows = jobs.map((j, i) => {
    const city = findCity(j.city)
    const employer = employerIds.get(j.employerSlug)
    if (!city || !employer) throw new Error(`demo job ${i}: unknown city ${j.city} or employer ${j.employerSlug}`)
    return {
      seed_key: `demo-${DEMO_JOB_SEED}-${i}`,
      employer_id: employer.id,
      company_name: employer.name,
      title: j.title,
      role_id: roleId.get(j.roleSlug) ?? null,
      category_ids: j.categorySlugs.map((s) => categoryId.get(s)!).filter(Boolean),
      city_id: city.id,
      city_name: city.name,
      state: city.state,
      lat: city.lat,
      lng: city.lng,
      locality: j.locality,
      pin_code: j.pinCode,
      work_mode: j.workMode,
      employment_type: j.employmentType,
      salary_min_monthly: j.salaryMinMonthly,
      salary_max_monthly: j.salaryMaxMonthly,
      experience_min_months: j.experienceMinMonths,
      experience_max_months: j.experienceMaxMonths,
      requires_driving_licence: j.requirements.drivingLicence,
      requires_two_wheeler: j.requirements.twoWheeler,
      min_languages: j.requirements.minLanguages,
      required_languages: [...j.requirements.languages],
      skills: [...j.skills],
      description: j.description,
      openings: j.openings,
      status: 'published' as const,
      published_at: j.publishedAt,
      is_demo: true,
    }
  })
  for (let i = 0; i < rows.length; i += 100) {
    await trx
      .insertInto('jobs')
      .values(rows.slice(i, i + 100))
      .onConflict((oc) =>
        oc.column('seed_key').doUpdateSet((eb) => ({
          title: eb.ref('excluded.title'),
          // an employer's renamed demo company (the "(Demo)" suffix dropped) reaches its jobs
          company_name: eb.ref('excluded.company_name'),
          description: eb.ref('excluded.description'),
          salary_min_monthly: eb.ref('excluded.salary_min_monthly'),
          salary_max_monthly: eb.ref('excluded.salary_max_monthly'),
          updated_at: sql`now()`,
        })),
      )
      .execute()
  }
  return { employers: DEMO_EMPLOYERS.length, jobs: rows.length }
}
