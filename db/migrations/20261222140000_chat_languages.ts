import { sql, type Kysely } from 'kysely'

/**
 * The bot in the candidate's language (issue 14 item 3, docs/decisions/016):
 * - `question_templates.translations`: `{ <language>: { <question key>: { label, prompt, options… } } }`
 *   beside the definition, not inside it, so a translation can be corrected or a language added to a
 *   stored template version without a new version (conversations in progress keep their questions
 *   and get the words);
 * - `candidates.locale`: the language the candidate chose (sign-up's Accept-Language first). A
 *   language code, not an enum: adding a language is data (a message file and translations), so
 *   the database takes any short code and the app checks it against the languages it has.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('question_templates')
    .addColumn('translations', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute()
  await db.schema
    .alterTable('candidates')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
    .execute()
  await sql`alter table candidates add constraint candidates_locale_code check (locale ~ '^[a-z]{2,3}$')`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table candidates drop constraint candidates_locale_code`.execute(db)
  await db.schema.alterTable('candidates').dropColumn('locale').execute()
  await db.schema.alterTable('question_templates').dropColumn('translations').execute()
}
