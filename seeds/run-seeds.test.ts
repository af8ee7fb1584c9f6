import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../server/logger'
import { createTestDatabase, type TestDatabase } from '../tests/setup/test-db'
import { runSeeds } from './run-seeds'

let t: TestDatabase
beforeAll(async () => {
  // the template is already seeded once; seeding again must change nothing
  t = await createTestDatabase()
})
afterAll(async () => {
  await t?.destroy()
})

async function counts() {
  const r = await sql<Record<string, number>>`select
    (select count(*)::int from job_categories) as categories,
    (select count(*)::int from job_roles) as roles,
    (select count(*)::int from job_role_categories) as links,
    (select count(*)::int from question_templates) as templates,
    (select count(*)::int from employers) as employers,
    (select count(*)::int from jobs) as jobs`.execute(t.db)
  return r.rows[0]
}

describe('seeds', () => {
  it('are idempotent: a second run adds no rows', async () => {
    const before = await counts()
    await runSeeds(t.db, createLogger('silent'))
    expect(await counts()).toEqual(before)
  })

  it('hold the master data and a realistic demo job set', async () => {
    const c = await counts()
    expect(c.categories).toBeGreaterThanOrEqual(15)
    expect(c.roles).toBeGreaterThanOrEqual(40)
    expect(c.links).toBeGreaterThan(c.roles) // some roles sit in several categories
    expect(c.jobs).toBeGreaterThanOrEqual(300)
    expect(c.employers).toBeGreaterThanOrEqual(40)
    const spread = await sql<{ cities: number; categories_without_jobs: number; not_demo: number; oldest_days: number }>`select
      (select count(distinct city_id)::int from jobs where status = 'published') as cities,
      (select count(*)::int from job_categories c where not exists (select 1 from jobs j where c.id = any(j.category_ids))) as categories_without_jobs,
      (select count(*)::int from jobs where not is_demo) as not_demo,
      (select extract(day from now() - min(published_at))::int from jobs) as oldest_days`.execute(t.db)
    const s = spread.rows[0]
    expect(s.cities).toBeGreaterThanOrEqual(25)
    expect(s.categories_without_jobs).toBe(0)
    expect(s.not_demo).toBe(0)
    expect(s.oldest_days).toBeLessThanOrEqual(30)
  })

  it('brings a database seeded with the old "(Demo)" company names along: employers and their jobs, demo rows only', async () => {
    await sql`update employers set company_name = company_name || ' (Demo)' where is_demo`.execute(t.db)
    await sql`update jobs set company_name = company_name || ' (Demo)' where is_demo`.execute(t.db)
    // a real employer may call itself anything
    await sql`update employers set company_name = 'Real Works (Demo)' where id = (select id from employers where not is_demo limit 1)`.execute(t.db)
    const before = await counts()
    await runSeeds(t.db, createLogger('silent'))
    expect(await counts()).toEqual(before)
    const left = await sql<{ employers: number; jobs: number; real: number }>`select
      (select count(*)::int from employers where is_demo and company_name like '%(Demo)%') as employers,
      (select count(*)::int from jobs where is_demo and company_name like '%(Demo)%') as jobs,
      (select count(*)::int from employers where not is_demo and company_name = 'Real Works (Demo)') as real`.execute(t.db)
    const realEmployers = await sql<{ n: number }>`select count(*)::int as n from employers where not is_demo`.execute(t.db)
    expect(left.rows[0]).toEqual({ employers: 0, jobs: 0, real: Math.min(1, realEmployers.rows[0].n) })
    const sample = await t.db.selectFrom('jobs').innerJoin('employers', 'employers.id', 'jobs.employer_id').select(['jobs.company_name as job', 'employers.company_name as employer']).where('jobs.is_demo', '=', true).executeTakeFirstOrThrow()
    expect(sample.job).toBe(sample.employer)
    expect(sample.job).not.toMatch(/Demo/)
  })

  it('links Delivery Boy to two categories and Telecaller to support and sales', async () => {
    const r = await sql<{ slug: string; cats: string[] }>`select r.slug, array_agg(c.slug order by c.slug) as cats
      from job_roles r join job_role_categories rc on rc.role_id = r.id join job_categories c on c.id = rc.category_id
      group by r.slug`.execute(t.db)
    const bySlug = new Map(r.rows.map((x) => [x.slug, x.cats]))
    const delivery = [...bySlug.entries()].find(([slug]) => slug.includes('delivery'))
    expect(delivery?.[1]).toEqual(expect.arrayContaining(['delivery-logistics', 'transportation-driving']))
    const telecaller = [...bySlug.entries()].find(([slug]) => slug.includes('telecaller'))
    expect(telecaller?.[1]).toEqual(expect.arrayContaining(['customer-support', 'sales-marketing']))
  })
})
