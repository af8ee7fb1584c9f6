import type { Express, Request, Response } from 'express'
import type { AppServices } from '../app-services'
import { findApplicantPhoto, renderApplicantResumePdf } from '../applications/applicants.service'
import { viewerFromCookie } from '../auth/session.repo'
import { isDatabaseUnavailable, DATABASE_UNAVAILABLE_MESSAGE } from '../db/database'
import { sizedPhoto } from './photo-sizes'

export const APPLICANT_RESUME_ROUTE = '/employer/applicants/:applicationId/resume.pdf'
export const APPLICANT_PHOTO_ROUTE = '/employer/applicants/:applicationId/photo'

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * An applicant's resume PDF and photo, for the employer whose job they applied to and nobody
 * else: another employer's applicant, a candidate or a stranger gets the same 404/401 as a
 * missing one. The PDF carries the candidate's phone and email only once shortlisted.
 */
export function registerApplicantFileRoutes(app: Express, services: AppServices): void {
  const employerOf = async (req: Request, res: Response): Promise<string | null> => {
    res.setHeader('Cache-Control', 'private, no-store')
    res.setHeader('X-Content-Type-Options', 'nosniff')
    const viewer = await viewerFromCookie(services, req.headers.cookie)
    if (viewer?.kind !== 'employer') {
      res.status(401).json({ ok: false, code: 'unauthenticated', message: 'Please log in as an employer to see this file.' })
      return null
    }
    return viewer.employerId
  }
  const notFound = (res: Response) => res.status(404).json({ ok: false, code: 'not_found', message: 'We could not find this applicant among your jobs.' })
  const failed = (req: Request, res: Response, error: unknown) => {
    if (isDatabaseUnavailable(error)) return res.status(503).set('Retry-After', '5').json({ ok: false, code: 'unavailable', message: DATABASE_UNAVAILABLE_MESSAGE })
    services.log.error({ err: error, path: req.path }, 'applicant file failed')
    return res.status(500).json({ ok: false, code: 'server_error', message: 'Something went wrong on our side. Please try again.' })
  }

  app.get(APPLICANT_RESUME_ROUTE, async (req, res) => {
    try {
      const employerId = await employerOf(req, res)
      if (!employerId) return
      if (!UUID_RE.test(req.params.applicationId)) return notFound(res)
      const found = await renderApplicantResumePdf(services.db, employerId, req.params.applicationId, services.now())
      if (!found) return notFound(res)
      const stem = found.name.replace(/[^A-Za-z0-9 _-]/g, '').trim().replace(/\s+/g, '-') || 'applicant'
      res.setHeader('Content-Type', 'application/pdf')
      res.setHeader('Content-Length', String(found.pdf.byteLength))
      res.setHeader('Content-Disposition', `attachment; filename="${stem}-resume.pdf"`)
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox")
      return res.end(req.method === 'HEAD' ? undefined : Buffer.from(found.pdf))
    } catch (error) {
      return failed(req, res, error)
    }
  })

  app.get(APPLICANT_PHOTO_ROUTE, async (req, res) => {
    try {
      const employerId = await employerOf(req, res)
      if (!employerId) return
      if (!UUID_RE.test(req.params.applicationId)) return notFound(res)
      const file = await findApplicantPhoto(services.db, employerId, req.params.applicationId)
      if (!file) return notFound(res)
      const sized = await sizedPhoto(req, res, { kind: 'profile_photo', mime: file.mime }, await services.storage.get(file.storage_key))
      if (!sized) return
      const { bytes } = sized
      res.setHeader('Content-Type', sized.mime)
      res.setHeader('Content-Length', String(bytes.length))
      res.setHeader('Content-Disposition', 'inline')
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox")
      return res.end(req.method === 'HEAD' ? undefined : bytes)
    } catch (error) {
      return failed(req, res, error)
    }
  })
}
