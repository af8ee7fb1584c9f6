import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('candidates')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // E.164 (+91XXXXXXXXXX); never updated: a new number is a new account
    .addColumn('mobile', 'text', (c) => c.notNull().unique())
    .addColumn('mobile_verified_at', 'timestamptz')
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('photo_file_id', 'uuid')
    .addColumn('current_city_id', 'text')
    .addColumn('current_city_name', 'text')
    .addColumn('pin_code', 'text')
    .addColumn('preferred_category_id', 'uuid', (c) => c.references('job_categories.id').onDelete('set null'))
    .addColumn('preferred_role_id', 'uuid', (c) => c.references('job_roles.id').onDelete('set null'))
    .addColumn('preferred_city_ids', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('about_html', 'text')
    .addColumn('current_salary_monthly', 'integer')
    .addColumn('date_of_birth', 'date')
    // PII: ciphertext (AES-256-GCM), a keyed blind index for uniqueness, and the last digits for masking
    .addColumn('aadhaar_enc', 'text')
    .addColumn('aadhaar_bidx', 'text', (c) => c.unique())
    .addColumn('aadhaar_last4', 'text')
    .addColumn('pan_enc', 'text')
    .addColumn('pan_bidx', 'text', (c) => c.unique())
    .addColumn('pan_last4', 'text')
    .addColumn('languages', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('has_driving_licence', 'boolean')
    .addColumn('vehicle_type', 'text')
    .addColumn('basic_profile_completed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('candidate_id', 'uuid', (c) => c.references('candidates.id').onDelete('cascade'))
    .addColumn('employer_id', 'uuid', (c) => c.references('employers.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addCheckConstraint('sessions_one_owner', sql`(candidate_id is null) <> (employer_id is null)`)
    .execute()
  await db.schema.createIndex('sessions_candidate_idx').on('sessions').column('candidate_id').execute()
  await db.schema.createIndex('sessions_employer_idx').on('sessions').column('employer_id').execute()

  await db.schema
    .createTable('files')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('candidate_id', 'uuid', (c) => c.references('candidates.id').onDelete('cascade'))
    .addColumn('employer_id', 'uuid', (c) => c.references('employers.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('profile_photo', 'resume_upload', 'resume_pdf', 'driving_licence')`),
    )
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('original_name', 'text')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('deleted_at', 'timestamptz')
    .execute()
  await db.schema.createIndex('files_candidate_idx').on('files').columns(['candidate_id', 'kind']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('files').execute()
  await db.schema.dropTable('sessions').execute()
  await db.schema.dropTable('candidates').execute()
}
