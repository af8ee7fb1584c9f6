import { RESUME_BOT } from '../chat/bots'
import { loadTemplate } from '../chat/chat-context'
import { summariseAnswers } from '../chat/chat-machine'
import { candidateProcedure, router } from '../trpc/init'
import { listResumeVersions, roleTemplateFamily } from './resume.repo'
import { loadCurrentResume } from './resume.service'

export const resumeRouter = router({
  /** The current resume (JSON) or null. Only the latest is current; older versions stay listed. */
  current: candidateProcedure.query(async ({ ctx }) => {
    // About and Languages as the profile has them now (decision 010)
    const r = await loadCurrentResume(ctx.db, ctx.viewer.candidateId)
    if (!r) return null
    const answers = r.answers
    // shown the way the bot's preview showed it: the role template's labels and formatting
    const family = r.role_id ? await roleTemplateFamily(ctx.db, r.role_id) : null
    const template = family ? await loadTemplate(ctx.db, family, undefined, ctx.services.templateCache).catch(() => null) : null
    const summary = template
      ? summariseAnswers({ template, bot: RESUME_BOT, jobType: r.job_type, answers }).flatMap((i) => (i.display === null ? [] : [{ key: i.key, label: i.label, display: i.display }]))
      : []
    return {
      id: r.id,
      version: r.version,
      source: r.source,
      jobType: r.job_type,
      createdAt: r.created_at.toISOString(),
      answers,
      summary,
      downloadUrl: '/resume/download',
    }
  }),
  versions: candidateProcedure.query(async ({ ctx }) => {
    const rows = await listResumeVersions(ctx.db, ctx.viewer.candidateId)
    return rows.map((r) => ({ id: r.id, version: r.version, source: r.source, isCurrent: r.is_current, createdAt: r.created_at.toISOString() }))
  }),
})
