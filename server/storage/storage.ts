import { Readable } from 'node:stream'

export type StoredObject = { key: string; modifiedAt: Date }

/** One storage layer: local disk by default, S3 when configured. Keys are opaque, never user input. */
export interface FileStorage {
  put(key: string, body: Buffer | Uint8Array, contentType: string): Promise<void>
  get(key: string): Promise<Buffer>
  delete(key: string): Promise<void>
  /** every stored object, in pages (for the orphan cleanup) */
  list(): AsyncIterable<StoredObject[]>
}

export async function streamToBuffer(body: Readable | ReadableStream | Blob | AsyncIterable<Uint8Array>): Promise<Buffer> {
  if (body instanceof Blob) return Buffer.from(await body.arrayBuffer())
  const chunks: Buffer[] = []
  for await (const chunk of body as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks)
}

export const STORAGE_KEY_RE = /^[a-z0-9_-]+(\/[a-zA-Z0-9_.-]+)+$/

/** Keys are ours (kind/uuid.ext), never user input; still, refuse anything that could climb out of the folder. */
export function assertStorageKey(key: string): string {
  if (!STORAGE_KEY_RE.test(key) || key.split('/').some((segment) => /^\.+$/.test(segment))) throw new Error('invalid storage key')
  return key
}
