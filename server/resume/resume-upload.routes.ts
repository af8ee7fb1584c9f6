import type { Express, Request, Response } from 'express'
import { RateLimiterRes } from 'rate-limiter-flexible'
import type { AppServices } from '../app-services'
import { readSessionId } from '../auth/session-cookie'
import { findViewer } from '../auth/session.repo'
import { MAX_UPLOAD_BYTES } from '../storage/file-checks'
import { isAllowedOrigin, readSingleUpload } from '../storage/upload-routes'
import { processResumeUpload, uploadResumeFromProfile, type ResumeUploadResult } from './resume-upload.service'

export const RESUME_UPLOAD_ROUTE = '/uploads/resume'
export const PROFILE_RESUME_UPLOAD_ROUTE = '/uploads/profile-resume'

type Refusal = Extract<ResumeUploadResult, { ok: false }>

/**
 * Resume PDFs, multipart: into the conversation that asked for one (`sessionId` field), or from
 * Profile → Documents (starts an upload conversation). JSON for fetch; a redirect for plain forms.
 */
export function registerResumeUploadRoutes(app: Express, services: AppServices): void {
  const handle = (fromProfile: boolean) => async (req: Request, res: Response) => {
    const html = (req.headers.accept ?? '').includes('text/html')
    const reply = (result: ResumeUploadResult) => {
      res.setHeader('Cache-Control', 'no-store')
      if (html) {
        const flash = result.ok ? 'uploaded' : result.code
        return res.redirect(303, fromProfile && !result.ok ? `/profile?resume=${flash}` : `/resume?upload=${flash}`)
      }
      return result.ok ? res.json(result) : res.status(result.status).json({ ok: false, code: result.code, message: result.message })
    }
    const refuse = (status: number, code: string, message: string): Refusal => ({ ok: false, status, code, message })
    try {
      if (!isAllowedOrigin(services.env, req.headers.origin, req.headers.host)) return reply(refuse(403, 'cross_origin', 'Cross-origin request refused'))
      const sessionId = await readSessionId(services.sessionCookie, req.headers.cookie)
      const viewer = sessionId ? await findViewer(services.db, sessionId, services.now()) : null
      if (viewer?.kind !== 'candidate') return reply(refuse(401, 'unauthenticated', 'Please log in as a candidate to upload your resume.'))
      try {
        await services.limiters.uploadsByUser.consume(viewer.candidateId)
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error
        return reply(refuse(429, 'rate_limited', `Too many uploads. Please try again in ${Math.max(1, Math.ceil(error.msBeforeNext / 60_000))} minutes.`))
      }
      const read = await readSingleUpload(req, { maxBytes: MAX_UPLOAD_BYTES })
      if (!read.ok) {
        if (read.abandoned) res.setHeader('Connection', 'close')
        return reply(refuse(read.code === 'too_large' ? 413 : 400, read.code, read.message))
      }
      const input = { candidateId: viewer.candidateId, bytes: read.file.bytes, originalName: read.file.filename }
      if (fromProfile) return reply(await uploadResumeFromProfile(services, services.resumeExtractor, input))
      const target = read.fields.sessionId ?? ''
      if (!/^[0-9a-f-]{36}$/.test(target)) return reply(refuse(400, 'no_session', 'Upload your resume from the chat on My Resume.'))
      return reply(await processResumeUpload(services, services.resumeExtractor, { ...input, sessionId: target }))
    } catch (error) {
      services.log.error({ err: error }, 'resume upload failed')
      return reply(refuse(500, 'server_error', 'Something went wrong on our side. Please try again.'))
    }
  }
  app.post(RESUME_UPLOAD_ROUTE, handle(false))
  app.post(PROFILE_RESUME_UPLOAD_ROUTE, handle(true))
}
