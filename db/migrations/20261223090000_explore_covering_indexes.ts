import { sql, type Kysely } from 'kysely'

/**
 * Explore's ordered pages at 200 k jobs (issue 13, docs/decisions/021): btrees in the order of
 * "newest", "salary" and "newest in a role", each carrying every column Explore filters on (INCLUDE), so a page is found
 * by an index-only walk from the top that stops after `offset + pageSize` matches, and only those
 * rows are read from the heap. Before, every row the filters kept was read and sorted (a salary
 * sort over a category read ~15 000 heap blocks for 18 rows).
 * They replace `jobs_published_idx` and `jobs_role_idx`, whose keys they start with.
 * NOTE: the salary key is the expression Explore sorts by; its columns are INCLUDEd too, because the
 * planner allows an index-only scan only when every column the query names is in the index.
 */
const COVERED = 'category_ids, role_id, city_id, lat, lng, work_mode, salary_min_monthly, salary_max_monthly, experience_min_months, experience_max_months'

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index jobs_explore_newest_idx on jobs (published_at desc, id desc)
    include (${sql.raw(COVERED)})
    where status = 'published'`.execute(db)
  await sql`
    create index jobs_explore_salary_idx on jobs ((coalesce(salary_max_monthly, salary_min_monthly)) desc nulls last, published_at desc, id desc)
    include (${sql.raw(COVERED)})
    where status = 'published'`.execute(db)
  await sql`
    create index jobs_explore_role_idx on jobs (role_id, published_at desc, id desc)
    include (${sql.raw(COVERED)})
    where status = 'published'`.execute(db)
  await sql`drop index jobs_published_idx`.execute(db)
  await sql`drop index jobs_role_idx`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`create index jobs_role_idx on jobs (role_id, published_at desc) where status = 'published'`.execute(db)
  await sql`create index jobs_published_idx on jobs (published_at desc) where status = 'published'`.execute(db)
  await sql`drop index if exists jobs_explore_role_idx`.execute(db)
  await sql`drop index if exists jobs_explore_salary_idx`.execute(db)
  await sql`drop index if exists jobs_explore_newest_idx`.execute(db)
}
