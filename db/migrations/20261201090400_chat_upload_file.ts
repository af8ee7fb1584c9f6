import type { Kysely } from 'kysely'

// The resume PDF a conversation was built from, so the saved resume can point at its original.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('chat_sessions')
    .addColumn('upload_file_id', 'uuid', (c) => c.references('files.id').onDelete('set null'))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('chat_sessions').dropColumn('upload_file_id').execute()
}
