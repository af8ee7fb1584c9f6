import { sql, type Kysely } from 'kysely'

/**
 * Explore "near a city, newest first" at 200 k jobs (issue 13, docs/decisions/023): a btree per
 * half-degree cell in the order of "newest", carrying every column Explore filters on (INCLUDE).
 * A city + radius page is then one ordered index-only walk per cell the radius touches, merged,
 * each stopping after `offset + pageSize` matches. Before, the planner multiplied the correlated
 * cell, box and distance selectivities, expected ~25× too few matches and read every match of
 * the category in the cells through a bitmap (2 200 heap rows for a Mumbai page), then sorted.
 * NOTE: jobs_cell_idx stays: the bitmap paths (text + city, salary + city) want the narrow index.
 */
const COVERED = 'category_ids, role_id, city_id, lat, lng, work_mode, salary_min_monthly, salary_max_monthly, experience_min_months, experience_max_months'

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index jobs_explore_cell_newest_idx on jobs (jobs_cell(lat, lng), published_at desc, id desc)
    include (${sql.raw(COVERED)})
    where status = 'published'`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists jobs_explore_cell_newest_idx`.execute(db)
}
