import type { Queryable } from '../db/database'

export async function getCurrentResume(db: Queryable, candidateId: string) {
  return db
    .selectFrom('resumes')
    .select(['id', 'version', 'source', 'job_type', 'role_id', 'data', 'chat_session_id', 'source_file_id', 'created_at'])
    .where('candidate_id', '=', candidateId)
    .where('is_current', '=', true)
    .executeTakeFirst()
}

export async function listResumeVersions(db: Queryable, candidateId: string) {
  return db
    .selectFrom('resumes')
    .select(['id', 'version', 'source', 'is_current', 'created_at'])
    .where('candidate_id', '=', candidateId)
    .orderBy('version', 'desc')
    .execute()
}

/** The question-template family of a role (the template a resume for it was asked with). */
export async function roleTemplateFamily(db: Queryable, roleId: string): Promise<string | null> {
  const row = await db.selectFrom('job_roles').select('template_family').where('id', '=', roleId).executeTakeFirst()
  return row?.template_family ?? null
}
