import { sql, type Kysely } from 'kysely'

// NOTE: migrations are frozen in time: they take Kysely<any> and never import app code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('job_categories')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('icon', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('question_templates')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('family', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('question_templates_family_version_key', ['family', 'version'])
    .execute()

  await db.schema
    .createTable('job_roles')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('job_type', 'text', (c) => c.notNull().check(sql`job_type in ('blue_collar', 'white_collar')`))
    .addColumn('template_family', 'text', (c) => c.notNull())
    .addColumn('suggested_skills', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('salary_min_monthly', 'integer', (c) => c.notNull())
    .addColumn('salary_max_monthly', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('job_role_categories')
    .addColumn('role_id', 'uuid', (c) => c.notNull().references('job_roles.id').onDelete('cascade'))
    .addColumn('category_id', 'uuid', (c) => c.notNull().references('job_categories.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('job_role_categories_pkey', ['role_id', 'category_id'])
    .execute()
  await db.schema.createIndex('job_role_categories_category_idx').on('job_role_categories').column('category_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('job_role_categories').execute()
  await db.schema.dropTable('job_roles').execute()
  await db.schema.dropTable('question_templates').execute()
  await db.schema.dropTable('job_categories').execute()
}
