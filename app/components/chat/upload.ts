/**
 * Files from the chat: checked in the browser first (the wrong file should not cost a phone user
 * a 2 MB upload), then posted as multipart to the upload routes. The server checks again by magic
 * bytes with `file-type`; this is only the early, friendly refusal.
 */
import type { TFunction } from 'i18next'

export const MIME_NAMES: Record<string, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPG', 'application/pdf': 'PDF' }

/**
 * Leading bytes of the three types the chat accepts, and of the files people most often pick by
 * mistake (so the refusal can say what the file really is). NOTE: hand-written rather than
 * `file-type` in the browser bundle: a few fixed signatures, and the server runs `file-type` on
 * every upload anyway.
 */
const SIGNATURES: Array<{ mime: string; bytes: number[] }> = [
  { mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mime: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mime: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  // .docx, .xlsx, .pptx and .zip are all ZIP containers
  { mime: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  // .doc, .xls (old Office)
  { mime: 'application/x-cfb', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
]

/** What a refused file really is, in words a candidate recognises: its key under `chat:file.found`. */
const FOUND_KEYS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'application/x-cfb': 'doc',
}

export function sniffMime(head: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => head[i] === b))?.mime ?? null
}

/** The accepted types' short names ("PNG", "JPG", "PDF"); the picker joins them in the page's language. */
export function acceptNames(accept: readonly string[]): string[] {
  return accept.map((t) => MIME_NAMES[t] ?? t)
}

/** "PNG, JPG or PDF" in the page's language (`t` of the chat namespace) */
export function describeAccept(accept: readonly string[], t: TFunction): string {
  const names = acceptNames(accept)
  return names.length <= 1 ? names.join('') : t('file.or', { list: names.slice(0, -1).join(', '), last: names[names.length - 1] })
}

export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1_000_000
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`
}

export type FileCheck = { ok: true; mime: string } | { ok: false; message: string }

/** Size, emptiness and real type (magic bytes) of a chosen file; the refusal in the page's language (`t` of the chat namespace). */
export function checkFileBytes(head: Uint8Array, size: number, rules: { accept: readonly string[]; maxBytes: number }, t: TFunction): FileCheck {
  if (size === 0) return { ok: false, message: t('file.empty') }
  if (size > rules.maxBytes) return { ok: false, message: t('file.tooBig', { size: formatMegabytes(size), limit: formatMegabytes(rules.maxBytes) }) }
  const mime = sniffMime(head)
  if (mime && rules.accept.includes(mime)) return { ok: true, mime }
  const types = describeAccept(rules.accept, t)
  const found = mime ? FOUND_KEYS[mime] : undefined
  return { ok: false, message: found ? t('file.wrongType', { found: t(`file.found.${found}`), types }) : t('file.chooseType', { types }) }
}

export async function checkFile(file: File, rules: { accept: readonly string[]; maxBytes: number }, t: TFunction): Promise<FileCheck> {
  if (file.size > rules.maxBytes || file.size === 0) return checkFileBytes(new Uint8Array(0), file.size, rules, t)
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer())
  return checkFileBytes(head, file.size, rules, t)
}

/** A refusal carries the server's sentence, or none (network, proxy): the picker then says it by `code`. */
export type UploadResponse = { ok: true; body: Record<string, unknown> } | { ok: false; code: string; message: string | null }

/**
 * Multipart POST with upload progress (fetch cannot report it; on 3G a 2 MB file takes a while).
 * Text fields go before the file so the server reads them first.
 */
export function uploadMultipart(
  url: string,
  fields: Record<string, string>,
  file: File,
  onProgress?: (percent: number) => void,
  signal?: AbortSignal,
): Promise<UploadResponse> {
  return new Promise((resolve) => {
    const form = new FormData()
    for (const [name, value] of Object.entries(fields)) form.append(name, value)
    form.append('file', file, file.name)
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    // JSON back (not the no-JavaScript redirect)
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.responseType = 'text'
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(Math.round((e.loaded / e.total) * 100))
    }
    xhr.onload = () => {
      let body: unknown = null
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        body = null
      }
      const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
      if (xhr.status >= 200 && xhr.status < 300 && record.ok === true) return resolve({ ok: true, body: record })
      resolve({ ok: false, code: typeof record.code === 'string' ? record.code : `http_${xhr.status}`, message: typeof record.message === 'string' ? record.message : null })
    }
    xhr.onerror = () => resolve({ ok: false, code: 'network', message: null })
    xhr.onabort = () => resolve({ ok: false, code: 'aborted', message: null })
    signal?.addEventListener('abort', () => xhr.abort(), { once: true })
    xhr.send(form)
  })
}

const SHRINKABLE = new Set(['image/jpeg', 'image/png'])

/** An image this picker may shrink before it checks the size: a JPG/PNG the question accepts. */
export function canShrink(mime: string | null, accept: readonly string[]): boolean {
  return mime !== null && SHRINKABLE.has(mime) && accept.includes(mime) && accept.includes('image/jpeg')
}

/**
 * A phone-camera photo (4–12 MB, 12+ megapixels) made small enough for the route's limit: resized
 * to at most 2 400 px on its long side and re-encoded as JPEG until it fits 90 % of `maxBytes`.
 * The server's limit stays; a licence stays readable at that size. NOTE: `useWebWorker` is off:
 * the library's worker loads its own copy from a CDN, which the CSP (and an offline phone) refuse.
 */
export async function shrinkImage(file: File, maxBytes: number): Promise<File> {
  const { default: imageCompression } = await import('browser-image-compression')
  const target = maxBytes * 0.9
  let out: Blob = file
  // the library gives its best after a few quality steps; a very detailed (noisy, low-light) photo
  // may still be over, so the long side comes down until it fits
  for (const side of [2400, 1800, 1280]) {
    out = await imageCompression(file, { maxSizeMB: target / (1024 * 1024), maxWidthOrHeight: side, fileType: 'image/jpeg', initialQuality: 0.85, useWebWorker: false })
    if (out.size <= target) break
  }
  const name = `${file.name.replace(/\.[^.]+$/, '') || 'photo'}.jpg`
  return new File([out], name, { type: 'image/jpeg', lastModified: Date.now() })
}
