import type { Express } from 'express'
import type { AppServices } from '../app-services'
import { candidateUploadHandler, refuseUpload } from './uploads'
import { processResumeUpload, uploadResumeFromProfile, type ResumeUploadResult } from '../resume/resume-upload.service'

export const RESUME_UPLOAD_ROUTE = '/uploads/resume'
export const PROFILE_RESUME_UPLOAD_ROUTE = '/uploads/profile-resume'

function unwrap(result: ResumeUploadResult): Record<string, unknown> {
  if (!result.ok) refuseUpload(result.status, result.code, result.message)
  return { fileId: result.fileId, sessionId: result.sessionId, found: result.found }
}

/**
 * Resume PDFs, multipart: into the conversation that asked for one (`sessionId` field), or from
 * Profile → Documents (starts an upload conversation). Origin, session, rate limit and body
 * limits are the shared upload handler's.
 */
export function registerResumeUploadRoutes(app: Express, services: AppServices): void {
  app.post(
    RESUME_UPLOAD_ROUTE,
    candidateUploadHandler(services, { htmlReturnTo: '/resume', flashParam: 'upload' }, async ({ candidateId, upload, fields }) => {
      const sessionId = fields.sessionId ?? ''
      if (!/^[0-9a-f-]{36}$/.test(sessionId)) refuseUpload(400, 'no_session', 'Upload your resume from the chat on My Resume.')
      return unwrap(await processResumeUpload(services, services.resumeExtractor, { candidateId, sessionId, bytes: upload.bytes, originalName: upload.filename }))
    }),
  )
  app.post(
    PROFILE_RESUME_UPLOAD_ROUTE,
    candidateUploadHandler(services, { htmlReturnTo: '/profile', flashParam: 'resume', htmlSuccessTo: '/resume?upload=saved' }, async ({ candidateId, upload }) =>
      unwrap(await uploadResumeFromProfile(services, services.resumeExtractor, { candidateId, bytes: upload.bytes, originalName: upload.filename })),
    ),
  )
}
