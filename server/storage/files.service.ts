import { createHash, randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { AppServices } from '../app-services'
import type { Viewer } from '../auth/session.repo'
import type { Queryable } from '../db/database'
import type { FileKind } from '../db/schema'
import { deleteFileRow, findLiveFile, insertFile, markFileDeleted, type FileRow } from './files.repo'

/**
 * Uploaded and generated files: bytes in the storage layer (local disk or S3), one `files` row
 * each. Every read goes through `readOwnedFile`, which is the only place that decides who may
 * see a file.
 */
export type FileOwner = { candidateId: string } | { employerId: string }
export type StoredFile = { id: string; kind: FileKind; mime: string; sizeBytes: number }
export type FileServices = Pick<AppServices, 'db' | 'storage' | 'log' | 'now'>

// Storage keys are built from these, never from the uploaded name.
const EXT_BY_MIME: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
}

export function extensionForMime(mime: string): string {
  return EXT_BY_MIME[mime] ?? 'bin'
}

const MAX_NAME_CHARS = 200

/**
 * The uploaded name is kept only for display/download: Unicode NFC (a Hindi or accented name as
 * typed), no path, no control or bidirectional-override characters (they can disguise "fdp.exe"
 * as "exe.pdf"), no quotes, at most 200 characters with the extension kept.
 */
export function cleanOriginalName(name: string | null | undefined): string | null {
  if (!name) return null
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069"]/g, '').trim()
  const chars = Array.from(clean) // code points: a cut never splits a surrogate pair
  if (chars.length > MAX_NAME_CHARS) {
    const dot = clean.lastIndexOf('.')
    const ext = dot > 0 && clean.length - dot <= 10 ? Array.from(clean.slice(dot)) : []
    return [...chars.slice(0, MAX_NAME_CHARS - ext.length), ...ext].join('').trim() || null
  }
  return clean === '' || /^\.+$/.test(clean) ? null : clean
}

/**
 * Writes the bytes FIRST, then the row: a row never points at missing bytes. If the row cannot be
 * written the bytes are removed again, so a failure leaves nothing behind.
 */
export async function storeFile(
  services: FileServices,
  input: { owner: FileOwner; kind: FileKind; bytes: Buffer; mime: string; originalName?: string | null },
  db: Queryable = services.db,
): Promise<StoredFile> {
  const id = randomUUID()
  const storageKey = `${input.kind}/${id}.${extensionForMime(input.mime)}`
  await services.storage.put(storageKey, input.bytes, input.mime)
  try {
    const row = await insertFile(db, {
      id,
      candidateId: 'candidateId' in input.owner ? input.owner.candidateId : null,
      employerId: 'employerId' in input.owner ? input.owner.employerId : null,
      kind: input.kind,
      storageKey,
      mime: input.mime,
      sizeBytes: input.bytes.length,
      originalName: cleanOriginalName(input.originalName),
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
    })
    return { id: row.id, kind: row.kind, mime: row.mime, sizeBytes: row.size_bytes }
  } catch (error) {
    await removeBytes(services, storageKey)
    throw error
  }
}

/**
 * Removes a file completely — row and bytes — for uploads that were refused or failed after
 * storing: they must leave nothing behind. (Bytes that cannot be removed now are orphans that
 * `cleanupOrphanFiles` removes later.)
 */
export async function removeFile(services: FileServices, fileId: string, db: Queryable = services.db): Promise<void> {
  const gone = await deleteFileRow(db, fileId)
  if (gone) await removeBytes(services, gone.storage_key)
}

/** Soft-deletes the row and removes the bytes (best effort: a leftover object is only garbage). */
export async function discardFile(services: FileServices, fileId: string, db: Queryable = services.db): Promise<void> {
  const gone = await markFileDeleted(db, fileId, services.now())
  if (gone) await removeBytes(services, gone.storage_key)
}

async function removeBytes(services: FileServices, storageKey: string): Promise<void> {
  try {
    await services.storage.delete(storageKey)
  } catch (error) {
    services.log.warn({ err: error, storageKey }, 'could not remove stored bytes')
  }
}

/** Who may read a file. Employers never read candidate files in this phase. */
export function canRead(viewer: Viewer | null, file: Pick<FileRow, 'candidate_id' | 'employer_id'>): boolean {
  if (!viewer) return false
  if (viewer.kind === 'candidate') return file.candidate_id !== null && file.candidate_id === viewer.candidateId
  return file.employer_id !== null && file.employer_id === viewer.employerId
}

const zFileId = z.string().uuid()

/**
 * The file and its bytes when `viewer` may read it; `null` otherwise. Unknown ids, deleted files
 * and other people's files all look the same, so nobody learns that a file exists.
 */
export async function readOwnedFile(services: FileServices, viewer: Viewer | null, fileId: string): Promise<{ file: FileRow; bytes: Buffer } | null> {
  if (!viewer || !zFileId.safeParse(fileId).success) return null
  const file = await findLiveFile(services.db, fileId)
  if (!file || !canRead(viewer, file)) return null
  return { file, bytes: await services.storage.get(file.storage_key) }
}
