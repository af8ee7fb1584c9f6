import { createHash } from 'node:crypto'
import type { Express } from 'express'
import type { AppServices } from '../app-services'
import { MAX_PASTED_TEXT } from '../chat/chat-machine'
import { findOwnedSession } from '../chat/chat.repo'
import { sendTurn } from '../chat/chat.service'
import { readPdfText } from '../resume/extraction/pdf-text'
import { cleanOriginalName } from '../storage/files.service'
import { employerUploadHandler, refuseUpload, requireUploadType } from './uploads'
import { jobBotRuntime } from '../jobs/job-bot'

export const JOB_DESCRIPTION_UPLOAD_ROUTE = '/uploads/job-description'

/**
 * A job description as a PDF, into the job-posting conversation waiting for one: read on the
 * shared PDF pool (the employer's own fair queue), then handed to the bot exactly like pasted
 * text. The PDF itself is not kept: its text becomes the description the employer reviews.
 */
export function registerJobBotRoutes(app: Express, services: AppServices): void {
  app.post(
    JOB_DESCRIPTION_UPLOAD_ROUTE,
    employerUploadHandler(services, { htmlReturnTo: '/employer', flashParam: 'jd' }, async ({ employerId, upload, fields }) => {
      const sessionId = fields.sessionId ?? ''
      if (!/^[0-9a-f-]{36}$/.test(sessionId)) refuseUpload(400, 'no_session', 'Upload the job description from the AIVI chat.')
      const owner = { kind: 'employer', employerId } as const
      const session = await findOwnedSession(services.db, owner, sessionId)
      if (!session || session.kind !== 'job') refuseUpload(404, 'not_found', 'This conversation was not found')
      await requireUploadType(upload.bytes, ['application/pdf'])
      const read = await readPdfText(upload.bytes, { owner: `employer:${employerId}` })
      if (!read.ok) {
        const why = read.code === 'no_text' ? 'it looks like a scan with no text' : read.code === 'encrypted' ? 'it is password-protected' : 'we could not read it'
        refuseUpload(422, read.code, `This PDF can't be used (${why}). Paste the job description as text instead.`)
      }
      const text = read.layout.lines.map((l) => l.text.replace(/\t+/g, '  ')).join('\n').slice(0, MAX_PASTED_TEXT)
      const name = cleanOriginalName(upload.filename)
      // the same file sent twice is one turn
      const clientMessageId = `jd-pdf-${createHash('sha256').update(upload.bytes).digest('hex').slice(0, 32)}`
      const result = await sendTurn({ services, owner, runtime: jobBotRuntime }, { sessionId, clientMessageId, event: { type: 'submit_text', text } }, { userText: `Uploaded ${name ?? 'a PDF'}` })
      return { sessionId, accepted: result.accepted }
    }),
  )
}
