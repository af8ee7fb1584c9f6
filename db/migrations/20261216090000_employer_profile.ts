import { sql, type Kysely } from 'kysely'

/**
 * The employer profile: a city from the master data (the id; `city_name` already exists and keeps
 * the display name), the company website and a plain-text "about". Industry stays free text in
 * the database; the app offers a short list.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('employers')
    .addColumn('city_id', 'text')
    .addColumn('website', 'text')
    .addColumn('about', 'text')
    .execute()
  // the app checks the same limits; the database keeps them when something else writes
  await sql`alter table employers add constraint employers_about_length check (char_length(about) <= 2000)`.execute(db)
  await sql`alter table employers add constraint employers_website_length check (char_length(website) <= 300)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table employers drop constraint employers_website_length, drop constraint employers_about_length`.execute(db)
  await db.schema.alterTable('employers').dropColumn('about').dropColumn('website').dropColumn('city_id').execute()
}
