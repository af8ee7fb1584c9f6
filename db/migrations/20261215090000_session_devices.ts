import { sql, type Kysely } from 'kysely'

/**
 * "Where you're logged in": each session remembers the browser that opened it, a coarse address
 * and when it was last used, and gets a public id — the row id is the cookie's secret part, so
 * pages and procedures name a session by `public_id` instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('sessions')
    .addColumn('public_id', 'uuid', (c) => c.notNull().unique().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_agent', 'text')
    // IPv4 /24 or IPv6 /48 only: enough to recognise a place, not to single out a line
    .addColumn('ip_prefix', 'text')
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`update sessions set last_seen_at = created_at`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('last_seen_at').dropColumn('ip_prefix').dropColumn('user_agent').dropColumn('public_id').execute()
}
