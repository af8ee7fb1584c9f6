import { candidateProcedure, router } from '../trpc/init'
import { answersSchema } from './resume-answers'
import { getCurrentResume, listResumeVersions } from './resume.repo'

export const resumeRouter = router({
  /** The current resume (JSON) or null. Only the latest is current; older versions stay listed. */
  current: candidateProcedure.query(async ({ ctx }) => {
    const r = await getCurrentResume(ctx.db, ctx.viewer.candidateId)
    if (!r) return null
    return {
      id: r.id,
      version: r.version,
      source: r.source,
      jobType: r.job_type,
      createdAt: r.created_at.toISOString(),
      answers: answersSchema.parse(r.data),
      downloadUrl: '/resume/download',
    }
  }),
  versions: candidateProcedure.query(async ({ ctx }) => {
    const rows = await listResumeVersions(ctx.db, ctx.viewer.candidateId)
    return rows.map((r) => ({ id: r.id, version: r.version, source: r.source, isCurrent: r.is_current, createdAt: r.created_at.toISOString() }))
  }),
})
