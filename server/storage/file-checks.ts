import { fileTypeFromBuffer } from 'file-type'

/**
 * Upload checks by content, never by file name or the browser's Content-Type (SPEC §3.4, §5.3):
 * emptiness, size, then the real type from magic bytes (file-type).
 */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024
export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp']
export const RESUME_MIME_TYPES = ['application/pdf']
export const LICENCE_MIME_TYPES = ['image/jpeg', 'image/png', 'application/pdf']

export type SniffedType = { mime: string; ext: string }
export type UploadCheck =
  | { ok: true; mime: string; ext: string }
  | { ok: false; code: 'too_large' | 'wrong_type' | 'empty'; message: string }

const LABELS: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'image/heic': 'HEIC',
  'image/heif': 'HEIF',
  'image/avif': 'AVIF',
  'image/bmp': 'BMP',
  'image/tiff': 'TIFF',
  'application/pdf': 'PDF',
  'application/zip': 'ZIP',
  'application/x-msdownload': 'Windows program',
  'application/x-cfb': 'old Microsoft Office (.doc/.xls)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
}

function label(type: SniffedType | string): string {
  const mime = typeof type === 'string' ? type : type.mime
  return LABELS[mime] ?? (typeof type === 'string' ? mime : type.ext.toUpperCase())
}

/** The real type from the first bytes, or null when the content is not a known binary format. */
export async function sniffFile(buf: Uint8Array): Promise<SniffedType | null> {
  if (buf.length === 0) return null
  const type = await fileTypeFromBuffer(buf)
  return type ? { mime: type.mime, ext: type.ext } : null
}

/** `2097152` → `2 MB`, `3565158` → `3.4 MB`, `800` → `1 KB` */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

export async function checkUpload(buf: Uint8Array, opts: { allowed: readonly string[]; maxBytes: number }): Promise<UploadCheck> {
  if (buf.length === 0) return { ok: false, code: 'empty', message: 'This file is empty. Please choose another file.' }
  if (buf.length > opts.maxBytes) {
    // NOTE: say "2 MB" when the file is 2.04 MB, not "2 MB; the limit is 2 MB"
    const size = formatBytes(buf.length) === formatBytes(opts.maxBytes) ? `over ${formatBytes(opts.maxBytes)}` : formatBytes(buf.length)
    return {
      ok: false,
      code: 'too_large',
      message: `This file is ${size}; the limit is ${formatBytes(opts.maxBytes)}. Please choose a smaller file.`,
    }
  }
  const wanted = new Intl.ListFormat('en-IN', { type: 'disjunction' }).format(opts.allowed.map((m) => label(m)))
  const type = await sniffFile(buf)
  if (!type) {
    return { ok: false, code: 'wrong_type', message: `We could not recognise this file's type. Please upload a ${wanted} file.` }
  }
  if (!opts.allowed.includes(type.mime)) {
    return { ok: false, code: 'wrong_type', message: `This file is ${label(type)}, not ${wanted}. Please upload a ${wanted} file.` }
  }
  return { ok: true, mime: type.mime, ext: type.ext }
}
