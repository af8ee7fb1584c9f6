import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('employers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (c) => c.unique())
    .addColumn('full_name', 'text', (c) => c.notNull())
    // stored lower-cased; the unique index is the duplicate check
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('company_name', 'text', (c) => c.notNull())
    .addColumn('industry', 'text')
    .addColumn('city_name', 'text')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('employer_id', 'uuid', (c) => c.notNull().references('employers.id').onDelete('cascade'))
    // the company name as posted; kept on the job so search and cards need no join
    .addColumn('company_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('role_id', 'uuid', (c) => c.references('job_roles.id').onDelete('set null'))
    .addColumn('category_ids', sql`uuid[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('city_name', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lng', 'double precision', (c) => c.notNull())
    .addColumn('locality', 'text')
    .addColumn('pin_code', 'text')
    .addColumn('work_mode', 'text', (c) => c.notNull().check(sql`work_mode in ('onsite', 'remote', 'hybrid')`))
    .addColumn('employment_type', 'text', (c) =>
      c.notNull().check(sql`employment_type in ('full_time', 'part_time', 'contract', 'internship')`),
    )
    .addColumn('salary_min_monthly', 'integer')
    .addColumn('salary_max_monthly', 'integer')
    .addColumn('experience_min_months', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('experience_max_months', 'integer')
    .addColumn('requires_driving_licence', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('requires_two_wheeler', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('min_languages', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('required_languages', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('skills', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('education', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('openings', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'published', 'closed')`))
    .addColumn('published_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    // seeds upsert on this key so running them twice never duplicates
    .addColumn('seed_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('search', sql`tsvector`, (c) =>
      c.generatedAlwaysAs(
        sql`setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(company_name, '')), 'B') || setweight(to_tsvector('english', coalesce(description, '')), 'C')`,
      ).stored(),
    )
    .addCheckConstraint('jobs_salary_range', sql`salary_min_monthly is null or salary_max_monthly is null or salary_min_monthly <= salary_max_monthly`)
    .addCheckConstraint('jobs_experience_range', sql`experience_max_months is null or experience_min_months <= experience_max_months`)
    .execute()

  await db.schema.createIndex('jobs_published_idx').on('jobs').columns(['published_at desc']).where(sql.ref('status'), '=', 'published').execute()
  await db.schema.createIndex('jobs_role_idx').on('jobs').columns(['role_id', 'published_at desc']).where(sql.ref('status'), '=', 'published').execute()
  await db.schema.createIndex('jobs_category_ids_idx').on('jobs').using('gin').column('category_ids').execute()
  await db.schema.createIndex('jobs_search_idx').on('jobs').using('gin').column('search').execute()
  await db.schema.createIndex('jobs_geo_idx').on('jobs').columns(['lat', 'lng']).where(sql.ref('status'), '=', 'published').execute()
  await db.schema.createIndex('jobs_employer_idx').on('jobs').columns(['employer_id', 'status']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('jobs').execute()
  await db.schema.dropTable('employers').execute()
}
