import { sql, type RawBuilder } from 'kysely'
import type { Queryable } from '../db/database'

/**
 * A category's or role's name in `locale` (`translations ->> locale`), the English `name` when it
 * has none: the one rule for names shown to people (decision 018). `alias` is the table's alias in
 * the query; a SQL expression such as `c.locale` may stand for the language.
 */
export function nameIn(alias: string, locale: string | RawBuilder<string>): RawBuilder<string> {
  return sql<string>`coalesce(${sql.ref(`${alias}.translations`)} ->> ${locale}, ${sql.ref(`${alias}.name`)})`
}

export async function listCategories(db: Queryable, locale: string) {
  return db.selectFrom('job_categories as c').select(['c.id', 'c.slug', nameIn('c', locale).as('name'), 'c.sort_order']).orderBy('c.sort_order').execute()
}

export async function listRolesByCategory(db: Queryable, categoryId: string, locale: string) {
  return db
    .selectFrom('job_roles as r')
    .innerJoin('job_role_categories as rc', 'rc.role_id', 'r.id')
    .select(['r.id', 'r.slug', nameIn('r', locale).as('name'), 'r.job_type', 'r.suggested_skills'])
    .where('rc.category_id', '=', categoryId)
    .orderBy('name')
    .execute()
}

export async function findRole(db: Queryable, roleId: string, locale: string) {
  return db
    .selectFrom('job_roles as r')
    .select(['r.id', 'r.slug', nameIn('r', locale).as('name'), 'r.job_type', 'r.template_family', 'r.suggested_skills', 'r.salary_min_monthly', 'r.salary_max_monthly'])
    .where('r.id', '=', roleId)
    .executeTakeFirst()
}

export async function findCategory(db: Queryable, categoryId: string, locale: string) {
  return db.selectFrom('job_categories as c').select(['c.id', 'c.slug', nameIn('c', locale).as('name')]).where('c.id', '=', categoryId).executeTakeFirst()
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
export async function categoryJobCounts(db: Queryable, locale: string) {
  return db
    .selectFrom('job_categories as c')
    .leftJoin('jobs as j', (join) => join.on(sql<boolean>`c.id = any(j.category_ids)`).on('j.status', '=', 'published'))
    .select(['c.id', 'c.slug', nameIn('c', locale).as('name'), sql<number>`count(j.id)::int`.as('job_count')])
    .groupBy(['c.id', 'c.slug', 'c.name', 'c.translations', 'c.sort_order'])
    .orderBy('c.sort_order')
    .execute()
}

/** Every role with the categories it belongs to (a role can sit in several). */
export async function listRolesWithCategories(db: Queryable, locale: string) {
  return db
    .selectFrom('job_roles as r')
    .innerJoin('job_role_categories as rc', 'rc.role_id', 'r.id')
    .select(['r.id', 'r.slug', nameIn('r', locale).as('name'), 'r.job_type', sql<string[]>`array_agg(rc.category_id order by rc.category_id)`.as('category_ids')])
    .groupBy(['r.id', 'r.slug', 'r.name', 'r.translations', 'r.job_type'])
    .orderBy('name')
    .execute()
}
