import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely'
import { CUSTOM_PLAN, type Queryable } from '../db/database'
import { getCityById } from '../master-data/cities'
import { nameIn } from '../master-data/master-data.repo'
import { expandSearchQuery } from '../normalise/search-terms'
import { boundingBox, type MatchCandidate } from '../matching/match-score'
import { cellNumbers, distanceFromSql, factorsSql, hiddenConditionSql, inCellsSql, totalFromFactorsSql } from '../matching/match-sql'
import type { ExploreQuery } from './explore-params'

export const JOB_CARD_COLUMNS = [
  'j.id',
  'j.title',
  'j.company_name',
  'j.city_name',
  'j.locality',
  'j.work_mode',
  'j.employment_type',
  'j.salary_min_monthly',
  'j.salary_max_monthly',
  'j.experience_min_months',
  'j.experience_max_months',
  'j.published_at',
  'j.is_demo',
] as const

/** Newest published jobs, at most a few per employer so one big recruiter cannot fill the page. */
export async function listHotJobs(db: Queryable, limit: number) {
  return db
    .with('ranked', (qb) =>
      qb
        .selectFrom('jobs as j')
        .select([...JOB_CARD_COLUMNS])
        .select((eb) =>
          eb.fn
            .agg<number>('row_number')
            .over((ob) => ob.partitionBy('j.employer_id').orderBy('j.published_at', 'desc'))
            .as('rn'),
        )
        .where('j.status', '=', 'published')
        .orderBy('j.published_at', 'desc')
        .limit(limit * 10),
    )
    .selectFrom('ranked')
    .selectAll()
    .where('rn', '<=', 1)
    .orderBy('published_at', 'desc')
    .limit(limit)
    .execute()
}

/**
 * Every filter of "Explore all jobs", as WHERE conditions over published jobs (`j`). `cell`: only
 * the jobs of this one jobs_cell() of the radius (one branch of the per-cell walk).
 */
function exploreConditions(q: ExploreQuery, tsQuery: RawBuilder<unknown> | null, cell?: number): RawBuilder<boolean>[] {
  const where: RawBuilder<boolean>[] = [sql<boolean>`j.status = 'published'`]
  // NOTE: a query of only punctuation/stop-words has no lexemes; it then filters nothing
  if (tsQuery) where.push(sql<boolean>`(numnode(${tsQuery}) = 0 or j.search @@ ${tsQuery})`)
  if (q.categoryId) where.push(sql<boolean>`j.category_ids @> array[${q.categoryId}]::uuid[]`)
  if (q.roleId) where.push(sql<boolean>`j.role_id = ${q.roleId}::uuid`)
  const city = q.cityId ? getCityById(q.cityId) : null
  if (city) {
    if (q.radiusKm <= 0) where.push(sql<boolean>`j.city_id = ${city.id}`)
    else {
      // within the radius of the city centre: cell index, then the exact box and distance
      const b = boundingBox(city, q.radiusKm)
      where.push(cell === undefined ? inCellsSql([b]) : sql<boolean>`jobs_cell(j.lat, j.lng) = ${cell}::int`)
      where.push(sql<boolean>`(j.lat between ${b.minLat}::float8 and ${b.maxLat}::float8 and j.lng between ${b.minLng}::float8 and ${b.maxLng}::float8)`)
      where.push(sql<boolean>`${distanceFromSql(city)} <= ${q.radiusKm}::float8`)
    }
  }
  if (q.salaryMin !== undefined) where.push(sql<boolean>`coalesce(j.salary_max_monthly, j.salary_min_monthly) >= ${q.salaryMin}::int`)
  if (q.experienceMonths !== undefined) {
    where.push(sql<boolean>`(j.experience_min_months <= ${q.experienceMonths}::int and (j.experience_max_months is null or j.experience_max_months >= ${q.experienceMonths}::int))`)
  }
  if (q.workMode) where.push(sql<boolean>`j.work_mode = ${q.workMode}`)
  return where
}

/**
 * Title and company match as typed ('simple'), the description also by English stems. Words of
 * other languages are expanded first (the one place search text is read: "डिलीवरी" → delivery):
 * each expanded term is a group of alternatives that must match.
 */
function toTsQuery(query: string | undefined): RawBuilder<unknown> | null {
  if (!query) return null
  const { text, groups } = expandSearchQuery(query)
  const either = (alternative: string) => sql`plainto_tsquery('simple', ${alternative}) || plainto_tsquery('english', ${alternative})`
  const anyOf = groups.map((alternatives) => sql`(${sql.join(alternatives.map(either), sql` || `)})`)
  const typed = text || groups.length === 0 ? [sql`(websearch_to_tsquery('simple', ${text}) || websearch_to_tsquery('english', ${text}))`] : []
  return sql`(${sql.join([...typed, ...anyOf], sql` && `)})`
}

/** Totals above this show as "1,000+". */
export const EXPLORE_COUNT_CAP = 1000

/**
 * Explore for a signed-in candidate: "Most relevant" without search text ranks by their match
 * score (the recommendations' scorer, over every job the filters keep, not only plausible ones).
 */
export type ExploreForCandidate = { candidate: MatchCandidate; now: Date }

/** What "Most relevant" means for this query and viewer. */
export function exploreOrder(q: Pick<ExploreQuery, 'q' | 'sort'>, signedInCandidate: boolean): 'match' | 'text' | 'newest' | 'salary' {
  if (q.sort === 'salary') return 'salary'
  if (q.sort === 'newest') return 'newest'
  if (q.q && q.q.trim()) return 'text'
  return signedInCandidate ? 'match' : 'newest'
}

/**
 * One page of published jobs with the total (exact up to EXPLORE_COUNT_CAP). Full-text search uses the GIN-indexed `search`
 * column; "relevance" ranks by it, or without a search by the signed-in candidate's match score
 * (newest for visitors); "newest" and "salary" sort plainly.
 */
export async function exploreJobs(db: Queryable, q: ExploreQuery, forCandidate: ExploreForCandidate | null = null) {
  const { rowsQuery, countQuery, countedRowsQuery } = exploreQueries(db, q, forCandidate)
  if (countedRowsQuery) {
    const found = await countedRowsQuery.execute()
    // a page past the end has no row to carry the count
    const n = found.length ? Number(found[0].matches) : (await countQuery.executeTakeFirstOrThrow()).n
    const rows = found.map(({ matches: _, ...row }) => row)
    return { rows, total: Math.min(n, EXPLORE_COUNT_CAP), totalIsCapped: n > EXPLORE_COUNT_CAP }
  }
  const [rows, count] = await Promise.all([rowsQuery.execute(), countQuery.executeTakeFirstOrThrow()])
  return { rows, total: Math.min(count.n, EXPLORE_COUNT_CAP), totalIsCapped: count.n > EXPLORE_COUNT_CAP }
}

/** The page query and the capped count query of exploreJobs() (separate for EXPLAIN in the benchmark). */
export function exploreQueries(db: Queryable, q: ExploreQuery, forCandidate: ExploreForCandidate | null = null) {
  // NOTE: every statement here is planned for its own values (CUSTOM_PLAN): a city, a rare word or a
  // category change the best plan, and the one generic plan a prepared statement settles on read
  // whole cells (category + city p95 500 ms at 200 k in bench:match, 20 ms with custom plans)
  const tsQuery = toTsQuery(q.q)
  const where = sql<boolean>`${sql.join(exploreConditions(q, tsQuery), sql` and `)}`
  const by = exploreOrder(q, forCandidate !== null)
  const order =
    by === 'salary'
      ? sql`coalesce(j.salary_max_monthly, j.salary_min_monthly) desc nulls last, j.published_at desc, j.id desc`
      : by === 'text' && tsQuery
        ? sql`ts_rank_cd(j.search, ${tsQuery}) desc, j.published_at desc, j.id desc`
        : by === 'match' && forCandidate
          ? matchOrderSql(forCandidate)
          : sql`j.published_at desc, j.id desc`
  // "newest" and "salary": the page's ids first, from an index-only walk of the ordered covering
  // index (migration 20261223090000) that stops after offset + pageSize matches, then only
  // those rows from the heap; reading the filtered rows themselves meant every match, then a sort
  const plainOrder = by === 'newest' || by === 'salary' || (by === 'text' && !tsQuery)
  // the page's cards: its ids (ordered, limited) from an index walk, then only those rows
  const cardsFor = <D, T extends keyof D>(page: SelectQueryBuilder<D, T, { id: string }>) =>
    db
      .selectFrom('jobs as j')
      .innerJoin(page.as('page'), (join) => join.onRef('page.id', '=', 'j.id'))
      .select([...JOB_CARD_COLUMNS])
      .orderBy(order)
      .modifyFront(CUSTOM_PLAN)
  const cells = nearCityCells(q)
  // near a city, newest first, no search text: one ordered index-only walk per cell of the radius
  // (jobs_explore_cell_newest_idx), merged; each stops after offset + pageSize matches. One walk of
  // the whole table's newest index would pass every job elsewhere, and the bitmap the planner
  // chose read every match (it underestimates them: cell, box and distance are correlated)
  if (cells && plainOrder && by !== 'salary' && !tsQuery) {
    const inCell = (cell: number) => sql<boolean>`${sql.join(exploreConditions(q, null, cell), sql` and `)}`
    const walks = cells.map((cell) => db.selectFrom('jobs as j').select(['j.id', 'j.published_at']).where(inCell(cell)).orderBy(order).limit(q.page * q.pageSize))
    const merged = sql<{ id: string; published_at: Date | null }>`(${sql.join(walks.map((w) => sql`(${w})`), sql` union all `)})`
    const counts = cells.map((cell) => db.selectFrom('jobs as j').select(sql`1`.as('one')).where(inCell(cell)))
    const counted = sql<{ one: number }>`(${sql.join(counts.map((w) => sql`(${w})`), sql` union all `)})`
    return {
      rowsQuery: cardsFor(
        db
          .selectFrom(merged.as('w'))
          .select('w.id')
          .orderBy(sql`w.published_at desc, w.id desc`)
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
      ),
      countedRowsQuery: null,
      countQuery: db
        .selectFrom(db.selectFrom(counted.as('c')).select('c.one').limit(EXPLORE_COUNT_CAP + 1).as('x'))
        .select(sql<number>`count(*)::int`.as('n'))
        .modifyFront(CUSTOM_PLAN),
    }
  }
  const rowsQuery = plainOrder
    ? cardsFor(db.selectFrom('jobs as j').select('j.id').where(where).orderBy(order).limit(q.pageSize).offset((q.page - 1) * q.pageSize))
    : db
        .selectFrom('jobs as j')
        .select([...JOB_CARD_COLUMNS])
        .where(where)
        .orderBy(order)
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .modifyFront(CUSTOM_PLAN)
  // ranked by the search: every match is read for its rank anyway, so the same scan counts them
  // (a window over the narrow ranked rows), instead of a second bitmap scan and heap read
  const countedRowsQuery =
    by === 'text' && tsQuery
      ? db
          .selectFrom('jobs as j')
          .innerJoin(
            (eb) =>
              eb
                .selectFrom('jobs as j')
                .select([
                  'j.id',
                  'j.published_at',
                  sql<number>`ts_rank_cd(j.search, ${tsQuery})`.as('search_rank'),
                  sql<string>`count(*) over ()`.as('matches'),
                ])
                .where(where)
                // the output column, so the rank is computed once per match
                .orderBy(sql`search_rank desc, j.published_at desc, j.id desc`)
                .limit(q.pageSize)
                .offset((q.page - 1) * q.pageSize)
                .as('page'),
            (join) => join.onRef('page.id', '=', 'j.id'),
          )
          .select([...JOB_CARD_COLUMNS, 'page.matches'])
          .orderBy(sql`page.search_rank desc, page.published_at desc, page.id desc`)
          .modifyFront(CUSTOM_PLAN)
      : null
  return {
    rowsQuery,
    countedRowsQuery,
    // counting stops past the cap: "1,000+ jobs" costs the same at 10 k or 10 M jobs
    countQuery: db
      .selectFrom(db.selectFrom('jobs as j').select(sql`1`.as('one')).where(where).limit(EXPLORE_COUNT_CAP + 1).as('x'))
      .select(sql<number>`count(*)::int`.as('n'))
      .modifyFront(CUSTOM_PLAN),
  }
}

/** The jobs_cell() numbers a city + radius filter touches; null without one (or for the city alone). */
function nearCityCells(q: ExploreQuery): number[] | null {
  const city = q.cityId ? getCityById(q.cityId) : null
  return city && q.radiusKm > 0 ? cellNumbers([boundingBox(city, q.radiusKm)]) : null
}

/**
 * Best match first, as the recommendations order (score, newer, id); jobs needing something the
 * candidate is known to lack (a licence, a two-wheeler, languages) come after all the others.
 */
function matchOrderSql({ candidate, now }: ExploreForCandidate) {
  const hidden = hiddenConditionSql(candidate)
  const score = totalFromFactorsSql(factorsSql(candidate, now))
  const postedAt = sql`coalesce(j.published_at, j.created_at)`
  return hidden
    ? sql`(${hidden}) asc, ${score} desc, ${postedAt} desc, j.id desc`
    : sql`${score} desc, ${postedAt} desc, j.id desc`
}

/** A job with everything its detail page shows; the caller adds which jobs the viewer may see. */
export function jobDetailQuery(db: Queryable, locale: string) {
  return db
    .selectFrom('jobs as j')
    .leftJoin('job_roles as r', 'r.id', 'j.role_id')
    .select([
      ...JOB_CARD_COLUMNS,
      'j.status',
      'j.closed_at',
      'j.state',
      'j.pin_code',
      'j.description',
      'j.skills',
      'j.education',
      'j.openings',
      'j.requires_driving_licence',
      'j.requires_two_wheeler',
      'j.min_languages',
      'j.required_languages',
      // role and category names in the reader's language (English when a name has no translation)
      nameIn('r', locale).as('role_name'),
      sql<string[]>`coalesce((select array_agg(${nameIn('c', locale)} order by c.sort_order) from job_categories c where c.id = any(j.category_ids)), '{}')`.as('category_names'),
    ])
}

/** A job for its detail page: published or closed (drafts are never shown). */
export async function findJobDetail(db: Queryable, id: string, locale: string) {
  return jobDetailQuery(db, locale).where('j.id', '=', id).where('j.status', 'in', ['published', 'closed']).executeTakeFirst()
}
