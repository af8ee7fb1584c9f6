import { sql, type Kysely } from 'kysely'

/**
 * The chat engine serves employers too (the job-posting bot): a session belongs to exactly one
 * candidate or one employer, and may be editing a job. Jobs keep what the bot asks beyond the
 * matching columns (incentive, shift, interview, extra requirements) and the bot's answers, so
 * "Edit" re-opens the bot prefilled.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('chat_sessions').alterColumn('candidate_id', (c) => c.dropNotNull()).execute()
  await db.schema
    .alterTable('chat_sessions')
    .addColumn('employer_id', 'uuid', (c) => c.references('employers.id').onDelete('cascade'))
    .addColumn('job_id', 'uuid', (c) => c.references('jobs.id').onDelete('set null'))
    .execute()
  await db.schema
    .alterTable('chat_sessions')
    .addCheckConstraint('chat_sessions_one_owner', sql`num_nonnulls(candidate_id, employer_id) = 1`)
    .execute()
  await db.schema.createIndex('chat_sessions_employer_idx').on('chat_sessions').columns(['employer_id', 'created_at desc']).where(sql.ref('employer_id'), 'is not', null).execute()

  await db.schema
    .alterTable('jobs')
    .addColumn('incentive_monthly', 'integer', (c) => c.check(sql`incentive_monthly is null or incentive_monthly >= 0`))
    .addColumn('shift', 'text', (c) => c.check(sql`shift is null or shift in ('day', 'night', 'rotational')`))
    .addColumn('vehicle_required', 'text', (c) => c.check(sql`vehicle_required is null or vehicle_required in ('two_wheeler', 'four_wheeler', 'none')`))
    .addColumn('licence_types', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('requires_smartphone', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('real_requirement', 'text')
    .addColumn('interview', 'jsonb')
    .addColumn('posting_answers', 'jsonb')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('jobs')
    .dropColumn('incentive_monthly')
    .dropColumn('shift')
    .dropColumn('vehicle_required')
    .dropColumn('licence_types')
    .dropColumn('requires_smartphone')
    .dropColumn('real_requirement')
    .dropColumn('interview')
    .dropColumn('posting_answers')
    .execute()
  await db.schema.dropIndex('chat_sessions_employer_idx').execute()
  await db.schema.alterTable('chat_sessions').dropConstraint('chat_sessions_one_owner').execute()
  await db.deleteFrom('chat_sessions').where('employer_id', 'is not', null).execute()
  await db.schema.alterTable('chat_sessions').dropColumn('job_id').dropColumn('employer_id').execute()
  await db.schema.alterTable('chat_sessions').alterColumn('candidate_id', (c) => c.setNotNull()).execute()
}
