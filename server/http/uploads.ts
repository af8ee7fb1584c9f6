import type { IncomingMessage } from 'node:http'
import busboy from 'busboy'
import type { Express, Request, Response } from 'express'
import { RateLimiterRes } from 'rate-limiter-flexible'
import sharp from 'sharp'
import type { AppServices } from '../app-services'
import { viewerFromCookie, type Viewer } from '../auth/session.repo'
import { updateCandidate } from '../candidate/candidate.repo'
import { checkUpload, LICENCE_MIME_TYPES, MAX_UPLOAD_BYTES, PHOTO_MIME_TYPES } from '../storage/file-checks'
import { markFileDeleted } from '../storage/files.repo'
import { readOwnedFile, removeFile, storeFile } from '../storage/files.service'
import { ImageRejectedError, MAX_INPUT_PIXELS, PROFILE_PHOTO_MIME, reencodeProfilePhoto } from '../storage/image'
import { sizedPhoto } from './photo-sizes'
import { isAllowedOrigin } from '../auth/origin'

/*
 * Multipart uploads and authorised downloads, as plain Express routes beside tRPC (tRPC carries
 * JSON; files stream better as multipart). Same session cookie, same Origin rule as tRPC.
 *
 * Responses: JSON `{ ok: true, … }` / `{ ok: false, code, message }` for fetch callers; a browser
 * form post without JavaScript (Accept: text/html) is redirected back to the page with a flash
 * code in the query string instead.
 */

// ───────────────────────── reusable multipart reading ─────────────────────────

export type UploadedFile = { bytes: Buffer; filename: string | null; declaredMime: string; fieldName: string }

export type UploadReadError = {
  ok: false
  code: 'not_multipart' | 'no_file' | 'too_large' | 'too_many_files' | 'malformed'
  message: string
  /** the body was not read to its end: the response must close the connection */
  abandoned?: boolean
}
export type UploadReadResult = { ok: true; file: UploadedFile; fields: Record<string, string> } | UploadReadError

const hardCapFor = (maxBytes: number) => maxBytes * 4 + 1024 * 1024
const HARD_CAP_BYTES = hardCapFor(MAX_UPLOAD_BYTES)

const TOO_LARGE = (maxBytes: number): UploadReadError => ({
  ok: false,
  code: 'too_large',
  message: `This file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Please choose a smaller file.`,
})

/**
 * Reads exactly one file part (plus a few small text fields) into memory.
 * - The file is capped at `maxBytes` (busboy is told `maxBytes + 1` so "exactly at the limit"
 *   passes and "one byte over" is detected as truncation).
 * - A body far over the limit is not read to its end: after `hardCapBytes` the parser stops and
 *   the caller closes the connection (`abandoned`), so nobody can stream gigabytes at us.
 * The caller checks the real type of the bytes; `declaredMime` is the browser's claim only.
 */
export function readSingleUpload(req: IncomingMessage, opts: { maxBytes: number; hardCapBytes?: number }): Promise<UploadReadResult> {
  const hardCap = opts.hardCapBytes ?? hardCapFor(opts.maxBytes)
  return new Promise((resolve) => {
    let settled = false
    const finish = (result: UploadReadResult) => {
      if (settled) return
      settled = true
      resolve(result)
    }

    if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) {
      finish({ ok: false, code: 'not_multipart', message: 'Send the file as multipart/form-data.' })
      req.resume()
      return
    }
    const declaredLength = Number(req.headers['content-length'] ?? '0')
    if (declaredLength > hardCap) {
      finish({ ...TOO_LARGE(opts.maxBytes), abandoned: true })
      return
    }

    let bb: busboy.Busboy
    try {
      bb = busboy({
        headers: req.headers,
        // NOTE: busboy decodes file names as latin1 by default, garbling "résumé.pdf" and Hindi
        // names; browsers send them as UTF-8
        defParamCharset: 'utf8',
        limits: { fileSize: opts.maxBytes + 1, files: 1, fields: 10, fieldSize: 2048, fieldNameSize: 100, parts: 12, headerPairs: 50 },
      })
    } catch {
      finish({ ok: false, code: 'malformed', message: 'The upload could not be read. Please try again.' })
      req.resume()
      return
    }

    let file: UploadedFile | null = null
    let truncated = false
    let extraFiles = false
    const fields: Record<string, string> = {}

    bb.on('file', (fieldName, stream, info) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('limit', () => {
        truncated = true
        chunks.length = 0
      })
      stream.on('end', () => {
        if (!truncated) file = { bytes: Buffer.concat(chunks), filename: info.filename ?? null, declaredMime: info.mimeType, fieldName }
      })
    })
    bb.on('field', (name, value) => {
      fields[name] = value
    })
    bb.on('filesLimit', () => {
      extraFiles = true
    })
    bb.on('error', () => finish({ ok: false, code: 'malformed', message: 'The upload could not be read. Please try again.' }))
    bb.on('close', () => {
      if (truncated) return finish(TOO_LARGE(opts.maxBytes))
      if (extraFiles) return finish({ ok: false, code: 'too_many_files', message: 'Please upload one file at a time.' })
      if (!file) return finish({ ok: false, code: 'no_file', message: 'Please choose a file to upload.' })
      finish({ ok: true, file, fields })
    })

    let received = 0
    const onData = (chunk: Buffer) => {
      received += chunk.length
      if (received > hardCap) {
        req.off('data', onData)
        req.unpipe(bb)
        bb.destroy()
        finish({ ...TOO_LARGE(opts.maxBytes), abandoned: true })
      }
    }
    req.on('data', onData)
    req.on('close', () => {
      if (!req.complete) finish({ ok: false, code: 'malformed', message: 'The upload was interrupted. Please try again.', abandoned: true })
    })
    req.pipe(bb)
  })
}

// ───────────────────────────── request plumbing ─────────────────────────────

type Failure = { status: number; code: string; message: string }

class UploadFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message)
  }
}
/** Ends an upload handler with `{ ok: false, code, message }` (or the no-JS redirect). */
export function refuseUpload(status: number, code: string, message: string): never {
  throw new UploadFailure({ status, code, message })
}
const fail = refuseUpload


function viewerOf(services: AppServices, req: Request): Promise<Viewer | null> {
  return viewerFromCookie(services, req.headers.cookie)
}

/** A plain HTML form post (no JavaScript) wants a page back, not JSON. */
function wantsHtml(req: Request): boolean {
  const accept = req.headers.accept ?? ''
  return accept.includes('text/html') && !accept.includes('application/json')
}

async function requireUploader<K extends Viewer['kind']>(services: AppServices, req: Request, kind: K): Promise<Extract<Viewer, { kind: K }>> {
  const site = req.headers['sec-fetch-site']
  if (!isAllowedOrigin(services.env, req.headers.origin, req.headers.host, site) || site === 'cross-site') {
    fail(403, 'cross_origin', 'Cross-origin request refused')
  }
  const viewer = await viewerOf(services, req)
  if (viewer?.kind !== kind) return fail(401, 'unauthenticated', `Please log in as ${kind === 'candidate' ? 'a candidate' : 'an employer'} to upload files.`)
  const uploader = viewer as Extract<Viewer, { kind: K }>
  const v: Viewer = uploader
  try {
    await services.limiters.uploadsByUser.consume(v.kind === 'candidate' ? v.candidateId : `e:${v.employerId}`)
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error
    const minutes = Math.max(1, Math.ceil(error.msBeforeNext / 60_000))
    fail(429, 'rate_limited', `Too many uploads. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`)
  }
  return uploader
}

async function readOrFail(req: Request, res: Response, maxBytes: number): Promise<{ file: UploadedFile; fields: Record<string, string> }> {
  const read = await readSingleUpload(req, { maxBytes })
  if (read.ok) return { file: read.file, fields: read.fields }
  if (read.abandoned) res.setHeader('Connection', 'close')
  const status = read.code === 'too_large' ? 413 : read.code === 'not_multipart' ? 415 : 400
  return fail(status, read.code, read.message)
}

/** The real type by magic bytes and the 2 MB limit, or a 413/415/400 refusal. */
export async function requireUploadType(bytes: Buffer, allowed: readonly string[]) {
  const check = await checkUpload(bytes, { allowed, maxBytes: MAX_UPLOAD_BYTES })
  if (check.ok) return check
  return fail(check.code === 'too_large' ? 413 : check.code === 'wrong_type' ? 415 : 400, check.code, check.message)
}

function imageFailure(error: unknown): never {
  if (error instanceof ImageRejectedError) {
    fail(error.code === 'too_many_pixels' ? 413 : error.code === 'unsupported' ? 415 : 400, error.code, error.message)
  }
  throw error
}

export type CandidateUpload = { candidateId: string; upload: UploadedFile; fields: Record<string, string>; req: Request; res: Response }
export type EmployerUpload = { employerId: string; upload: UploadedFile; fields: Record<string, string>; req: Request; res: Response }

/**
 * An Express handler for one candidate upload kind: Origin check, candidate session, rate limit,
 * one multipart file of at most `maxBytes`, then `handle`. Answers JSON for fetch callers or, for
 * a form posted without JavaScript, a 303 back to `htmlReturnTo?<flashParam>=saved|<error code>`.
 * `handle` refuses with `refuseUpload` / `requireUploadType`; it returns the JSON body's extras.
 */
type UploadOptions = {
  /** no-JS form posts: success goes to `htmlSuccessTo` (default `htmlReturnTo`), refusals back to `htmlReturnTo` */
  htmlReturnTo: string
  flashParam: string
  htmlSuccessTo?: string
  maxBytes?: number
}

export function candidateUploadHandler(services: AppServices, opts: UploadOptions, handle: (ctx: CandidateUpload) => Promise<Record<string, unknown>>) {
  return uploadHandler(services, opts, async (req, res, read) => {
    const viewer = await requireUploader(services, req, 'candidate')
    const { file: upload, fields } = await read()
    return handle({ candidateId: viewer.candidateId, upload, fields, req, res })
  })
}

/** The same for an employer's upload (a job description as a PDF). */
export function employerUploadHandler(services: AppServices, opts: UploadOptions, handle: (ctx: EmployerUpload) => Promise<Record<string, unknown>>) {
  return uploadHandler(services, opts, async (req, res, read) => {
    const viewer = await requireUploader(services, req, 'employer')
    const { file: upload, fields } = await read()
    return handle({ employerId: viewer.employerId, upload, fields, req, res })
  })
}

function uploadHandler(
  services: AppServices,
  opts: UploadOptions,
  run: (req: Request, res: Response, read: () => Promise<{ file: UploadedFile; fields: Record<string, string> }>) => Promise<Record<string, unknown>>,
) {
  return async (req: Request, res: Response) => {
    const html = wantsHtml(req)
    try {
      const body = await run(req, res, () => readOrFail(req, res, opts.maxBytes ?? MAX_UPLOAD_BYTES))
      if (html) return res.redirect(303, opts.htmlSuccessTo ?? `${opts.htmlReturnTo}?${opts.flashParam}=saved`)
      res.setHeader('Cache-Control', 'no-store')
      return res.json({ ok: true, ...body })
    } catch (error) {
      let failure: Failure
      if (error instanceof UploadFailure) {
        failure = error.failure
      } else {
        services.log.error({ err: error, path: req.path }, 'upload failed')
        failure = { status: 500, code: 'server_error', message: 'Something went wrong on our side. Please try again.' }
      }
      if (!req.complete) {
        // a refused body is drained so the browser gets to read our answer; a huge one is cut off
        if (Number(req.headers['content-length'] ?? '0') > HARD_CAP_BYTES) res.setHeader('Connection', 'close')
        if (res.getHeader('Connection') !== 'close') req.resume()
      }
      if (html) {
        const to = failure.code === 'unauthenticated' ? `/login?redirectTo=${encodeURIComponent(opts.htmlReturnTo)}` : `${opts.htmlReturnTo}?${opts.flashParam}=${failure.code}`
        return res.redirect(303, to)
      }
      res.setHeader('Cache-Control', 'no-store')
      return res.status(failure.status).json({ ok: false, code: failure.code, message: failure.message })
    }
  }
}

/** Driving licences keep their format, but photos from phones lose EXIF (GPS!) like profile photos. */
async function stripImageMetadata(bytes: Buffer, mime: string): Promise<Buffer> {
  try {
    const img = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'warning' }).autoOrient()
    if (mime === 'image/png') return await img.png().toBuffer()
    // NOTE: a photo the browser already compressed (a phone camera's, shrunk to fit the limit) grows
    // when re-encoded at a fixed high quality, past the limit the chat then refuses; the stored copy
    // is never bigger than what was uploaded
    let best: Buffer | null = null
    for (const quality of [90, 80, 70, 60, 50, 40]) {
      const out = await img.clone().jpeg({ quality }).toBuffer()
      if (!best || out.length < best.length) best = out
      if (out.length <= bytes.length) break
    }
    return best as Buffer
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      return fail(413, 'too_many_pixels', 'This image has too many pixels. Please choose a smaller image.')
    }
    return fail(400, 'corrupt', 'This image could not be read. Please choose another file.')
  }
}

// ───────────────────────────────── routes ─────────────────────────────────

export const PROFILE_PHOTO_ROUTE = '/uploads/profile-photo'
export const DRIVING_LICENCE_ROUTE = '/uploads/driving-licence'

export function fileUrl(fileId: string): string {
  return `/files/${fileId}`
}

/** Replaces the candidate's photo: the new file is stored first, the old one removed after commit. */
async function saveProfilePhoto(services: AppServices, candidateId: string, upload: UploadedFile) {
  await requireUploadType(upload.bytes, PHOTO_MIME_TYPES)
  const clean = await reencodeProfilePhoto(upload.bytes).catch(imageFailure)
  const stored = await storeFile(services, { owner: { candidateId }, kind: 'profile_photo', bytes: clean, mime: PROFILE_PHOTO_MIME, originalName: upload.filename })
  let oldKey: string | null = null
  try {
    await services.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('candidates').select(['photo_file_id']).where('id', '=', candidateId).forUpdate().executeTakeFirstOrThrow()
      await updateCandidate(trx, candidateId, { photo_file_id: stored.id })
      if (current.photo_file_id) oldKey = (await markFileDeleted(trx, current.photo_file_id, services.now()))?.storage_key ?? null
    })
  } catch (error) {
    // a failed upload leaves nothing behind
    await removeFile(services, stored.id)
    throw error
  }
  if (oldKey) await services.storage.delete(oldKey).catch((err: unknown) => services.log.warn({ err }, 'old profile photo bytes not removed'))
  return stored
}

export function registerUploadRoutes(app: Express, services: AppServices): void {
  app.post(
    PROFILE_PHOTO_ROUTE,
    candidateUploadHandler(services, { htmlReturnTo: '/profile', flashParam: 'photo' }, async ({ candidateId, upload }) => {
      const stored = await saveProfilePhoto(services, candidateId, upload)
      return { photoUrl: fileUrl(stored.id) }
    }),
  )

  app.post(
    DRIVING_LICENCE_ROUTE,
    candidateUploadHandler(services, { htmlReturnTo: '/resume', flashParam: 'licence' }, async ({ candidateId, upload }) => {
      const check = await requireUploadType(upload.bytes, LICENCE_MIME_TYPES)
      const bytes = check.mime === 'application/pdf' ? upload.bytes : await stripImageMetadata(upload.bytes, check.mime)
      const stored = await storeFile(services, { owner: { candidateId }, kind: 'driving_licence', bytes, mime: check.mime, originalName: upload.filename })
      return { fileId: stored.id, mime: stored.mime, sizeBytes: stored.sizeBytes }
    }),
  )

  app.get('/files/:id', async (req, res) => {
    res.setHeader('Cache-Control', 'private, no-store')
    res.setHeader('X-Content-Type-Options', 'nosniff')
    try {
      const viewer = await viewerOf(services, req)
      if (!viewer) return res.status(401).json({ ok: false, code: 'unauthenticated', message: 'Please log in to see this file.' })
      const found = await readOwnedFile(services, viewer, req.params.id)
      if (!found) return res.status(404).json({ ok: false, code: 'not_found', message: 'File not found.' })
      const { file } = found
      const sized = await sizedPhoto(req, res, file, found.bytes)
      if (!sized) return
      const { bytes } = sized
      const inline = file.mime.startsWith('image/')
      const name = downloadName(file.original_name, file.kind, file.mime)
      res.setHeader('Content-Type', sized.mime)
      res.setHeader('Content-Length', String(bytes.length))
      res.setHeader('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename="${name.ascii}"; filename*=UTF-8''${name.encoded}`)
      // a stored file is never a page: no scripts, no plugins, even if opened directly
      res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
      return res.end(req.method === 'HEAD' ? undefined : bytes)
    } catch (error) {
      services.log.error({ err: error, path: req.path }, 'file download failed')
      return res.status(500).json({ ok: false, code: 'server_error', message: 'Something went wrong on our side. Please try again.' })
    }
  })
}

const DEFAULT_NAMES: Record<string, string> = {
  profile_photo: 'profile-photo',
  resume_upload: 'resume',
  resume_pdf: 'resume',
  driving_licence: 'driving-licence',
}
const EXT: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/webp': '.webp', 'application/pdf': '.pdf' }

/** RFC 6266 filename (ASCII fallback) and filename* (UTF-8), extension matching what we serve. */
function downloadName(original: string | null, kind: string, mime: string): { ascii: string; encoded: string } {
  const ext = EXT[mime] ?? ''
  const stem = (original ?? DEFAULT_NAMES[kind] ?? 'file').replace(/\.[^.]*$/, '').trim() || 'file'
  const full = `${stem}${ext}`
  const ascii = full.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  const encoded = encodeURIComponent(full).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return { ascii, encoded }
}
