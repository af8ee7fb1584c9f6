import { formatAnswer, humaniseKey } from '#server/chat/answer-format'
import { loadTemplate } from '#server/chat/chat-context'
import { evaluateCondition } from '#server/chat/conditions'
import type { Queryable } from '#server/db/database'
import { ANSWER_KEYS, type Answers } from '#server/resume/resume-answers'
import { getCurrentResume } from '#server/resume/resume.repo'

export type ResumeSummaryItem = { key: string; label: string; display: string }

/**
 * The current resume's answers as the bot's preview card shows them (template labels and
 * formatting), for My Resume. Server-only: it needs the role's question template from the database.
 * Mirrors the machine's preview: template questions in order, then facts no question asks (from a PDF).
 */
export async function summariseCurrentResume(db: Queryable, candidateId: string, answers: Answers, jobType: 'blue_collar' | 'white_collar'): Promise<ResumeSummaryItem[]> {
  const row = await getCurrentResume(db, candidateId)
  const role = row?.role_id ? await db.selectFrom('job_roles').select('template_family').where('id', '=', row.role_id).executeTakeFirst() : undefined
  const template = role ? await loadTemplate(db, role.template_family).catch(() => null) : null
  const items: ResumeSummaryItem[] = []
  const listed = new Set<string>()
  for (const q of template?.questions ?? []) {
    const value = answers[q.key]
    if (value === undefined || !evaluateCondition(q.when, answers)) continue
    listed.add(q.key)
    items.push({ key: q.key, label: q.label, display: formatAnswer(q, value, jobType) })
  }
  for (const key of ANSWER_KEYS) {
    const value = answers[key]
    if (value === undefined || listed.has(key)) continue
    items.push({ key, label: humaniseKey(key), display: formatAnswer(undefined, value, jobType) })
  }
  return items
}
