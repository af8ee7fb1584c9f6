import { randomUUID } from 'node:crypto'
import type { AppServices } from '../app-services'
import { loadCandidateFacts } from '../chat/chat-context'
import { parseChatState } from '../chat/chat-machine'
import { findOwnedSession, setSessionUploadFile, type ChatOwner } from '../chat/chat.repo'
import { appendProgress, applyServiceEvent, sendTurn, startOrContinue, type TurnDeps } from '../chat/chat.service'
import { sessionBudget } from '../chat/session-budget'
import { checkUpload, MAX_UPLOAD_BYTES, RESUME_MIME_TYPES } from '../storage/file-checks'
import { cleanOriginalName, removeFile, storeFile } from '../storage/files.service'
import type { ResumeExtractor } from './extraction/resume-extractor'
import { withPdfOwner } from './extraction/pdf-text'
import { findActiveResumeSession, resumeBotRuntime } from './resume-bot'

export type ResumeUploadResult = { ok: true; fileId: string; sessionId: string; found: number } | { ok: false; status: number; code: string; message: string }


function resumeDeps(services: AppServices, candidateId: string): TurnDeps & { owner: ChatOwner } {
  return { services, owner: { kind: 'candidate', candidateId }, runtime: resumeBotRuntime }
}

const refusalStatus = (code: string) => (code === 'too_large' ? 413 : code === 'wrong_type' ? 415 : 400)

/**
 * A resume PDF uploaded into a conversation waiting for one: check it (size, real type), extract
 * (progress events while it runs), store the original, then hand what was found to the bot, which
 * shows it and asks only what is still missing. A file we cannot use becomes the bot's
 * `upload_failed`, which offers to build the resume with the bot instead — and is never stored:
 * refused files (bombs, encrypted, 2 000 pages…) leave neither a row nor bytes.
 */
export async function processResumeUpload(
  services: AppServices,
  extractor: ResumeExtractor,
  input: { candidateId: string; sessionId: string; bytes: Buffer; originalName: string | null },
): Promise<ResumeUploadResult> {
  const deps = resumeDeps(services, input.candidateId)
  const session = await findOwnedSession(services.db, deps.owner, input.sessionId)
  if (!session) return { ok: false, status: 404, code: 'not_found', message: 'This conversation was not found' }
  if (session.status !== 'active' || parseChatState(session.state).step !== 'waiting_upload') {
    return { ok: false, status: 409, code: 'not_waiting', message: 'Choose "Upload PDF" in the chat first.' }
  }

  const check = await checkUpload(input.bytes, { allowed: RESUME_MIME_TYPES, maxBytes: MAX_UPLOAD_BYTES })
  if (!check.ok) {
    await applyServiceEvent(deps, { sessionId: session.id, idempotencyKey: `upload-refused-${randomUUID()}`, event: { type: 'upload_failed', reason: check.message } })
    return { ok: false, status: refusalStatus(check.code), code: check.code, message: check.message }
  }

  const name = cleanOriginalName(input.originalName)
  await appendProgress(deps, session.id, { stage: 'reading', message: 'Reading your PDF…', percent: 15 })
  const facts = await loadCandidateFacts(services.db, input.candidateId)
  // the candidate's own queue in the PDF pool; withPdfOwner also covers extractors that do not pass `owner` on
  const extraction = await withPdfOwner(input.candidateId, () =>
    extractor(input.bytes, { now: services.now(), roleSkills: facts.role.suggestedSkills, owner: input.candidateId }),
  )
  if (!extraction.ok) {
    await applyServiceEvent(deps, {
      sessionId: session.id,
      idempotencyKey: `upload-failed-${randomUUID()}`,
      event: { type: 'upload_failed', reason: extraction.message },
      userText: `Uploaded ${name ?? 'a PDF'}`,
    })
    return { ok: false, status: extraction.code === 'busy' ? 503 : 422, code: extraction.code, message: extraction.message }
  }

  // only a file we could read is kept; if handing it to the conversation fails, it goes again
  const stored = await storeFile(services, { owner: { candidateId: input.candidateId }, kind: 'resume_upload', bytes: input.bytes, mime: check.mime, originalName: name })
  try {
    await setSessionUploadFile(services.db, session.id, stored.id)
    const found = Object.keys(extraction.answers).length
    await appendProgress(deps, session.id, { stage: 'found', message: `Found ${found} details in your resume`, percent: 85 })
    await applyServiceEvent(deps, {
      sessionId: session.id,
      idempotencyKey: `upload-${stored.id}`,
      event: { type: 'upload_result', answers: extraction.answers },
      userText: `Uploaded ${name ?? 'my resume'}`,
    })
    return { ok: true, fileId: stored.id, sessionId: session.id, found }
  } catch (error) {
    await removeFile(services, stored.id)
    throw error
  }
}

/** Profile → Documents: a new upload-mode conversation from the given PDF. */
export async function uploadResumeFromProfile(
  services: AppServices,
  extractor: ResumeExtractor,
  input: { candidateId: string; bytes: Buffer; originalName: string | null },
): Promise<ResumeUploadResult> {
  const deps = resumeDeps(services, input.candidateId)
  // refuse a bad file before anything else: an unfinished conversation must not be thrown away for it
  const check = await checkUpload(input.bytes, { allowed: RESUME_MIME_TYPES, maxBytes: MAX_UPLOAD_BYTES })
  if (!check.ok) return { ok: false, status: refusalStatus(check.code), code: check.code, message: check.message }
  const { sessionId } = await startOrContinue(deps, { discardActive: true }, findActiveResumeSession(deps.owner), sessionBudget(services, deps.owner))
  await sendTurn(deps, { sessionId, clientMessageId: `profile-upload-${sessionId}`, event: { type: 'choose_method', method: 'upload' } })
  return processResumeUpload(services, extractor, { ...input, sessionId })
}
