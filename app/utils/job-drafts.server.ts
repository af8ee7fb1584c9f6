import type { AppLoadContext } from '@remix-run/node'
import type { JobDraft } from '~/components/employer/job-drafts'
import { formatIst } from './session-times'

/** The employer's unfinished job conversations with AIVI, the most recently touched first. */
export async function loadJobDrafts(context: AppLoadContext): Promise<JobDraft[]> {
  const sessions = await context.trpc.jobBot.list()
  return sessions
    .filter((s) => s.status === 'active')
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    .map((s) => ({ id: s.id, title: s.title, jobId: s.jobId, updated: `Last change ${formatIst(s.updatedAt)}` }))
}
