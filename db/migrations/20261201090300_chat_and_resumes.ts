import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('chat_sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('candidate_id', 'uuid', (c) => c.notNull().references('candidates.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('resume'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'completed', 'discarded')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('template_family', 'text', (c) => c.notNull())
    .addColumn('template_version', 'integer', (c) => c.notNull())
    .addColumn('role_id', 'uuid', (c) => c.references('job_roles.id').onDelete('set null'))
    // the machine's state: the server is the single source of truth for the current question
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .addColumn('state_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('completed_at', 'timestamptz')
    .execute()
  await db.schema.createIndex('chat_sessions_candidate_idx').on('chat_sessions').columns(['candidate_id', 'created_at desc']).execute()
  // at most one unfinished resume conversation per candidate
  await db.schema
    .createIndex('chat_sessions_one_active_idx')
    .on('chat_sessions')
    .columns(['candidate_id', 'kind'])
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .execute()

  // one row per processed client turn: the idempotency record (a repeated id returns `result`)
  await db.schema
    .createTable('chat_turns')
    .addColumn('session_id', 'uuid', (c) => c.notNull().references('chat_sessions.id').onDelete('cascade'))
    .addColumn('client_message_id', 'text', (c) => c.notNull())
    .addColumn('result', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('chat_turns_pkey', ['session_id', 'client_message_id'])
    .execute()

  // the per-session outbox: every message and signal, numbered; subscribers replay after lastEventId
  await db.schema
    .createTable('chat_events')
    .addColumn('session_id', 'uuid', (c) => c.notNull().references('chat_sessions.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('chat_events_pkey', ['session_id', 'seq'])
    .execute()

  await db.schema
    .createTable('resumes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('candidate_id', 'uuid', (c) => c.notNull().references('candidates.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('is_current', 'boolean', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('bot', 'upload')`))
    .addColumn('job_type', 'text', (c) => c.notNull())
    .addColumn('role_id', 'uuid', (c) => c.references('job_roles.id').onDelete('set null'))
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('chat_session_id', 'uuid', (c) => c.references('chat_sessions.id').onDelete('set null'))
    .addColumn('source_file_id', 'uuid', (c) => c.references('files.id').onDelete('set null'))
    .addColumn('pdf_file_id', 'uuid', (c) => c.references('files.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('resumes_candidate_version_key', ['candidate_id', 'version'])
    .execute()
  await db.schema
    .createIndex('resumes_one_current_idx')
    .on('resumes')
    .column('candidate_id')
    .unique()
    .where(sql.ref('is_current'), '=', true)
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('resumes').execute()
  await db.schema.dropTable('chat_events').execute()
  await db.schema.dropTable('chat_turns').execute()
  await db.schema.dropTable('chat_sessions').execute()
}
