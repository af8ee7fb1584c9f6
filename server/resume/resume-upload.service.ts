import type { AppServices } from '../app-services'
import { loadCandidateFacts } from '../chat/chat-context'
import { parseChatState } from '../chat/chat-machine'
import { findOwnedSession } from '../chat/chat.repo'
import { appendProgress, applyServiceEvent, sendTurn, startOrContinue } from '../chat/chat.service'
import { checkUpload, MAX_UPLOAD_BYTES, RESUME_MIME_TYPES } from '../storage/file-checks'
import { storeFile } from '../storage/files.service'
import { extractResume, type ExtractionResult } from './extraction/extract'

export type ResumeUploadResult = { ok: true; fileId: string; sessionId: string; found: number } | { ok: false; status: number; code: string; message: string }

/** Extraction with the LLM pass when configured; the offline result is always the fallback. */
export type ResumeExtractor = (pdf: Buffer, opts: { now: Date; roleSkills: string[] }) => Promise<ExtractionResult>

export const offlineExtractor: ResumeExtractor = (pdf, opts) => extractResume(pdf, opts)

/**
 * A resume PDF uploaded into a conversation waiting for one: check it (size, real type), store
 * the original, extract (progress events while it runs), then hand what was found to the bot,
 * which shows it and asks only what is still missing. A file we cannot use becomes the bot's
 * `upload_failed`, which offers to build the resume with the bot instead.
 */
export async function processResumeUpload(
  services: AppServices,
  extractor: ResumeExtractor,
  input: { candidateId: string; sessionId: string; bytes: Buffer; originalName: string | null },
): Promise<ResumeUploadResult> {
  const deps = { services, candidateId: input.candidateId }
  const session = await findOwnedSession(services.db, input.candidateId, input.sessionId)
  if (!session) return { ok: false, status: 404, code: 'not_found', message: 'This conversation was not found' }
  if (session.status !== 'active' || parseChatState(session.state).step !== 'waiting_upload') {
    return { ok: false, status: 409, code: 'not_waiting', message: 'Choose "Upload PDF" in the chat first.' }
  }

  const check = await checkUpload(input.bytes, { allowed: RESUME_MIME_TYPES, maxBytes: MAX_UPLOAD_BYTES })
  if (!check.ok) {
    await applyServiceEvent(deps, { sessionId: session.id, idempotencyKey: `upload-refused-${Date.now()}`, event: { type: 'upload_failed', reason: check.message } })
    return { ok: false, status: check.code === 'too_large' ? 413 : check.code === 'wrong_type' ? 415 : 400, code: check.code, message: check.message }
  }

  // the original is written before anything depends on it
  const stored = await storeFile(services, { owner: { candidateId: input.candidateId }, kind: 'resume_upload', bytes: input.bytes, mime: check.mime, originalName: input.originalName })
  await services.db.updateTable('chat_sessions').set({ upload_file_id: stored.id }).where('id', '=', session.id).execute()
  const key = `upload-${stored.id}`
  await appendProgress(deps, session.id, { stage: 'reading', message: 'Reading your PDF…', percent: 15 })

  const facts = await loadCandidateFacts(services.db, input.candidateId)
  const extraction = await extractor(input.bytes, { now: services.now(), roleSkills: facts.role.suggestedSkills })
  if (!extraction.ok) {
    await applyServiceEvent(deps, { sessionId: session.id, idempotencyKey: key, event: { type: 'upload_failed', reason: extraction.message }, userText: `Uploaded ${input.originalName ?? 'a PDF'}` })
    return { ok: false, status: 422, code: extraction.code, message: extraction.message }
  }
  const found = Object.keys(extraction.answers).length
  await appendProgress(deps, session.id, { stage: 'found', message: `Found ${found} details in your resume`, percent: 85 })
  await applyServiceEvent(deps, {
    sessionId: session.id,
    idempotencyKey: key,
    event: { type: 'upload_result', answers: extraction.answers },
    userText: `Uploaded ${input.originalName ?? 'my resume'}`,
  })
  return { ok: true, fileId: stored.id, sessionId: session.id, found }
}

/** Profile → Documents: a new upload-mode conversation from the given PDF. */
export async function uploadResumeFromProfile(
  services: AppServices,
  extractor: ResumeExtractor,
  input: { candidateId: string; bytes: Buffer; originalName: string | null },
): Promise<ResumeUploadResult> {
  const deps = { services, candidateId: input.candidateId }
  // refuse a bad file before anything else: an unfinished conversation must not be thrown away for it
  const check = await checkUpload(input.bytes, { allowed: RESUME_MIME_TYPES, maxBytes: MAX_UPLOAD_BYTES })
  if (!check.ok) return { ok: false, status: check.code === 'too_large' ? 413 : check.code === 'wrong_type' ? 415 : 400, code: check.code, message: check.message }
  const { sessionId } = await startOrContinue(deps, { discardActive: true })
  await sendTurn(deps, { sessionId, clientMessageId: `profile-upload-${sessionId}`, event: { type: 'choose_method', method: 'upload' } })
  return processResumeUpload(services, extractor, { ...input, sessionId })
}
