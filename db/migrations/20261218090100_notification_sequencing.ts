import { sql, type Kysely } from 'kysely'

/**
 * Notifications are numbered after the change that wrote them has committed, not inside it: a
 * per-recipient lock held to commit would make every applicant of a busy job wait for the one
 * before them (one disk flush each). A row is written with `seq` null in the change's
 * transaction; a short transaction right after numbers all of the recipient's pending rows at
 * once (server/notifications/notifications.repo.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notifications').alterColumn('seq', (c) => c.dropNotNull()).execute()
  await sql`create index notifications_candidate_pending_idx on notifications (candidate_id) where candidate_id is not null and seq is null`.execute(db)
  await sql`create index notifications_employer_pending_idx on notifications (employer_id) where employer_id is not null and seq is null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists notifications_employer_pending_idx`.execute(db)
  await sql`drop index if exists notifications_candidate_pending_idx`.execute(db)
  await db.deleteFrom('notifications').where('seq', 'is', null).execute()
  await db.schema.alterTable('notifications').alterColumn('seq', (c) => c.setNotNull()).execute()
}
