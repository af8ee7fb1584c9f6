import type { Queryable } from '../db/database'
import { loadMatchCandidate } from '../matching/matching.service'
import { scoreJob, type MatchCandidate, type MatchJob, type MatchResult } from '../matching/match-score'
import { toMatchJob } from '../matching/matching.repo'
import { highestEducationOf } from '../normalise/education'
import { answerValueSchemas, type Answers } from '../resume/resume-answers'
import type { RequirementFacts, RequirementJob } from './apply-requirements'
import { findStaleApplications, writeScores, type JobFactsRow } from './applications.repo'

/**
 * The match score of an application: the candidate side's scorer (scoreJob) on the same facts.
 * Stored with the job's recency at 1 (`now` = when it was posted) — recency is equal for every
 * applicant of a job, so the stored figure ranks them exactly as the live score would; the live
 * score (shown) is computed for the rows of a page.
 */
export function storedScore(job: MatchJob, c: MatchCandidate): number {
  return scoreJob(job, c, job.postedAt).score
}

export function jobAsMatchJob(row: JobFactsRow): MatchJob {
  return toMatchJob(row)
}

export function requirementJob(row: JobFactsRow): RequirementJob {
  return {
    requiresDrivingLicence: row.requires_driving_licence,
    requiresTwoWheeler: row.requires_two_wheeler,
    minLanguages: row.min_languages,
    requiredLanguages: row.required_languages,
    experienceMinMonths: row.experience_min_months,
    licenceTypes: row.licence_types,
    vehicleRequired: row.vehicle_required,
    shift: row.shift,
    education: row.education,
  }
}

function resumeFact<K extends keyof typeof answerValueSchemas>(resume: unknown, key: K): NonNullable<Answers[K]> | null {
  if (!resume || typeof resume !== 'object') return null
  const parsed = answerValueSchemas[key].safeParse((resume as Record<string, unknown>)[key])
  return parsed.success ? (parsed.data as NonNullable<Answers[K]>) : null
}

/** The match facts plus what the apply questions read from the resume and profile. */
export function requirementFacts(c: MatchCandidate, resume: unknown, profileVehicleType: string | null): RequirementFacts {
  return {
    hasDrivingLicence: c.hasDrivingLicence,
    hasTwoWheeler: c.hasTwoWheeler,
    languages: c.languages,
    experienceMonths: c.experienceMonths,
    licenceTypes: resumeFact(resume, 'licence_type'),
    vehicleType: resumeFact(resume, 'vehicle_type') ?? profileVehicleType,
    shiftPreference: resumeFact(resume, 'shift_preference'),
    // the bot asks white-collar families for entries, not the level: the entries say it then
    highestEducation: highestEducationOf(resumeFact(resume, 'highest_education'), resumeFact(resume, 'education')),
  }
}

export type ScoredCandidate = { candidate: MatchCandidate; live: MatchResult }

/** Live scores and facts for the rows of one page (the same scorer the candidate side uses). */
export async function scoreApplicants(db: Queryable, job: MatchJob, candidateIds: readonly string[], now: Date): Promise<Map<string, ScoredCandidate>> {
  const unique = [...new Set(candidateIds)]
  const out = new Map<string, ScoredCandidate>()
  await Promise.all(
    unique.map(async (id) => {
      const candidate = await loadMatchCandidate(db, id)
      out.set(id, { candidate, live: scoreJob(job, candidate, now) })
    }),
  )
  return out
}

/** Rescores a job's stale applications (a fact changed since they were scored), a batch at a time. */
export async function rescoreStaleApplications(db: Queryable, job: MatchJob): Promise<number> {
  const stale = await findStaleApplications(db, job.id)
  const BATCH = 50
  for (let i = 0; i < stale.length; i += BATCH) {
    const batch = stale.slice(i, i + BATCH)
    const scored = await Promise.all(
      batch.map(async (s) => ({ id: s.id, scoreRev: s.score_rev, score: storedScore(job, await loadMatchCandidate(db, s.candidate_id)) })),
    )
    await writeScores(db, scored)
  }
  return stale.length
}
