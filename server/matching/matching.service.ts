import { TRPCError } from '@trpc/server'
import type { Queryable } from '../db/database'
import { toJobCard, type JobCard } from '../jobs/job-card'
import { buildMatchCandidate } from './candidate-facts'
import { decodeCursor, encodeCursor } from './match-cursor'
import { explain } from './match-explain'
import { isPlausible, scoreJob, type MatchCandidate, type ProfileGap } from './match-score'
import { countHiddenJobs, findMatches, findMatchJob, loadCandidateInputs, toMatchJob, type MatchRow } from './matching.repo'
import { chooseNudge, lackingGaps, nudgeMessage, type Nudge } from './nudge'

export type RecommendedJob = JobCard & { score: number; reasons: string[] }
export type Recommendations = { items: RecommendedJob[]; nextCursor: string | null; nudge: Nudge | null }

/** The candidate's matching facts as of now: profile + current resume, read fresh. */
export async function loadMatchCandidate(db: Queryable, candidateId: string): Promise<MatchCandidate> {
  const inputs = await loadCandidateInputs(db, candidateId)
  if (!inputs) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Your account was not found. Please log in again.' })
  return buildMatchCandidate(inputs)
}

function toRecommended(row: MatchRow, c: MatchCandidate, now: Date): RecommendedJob {
  // the SQL score orders the list; the same pure scorer explains each card
  const job = toMatchJob(row)
  return { ...toJobCard(row), score: Math.round(row.score), reasons: explain(job, c, scoreJob(job, c, now)) }
}

/**
 * Live recommendations for one candidate (no batch job, nothing cached). The first page also
 * carries the profile-gap nudge; both queries share the same indexed pre-filter and run at once.
 */
export async function recommendJobs(db: Queryable, candidateId: string, opts: { limit: number; cursor?: string | null; now: Date }): Promise<Recommendations> {
  const page = opts.cursor ? decodeCursor(opts.cursor) : null
  if (opts.cursor && !page) throw new TRPCError({ code: 'BAD_REQUEST', message: 'This list of jobs has changed. Please reload the page.' })
  const now = page?.now ?? opts.now
  const c = await loadMatchCandidate(db, candidateId)
  const [rows, hidden] = await Promise.all([
    findMatches(db, c, { now, limit: opts.limit + 1, after: page?.after }),
    page ? Promise.resolve(null) : countHiddenJobs(db, c),
  ])
  const items = rows.slice(0, opts.limit)
  const last = rows.length > opts.limit ? items[items.length - 1] : undefined
  return {
    items: items.map((r) => toRecommended(r, c, now)),
    nextCursor: last ? encodeCursor(now, { score: last.score, postedUs: last.posted_us, id: last.id }) : null,
    nudge: hidden ? chooseNudge(lackingGaps(c), hidden) : null,
  }
}

export type JobMatch = {
  score: number
  reasons: string[]
  /** requirements this job has that the candidate is known to lack, with where to add each */
  missing: { gap: ProfileGap; message: string; href: Nudge['href']; cta: string }[]
  /** whether the job is in the candidate's role/category and area at all */
  plausible: boolean
}

export const MISSING_TEXT: Record<ProfileGap, string> = {
  driving_licence: 'This job needs a driving licence. Add yours to your resume if you have one.',
  two_wheeler: 'This job needs a two-wheeler. Add it to your resume if you have one.',
  languages: 'This job needs more languages than your profile lists. Add the languages you speak.',
}

/** How one job matches the candidate (detail page): the same scorer and reasons as the lists. */
export async function matchOneJob(db: Queryable, candidateId: string, jobId: string, now: Date): Promise<JobMatch | null> {
  const [c, job] = await Promise.all([loadMatchCandidate(db, candidateId), findMatchJob(db, jobId)])
  if (!job) return null
  const match = scoreJob(job, c, now)
  const missing = (Object.entries(match.factors.requirements.statuses) as [ProfileGap, string][])
    .filter(([, s]) => s === 'lacking')
    .map(([gap]) => {
      const { href, cta } = nudgeMessage([gap], 1)
      return { gap, message: MISSING_TEXT[gap], href, cta }
    })
  return { score: Math.round(match.score), reasons: match.hidden ? [] : explain(job, c, match), missing, plausible: isPlausible(job, c) }
}
