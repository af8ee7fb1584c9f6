import { sql, type RawBuilder } from 'kysely'
import { anchorBoxes, MATCH_PARAMS, MATCH_WEIGHTS, plausibleCategoryIds, type MatchCandidate, type ProfileGap, type RequirementStatus } from './match-score'

/**
 * match-score.ts written for Postgres, over the `jobs` row aliased `j`. Pure SQL builders (no I/O).
 * Every constant comes from MATCH_WEIGHTS / MATCH_PARAMS and every expression mirrors its
 * TypeScript twin term for term, so both compute the same double (checked by matching.test.ts).
 * Candidate facts are known before the query, so unknown factors become constants and lacking
 * requirements become plain `not j.requires_…` filters the planner can use.
 */

const f8 = (n: number) => sql<number>`${n}::float8`
const NEUTRAL = f8(MATCH_PARAMS.neutral)
const RAD = Math.PI / 180
const EARTH_RADIUS_KM = 6371.0088

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

/** distanceKm(job, point) from match-score.ts, term for term; the point's lat/lng are SQL expressions */
function haversine(lat: RawBuilder<number>, lng: RawBuilder<number>): RawBuilder<number> {
  const rad = f8(RAD)
  const sLat = sql<number>`sin(((${lat} - j.lat) * ${rad}) / 2)`
  const sLng = sql<number>`sin(((${lng} - j.lng) * ${rad}) / 2)`
  return sql<number>`(2 * ${f8(EARTH_RADIUS_KM)} * asin(least(1::float8, sqrt(${sLat} * ${sLat} + cos(j.lat * ${rad}) * cos(${lat} * ${rad}) * (${sLng} * ${sLng})))))`
}

/** Distance in km from the job to a fixed point. */
export function distanceFromSql(p: { lat: number; lng: number }): RawBuilder<number> {
  return haversine(f8(p.lat), f8(p.lng))
}

export function locationScoreSql(c: MatchCandidate): RawBuilder<number> {
  const p = MATCH_PARAMS.location
  if (c.anchors.length === 0) return NEUTRAL
  const d = sql.ref('a.d')
  const curve = sql<number>`(case
    when ${d} <= ${f8(p.sameCityKm)} then 1::float8
    when ${d} <= ${f8(p.nearbyKm)} then 1 - (${f8(1 - p.nearbyScore)} * (${d} - ${f8(p.sameCityKm)})) / ${f8(p.nearbyKm - p.sameCityKm)}
    when ${d} < ${f8(p.maxKm)} then (${f8(p.nearbyScore)} * (${f8(p.maxKm)} - ${d})) / ${f8(p.maxKm - p.nearbyKm)}
    else 0::float8 end)`
  const caps = c.anchors.map((a) => a.cap)
  const lats = c.anchors.map((a) => a.lat)
  const lngs = c.anchors.map((a) => a.lng)
  return sql<number>`greatest(
    case when j.work_mode = 'remote' then ${f8(p.remoteScore)} else 0::float8 end,
    (select max(a.cap * ${curve})
       from (select u.cap, ${haversine(sql<number>`u.lat`, sql<number>`u.lng`)} as d
               from unnest(${caps}::float8[], ${lats}::float8[], ${lngs}::float8[]) as u(cap, lat, lng)) a))`
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

const languageActiveSql = sql<boolean>`(j.min_languages > 1 or cardinality(j.required_languages) > 0)`

/** languageStatus() === 'met' for known languages */
function languageMetSql(languages: string[]): RawBuilder<boolean> {
  const spoken = [...new Set(languages.map((l) => l.toLowerCase()))]
  return sql<boolean>`(j.min_languages <= ${spoken.length}::int
    and (cardinality(j.required_languages) = 0
      or (select count(*) from unnest(j.required_languages) as x where lower(x) = any(${spoken}::text[]))
         >= least(greatest(1, j.min_languages), cardinality(j.required_languages))))`
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
  return sql<number>`exp((${f8(-Math.LN2)} * greatest(0::float8, extract(epoch from (${now}::timestamptz - ${postedAtSql}))::float8 / 86400))
    / ${f8(MATCH_PARAMS.recency.halfLifeDays)})`
}

/** The total, from factor columns of a subquery aliased `f`. */
export const totalScoreSql = sql<number>`(100 * (${f8(MATCH_WEIGHTS.role)} * f.f_role + ${f8(MATCH_WEIGHTS.location)} * f.f_location
  + ${f8(MATCH_WEIGHTS.experience)} * f.f_experience + ${f8(MATCH_WEIGHTS.salary)} * f.f_salary
  + ${f8(MATCH_WEIGHTS.requirements)} * f.f_requirements + ${f8(MATCH_WEIGHTS.recency)} * f.f_recency))`

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

/**
 * isPlausible() in SQL, written so the planner can combine indexes: role (jobs_role_idx) OR
 * categories (GIN jobs_category_ids_idx), AND one lat/lng box per candidate city (jobs_geo_idx) OR
 * remote (jobs_remote_idx), over published jobs only.
 */
export function plausibleSql(c: MatchCandidate): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [sql<boolean>`j.status = 'published'`]
  if (c.roleId || c.sameCategoryIds.length > 0) {
    const cats = plausibleCategoryIds(c)
    const byRole = c.roleId ? [sql<boolean>`j.role_id = ${c.roleId}::uuid`] : []
    const byCategory = cats.length ? [sql<boolean>`j.category_ids && ${cats}::uuid[]`] : []
    parts.push(sql<boolean>`(${sql.join([...byRole, ...byCategory], sql` or `)})`)
  }
  if (c.anchors.length > 0) {
    const boxes = anchorBoxes(c).map(
      (b) => sql<boolean>`(j.lat between ${f8(b.minLat)} and ${f8(b.maxLat)} and j.lng between ${f8(b.minLng)} and ${f8(b.maxLng)})`,
    )
    parts.push(sql<boolean>`(j.work_mode = 'remote' or ${sql.join(boxes, sql` or `)})`)
  }
  return sql<boolean>`(${sql.join(parts, sql` and `)})`
}
