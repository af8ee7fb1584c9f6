import type { Queryable } from '../db/database'
import type { FileKind } from '../db/schema'

export const FILE_COLUMNS = ['id', 'candidate_id', 'employer_id', 'kind', 'storage_key', 'mime', 'size_bytes', 'original_name', 'sha256', 'created_at'] as const

export type NewFileRow = {
  id: string
  candidateId: string | null
  employerId: string | null
  kind: FileKind
  storageKey: string
  mime: string
  sizeBytes: number
  originalName: string | null
  sha256: string
}

export async function insertFile(db: Queryable, f: NewFileRow) {
  return db
    .insertInto('files')
    .values({
      id: f.id,
      candidate_id: f.candidateId,
      employer_id: f.employerId,
      kind: f.kind,
      storage_key: f.storageKey,
      mime: f.mime,
      size_bytes: f.sizeBytes,
      original_name: f.originalName,
      sha256: f.sha256,
    })
    .returning([...FILE_COLUMNS])
    .executeTakeFirstOrThrow()
}

/** A live (not deleted) file by id. The caller checks ownership. */
export async function findLiveFile(db: Queryable, id: string) {
  return db.selectFrom('files').select([...FILE_COLUMNS]).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst()
}

export type FileRow = NonNullable<Awaited<ReturnType<typeof findLiveFile>>>

/** Soft delete: the row stays for the audit trail, the bytes are removed by the caller after commit. */
export async function markFileDeleted(db: Queryable, id: string, now: Date) {
  return db
    .updateTable('files')
    .set({ deleted_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .returning(['id', 'storage_key'])
    .executeTakeFirst()
}

/** Hard delete, for files that must leave no trace (a refused or failed upload). Returns the key. */
export async function deleteFileRow(db: Queryable, id: string) {
  return db.deleteFrom('files').where('id', '=', id).returning(['id', 'storage_key']).executeTakeFirst()
}
