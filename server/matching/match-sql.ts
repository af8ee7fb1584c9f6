import { sql, type RawBuilder } from 'kysely'
import {
  anchorBoxes,
  distanceCurve,
  EARTH_RADIUS_KM,
  MATCH_PARAMS,
  MATCH_WEIGHTS,
  boundingBox,
  distanceScore,
  maxScoreForRole,
  plausibleCategoryIds,
  recencyFactor,
  RAD,
  type GeoBox,
  type MatchCandidate,
  type ProfileGap,
  type RequirementStatus,
} from './match-score'

/**
 * match-score.ts written for Postgres, over the `jobs` row aliased `j`. Pure SQL builders (no I/O).
 * Every constant comes from MATCH_WEIGHTS / MATCH_PARAMS and every expression mirrors its
 * TypeScript twin term for term, so both compute the same double (checked by matching.test.ts).
 * Candidate facts are known before the query, so unknown factors become constants and lacking
 * requirements become plain `not j.requires_…` filters the planner can use.
 */

const f8 = (n: number) => sql<number>`${n}::float8`
const NEUTRAL = f8(MATCH_PARAMS.neutral)

/** published_at, or created_at for a published job that lacks one */
export const postedAtSql = sql<Date>`coalesce(j.published_at, j.created_at)`

export function roleScoreSql(c: MatchCandidate): RawBuilder<number> {
  const p = MATCH_PARAMS.role
  if (!c.roleId && c.sameCategoryIds.length === 0) return NEUTRAL
  return sql<number>`(case
    when ${c.roleId}::uuid is not null and j.role_id = ${c.roleId}::uuid then ${f8(p.exact)}
    when j.category_ids && ${c.sameCategoryIds}::uuid[] then ${f8(p.sameCategory)}
    when j.category_ids && ${c.relatedCategories.map((r) => r.id)}::uuid[] then ${f8(p.related)}
    when j.role_id is null and cardinality(j.category_ids) = 0 then ${NEUTRAL}
    else 0::float8 end)`
}

/** distanceKm(from, job) from match-score.ts, term for term; `from` is a fixed point */
export function distanceFromSql(from: { lat: number; lng: number }): RawBuilder<number> {
  const dy = sql<number>`((j.lat - ${f8(from.lat)}) * ${f8(RAD)})`
  const dx = sql<number>`((j.lng - ${f8(from.lng)}) * ${f8(RAD)} * ${f8(Math.cos(from.lat * RAD))})`
  return sql<number>`(${f8(EARTH_RADIUS_KM)} * sqrt(${dy} * ${dy} + ${dx} * ${dx}))`
}

/** distanceScore(): the minimum of the curve's lines, clamped to [0, 1] */
function distanceScoreSql(km: RawBuilder<number>): RawBuilder<number> {
  const p = MATCH_PARAMS.location
  const k = distanceCurve()
  return sql<number>`greatest(0::float8, least(1::float8, 1 - ${f8(k.near)} * (${km} - ${f8(p.sameCityKm)}), ${f8(k.far)} * (${f8(p.maxKm)} - ${km})))`
}

/**
 * locationFactor(): the best of the candidate's places, each capped, or the remote score. One
 * branch-free expression per place (no subquery per row).
 */
export function locationScoreSql(c: MatchCandidate): RawBuilder<number> {
  if (c.anchors.length === 0) return NEUTRAL
  const perAnchor = c.anchors.map((a) => sql<number>`${f8(a.cap)} * ${distanceScoreSql(distanceFromSql(a))}`)
  return sql<number>`greatest(case when j.work_mode = 'remote' then ${f8(MATCH_PARAMS.location.remoteScore)} else 0::float8 end, ${sql.join(perAnchor)})`
}

export function experienceScoreSql(months: number | null): RawBuilder<number> {
  const p = MATCH_PARAMS.experience
  if (months === null) return NEUTRAL
  const e = sql<number>`${months}::int`
  return sql<number>`(case
    when ${e} < j.experience_min_months then greatest(0::float8, 1 - (${f8(p.belowPenaltyPerYear)} * (j.experience_min_months - ${e})::float8) / 12)
    when j.experience_max_months is not null and ${e} > j.experience_max_months
      then greatest(0::float8, 1 - (${f8(p.abovePenaltyPerYear)} * (${e} - j.experience_max_months)::float8) / 12)
    else 1::float8 end)`
}

export function salaryScoreSql(wanted: number | null): RawBuilder<number> {
  if (wanted === null) return NEUTRAL
  const w = f8(wanted)
  const top = sql<number>`coalesce(j.salary_max_monthly, j.salary_min_monthly)::float8`
  return sql<number>`(case
    when j.salary_min_monthly is null and j.salary_max_monthly is null then ${NEUTRAL}
    when ${w} <= ${top} then 1::float8
    else greatest(0::float8, 1 - ((${w} - ${top}) / ${w}) / ${f8(MATCH_PARAMS.salary.shortfallTolerance)}) end)`
}

/**
 * skillsFactor(): how many of the job's listed skills (distinct, lower-cased: the generated
 * `skill_keys` column) the candidate has, against min(listed, forFullMarks). One array test per
 * candidate key, no subquery per row: with distinct keys on both sides, the sum counts each
 * matched job skill once.
 */
export function skillsScoreSql(skillKeys: readonly string[] | null): RawBuilder<number> {
  if (skillKeys === null || skillKeys.length === 0) return NEUTRAL
  const matched = sql.join(
    [...new Set(skillKeys)].map((k) => sql`(${k}::text = any(j.skill_keys))::int`),
    sql` + `,
  )
  return sql<number>`(case
    when cardinality(j.skills) = 0 then ${NEUTRAL}
    else least(1::float8, (${matched})::float8 / least(cardinality(j.skills), ${MATCH_PARAMS.skills.forFullMarks}::int)::float8) end)`
}

/** salaryFloor(): the multiplier on the total (1 unless an expected salary is far above the job's best pay). */
export function salaryFloorSql(c: Pick<MatchCandidate, 'salaryMonthly' | 'salaryBasis'>): RawBuilder<number> {
  if (c.salaryMonthly === null || c.salaryBasis !== 'expected') return f8(1)
  const p = MATCH_PARAMS.salary
  const w = f8(c.salaryMonthly)
  const top = sql<number>`coalesce(j.salary_max_monthly, j.salary_min_monthly)::float8`
  const past = sql<number>`((${w} - ${top}) / ${w} - ${f8(p.shortfallTolerance)})`
  return sql<number>`(case
    when j.salary_min_monthly is null and j.salary_max_monthly is null then 1::float8
    when ${past} <= 0 then 1::float8
    else 1 - ${f8(p.floor.maxPenalty)} * least(1::float8, ${past} / ${f8(p.floor.ramp)}) end)`
}

const languageActiveSql = sql<boolean>`(j.min_languages > 1 or cardinality(j.required_languages) > 0)`

/** languageStatus() === 'met' for known (canonical) languages: array tests, no subquery per row */
function languageMetSql(languages: string[]): RawBuilder<boolean> {
  const spoken = [...new Set(languages)]
  const fromList = spoken.length ? sql.join(spoken.map((l) => sql`(${l}::text = any(j.required_languages))::int`), sql` + `) : sql`0`
  return sql<boolean>`(j.min_languages <= ${spoken.length}::int
    and (cardinality(j.required_languages) = 0
      or (${fromList}) >= least(greatest(1, j.min_languages), cardinality(j.required_languages))))`
}

const statusValue = (s: RequirementStatus) => (s === 'met' ? 1 : s === 'unknown' ? MATCH_PARAMS.neutral : 0)
const known = (has: boolean | null): RequirementStatus => (has === null ? 'unknown' : has ? 'met' : 'lacking')

/** Only jobs whose requirements are not lacking reach this (see hiddenConditionSql). */
export function requirementsScoreSql(c: MatchCandidate): RawBuilder<number> {
  const lic = f8(statusValue(known(c.hasDrivingLicence)))
  const bike = f8(statusValue(known(c.hasTwoWheeler)))
  const lang = f8(c.languages === null ? MATCH_PARAMS.neutral : 1)
  return sql<number>`(case
    when not (j.requires_driving_licence or j.requires_two_wheeler or ${languageActiveSql}) then 1::float8
    else ((case when j.requires_driving_licence then ${lic} else 0::float8 end)
        + (case when j.requires_two_wheeler then ${bike} else 0::float8 end)
        + (case when ${languageActiveSql} then ${lang} else 0::float8 end))
      / (j.requires_driving_licence::int + j.requires_two_wheeler::int + ${languageActiveSql}::int)::float8
    end)`
}

export function recencyScoreSql(now: Date): RawBuilder<number> {
  // NOTE: date_part (double) rather than extract (numeric): numeric arithmetic per row is slow
  return sql<number>`exp((${f8(-Math.LN2)} * greatest(0::float8, date_part('epoch', ${now}::timestamptz - ${postedAtSql}) / 86400))
    / ${f8(MATCH_PARAMS.recency.halfLifeDays)})`
}

type FactorSql = Record<'role' | 'location' | 'skills' | 'experience' | 'salary' | 'requirements' | 'recency' | 'salaryFloor', RawBuilder<number>>

/** scoreJob()'s total from factor expressions: the weighted sum in the same order, times the salary floor. */
export function totalFromFactorsSql(f: FactorSql): RawBuilder<number> {
  const w = MATCH_WEIGHTS
  return sql<number>`(100 * (${f8(w.role)} * ${f.role} + ${f8(w.location)} * ${f.location} + ${f8(w.skills)} * ${f.skills}
  + ${f8(w.experience)} * ${f.experience} + ${f8(w.salary)} * ${f.salary}
  + ${f8(w.requirements)} * ${f.requirements} + ${f8(w.recency)} * ${f.recency}) * ${f.salaryFloor})`
}

/** Every factor of scoreJob() over the row `j`, for one candidate. */
export function factorsSql(c: MatchCandidate, now: Date): FactorSql {
  return {
    role: roleScoreSql(c),
    location: locationScoreSql(c),
    skills: skillsScoreSql(c.skillKeys),
    experience: experienceScoreSql(c.experienceMonths),
    salary: salaryScoreSql(c.salaryMonthly),
    requirements: requirementsScoreSql(c),
    recency: recencyScoreSql(now),
    salaryFloor: salaryFloorSql(c),
  }
}

/** The total, from factor columns of a subquery aliased `f`. */
export const totalScoreSql = totalFromFactorsSql({
  role: sql<number>`f.f_role`,
  location: sql<number>`f.f_location`,
  skills: sql<number>`f.f_skills`,
  experience: sql<number>`f.f_experience`,
  salary: sql<number>`f.f_salary`,
  requirements: sql<number>`f.f_requirements`,
  recency: sql<number>`f.f_recency`,
  salaryFloor: sql<number>`f.f_salary_floor`,
})

/** Per lacking gap, the condition "this job needs it". */
export function gapConditionsSql(c: MatchCandidate): Partial<Record<ProfileGap, RawBuilder<boolean>>> {
  const out: Partial<Record<ProfileGap, RawBuilder<boolean>>> = {}
  if (c.hasDrivingLicence === false) out.driving_licence = sql<boolean>`j.requires_driving_licence`
  if (c.hasTwoWheeler === false) out.two_wheeler = sql<boolean>`j.requires_two_wheeler`
  if (c.languages !== null) out.languages = sql<boolean>`(${languageActiveSql} and not ${languageMetSql(c.languages)})`
  return out
}

/** The job needs something the candidate is known to lack. */
export function hiddenConditionSql(c: MatchCandidate): RawBuilder<boolean> | null {
  const conds = Object.values(gapConditionsSql(c))
  return conds.length ? sql<boolean>`(${sql.join(conds, sql` or `)})` : null
}

/** Role/category part of isPlausible(); null when the candidate has no preference (all jobs). */
function roleOrCategorySql(c: MatchCandidate): RawBuilder<boolean> | null {
  if (!c.roleId && c.sameCategoryIds.length === 0) return null
  const cats = plausibleCategoryIds(c)
  const byRole = c.roleId ? [sql<boolean>`j.role_id = ${c.roleId}::uuid`] : []
  const byCategory = cats.length ? [sql<boolean>`j.category_ids && ${cats}::uuid[]`] : []
  return sql<boolean>`(${sql.join([...byRole, ...byCategory], sql` or `)})`
}

/** Half-degree cells, as in the jobs_match_keys() SQL function (migration 20261201100000). */
export const MATCH_CELLS_PER_DEGREE = 2

/** The half-degree cells a set of boxes touches, as [lat cell, lng cell] pairs. */
function boxCells(boxes: readonly GeoBox[]): [number, number][] {
  const cells = new Map<string, [number, number]>()
  const cell = (x: number) => Math.floor(x * MATCH_CELLS_PER_DEGREE)
  for (const b of boxes) {
    for (let la = cell(b.minLat); la <= cell(b.maxLat); la++) {
      for (let ln = cell(b.minLng); ln <= cell(b.maxLng); ln++) cells.set(`${la},${ln}`, [la, ln])
    }
  }
  return [...cells.values()]
}

/** jobs_cell(lat, lng) of the migration: one positive integer per cell */
const cellNumber = ([la, ln]: [number, number]) => (la + 200) * 1000 + (ln + 400)

/**
 * "Located inside these boxes" for the jobs_cell_idx index (cells are coarser than the boxes, so
 * the caller keeps the exact test as a recheck).
 */
export function inCellsSql(boxes: readonly GeoBox[]): RawBuilder<boolean> {
  return sql<boolean>`jobs_cell(j.lat, j.lng) = any(${cellNumbers(boxes)}::int[])`
}

/** The jobs_cell() numbers of the cells these boxes touch (one index walk each: Explore near a city). */
export function cellNumbers(boxes: readonly GeoBox[]): number[] {
  return boxCells(boxes).map(cellNumber)
}

/**
 * The jobs_match_keys() keys a plausible job may carry: each role/category prefix in each cell
 * around the candidate's places, or remote. A superset of isPlausible() (cells are coarser than
 * the boxes), so the exact conditions stay in the query as a recheck.
 */
export function matchKeys(prefixes: readonly string[], boxes: readonly GeoBox[]): string[] {
  const places = [...boxCells(boxes).map(([la, ln]) => `${la},${ln}`), 'remote']
  return prefixes.flatMap((p) => places.map((cell) => `${p}@${cell}`))
}

const matchKeysIndexSql = sql`jobs_match_keys(j.role_id, j.category_ids, j.work_mode, j.lat, j.lng)`

/**
 * isPlausible() in SQL. With both a role/category preference and a place, one GIN lookup on
 * jobs_match_keys_idx finds exactly the field × area rows; otherwise the role (jobs_explore_role_idx),
 * category (GIN jobs_category_ids_idx) and lat/lng (jobs_geo_idx) indexes serve. `tier` narrows
 * the role/category part to one tier of matchTiers(); `km` narrows the boxes (isPlausible()).
 */
export function plausibleSql(c: MatchCandidate, tier?: MatchTier | null, km?: number): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [sql<boolean>`j.status = 'published'`]
  const role = tier?.where ?? roleOrCategorySql(c)
  const prefixes = tier?.keyPrefixes ?? [...(c.roleId ? [`r${c.roleId}`] : []), ...plausibleCategoryIds(c).map((id) => `c${id}`)]
  const byKeys = c.anchors.length > 0 && role !== null && prefixes.length > 0
  if (byKeys) {
    parts.push(sql<boolean>`${matchKeysIndexSql} && ${matchKeys(prefixes, anchorBoxes(c, km))}::text[]`)
    // NOTE: `is true` hides the role/category recheck from index matching. Otherwise the planner,
    // misjudging the many-key GIN lookup, may read every job of the role or category in India
    // (role/category indexes) instead of only those around the candidate.
    parts.push(sql<boolean>`(${role}) is true`)
  } else if (role) parts.push(role)
  if (c.anchors.length > 0) {
    const boxes = anchorBoxes(c, km).map(
      (b) => sql<boolean>`(j.lat between ${f8(b.minLat)} and ${f8(b.maxLat)} and j.lng between ${f8(b.minLng)} and ${f8(b.maxLng)})`,
    )
    parts.push(sql<boolean>`(j.work_mode = 'remote' or ${sql.join(boxes, sql` or `)})`)
  }
  return sql<boolean>`(${sql.join(parts, sql` and `)})`
}

export type MatchTier = {
  where: RawBuilder<boolean> | null
  /** jobs_match_keys() prefixes of this tier (`r<role>`, `c<category>`) */
  keyPrefixes: string[] | null
  maxScore: number
  /** the role factor every job of the tier has */
  roleScore: number
}

/**
 * The plausible jobs split by role match — exact role, then same category, then related — with
 * the best total a job in each tier can reach. Role carries the largest weight, so once a page is
 * full of jobs scoring above a tier's ceiling, that tier (usually the largest) need not be scored
 * at all: the same result as ranking everything, at a fraction of the rows.
 */
export function matchTiers(c: MatchCandidate): MatchTier[] {
  const p = MATCH_PARAMS.role
  if (!c.roleId && c.sameCategoryIds.length === 0) return [{ where: null, keyPrefixes: null, maxScore: 100, roleScore: MATCH_PARAMS.neutral }]
  const tiers: MatchTier[] = []
  const notRole = c.roleId ? sql<boolean>`j.role_id is distinct from ${c.roleId}::uuid` : sql<boolean>`true`
  if (c.roleId) tiers.push({ where: sql<boolean>`j.role_id = ${c.roleId}::uuid`, keyPrefixes: [`r${c.roleId}`], maxScore: maxScoreForRole(p.exact), roleScore: p.exact })
  if (c.sameCategoryIds.length) {
    tiers.push({
      where: sql<boolean>`(j.category_ids && ${c.sameCategoryIds}::uuid[] and ${notRole})`,
      keyPrefixes: c.sameCategoryIds.map((id) => `c${id}`),
      maxScore: maxScoreForRole(p.sameCategory),
      roleScore: p.sameCategory,
    })
  }
  const related = c.relatedCategories.map((r) => r.id)
  if (related.length) {
    tiers.push({
      where: sql<boolean>`(j.category_ids && ${related}::uuid[] and not (j.category_ids && ${c.sameCategoryIds}::uuid[]) and ${notRole})`,
      keyPrefixes: related.map((id) => `c${id}`),
      maxScore: maxScoreForRole(p.related),
      roleScore: p.related,
    })
  }
  return tiers
}

// ---------------------------------------------------------------------------------------------
// Segments: reading only the jobs that can still reach the page (docs/decisions/013-flat-matching.md)
// ---------------------------------------------------------------------------------------------

/** A week of jobs_week() (migration 20261222090000): weeks since 1970-01-01 UTC. */
export const MATCH_WEEK_MS = 604_800_000
export const weekOf = (d: Date) => Math.floor(d.getTime() / MATCH_WEEK_MS)
const weekStart = (week: number) => new Date(week * MATCH_WEEK_MS)

/**
 * Posting-time windows, in weeks back from the week of `now` (inclusive ranges), newest first;
 * everything older is one last window. Wider as they go back: a window's recency ceiling drops
 * by half every 10 days, so the later ones are rarely read at all.
 */
export const MATCH_WINDOWS_WEEKS: readonly (readonly [number, number])[] = [
  [0, 1],
  [2, 3],
  [4, 7],
  [8, 15],
]

export type MatchSegment = {
  tier: MatchTier
  /**
   * near: onsite/hybrid jobs within `nearbyKm` of a full-weight place, and every remote job;
   * far: the other onsite/hybrid jobs of the scoring area.
   */
  band: 'near' | 'far'
  /** jobs_week() values this segment reads; null = every week before `olderThan` */
  weeks: number[] | null
  /** the oldest segment: jobs posted before this */
  olderThan: Date | null
  /** the newest segment also holds jobs posted from this on (after the week of `now`: a later page) */
  newerFrom: Date | null
  /** the best total any job of the segment can reach */
  maxScore: number
}

/** Places scoring full marks nearby: the anchors with the largest cap (not a tier-3 candidate's metro). */
function nearAnchors(c: Pick<MatchCandidate, 'anchors'>) {
  const top = Math.max(...c.anchors.map((a) => a.cap))
  return c.anchors.filter((a) => a.cap === top)
}

/**
 * Ceilings of the location factor per band. Outside a place's `nearbyKm` box a job is farther than
 * `nearbyKm` (the box is the exact box of distanceKm()), so it scores below distanceScore(nearbyKm)
 * from that place; other places count at most their cap.
 */
export function bandLocationCeilings(c: Pick<MatchCandidate, 'anchors'>): { near: number; far: number } {
  const near = nearAnchors(c)
  const top = near[0]?.cap ?? 0
  const far = Math.max(...c.anchors.map((a) => (near.includes(a) ? a.cap * distanceScore(MATCH_PARAMS.location.nearbyKm) : a.cap)))
  return { near: Math.max(top, MATCH_PARAMS.location.remoteScore), far }
}

/**
 * The best total of a job with this role and location factor and recency, every other factor at
 * the best this candidate can get (a factor the candidate has no data for is neutral for every job),
 * and no salary-floor penalty (the floor only lowers).
 */
export function segmentCeiling(c: MatchCandidate, roleScore: number, location: number, recency: number): number {
  const w = MATCH_WEIGHTS
  const best = (known: boolean) => (known ? 1 : MATCH_PARAMS.neutral)
  return (
    100 *
    (w.role * roleScore +
      w.location * location +
      w.skills * best(c.skillKeys !== null && c.skillKeys.length > 0) +
      w.experience * best(c.experienceMonths !== null) +
      w.salary * best(c.salaryMonthly !== null) +
      w.requirements * 1 +
      w.recency * recency)
  )
}

/**
 * The candidate's plausible jobs as segments (role tier × band × posting window), each with its
 * ceiling, best ceiling first. Null when the GIN keys cannot serve (no place or no role/category
 * preference): the tiers are then scored whole.
 */
export function matchSegments(c: MatchCandidate, now: Date): MatchSegment[] | null {
  const tiers = matchTiers(c)
  if (c.anchors.length === 0 || tiers.some((t) => !t.keyPrefixes?.length)) return null
  const loc = bandLocationCeilings(c)
  const thisWeek = weekOf(now)
  // a window's newest job is posted before the end of its newest week (or now, or later)
  const recencyBefore = (end: Date) => (end.getTime() >= now.getTime() ? 1 : recencyFactor(end, now).score)
  type Window = Pick<MatchSegment, 'weeks' | 'olderThan' | 'newerFrom'> & { recency: number }
  const windows: Window[] = MATCH_WINDOWS_WEEKS.map(([from, to], i) => ({
    weeks: Array.from({ length: to - from + 1 }, (_, k) => thisWeek - from - k),
    olderThan: null,
    newerFrom: i === 0 ? weekStart(thisWeek + 1) : null,
    recency: recencyBefore(weekStart(thisWeek - from + 1)),
  }))
  const oldest = weekStart(thisWeek - MATCH_WINDOWS_WEEKS[MATCH_WINDOWS_WEEKS.length - 1][1])
  windows.push({ weeks: null, olderThan: oldest, newerFrom: null, recency: recencyBefore(oldest) })
  const segments: MatchSegment[] = []
  for (const tier of tiers) {
    for (const band of ['near', 'far'] as const) {
      for (const w of windows) {
        segments.push({ tier, band, weeks: w.weeks, olderThan: w.olderThan, newerFrom: w.newerFrom, maxScore: segmentCeiling(c, tier.roleScore, loc[band], w.recency) })
      }
    }
  }
  // stable: equal ceilings keep tier, band, window order
  return segments.sort((a, b) => b.maxScore - a.maxScore)
}

const weekKeysIndexSql = sql`jobs_match_week_keys(j.role_id, j.category_ids, j.work_mode, j.lat, j.lng, coalesce(j.published_at, j.created_at))`
const boxSql = (b: GeoBox) => sql<boolean>`(j.lat between ${f8(b.minLat)} and ${f8(b.maxLat)} and j.lng between ${f8(b.minLng)} and ${f8(b.maxLng)})`

/**
 * One segment of the candidate's plausible jobs. Together the segments of matchSegments() hold
 * exactly the jobs plausibleSql() keeps, each once: near and far split the area (remote jobs are
 * all near), the windows split posting times.
 */
export function segmentSql(c: MatchCandidate, s: MatchSegment): RawBuilder<boolean> {
  const prefixes = s.tier.keyPrefixes ?? []
  const nearBoxes = nearAnchors(c).map((a) => boundingBox(a, MATCH_PARAMS.location.nearbyKm))
  const nearSql = sql<boolean>`(${sql.join(nearBoxes.map(boxSql), sql` or `)})`
  const areaSql = sql<boolean>`(${sql.join(anchorBoxes(c).map(boxSql), sql` or `)})`
  const places = s.band === 'near' ? [...boxCells(nearBoxes).map(([la, ln]) => `${la},${ln}`), 'remote'] : boxCells(anchorBoxes(c)).map(([la, ln]) => `${la},${ln}`)
  const keys = prefixes.flatMap((p) => places.map((cell) => `${p}@${cell}`))
  const parts: RawBuilder<boolean>[] = [sql<boolean>`j.status = 'published'`]
  const weeks = s.weeks
  if (weeks) {
    const weekKeys = sql<boolean>`${weekKeysIndexSql} && ${keys.flatMap((k) => weeks.map((w) => `${k}#${w}`))}::text[]`
    parts.push(s.newerFrom ? sql<boolean>`(${weekKeys} or ${postedAtSql} >= ${s.newerFrom}::timestamptz)` : weekKeys)
  } else {
    parts.push(sql<boolean>`${matchKeysIndexSql} && ${keys}::text[]`)
    parts.push(sql<boolean>`${postedAtSql} < ${s.olderThan}::timestamptz`)
  }
  // NOTE: `is true` hides the tier and band tests from index matching: the planner would otherwise
  // read every job in the boxes (jobs_geo_idx) instead of the keyed field × area × weeks lookup
  const band =
    s.band === 'near' ? sql<boolean>`(j.work_mode = 'remote' or ${nearSql})` : sql<boolean>`(j.work_mode <> 'remote' and ${areaSql} and not ${nearSql})`
  parts.push(sql<boolean>`(${s.tier.where ?? sql<boolean>`true`} and ${band}) is true`)
  return sql<boolean>`(${sql.join(parts, sql` and `)})`
}
