/**
 * Job ↔ candidate match score: pure, no I/O. This file is the specification of matching; the SQL in
 * `match-sql.ts` is the same arithmetic written for Postgres (a test checks the two agree on every
 * seeded job).
 *
 * score = 100 × Σ weight × factor, every factor in [0, 1]. A factor that cannot be judged because
 * either side lacks the data is NEUTRAL (0.5): it moves every job equally and never produces a
 * reason. Requirements the candidate is known to lack (driving licence, two-wheeler, languages)
 * are filters, not penalties: the job is hidden and counted for the profile-gap nudge. One
 * multiplier sits on top of the sum: the candidate's expected salary is a floor, so a job paying
 * far below it keeps at most `1 − floor.maxPenalty` of its score (salaryFloor()).
 */

/**
 * The weights, in one place. Role matters most (a delivery rider wants delivery work), then where
 * the job is; the skills a job lists, experience and salary tune the order inside that (a React
 * developer's "Software Developer" field also holds Java backends and data entry); requirements
 * the candidate meets and recency break near-ties. They sum to 1 so the score reads as a percentage.
 */
export const MATCH_WEIGHTS = {
  role: 0.3,
  location: 0.2,
  skills: 0.14,
  experience: 0.1,
  salary: 0.12,
  requirements: 0.05,
  recency: 0.09,
} as const

/** Shapes of the factor curves. */
export const MATCH_PARAMS = {
  /** the value of a factor nobody can judge */
  neutral: 0.5,
  role: { exact: 1, sameCategory: 0.6, related: 0.3 },
  location: {
    /** within this distance of a candidate city: full marks (same city) */
    sameCityKm: 10,
    /** "nearby" (Thane for Mumbai) still scores `nearbyScore` at this distance… */
    nearbyKm: 40,
    nearbyScore: 0.7,
    /** …falling to 0 here; also the radius of the pre-filter box around each candidate city */
    maxKm: 100,
    /** remote jobs can be done from anywhere */
    remoteScore: 0.8,
    /** a tier-3 candidate's nearest metro counts, at most this much */
    metroCap: 0.5,
  },
  /** each year below the job's minimum costs this much; above the maximum (over-qualified) less */
  experience: { belowPenaltyPerYear: 0.5, abovePenaltyPerYear: 0.2 },
  /**
   * A job paying `shortfallTolerance` less than the candidate expects scores 0 on salary. Past
   * that the expectation is a floor: the whole score shrinks, by up to `floor.maxPenalty` once the
   * shortfall reaches `shortfallTolerance + floor.ramp` (₹21k against ₹1 lakh is far past it).
   */
  salary: { shortfallTolerance: 0.3, floor: { ramp: 0.3, maxPenalty: 0.4 } },
  /** knowing this many of the skills a job lists (or all, if it lists fewer) is full marks */
  skills: { forFullMarks: 3 },
  recency: { halfLifeDays: 10 },
  /** city tiers by the curated city rank: 1–8 are the metros, 9–100 tier 2, the rest tier 3 */
  tiers: { metroMaxRank: 8, tier2MaxRank: 100 },
} as const

export const EARTH_RADIUS_KM = 6371.0088
/** degrees → radians */
export const RAD = Math.PI / 180
const DAY_MS = 86_400_000

export type AnchorKind = 'current' | 'preferred' | 'metro'

/** A place the candidate would work from: their current city, a preferred city, or (tier 3) the nearest metro. */
export type Anchor = { cityId: string; name: string; lat: number; lng: number; kind: AnchorKind; cap: number }

/** What matching knows about the candidate. `null` = unknown (never asked or never answered). */
export type MatchCandidate = {
  roleId: string | null
  roleName: string | null
  /** the candidate's own category (or, without one, the preferred role's categories) */
  sameCategoryIds: string[]
  sameCategoryName: string | null
  /** categories that share a role with the candidate's category or hold the preferred role */
  relatedCategories: { id: string; name: string }[]
  anchors: Anchor[]
  /** where a tier-3 candidate lives, for the "nearest metro" reason */
  homeCityName: string | null
  experienceMonths: number | null
  /** ₹ per month */
  salaryMonthly: number | null
  /** 'expected' from the resume, or 'current' from the profile when no expectation is known */
  salaryBasis: 'expected' | 'current'
  hasDrivingLicence: boolean | null
  hasTwoWheeler: boolean | null
  /** canonical language names; null = unknown */
  languages: string[] | null
  /**
   * The resume's skills as lower-case match keys: each canonical name with every spelling the
   * skills dictionary knows ("react", "reactjs", "react.js"…), so a job listing any of them
   * matches. null = no skills known.
   */
  skillKeys: string[] | null
}

/** The job facts matching reads (a subset of a `jobs` row). */
export type MatchJob = {
  id: string
  roleId: string | null
  categoryIds: string[]
  lat: number
  lng: number
  cityName: string
  locality: string | null
  workMode: 'onsite' | 'remote' | 'hybrid'
  salaryMinMonthly: number | null
  salaryMaxMonthly: number | null
  experienceMinMonths: number
  experienceMaxMonths: number | null
  requiresDrivingLicence: boolean
  requiresTwoWheeler: boolean
  minLanguages: number
  requiredLanguages: string[]
  /** as the employer listed them (canonical names from the posting bot and the JD extractor) */
  skills: string[]
  /** published_at, or created_at for a published job without one */
  postedAt: Date
}

// ---------------------------------------------------------------------------------------------
// Factors
// ---------------------------------------------------------------------------------------------

export type RoleMatch = { score: number; kind: 'exact' | 'same_category' | 'related' | 'none' | 'unknown'; categoryName: string | null }

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x))

/** exact role > same category > related category > nothing; unknown on either side is neutral. */
export function roleFactor(job: Pick<MatchJob, 'roleId' | 'categoryIds'>, c: Pick<MatchCandidate, 'roleId' | 'sameCategoryIds' | 'sameCategoryName' | 'relatedCategories'>): RoleMatch {
  const p = MATCH_PARAMS.role
  if (!c.roleId && c.sameCategoryIds.length === 0) return { score: MATCH_PARAMS.neutral, kind: 'unknown', categoryName: null }
  if (c.roleId && job.roleId === c.roleId) return { score: p.exact, kind: 'exact', categoryName: null }
  if (overlaps(job.categoryIds, c.sameCategoryIds)) return { score: p.sameCategory, kind: 'same_category', categoryName: c.sameCategoryName }
  const related = c.relatedCategories.find((r) => job.categoryIds.includes(r.id))
  if (related) return { score: p.related, kind: 'related', categoryName: related.name }
  if (!job.roleId && job.categoryIds.length === 0) return { score: MATCH_PARAMS.neutral, kind: 'unknown', categoryName: null }
  return { score: 0, kind: 'none', categoryName: null }
}

/**
 * Distance in km from a candidate's city to a job: an equirectangular projection around `from`.
 * Within 0.5 % of the great-circle distance at the distances that score (≤ 100 km; ~1 % at
 * 200 km), and cheap enough for Postgres to compute for thousands of rows per query (one sqrt,
 * the cosine is a per-city constant). NOTE: match-sql.ts mirrors this term for term.
 */
export function distanceKm(from: { lat: number; lng: number }, to: { lat: number; lng: number }): number {
  const dy = (to.lat - from.lat) * RAD
  const dx = (to.lng - from.lng) * RAD * Math.cos(from.lat * RAD)
  return EARTH_RADIUS_KM * Math.sqrt(dy * dy + dx * dx)
}

/** Slopes of the distance curve: 1 → nearbyScore over sameCityKm…nearbyKm, then → 0 at maxKm. */
export function distanceCurve() {
  const p = MATCH_PARAMS.location
  return { near: (1 - p.nearbyScore) / (p.nearbyKm - p.sameCityKm), far: p.nearbyScore / (p.maxKm - p.nearbyKm) }
}

/**
 * 1 inside the same city, easing to `nearbyScore` at `nearbyKm`, 0 from `maxKm` on. The curve is
 * concave (it only gets steeper), so it is the minimum of its lines: no branches, which keeps the
 * SQL twin a single cheap expression.
 */
export function distanceScore(km: number): number {
  const p = MATCH_PARAMS.location
  const k = distanceCurve()
  return Math.max(0, Math.min(1, 1 - k.near * (km - p.sameCityKm), k.far * (p.maxKm - km)))
}

export type LocationMatch = { score: number; kind: 'near' | 'remote' | 'far' | 'unknown'; anchor: Anchor | null; km: number | null }

/** The best of the candidate's places (each capped by its kind); remote jobs are near everyone. */
export function locationFactor(job: Pick<MatchJob, 'lat' | 'lng' | 'workMode'>, c: Pick<MatchCandidate, 'anchors'>): LocationMatch {
  if (c.anchors.length === 0) return { score: MATCH_PARAMS.neutral, kind: 'unknown', anchor: null, km: null }
  let best: { score: number; anchor: Anchor; km: number } | null = null
  for (const anchor of c.anchors) {
    const km = distanceKm(anchor, job)
    const score = anchor.cap * distanceScore(km)
    if (!best || score > best.score || (score === best.score && km < best.km)) best = { score, anchor, km }
  }
  const b = best as { score: number; anchor: Anchor; km: number }
  const remote = job.workMode === 'remote' ? MATCH_PARAMS.location.remoteScore : 0
  if (remote > b.score) return { score: remote, kind: 'remote', anchor: null, km: null }
  return { score: b.score, kind: b.score > 0 ? 'near' : 'far', anchor: b.anchor, km: b.km }
}

export type ExperienceMatch = { score: number; kind: 'inside' | 'below' | 'above' | 'unknown' }

/** Inside the job's range scores 1; a little below (or above: over-qualified, milder) scores less. */
export function experienceFactor(job: Pick<MatchJob, 'experienceMinMonths' | 'experienceMaxMonths'>, months: number | null): ExperienceMatch {
  const p = MATCH_PARAMS.experience
  if (months === null) return { score: MATCH_PARAMS.neutral, kind: 'unknown' }
  if (months < job.experienceMinMonths) return { score: Math.max(0, 1 - (p.belowPenaltyPerYear * (job.experienceMinMonths - months)) / 12), kind: 'below' }
  if (job.experienceMaxMonths !== null && months > job.experienceMaxMonths) {
    return { score: Math.max(0, 1 - (p.abovePenaltyPerYear * (months - job.experienceMaxMonths)) / 12), kind: 'above' }
  }
  return { score: 1, kind: 'inside' }
}

export type SalaryMatch = { score: number; kind: 'fits' | 'above' | 'below' | 'unknown' }

/**
 * The candidate's figure against the job's range. Paying at least what they want scores 1 (`fits`
 * inside the range, `above` when even the minimum is more); paying less falls to 0 at a
 * `shortfallTolerance` shortfall. A job with only a minimum is read as paying that minimum.
 */
export function salaryFactor(job: Pick<MatchJob, 'salaryMinMonthly' | 'salaryMaxMonthly'>, wanted: number | null): SalaryMatch {
  if (wanted === null || (job.salaryMinMonthly === null && job.salaryMaxMonthly === null)) return { score: MATCH_PARAMS.neutral, kind: 'unknown' }
  const top = (job.salaryMaxMonthly ?? job.salaryMinMonthly) as number
  const bottom = job.salaryMinMonthly ?? top
  if (wanted <= top) return { score: 1, kind: wanted < bottom ? 'above' : 'fits' }
  return { score: Math.max(0, 1 - (wanted - top) / wanted / MATCH_PARAMS.salary.shortfallTolerance), kind: 'below' }
}

export type SkillsMatch = { score: number; kind: 'known' | 'unknown'; matched: string[] }

/**
 * The job's listed skills the candidate has, in the job's order and spelling, once each (compared
 * lower-cased, as the SQL does with `lower()`).
 */
export function matchedSkills(job: Pick<MatchJob, 'skills'>, skillKeys: readonly string[]): string[] {
  const keys = new Set(skillKeys)
  const seen = new Set<string>()
  const out: string[] = []
  for (const s of job.skills) {
    const k = s.toLowerCase()
    if (keys.has(k) && !seen.has(k)) {
      seen.add(k)
      out.push(s)
    }
  }
  return out
}

/**
 * Skill overlap, for jobs that list skills: knowing `forFullMarks` of them (or all, when fewer are
 * listed) scores 1, none scores 0. A job without skills or a candidate without any is neutral.
 */
export function skillsFactor(job: Pick<MatchJob, 'skills'>, skillKeys: readonly string[] | null): SkillsMatch {
  if (skillKeys === null || skillKeys.length === 0 || job.skills.length === 0) return { score: MATCH_PARAMS.neutral, kind: 'unknown', matched: [] }
  const matched = matchedSkills(job, skillKeys)
  return { score: Math.min(1, matched.length / Math.min(job.skills.length, MATCH_PARAMS.skills.forFullMarks)), kind: 'known', matched }
}

export type SalaryFloor = { multiplier: number; below: boolean }

/**
 * The expected salary as a floor: 1 until the job's best pay falls `shortfallTolerance` short of
 * it (where the salary factor reaches 0), then shrinking linearly to `1 − maxPenalty` over `ramp`.
 * `below` = the job pays that far below (the reason says so). Only an *expected* figure is a floor:
 * a current salary says what someone earns, not what they would refuse.
 */
export function salaryFloor(job: Pick<MatchJob, 'salaryMinMonthly' | 'salaryMaxMonthly'>, c: Pick<MatchCandidate, 'salaryMonthly' | 'salaryBasis'>): SalaryFloor {
  const wanted = c.salaryMonthly
  if (wanted === null || c.salaryBasis !== 'expected' || (job.salaryMinMonthly === null && job.salaryMaxMonthly === null)) return { multiplier: 1, below: false }
  const p = MATCH_PARAMS.salary
  const top = (job.salaryMaxMonthly ?? job.salaryMinMonthly) as number
  const past = (wanted - top) / wanted - p.shortfallTolerance
  if (past <= 0) return { multiplier: 1, below: false }
  return { multiplier: 1 - p.floor.maxPenalty * Math.min(1, past / p.floor.ramp), below: true }
}

export type RequirementStatus = 'met' | 'unknown' | 'lacking'
export type ProfileGap = 'driving_licence' | 'two_wheeler' | 'languages'
export type RequirementsMatch = {
  score: number
  /** only the requirements this job has */
  statuses: Partial<Record<ProfileGap, RequirementStatus>>
  /** the candidate is known to lack at least one: the job is filtered out */
  hidden: boolean
}

const knownStatus = (has: boolean | null): RequirementStatus => (has === null ? 'unknown' : has ? 'met' : 'lacking')

/** A job asks for languages when it needs more than one, or names the ones it works in. */
export function hasLanguageRequirement(job: Pick<MatchJob, 'minLanguages' | 'requiredLanguages'>): boolean {
  return job.minLanguages > 1 || job.requiredLanguages.length > 0
}

/**
 * How many of the job's listed languages the candidate must speak: `min_languages` of them ("at
 * least 2 of Hindi, English, Marathi"), at least one, never more than are listed.
 */
export function languagesNeededFromList(job: Pick<MatchJob, 'minLanguages' | 'requiredLanguages'>): number {
  return Math.min(Math.max(1, job.minLanguages), job.requiredLanguages.length)
}

/**
 * The job's listed languages the candidate speaks, in the job's order. NOTE: exact match on
 * canonical names (candidate languages are canonicalised; jobs store canonical names), which the
 * SQL can test with `= any(…)` instead of a subquery per row.
 */
export function spokenFromList(job: Pick<MatchJob, 'requiredLanguages'>, languages: readonly string[]): string[] {
  return job.requiredLanguages.filter((l) => languages.includes(l))
}

export function languageStatus(job: Pick<MatchJob, 'minLanguages' | 'requiredLanguages'>, languages: string[] | null): RequirementStatus {
  if (languages === null) return 'unknown'
  const spoken = [...new Set(languages)]
  if (spoken.length < job.minLanguages) return 'lacking'
  const fromList = spoken.filter((l) => job.requiredLanguages.includes(l)).length
  if (job.requiredLanguages.length > 0 && fromList < languagesNeededFromList(job)) return 'lacking'
  return 'met'
}

/** Licence, two-wheeler, languages: met = 1, unknown = neutral, lacking hides the job. No requirement = 1. */
export function requirementsFactor(
  job: Pick<MatchJob, 'requiresDrivingLicence' | 'requiresTwoWheeler' | 'minLanguages' | 'requiredLanguages'>,
  c: Pick<MatchCandidate, 'hasDrivingLicence' | 'hasTwoWheeler' | 'languages'>,
): RequirementsMatch {
  const statuses: RequirementsMatch['statuses'] = {}
  if (job.requiresDrivingLicence) statuses.driving_licence = knownStatus(c.hasDrivingLicence)
  if (job.requiresTwoWheeler) statuses.two_wheeler = knownStatus(c.hasTwoWheeler)
  if (hasLanguageRequirement(job)) statuses.languages = languageStatus(job, c.languages)
  const values = Object.values(statuses)
  const hidden = values.includes('lacking')
  if (values.length === 0) return { score: 1, statuses, hidden }
  // NOTE: summed in a fixed order (licence, two-wheeler, languages) so the SQL adds the same way
  let sum = 0
  for (const s of [statuses.driving_licence, statuses.two_wheeler, statuses.languages]) {
    if (s !== undefined) sum += s === 'met' ? 1 : s === 'unknown' ? MATCH_PARAMS.neutral : 0
  }
  return { score: sum / values.length, statuses, hidden }
}

/** Exponential decay by age; a date in the future counts as brand new. */
export function recencyFactor(postedAt: Date, now: Date): { score: number; ageDays: number } {
  const ageDays = Math.max(0, (now.getTime() - postedAt.getTime()) / DAY_MS)
  return { score: Math.exp((-Math.LN2 * ageDays) / MATCH_PARAMS.recency.halfLifeDays), ageDays }
}

// ---------------------------------------------------------------------------------------------
// Pre-filter and total
// ---------------------------------------------------------------------------------------------

export type GeoBox = { minLat: number; maxLat: number; minLng: number; maxLng: number }

/** The lat/lng box of radius `km` around a point (what the `(lat, lng)` index can search). */
export function boundingBox(p: { lat: number; lng: number }, km: number): GeoBox {
  // the exact box of distanceKm(): km = R·rad·|Δlat| along a meridian, R·rad·cos(lat)·|Δlng| along the parallel
  const dLat = km / (EARTH_RADIUS_KM * RAD)
  const dLng = dLat / Math.max(0.01, Math.cos(p.lat * RAD))
  return { minLat: p.lat - dLat, maxLat: p.lat + dLat, minLng: p.lng - dLng, maxLng: p.lng + dLng }
}

/** A box of `km` (default: the scoring radius) around each of the candidate's places. */
export function anchorBoxes(c: Pick<MatchCandidate, 'anchors'>, km: number = MATCH_PARAMS.location.maxKm): GeoBox[] {
  return c.anchors.map((a) => boundingBox(a, km))
}

/** Every category a job may have to be plausible for the candidate (same ∪ related). */
export function plausibleCategoryIds(c: Pick<MatchCandidate, 'sameCategoryIds' | 'relatedCategories'>): string[] {
  return [...new Set([...c.sameCategoryIds, ...c.relatedCategories.map((r) => r.id)])]
}

/**
 * The cheap, indexable pre-filter: the job is in the candidate's role or a plausible category, and
 * inside a box around one of their places (or remote). Missing preferences drop that condition.
 * `km` narrows the boxes (the nudge counts jobs within `nearbyKm`).
 */
export function isPlausible(job: Pick<MatchJob, 'roleId' | 'categoryIds' | 'lat' | 'lng' | 'workMode'>, c: MatchCandidate, km?: number): boolean {
  const roleOk = (!c.roleId && c.sameCategoryIds.length === 0) || (c.roleId !== null && job.roleId === c.roleId) || overlaps(job.categoryIds, plausibleCategoryIds(c))
  if (!roleOk) return false
  if (c.anchors.length === 0 || job.workMode === 'remote') return true
  return anchorBoxes(c, km).some((b) => job.lat >= b.minLat && job.lat <= b.maxLat && job.lng >= b.minLng && job.lng <= b.maxLng)
}

export type MatchFactors = {
  role: RoleMatch
  location: LocationMatch
  skills: SkillsMatch
  experience: ExperienceMatch
  salary: SalaryMatch
  requirements: RequirementsMatch
  recency: { score: number; ageDays: number }
  /** a multiplier on the weighted sum, not a weighted factor */
  salaryFloor: SalaryFloor
}

export type MatchResult = { score: number; hidden: boolean; factors: MatchFactors }

export function scoreJob(job: MatchJob, c: MatchCandidate, now: Date): MatchResult {
  const factors: MatchFactors = {
    role: roleFactor(job, c),
    location: locationFactor(job, c),
    skills: skillsFactor(job, c.skillKeys),
    experience: experienceFactor(job, c.experienceMonths),
    salary: salaryFactor(job, c.salaryMonthly),
    requirements: requirementsFactor(job, c),
    recency: recencyFactor(job.postedAt, now),
    salaryFloor: salaryFloor(job, c),
  }
  const w = MATCH_WEIGHTS
  // NOTE: summed in this order, then multiplied, exactly as match-sql.ts does
  const total =
    w.role * factors.role.score +
    w.location * factors.location.score +
    w.skills * factors.skills.score +
    w.experience * factors.experience.score +
    w.salary * factors.salary.score +
    w.requirements * factors.requirements.score +
    w.recency * factors.recency.score
  return { score: 100 * total * factors.salaryFloor.multiplier, hidden: factors.requirements.hidden, factors }
}

/** The best total a job can reach with this role factor (every other factor perfect, no floor penalty). */
export function maxScoreForRole(roleScore: number): number {
  return 100 * (1 - MATCH_WEIGHTS.role * (1 - roleScore))
}

/** Best first; ties go to the newer job, then a stable id order (the SQL orders the same way). */
export function compareMatches(a: { score: number; postedAt: Date; id: string }, b: { score: number; postedAt: Date; id: string }): number {
  if (a.score !== b.score) return b.score - a.score
  if (a.postedAt.getTime() !== b.postedAt.getTime()) return b.postedAt.getTime() - a.postedAt.getTime()
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}
