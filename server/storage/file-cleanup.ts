import { sql } from 'kysely'
import type { FileKind } from '../db/schema'
import type { FileServices } from './files.service'

/**
 * Removes orphaned files: bytes nobody can reach and rows nothing points at.
 *
 * What may point at a file (db/migrations, server/db/schema.ts): `candidates.photo_file_id`
 * (profile_photo), `chat_sessions.upload_file_id` and `resumes.source_file_id` (resume_upload),
 * `resumes.pdf_file_id` (resume_pdf), and a chat answer `{ fileKey }` (driving_licence), kept in
 * `chat_sessions.state` and `resumes.data`. So an orphan is:
 *
 * 1. Bytes without a live row: a stored object whose key has no `files` row, or whose row is
 *    deleted. `storeFile` writes the bytes before the row, so an object without any row is only an
 *    orphan once it is older than `bytesGraceMs` (an upload may be between its two steps); a
 *    deleted row's bytes go at once (their removal failed earlier).
 * 2. A live row nothing refers to, older than `rowsGraceMs`: a licence uploaded but never sent as
 *    an answer, an upload whose process died between storing and linking. It is soft-deleted like
 *    every other file (the row stays for the audit trail) and its bytes removed.
 *
 * Left alone: kinds not listed below (a new kind must say what refers to it before it can be
 * collected), and objects whose keys are not shaped like ours. Safe to run on several instances
 * at once: every step is idempotent.
 */

const COLLECTABLE_KINDS: readonly FileKind[] = ['profile_photo', 'resume_upload', 'resume_pdf', 'driving_licence']

export type FileCleanupOptions = {
  now?: Date
  /** objects without a row younger than this are kept (default 1 hour) */
  bytesGraceMs?: number
  /** unreferenced rows younger than this are kept (default 24 hours) */
  rowsGraceMs?: number
}

export type FileCleanupReport = {
  /** rows soft-deleted because nothing referred to them */
  unreferencedRows: string[]
  /** storage keys whose bytes were removed */
  removedKeys: string[]
}

const HOUR = 60 * 60 * 1000

export async function cleanupOrphanFiles(services: FileServices, opts: FileCleanupOptions = {}): Promise<FileCleanupReport> {
  const now = opts.now ?? services.now()
  const rowsCutoff = new Date(now.getTime() - (opts.rowsGraceMs ?? 24 * HOUR))
  const bytesCutoff = new Date(now.getTime() - (opts.bytesGraceMs ?? HOUR))
  const report: FileCleanupReport = { unreferencedRows: [], removedKeys: [] }

  // 2. unreferenced rows → soft-deleted; their bytes go in the sweep below
  const unreferenced = await services.db
    .updateTable('files as f')
    .set({ deleted_at: now })
    .where('f.deleted_at', 'is', null)
    .where('f.created_at', '<', rowsCutoff)
    .where('f.kind', 'in', COLLECTABLE_KINDS)
    .where(({ exists, not, or, selectFrom }) =>
      not(
        or([
          exists(selectFrom('candidates as c').select(sql`1`.as('one')).whereRef('c.photo_file_id', '=', 'f.id')),
          exists(selectFrom('chat_sessions as s').select(sql`1`.as('one')).whereRef('s.upload_file_id', '=', 'f.id')),
          exists(
            selectFrom('resumes as r')
              .select(sql`1`.as('one'))
              .where((r) => r.or([r('r.source_file_id', '=', r.ref('f.id')), r('r.pdf_file_id', '=', r.ref('f.id'))])),
          ),
          // a file answer keeps the id inside the JSON state / resume data of the same candidate
          exists(
            selectFrom('chat_sessions as s')
              .select(sql`1`.as('one'))
              .whereRef('s.candidate_id', '=', 'f.candidate_id')
              .where(sql<boolean>`strpos(s.state::text, f.id::text) > 0`),
          ),
          exists(
            selectFrom('resumes as r')
              .select(sql`1`.as('one'))
              .whereRef('r.candidate_id', '=', 'f.candidate_id')
              .where(sql<boolean>`strpos(r.data::text, f.id::text) > 0`),
          ),
        ]),
      ),
    )
    .returning(['f.id'])
    .execute()
  report.unreferencedRows = unreferenced.map((r) => r.id)

  // 1. bytes without a live row
  for await (const page of services.storage.list()) {
    if (page.length === 0) continue
    const rows = await services.db
      .selectFrom('files')
      .select(['storage_key', 'deleted_at'])
      .where(
        'storage_key',
        'in',
        page.map((o) => o.key),
      )
      .execute()
    const byKey = new Map(rows.map((r) => [r.storage_key, r]))
    for (const object of page) {
      const row = byKey.get(object.key)
      const orphan = row ? row.deleted_at !== null : object.modifiedAt < bytesCutoff
      if (!orphan) continue
      try {
        await services.storage.delete(object.key)
        report.removedKeys.push(object.key)
      } catch (error) {
        services.log.warn({ err: error, storageKey: object.key }, 'orphan bytes not removed')
      }
    }
  }
  return report
}

/**
 * Runs the cleanup now (at boot) and then every `intervalMs` (default 6 hours) on an unref'd
 * timer. Returns `stop`, which cancels the timer and waits for a run in progress (call it before
 * closing the database).
 */
export function startFileCleanup(services: FileServices, opts: FileCleanupOptions & { intervalMs?: number } = {}): () => Promise<void> {
  const { intervalMs = 6 * HOUR, ...cleanupOpts } = opts
  let running: Promise<void> | null = null
  let stopped = false
  const run = () => {
    if (running || stopped) return
    running = cleanupOrphanFiles(services, cleanupOpts)
      .then((report) => {
        if (report.removedKeys.length || report.unreferencedRows.length) {
          services.log.info({ removed: report.removedKeys.length, unreferenced: report.unreferencedRows.length }, 'orphan files cleaned up')
        }
      })
      .catch((error: unknown) => services.log.warn({ err: error }, 'orphan file cleanup failed'))
      .finally(() => {
        running = null
      })
  }
  const first = setTimeout(run, 0)
  first.unref()
  const timer = setInterval(run, intervalMs)
  timer.unref()
  return async () => {
    stopped = true
    clearTimeout(first)
    clearInterval(timer)
    await running
  }
}
