import { listApplicationsForExport } from '../applications/applications.repo'
import type { Queryable } from '../db/database'
import { getCandidateLocale } from './candidate.repo'
import { buildProfileView, loadCandidateOrThrow } from './candidate.service'

/** "Export my data": everything we hold about the candidate, PII masked, as one JSON document. */
export async function exportCandidateData(db: Queryable, candidateId: string) {
  const candidate = await loadCandidateOrThrow(db, candidateId)
  const [profile, language, resumes, sessions, files, applications] = await Promise.all([
    buildProfileView(db, candidate),
    getCandidateLocale(db, candidateId),
    db
      .selectFrom('resumes')
      .select(['id', 'version', 'is_current', 'source', 'job_type', 'data', 'created_at'])
      .where('candidate_id', '=', candidateId)
      .orderBy('version', 'desc')
      .execute(),
    db
      .selectFrom('chat_sessions')
      .select(['id', 'title', 'status', 'created_at', 'updated_at', 'completed_at'])
      .where('candidate_id', '=', candidateId)
      .orderBy('created_at', 'desc')
      .execute(),
    db
      .selectFrom('files')
      .select(['id', 'kind', 'mime', 'size_bytes', 'original_name', 'created_at'])
      .where('candidate_id', '=', candidateId)
      .where('deleted_at', 'is', null)
      .orderBy('created_at', 'desc')
      .execute(),
    // the employer's private notes are theirs, not part of the candidate's data
    listApplicationsForExport(db, candidateId),
  ])
  const sessionIds = sessions.map((s) => s.id)
  const events = sessionIds.length
    ? await db
        .selectFrom('chat_events')
        .select(['session_id', 'seq', 'type', 'payload', 'created_at'])
        .where('session_id', 'in', sessionIds)
        .where('type', 'in', ['user_message', 'bot_message'])
        .orderBy('session_id')
        .orderBy('seq')
        .execute()
    : []
  return {
    exportedAt: new Date().toISOString(),
    profile,
    /** the language the bot speaks to the candidate (decision 016) */
    language,
    resumes: resumes.map((r) => ({ ...r, created_at: r.created_at.toISOString() })),
    chatSessions: sessions.map((s) => ({
      ...s,
      created_at: s.created_at.toISOString(),
      updated_at: s.updated_at.toISOString(),
      completed_at: s.completed_at?.toISOString() ?? null,
      messages: events.filter((e) => e.session_id === s.id).map((e) => ({ seq: e.seq, type: e.type, payload: e.payload, at: e.created_at.toISOString() })),
    })),
    uploads: files.map((f) => ({ ...f, created_at: f.created_at.toISOString() })),
    applications: applications.map((a) => ({ ...a, applied_at: a.applied_at.toISOString(), updated_at: a.updated_at.toISOString() })),
  }
}
