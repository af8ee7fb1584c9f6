import { sql, type Kysely } from 'kysely'

/**
 * Category and role names in the viewer's language (issue 14, decision 018): `translations` is
 * `{ <language code>: <name> }` beside the English `name` (as `question_templates.translations`),
 * so adding a language is a seed change. A name missing in a language reads as the English one.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['job_categories', 'job_roles']) {
    await db.schema
      .alterTable(table)
      .addColumn('translations', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
      .execute()
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['job_categories', 'job_roles']) await db.schema.alterTable(table).dropColumn('translations').execute()
}
