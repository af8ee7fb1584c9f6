import { sql } from 'kysely'
import type { Queryable } from '../db/database'

export async function listCategories(db: Queryable) {
  return db.selectFrom('job_categories').select(['id', 'slug', 'name', 'sort_order']).orderBy('sort_order').execute()
}

export async function listRolesByCategory(db: Queryable, categoryId: string) {
  return db
    .selectFrom('job_roles as r')
    .innerJoin('job_role_categories as rc', 'rc.role_id', 'r.id')
    .select(['r.id', 'r.slug', 'r.name', 'r.job_type', 'r.suggested_skills'])
    .where('rc.category_id', '=', categoryId)
    .orderBy('r.name')
    .execute()
}

export async function findRole(db: Queryable, roleId: string) {
  return db
    .selectFrom('job_roles')
    .select(['id', 'slug', 'name', 'job_type', 'template_family', 'suggested_skills', 'salary_min_monthly', 'salary_max_monthly'])
    .where('id', '=', roleId)
    .executeTakeFirst()
}

export async function roleBelongsToCategory(db: Queryable, roleId: string, categoryId: string): Promise<boolean> {
  const row = await db
    .selectFrom('job_role_categories')
    .select(sql<number>`1`.as('one'))
    .where('role_id', '=', roleId)
    .where('category_id', '=', categoryId)
    .executeTakeFirst()
  return Boolean(row)
}

/** Categories with their live published-job counts, for the landing pages. */
export async function categoryJobCounts(db: Queryable) {
  return db
    .selectFrom('job_categories as c')
    .leftJoin('jobs as j', (join) => join.on(sql<boolean>`c.id = any(j.category_ids)`).on('j.status', '=', 'published'))
    .select(['c.id', 'c.slug', 'c.name', sql<number>`count(j.id)::int`.as('job_count')])
    .groupBy(['c.id', 'c.slug', 'c.name', 'c.sort_order'])
    .orderBy('c.sort_order')
    .execute()
}

/** Every role with the categories it belongs to (a role can sit in several). */
export async function listRolesWithCategories(db: Queryable) {
  return db
    .selectFrom('job_roles as r')
    .innerJoin('job_role_categories as rc', 'rc.role_id', 'r.id')
    .select(['r.id', 'r.slug', 'r.name', 'r.job_type', sql<string[]>`array_agg(rc.category_id order by rc.category_id)`.as('category_ids')])
    .groupBy(['r.id', 'r.slug', 'r.name', 'r.job_type'])
    .orderBy('r.name')
    .execute()
}
