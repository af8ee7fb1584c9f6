import { sql, type RawBuilder } from 'kysely'
import { GENERIC_PLAN, type Queryable } from '../db/database'
import { JOB_CARD_COLUMNS } from '../jobs/jobs.repo'
import { nameIn } from '../master-data/master-data.repo'
import type { CandidateInputs } from './candidate-facts'
import { MATCH_PARAMS, type MatchCandidate, type MatchJob, type ProfileGap } from './match-score'
import {
  factorsSql,
  gapConditionsSql,
  hiddenConditionSql,
  matchSegments,
  matchTiers,
  plausibleSql,
  postedAtSql,
  segmentSql,
  totalScoreSql,
  type MatchSegment,
  type MatchTier,
} from './match-sql'
import { NUDGE_SCAN_CAP, type HiddenCounts } from './nudge'

/**
 * Everything matching needs about one candidate, in one round trip, read at query time (never
 * cached): a changed preference shows in the very next request.
 */
export async function loadCandidateInputs(db: Queryable, candidateId: string): Promise<CandidateInputs | null> {
  const row = await candidateInputsQuery(db).where('c.id', '=', candidateId).executeTakeFirst()
  return row ? toCandidateInputs(row) : null
}

/** The candidate's matching inputs as a query (`c` candidates, `r` current resume), for callers that read more beside them. */
export function candidateInputsQuery(db: Queryable) {
  return db
    .selectFrom('candidates as c')
    .leftJoin('resumes as r', (join) => join.onRef('r.candidate_id', '=', 'c.id').on('r.is_current', '=', true))
    .leftJoin('job_roles as jr', 'jr.id', 'c.preferred_role_id')
    .select([
      'c.preferred_role_id',
      'c.preferred_category_id',
      'c.current_city_id',
      'c.preferred_city_ids',
      'c.languages',
      'c.has_driving_licence',
      'c.vehicle_type',
      'c.current_salary_monthly',
      // names in the candidate's language: the "why it matched" reasons quote them
      nameIn('jr', sql<string>`c.locale`).as('role_name'),
      sql<unknown>`r.data`.as('resume_data'),
      sql<CandidateInputs['categories']>`coalesce((
        select json_agg(json_build_object('id', jc.id, 'name', ${nameIn('jc', sql<string>`c.locale`)}, 'viaRole', jc.id in (select rc.category_id from job_role_categories rc where rc.role_id = c.preferred_role_id)))
        from job_categories jc
        where jc.id = c.preferred_category_id
           or jc.id in (select rc.category_id from job_role_categories rc where rc.role_id = c.preferred_role_id)), '[]'::json)`.as('categories'),
    ])
}

type CandidateInputsRow = NonNullable<Awaited<ReturnType<ReturnType<typeof candidateInputsQuery>['executeTakeFirst']>>>

export function toCandidateInputs(row: CandidateInputsRow): CandidateInputs {
  return {
    preferredRoleId: row.preferred_role_id,
    preferredRoleName: row.role_name,
    preferredCategoryId: row.preferred_category_id,
    currentCityId: row.current_city_id,
    preferredCityIds: row.preferred_city_ids,
    profileLanguages: row.languages,
    profileHasDrivingLicence: row.has_driving_licence,
    profileVehicleType: row.vehicle_type,
    profileCurrentSalaryMonthly: row.current_salary_monthly,
    resume: row.resume_data,
    categories: row.categories,
  }
}

/** The job columns matching and the card read. */
export const MATCH_JOB_COLUMNS = [
  ...JOB_CARD_COLUMNS,
  'j.role_id',
  'j.category_ids',
  'j.lat',
  'j.lng',
  'j.requires_driving_licence',
  'j.requires_two_wheeler',
  'j.min_languages',
  'j.required_languages',
  'j.skills',
] as const

export type MatchCursor = { score: number; postedUs: number; id: string }

type MatchQueryOptions = { now: Date; limit: number; after?: MatchCursor | null }

/**
 * One segment or tier (or, without either, all) of the candidate's plausible jobs, scored and
 * ordered in SQL, the first `limit` of them.
 */
export function matchesQuery(db: Queryable, c: MatchCandidate, opts: MatchQueryOptions & { tier?: MatchTier | null; segment?: MatchSegment }) {
  const hidden = hiddenConditionSql(c)
  const f = factorsSql(c, opts.now)
  const factors = db
    .selectFrom('jobs as j')
    .select([
      ...MATCH_JOB_COLUMNS,
      postedAtSql.as('posted_at'),
      sql<number>`(date_part('epoch', ${postedAtSql}) * 1000000)::bigint`.as('posted_us'),
      f.role.as('f_role'),
      f.location.as('f_location'),
      f.skills.as('f_skills'),
      f.experience.as('f_experience'),
      f.salary.as('f_salary'),
      f.requirements.as('f_requirements'),
      f.recency.as('f_recency'),
      f.salaryFloor.as('f_salary_floor'),
    ])
    .where(opts.segment ? segmentSql(c, opts.segment) : plausibleSql(c, opts.tier))
    .$if(hidden !== null, (qb) => qb.where(sql<boolean>`not ${hidden}`))

  const after = opts.after
  // one plan per statement shape: the keyed lookup is the plan whatever the candidate (decision 027)
  return db
    .selectFrom(factors.as('f'))
    .modifyFront(GENERIC_PLAN)
    .selectAll('f')
    .select(totalScoreSql.as('score'))
    .$if(Boolean(after), (qb) =>
      qb.where(sql<boolean>`(${totalScoreSql}, f.posted_us, f.id) < (${after?.score}::float8, ${after?.postedUs}::bigint, ${after?.id}::uuid)`),
    )
    .orderBy('score', 'desc')
    .orderBy('f.posted_us', 'desc')
    .orderBy('f.id', 'desc')
    .limit(opts.limit)
}

type MatchQueryRow = Awaited<ReturnType<ReturnType<typeof matchesQuery>['execute']>>[number]

type Row = { score: number; posted_us: number; id: string }
/** The SQL order: score, then newer, then id (uuid byte order = lower-case hex string order). */
const bySqlOrder = (a: Row, b: Row) => b.score - a.score || b.posted_us - a.posted_us || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)

/** Scores are sums of doubles: a job at a tier's ceiling may exceed it by rounding */
const CEILING_SLACK = 1e-9

/**
 * The candidate's plausible, not-hidden published jobs, best first (ties: newer, then id —
 * compareMatches()). Keyset pagination on (score, posted µs, id). Segments (role tier × near/far ×
 * posting window, matchSegments()) are read best ceiling first, and reading stops once `limit`
 * jobs beat every ceiling left: the same result as ranking everything, reading only the newest
 * jobs of the candidate's field around them (decision 013). Without a place or a role/category
 * preference, whole tiers are scored the same way.
 */
export async function findMatches(db: Queryable, c: MatchCandidate, opts: MatchQueryOptions, stats?: { tiersScored: number; segmentsRead?: number; queries?: number; tiersWhole?: number }) {
  type Rows = Awaited<ReturnType<ReturnType<typeof matchesQuery>['execute']>>
  let rows: Rows = []
  const full = () => rows.length >= opts.limit
  const segments = matchSegments(c, opts.now)
  if (segments) {
    const tiers = new Set<MatchTier>()
    // tiers read whole: their segments are skipped, and rows read twice (a segment, then its tier) kept once
    const whole = new Set<MatchTier>()
    const allTiers = [...new Set(segments.map((s) => s.tier))].sort((a, b) => b.maxScore - a.maxScore)
    const add = (found: Rows) => {
      const have = new Set(rows.map((r) => r.id))
      rows = [...rows, ...found.filter((r) => !have.has(r.id))].sort(bySqlOrder).slice(0, opts.limit)
    }
    const count = (segmentsRead: number) => {
      if (!stats) return
      stats.segmentsRead = (stats.segmentsRead ?? 0) + segmentsRead
      stats.queries = (stats.queries ?? 0) + 1
    }
    const readWhole = async (tier: MatchTier) => {
      whole.add(tier)
      tiers.add(tier)
      add(await matchesQuery(db, c, { ...opts, tier }).execute())
      count(0)
      if (stats) stats.tiersWhole = (stats.tiersWhole ?? 0) + 1
    }
    // Batches of segments, twice as many each time, the stop test between batches: a dense area
    // stops after the first segments; a sparse one (a page that stays short) is read in a few batches.
    let batch = 1
    for (let i = 0; i < segments.length; batch *= 2) {
      const kth = full() ? rows[opts.limit - 1].score : -Infinity
      // ceilings are sorted: the segments that can still beat the page are a prefix
      const next = segments.slice(i).filter((s) => !whole.has(s.tier))
      const group = next.slice(0, batch).filter((s) => s.maxScore + CEILING_SLACK >= kth)
      if (group.length === 0) break
      const firstOfTier = group.filter((s) => !tiers.has(s.tier))
      for (const s of group) tiers.add(s.tier)
      // one indexed query per segment, LIMIT inside each. NOTE: one UNION ALL of them measured slower
      // (109 vs 59 ms a top-20 at 10 k jobs, same hour), and an OR of their conditions lost the
      // per-segment index lookups (sequential scan computing the keys per row)
      const found: { segment: MatchSegment; r: Rows }[] = []
      for (const segment of group) found.push({ segment, r: await matchesQuery(db, c, { ...opts, segment }).execute() })
      count(group.length)
      add(found.flatMap((f) => f.r))
      i = segments.indexOf(group[group.length - 1]) + 1
      // A tier whose first segment (its best: near, newest) cannot fill the page is sparse in this
      // area: the whole tier is few rows, and one query instead of segment after segment.
      let sparse = false
      for (const { segment, r } of found) {
        if (!firstOfTier.includes(segment) || r.length >= opts.limit || whole.has(segment.tier)) continue
        sparse = true
        await readWhole(segment.tier)
      }
      // Still short of a page: the area is sparse, and the next tiers are read whole too, one query
      // each (as many round trips as before). Once the page is full, the other tiers stay in segments,
      // so only their rows that can still beat the page are read; before, every tier was read whole
      // once the first segment was sparse (decision 023)
      if (sparse && !full()) {
        for (const tier of allTiers) {
          if (whole.has(tier)) continue
          if (full() && rows[opts.limit - 1].score > tier.maxScore + CEILING_SLACK) break
          await readWhole(tier)
        }
        break
      }
    }
    if (stats) stats.tiersScored += tiers.size
    return rows
  }
  return findByTiers(db, c, opts, stats)
}

/** Whole tiers scored in turn, skipped once the page beats a tier's ceiling (decision 004). */
async function findByTiers(db: Queryable, c: MatchCandidate, opts: MatchQueryOptions, stats?: { tiersScored: number; queries?: number }) {
  let rows: MatchQueryRow[] = []
  for (const tier of matchTiers(c)) {
    if (rows.length >= opts.limit && rows[opts.limit - 1].score > tier.maxScore + CEILING_SLACK) break
    const found = await matchesQuery(db, c, { ...opts, tier }).execute()
    if (stats) {
      stats.tiersScored++
      stats.queries = (stats.queries ?? 0) + 1
    }
    rows = [...rows, ...found].sort(bySqlOrder).slice(0, opts.limit)
  }
  return rows
}

export type MatchRow = Awaited<ReturnType<typeof findMatches>>[number]

/** One published job's matching facts (detail page). */
export async function findMatchJob(db: Queryable, jobId: string): Promise<MatchJob | null> {
  const row = await db
    .selectFrom('jobs as j')
    .select([...MATCH_JOB_COLUMNS, postedAtSql.as('posted_at')])
    .where('j.id', '=', jobId)
    .where('j.status', '=', 'published')
    .executeTakeFirst()
  return row ? toMatchJob(row) : null
}

type MatchJobRow = Pick<
  MatchRow,
  | 'id' | 'role_id' | 'category_ids' | 'lat' | 'lng' | 'city_name' | 'locality' | 'work_mode' | 'salary_min_monthly' | 'salary_max_monthly'
  | 'experience_min_months' | 'experience_max_months' | 'requires_driving_licence' | 'requires_two_wheeler' | 'min_languages'
  | 'required_languages' | 'skills' | 'posted_at'
>

export function toMatchJob(r: MatchJobRow): MatchJob {
  return {
    id: r.id,
    roleId: r.role_id,
    categoryIds: r.category_ids,
    lat: r.lat,
    lng: r.lng,
    cityName: r.city_name,
    locality: r.locality,
    workMode: r.work_mode,
    salaryMinMonthly: r.salary_min_monthly,
    salaryMaxMonthly: r.salary_max_monthly,
    experienceMinMonths: r.experience_min_months,
    experienceMaxMonths: r.experience_max_months,
    requiresDrivingLicence: r.requires_driving_licence,
    requiresTwoWheeler: r.requires_two_wheeler,
    minLanguages: r.min_languages,
    requiredLanguages: r.required_languages,
    skills: r.skills,
    postedAt: r.posted_at,
  }
}

/**
 * How many of the candidate's plausible jobs *near them* (within `nearbyKm`, or remote) each
 * lacking requirement hides — one COUNT … FILTER pass over the indexed pre-filter. Near, because
 * those are the jobs the nudge can honestly promise. At most `scanCap` plausible jobs are read
 * (NUDGE_SCAN_CAP): when there are more, the counts are lower bounds and say so (`capped`).
 * Null when the candidate lacks nothing.
 */
export async function countHiddenJobs(db: Queryable, c: MatchCandidate, scanCap: number = NUDGE_SCAN_CAP): Promise<HiddenCounts | null> {
  const gaps = gapConditionsSql(c)
  const entries = Object.entries(gaps) as [ProfileGap, RawBuilder<boolean>][]
  if (entries.length === 0) return null
  const any = sql<boolean>`(${sql.join(
    entries.map(([, cond]) => cond),
    sql` or `,
  )})`
  const selections = entries.flatMap(([gap, cond]) => {
    const others = entries.filter(([g]) => g !== gap).map(([, o]) => sql<boolean>`not ${o}`)
    const alone = others.length ? sql<boolean>`${cond} and ${sql.join(others, sql` and `)}` : cond
    return [sql<number>`count(*) filter (where ${alone})::int`.as(`only_${gap}`), sql<number>`count(*) filter (where ${cond})::int`.as(`involved_${gap}`)]
  })
  // the gap conditions read only these columns; the subquery keeps the alias `j` they use
  const near = db
    .selectFrom('jobs as j')
    .select(['j.requires_driving_licence', 'j.requires_two_wheeler', 'j.min_languages', 'j.required_languages'])
    .where(plausibleSql(c, null, MATCH_PARAMS.location.nearbyKm))
    .limit(scanCap + 1)
  const row = await db
    .selectFrom(near.as('j'))
    .modifyFront(GENERIC_PLAN)
    .select([...selections, sql<number>`count(*) filter (where ${any})::int`.as('all'), sql<number>`count(*)::int`.as('scanned')])
    .executeTakeFirstOrThrow()
  const r = row as Record<string, number>
  const pick = (prefix: string) =>
    ({
      driving_licence: r[`${prefix}_driving_licence`] ?? 0,
      two_wheeler: r[`${prefix}_two_wheeler`] ?? 0,
      languages: r[`${prefix}_languages`] ?? 0,
    }) satisfies Record<ProfileGap, number>
  return { only: pick('only'), involved: pick('involved'), all: r.all, capped: r.scanned > scanCap }
}
