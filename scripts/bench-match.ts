/**
 * npm run bench:match — live matching at scale. Own embedded Postgres in a temp dir; migrates and
 * seeds it, then grows the jobs table to 10 k, 50 k and 200 k published jobs (INSERT … SELECT
 * generate_series, spread over cities by importance and over every role with its real
 * requirements). At each size: top-20 recommendations (the full service path: facts, scored
 * query, nudge count) for 1 000 random candidates with 50 queries in flight, and the explore
 * query with filters. Prints the 10 k → 200 k growth. Last line: JSON.
 *
 * Env: BENCH_SCALES (default "10000,50000,200000"), BENCH_CANDIDATES (1000), BENCH_CONCURRENCY (50),
 * BENCH_PROFILE=1 (also time facts / scored query / nudge count one at a time), BENCH_ONLY=explore
 * (skip the recommendations: explore only, with serial p95 per kind of query).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { sql, type CompiledQuery } from 'kysely'
import { createDatabase, type Database } from '../server/db/database'
import { ensureDatabase, startEmbeddedPostgres } from '../server/db/embedded-postgres'
import { migrateToLatest } from '../server/db/migrate'
import { exploreJobs, exploreQueries } from '../server/jobs/jobs.repo'
import { exploreInputSchema, type ExploreInput } from '../server/jobs/explore-input.server'
import { createLogger } from '../server/logger'
import { allCities } from '../server/master-data/cities'
import { loadMatchCandidate, recommendJobs } from '../server/matching/matching.service'
import { countHiddenJobs, findMatches, matchesQuery } from '../server/matching/matching.repo'
import { matchSegments, matchTiers } from '../server/matching/match-sql'
import { ROLES } from '../seeds/data/roles'
import { runSeeds } from '../seeds/run-seeds'
import { measure, round, type Stats } from './bench-stats'

const SCALES = (process.env.BENCH_SCALES ?? '10000,50000,200000').split(',').map(Number)
const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 1000)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50)
const EXPLORE_QUERIES = 500
const EXPLORE_ONLY = process.env.BENCH_ONLY === 'explore'
const NOT_MEASURED: Stats = { n: 0, p50: 0, p95: 0, p99: 0, max: 0, qps: 0 }
const CITY_COUNT = 200
const log = (msg: string) => process.stderr.write(`${msg}\n`)

/** Helper tables the generators join against: cities weighted by importance, roles with their real bands and requirements. */
async function prepareGenerators(db: Database) {
  const cities = allCities().slice(0, CITY_COUNT)
  await sql`create unlogged table bench_cities (i int primary key, id text, name text, state text, lat float8, lng float8)`.execute(db)
  await sql`insert into bench_cities values ${sql.join(cities.map((c, i) => sql`(${i + 1}, ${c.id}, ${c.name}, ${c.state}, ${c.lat}, ${c.lng})`))}`.execute(db)
  // ~1/rank^0.9 share of jobs and candidates (metros dominate, as on real job boards), as 2 000 equal slots
  const weights = cities.map((_, i) => 1 / (i + 1) ** 0.9)
  const total = weights.reduce((a, b) => a + b, 0)
  const slots: number[] = []
  weights.forEach((w, i) => {
    for (let k = 0; k < Math.max(1, Math.round((w / total) * 2000)); k++) slots.push(i + 1)
  })
  await sql`create unlogged table bench_city_slots (slot int primary key, city_i int)`.execute(db)
  await sql`insert into bench_city_slots values ${sql.join(slots.map((c, i) => sql`(${i + 1}, ${c})`))}`.execute(db)

  const dbRoles = await db
    .selectFrom('job_roles as r')
    .select(['r.id', 'r.slug', 'r.name', 'r.suggested_skills', sql<string[]>`(select array_agg(category_id) from job_role_categories where role_id = r.id)`.as('category_ids')])
    .execute()
  const bySlug = new Map(ROLES.map((r) => [r.slug, r]))
  await sql`create unlogged table bench_roles (i int primary key, id uuid, name text, job_type text, category_ids uuid[], skills text[],
    smin int, smax int, emin int, emax int, licence bool, two_wheeler bool, min_languages int)`.execute(db)
  await sql`insert into bench_roles values ${sql.join(
    dbRoles.map((r, i) => {
      const seed = bySlug.get(r.slug)!
      return sql`(${i + 1}, ${r.id}::uuid, ${r.name}, ${seed.jobType}, ${r.category_ids}::uuid[], ${r.suggested_skills}::text[], ${seed.salaryMonthly.min}, ${seed.salaryMonthly.max},
        ${seed.experienceMonths.min}, ${seed.experienceMonths.max}, ${seed.requirements.drivingLicence}, ${seed.requirements.twoWheeler}, ${seed.requirements.minLanguages})`
    }),
  )}`.execute(db)
  await sql`create unlogged table bench_employers as select row_number() over (order by id)::int as i, id, company_name from employers`.execute(db)
  return { roleCount: dbRoles.length, slotCount: slots.length }
}

async function generateJobs(db: Database, from: number, to: number, g: { roleCount: number; slotCount: number }) {
  await sql`
    with s as (
      select n, 1 + floor(random() * ${g.roleCount})::int as ri, 1 + floor(random() * ${g.slotCount})::int as ci,
        1 + floor(random() * (select count(*) from bench_employers))::int as ei, random() as a, random() as b, random() as c, random() as d
      from generate_series(${from}::int, ${to}::int) n)
    insert into jobs (employer_id, company_name, title, role_id, category_ids, city_id, city_name, state, lat, lng, work_mode, employment_type,
      salary_min_monthly, salary_max_monthly, experience_min_months, experience_max_months, requires_driving_licence, requires_two_wheeler,
      min_languages, required_languages, skills, description, status, published_at, is_demo, seed_key)
    select e.id, e.company_name, r.name || ' – ' || c.name, r.id, r.category_ids, c.id, c.name, c.state, c.lat, c.lng,
      case when r.job_type = 'blue_collar' then 'onsite' when s.a < 0.12 then 'remote' when s.a < 0.35 then 'hybrid' else 'onsite' end,
      case when s.d < 0.85 then 'full_time' else 'contract' end,
      p.smin, p.smin + greatest(1000, (round((r.smax - r.smin) * 0.35 / 500) * 500)::int),
      p.emin, case when s.d < 0.8 then p.emin + 24 else null end,
      r.licence, r.two_wheeler, r.min_languages,
      case when r.min_languages > 1 then array['Hindi', 'English'] when s.d < 0.4 then array['Hindi'] else '{}'::text[] end,
      r.skills,
      'Bench job ' || s.n || ': ' || r.name || ' in ' || c.name || '. Skills: ' || array_to_string(r.skills, ', ') || '. Immediate joining, salary on time, PF and ESI.',
      'published', now() - s.b * interval '60 days', true, 'bench-' || s.n
    from s
    join bench_roles r on r.i = s.ri
    join bench_city_slots cs on cs.slot = s.ci
    join bench_cities c on c.i = cs.city_i
    join bench_employers e on e.i = s.ei
    cross join lateral (select (round((r.smin + s.c * (r.smax - r.smin) * 0.6) / 500) * 500)::int as smin,
                               floor(s.c * r.emax * 0.6)::int as emin) p`.execute(db)
}

/** Random candidates with profiles and (80 %) resumes, from the same city and role spread. */
async function generateCandidates(db: Database, count: number, g: { roleCount: number; slotCount: number }): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    with s as (
      select n, 1 + floor(random() * ${g.roleCount})::int as ri, 1 + floor(random() * ${g.slotCount})::int as ci,
        1 + floor(random() * ${g.slotCount})::int as ci2, random() as a
      from generate_series(1, ${count}::int) n)
    insert into candidates (mobile, full_name, current_city_id, current_city_name, pin_code, preferred_category_id, preferred_role_id,
      preferred_city_ids, languages, basic_profile_completed_at, updated_at)
    select '+918' || lpad(s.n::text, 9, '0'), 'Bench Candidate ' || s.n, c.id, c.name, '400001', r.category_ids[1], r.id,
      case when s.a < 0.3 and c2.id <> c.id then array[c.id, c2.id] else array[c.id] end,
      case when s.a < 0.5 then array['Hindi', 'English'] else '{}'::text[] end, now(), now()
    from s
    join bench_roles r on r.i = s.ri
    join bench_city_slots cs on cs.slot = s.ci join bench_cities c on c.i = cs.city_i
    join bench_city_slots cs2 on cs2.slot = s.ci2 join bench_cities c2 on c2.i = cs2.city_i
    returning id`.execute(db)
  await sql`
    insert into resumes (candidate_id, version, is_current, source, job_type, role_id, data)
    select c.id, 1, true, 'bot', r.job_type, r.id, jsonb_build_object(
        'experience_months', floor(random() * 72)::int,
        'expected_salary_monthly', (round((r.smin + random() * (r.smax - r.smin)) / 1000) * 1000)::int,
        'has_driving_licence', random() < 0.6,
        'owns_vehicle', v.owns,
        'vehicle_type', case when v.owns then 'two_wheeler' else 'none' end,
        'languages', jsonb_build_array('Hindi'),
        -- skills (issue 15): half the role's suggested ones, so skill overlap is scored
        'skills', to_jsonb(r.skills[1:3] || r.skills[6:6]))
    from candidates c
    join bench_roles r on r.id = c.preferred_role_id
    cross join lateral (select random() < 0.5 + 0 * length(c.id::text) as owns) v
    where c.full_name like 'Bench Candidate %' and random() < 0.8`.execute(db)
  return rows.rows.map((r) => r.id)
}

/** Explore queries people actually make: category + city, text + city, salary + mode, paging. */
function exploreCases(n: number, ctx: { categoryIds: string[]; roleIds: string[]; cityIds: string[]; words: string[] }): ExploreInput[] {
  const pick = <T>(xs: readonly T[], i: number) => xs[i % xs.length]
  return Array.from({ length: n }, (_, i): ExploreInput => {
    const city = pick(ctx.cityIds, (i * 7) % 20)
    switch (i % 5) {
      case 0:
        return { categoryId: pick(ctx.categoryIds, i), cityId: city, radiusKm: 25, sort: 'relevance' }
      case 1:
        return { q: pick(ctx.words, i), cityId: city, radiusKm: 50, sort: 'relevance' }
      case 2:
        return { salaryMin: 20_000, workMode: 'onsite', categoryId: pick(ctx.categoryIds, i + 3), sort: 'salary' }
      case 3:
        return { roleId: pick(ctx.roleIds, i), experienceMonths: 12, sort: 'newest', page: 1 + (i % 3) }
      default:
        return { q: pick(ctx.words, i + 1), sort: 'newest', page: 1 + (i % 5) }
    }
  })
}

// ---------------------------------------------------------------------------------------------

const startedAt = performance.now()
const dir = await mkdtemp(path.join(os.tmpdir(), 'aiviue-bench-match-'))
const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), persistent: false })
try {
  await ensureDatabase(pg.connectionString('postgres'), 'bench')
  const { db, pool } = createDatabase(pg.connectionString('bench'), { max: CONCURRENCY + 5, prepared: process.env.DATABASE_PREPARED_STATEMENTS !== 'off' })
  // NOTE: pool.end() resolves before its sockets have closed; stopping Postgres right after it
  // terminates them (57P01), which is expected here and must not crash the run
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') throw error
  })
  await migrateToLatest(db)
  await runSeeds(db, createLogger('silent'))
  await sql`select setseed(0.20261201)`.execute(db)
  const generators = await prepareGenerators(db)
  const candidateIds = await generateCandidates(db, CANDIDATES, generators)
  const seededJobs = Number((await sql<{ n: number }>`select count(*)::int as n from jobs`.execute(db)).rows[0].n)
  log(`setup: ${candidateIds.length} candidates, ${seededJobs} seeded demo jobs, ${round((performance.now() - startedAt) / 1000)} s`)

  const categoryIds = (await db.selectFrom('job_categories').select('id').execute()).map((r) => r.id)
  const roleIds = (await db.selectFrom('job_roles').select('id').execute()).map((r) => r.id)
  const exploreCtx = { categoryIds, roleIds, cityIds: allCities().slice(0, 20).map((c) => c.id), words: ['delivery', 'driver', 'telecaller', 'react developer', 'nurse', 'electrician', 'sales', 'accountant', 'security guard', 'cook'] }
  const explores = exploreCases(EXPLORE_QUERIES, exploreCtx).map((x) => exploreInputSchema.parse(x))

  const results: {
    jobs: number
    generateSeconds: number
    recommend: Stats
    recommendSerial: Stats
    explore: Stats
    exploreSerial: Stats
    exploreMine: Stats
    exploreSerialByKind: Record<string, Stats>
    avgRecommended: number
    avgPlausibleRows: number
    avgTiersScored: number
    avgSegmentsRead: number
    avgMatchQueries: number
    avgTiersWhole: number
  }[] = []
  let generated = 0
  for (const scale of SCALES) {
    const target = scale - seededJobs
    const t0 = performance.now()
    if (target > generated) await generateJobs(db, generated + 1, target, generators)
    generated = Math.max(generated, target)
    // what autovacuum does in production after a bulk load: statistics, visibility map, GIN pending lists
    await sql`vacuum analyze jobs`.execute(db)
    const generateSeconds = round((performance.now() - t0) / 1000)
    const now = new Date()

    // warm-up: caches and plans, not measured
    if (!EXPLORE_ONLY) await measure(candidateIds.slice(0, 50), 10, (id) => recommendJobs(db, id, { limit: 20, now }))
    let returned = 0
    const recommend = EXPLORE_ONLY
      ? NOT_MEASURED
      : await measure(candidateIds, CONCURRENCY, async (id) => {
          const { items } = await recommendJobs(db, id, { limit: 20, now })
          returned += items.length
        })
    const recommendSerial = EXPLORE_ONLY ? NOT_MEASURED : await measure(candidateIds.slice(0, 100), 1, (id) => recommendJobs(db, id, { limit: 20, now }))
    if (EXPLORE_ONLY) await measure(explores.slice(0, 50), 10, (q) => exploreJobs(db, q))
    const explore = await measure(explores, CONCURRENCY, (q) => exploreJobs(db, q))
    const exploreSerial = await measure(explores.slice(0, 100), 1, (q) => exploreJobs(db, q))
    // the serial explore split by kind of query (exploreCases: i % 5), to see which one sets the p95
    const exploreKinds = ['category+city', 'text+city', 'salary sort', 'role+newest', 'text+newest']
    const exploreSerialByKind: Record<string, Stats> = {}
    for (const [k, kind] of exploreKinds.entries()) exploreSerialByKind[kind] = await measure(explores.slice(0, 100).filter((_, i) => i % 5 === k), 1, (q) => exploreJobs(db, q))
    // a signed-in candidate's Explore as it opens: their city, 25 km, "Most relevant" = match score
    const exploreMine = await measure(candidateIds.slice(0, 300), CONCURRENCY, async (id) => {
      const candidate = await loadMatchCandidate(db, id)
      const cityId = candidate.anchors.find((a) => a.kind === 'current')?.cityId
      await exploreJobs(db, exploreInputSchema.parse({ cityId, radiusKm: 25 }), { candidate, now })
    })

    if (process.env.BENCH_PROFILE && !EXPLORE_ONLY) {
      const t = { facts: 0, matches: 0, hidden: 0 }
      for (const id of candidateIds.slice(0, 100)) {
        let a = performance.now()
        const c = await loadMatchCandidate(db, id)
        t.facts += performance.now() - a
        a = performance.now()
        await findMatches(db, c, { now, limit: 21 })
        t.matches += performance.now() - a
        a = performance.now()
        await countHiddenJobs(db, c)
        t.hidden += performance.now() - a
      }
      log(`profile (avg ms): facts ${round(t.facts / 100)}, matches ${round(t.matches / 100)}, hidden ${round(t.hidden / 100)}`)
    }
    // how many plausible jobs a candidate has, and how many role tiers needed scoring for the top 20
    let plausibleRows = 0
    const stats = { tiersScored: 0, segmentsRead: 0, queries: 0, tiersWhole: 0 }
    const slowest: { ms: number; plausible: number; city: string | null; tiersScored: number; segmentsRead: number; queries: number; tiersWhole: number }[] = []
    const sample = EXPLORE_ONLY ? [] : candidateIds.slice(0, 50)
    for (const id of sample) {
      const c = await loadMatchCandidate(db, id)
      const compiled = matchesQuery(db, c, { now, limit: 1_000_000 }).compile()
      const r = await db.executeQuery<{ n: number }>({ ...compiled, sql: `select count(*)::int as n from (${compiled.sql}) x` })
      plausibleRows += r.rows[0]?.n ?? 0
      const one = { tiersScored: 0, segmentsRead: 0, queries: 0, tiersWhole: 0 }
      const t = performance.now()
      await findMatches(db, c, { now, limit: 21 }, one)
      slowest.push({ ms: round(performance.now() - t), plausible: r.rows[0]?.n ?? 0, city: c.anchors[0]?.cityId ?? null, ...one })
      for (const k of ['tiersScored', 'segmentsRead', 'queries', 'tiersWhole'] as const) stats[k] += one[k]
    }
    // which candidates set the tail: the slowest top-20s of the sample with what they read (timed under whatever load there is)
    log(`  slowest top-20s: ${JSON.stringify(slowest.sort((a, b) => b.ms - a.ms).slice(0, 5))}`)
    // Postgres blocks (heap + index, jobs table) per top-20: does not depend on the machine's load.
    // NOTE: backends flush their counters when idle (≤ 1 s), hence the wait before reading them
    const jobBlocks = async () => {
      await new Promise((r) => setTimeout(r, 1500))
      await sql`select pg_stat_clear_snapshot()`.execute(db)
      const r = await sql<{ n: string }>`select (coalesce(heap_blks_read, 0) + coalesce(heap_blks_hit, 0) + coalesce(idx_blks_read, 0) + coalesce(idx_blks_hit, 0))::text as n
        from pg_statio_user_tables where relname = 'jobs'`.execute(db)
      return Number(r.rows[0]?.n ?? 0)
    }
    let blocksPerTop20 = 0
    if (sample.length) {
      const candidates = await Promise.all(sample.map((id) => loadMatchCandidate(db, id)))
      const before = await jobBlocks()
      for (const c of candidates) await findMatches(db, c, { now, limit: 21 })
      blocksPerTop20 = round(((await jobBlocks()) - before) / candidates.length)
    }
    const row = {
      blocksPerTop20,
      jobs: scale,
      generateSeconds,
      recommend,
      recommendSerial,
      explore,
      exploreSerial,
      exploreMine,
      exploreSerialByKind,
      avgRecommended: round(returned / candidateIds.length),
      avgPlausibleRows: round(plausibleRows / Math.max(1, sample.length)),
      avgTiersScored: round(stats.tiersScored / Math.max(1, sample.length)),
      avgSegmentsRead: round(stats.segmentsRead / Math.max(1, sample.length)),
      avgMatchQueries: round(stats.queries / Math.max(1, sample.length)),
      avgTiersWhole: round(stats.tiersWhole / Math.max(1, sample.length)),
    }
    results.push(row)
    log(
      `${String(scale).padStart(7)} jobs (+${generateSeconds}s to generate): recommend p50 ${recommend.p50} ms, p95 ${recommend.p95} ms, p99 ${recommend.p99} ms, ${recommend.qps} q/s ` +
        `(one at a time: p50 ${recommendSerial.p50} ms, p95 ${recommendSerial.p95} ms; ~${row.avgPlausibleRows} plausible jobs, ${row.avgTiersScored} role tiers and ${row.avgSegmentsRead} segments read in ${row.avgMatchQueries} queries, ${row.avgTiersWhole} sparse tiers read whole; ${row.blocksPerTop20} jobs blocks per top-20) | explore p50 ${explore.p50} ms, p95 ${explore.p95} ms, ${explore.qps} q/s (one at a time: p50 ${exploreSerial.p50} ms, p95 ${exploreSerial.p95} ms) | explore by match score (own city) p50 ${exploreMine.p50} ms, p95 ${exploreMine.p95} ms`,
    )
    log(`  explore one at a time by kind (p50 / p95 ms): ${Object.entries(exploreSerialByKind).map(([k, s]) => `${k} ${s.p50} / ${s.p95}`).join(', ')}`)
  }

  // plans at the largest size: a Mumbai candidate's first segment (or tier), and one explore query of each kind
  const busiest = await sql<{ id: string }>`
    select c.id from candidates c where c.full_name like 'Bench Candidate %' and c.current_city_id = 'mumbai-mh' limit 1`.execute(db)
  const showPlan = async (title: string, compiled: CompiledQuery) => {
    const plan = await db.executeQuery<{ 'QUERY PLAN': string }>({ ...compiled, sql: `explain (analyze, buffers, costs off) ${compiled.sql}` })
    log(`plan, ${title}:`)
    for (const l of plan.rows.map((r) => r['QUERY PLAN']).filter((l) => !/Sort Key|Filter|Recheck|Index Cond|Output/.test(l))) log(`  ${l.slice(0, 160)}`)
  }
  if (busiest.rows[0] && !EXPLORE_ONLY) {
    const c = await loadMatchCandidate(db, busiest.rows[0].id)
    const now = new Date()
    await showPlan('exact-role tier of a Mumbai candidate at the largest size', matchesQuery(db, c, { now, limit: 21, tier: matchTiers(c)[0] }).compile())
    // the segments a top-20 reads, in order
    const read = { tiersScored: 0, segmentsRead: 0 }
    await findMatches(db, c, { now, limit: 21 }, read)
    for (const [i, segment] of (matchSegments(c, now) ?? []).slice(0, process.env.BENCH_EXPLAIN ? read.segmentsRead : 1).entries()) {
      await showPlan(`segment ${i + 1} of ${read.segmentsRead} read (${segment.band}, weeks ${segment.weeks?.join(',') ?? 'older'}, ceiling ${round(segment.maxScore)}) of a Mumbai candidate`, matchesQuery(db, c, { now, limit: 21, segment }).compile())
    }
  }
  if (process.env.BENCH_EXPLAIN) {
    for (const [i, q] of explores.slice(0, 10).entries()) {
      const { rowsQuery, countQuery, countedRowsQuery } = exploreQueries(db, q)
      // a ranked search counts in its page's scan (countedRowsQuery): the count query then runs only past the last page
      if (countedRowsQuery) await showPlan(`explore case ${i} rows with their count ${JSON.stringify(q)}`, countedRowsQuery.compile())
      else {
        await showPlan(`explore case ${i} rows ${JSON.stringify(q)}`, rowsQuery.compile())
        await showPlan(`explore case ${i} count`, countQuery.compile())
      }
    }
  }

  const first = results[0]
  const last = results[results.length - 1]
  const growth = {
    from: first.jobs,
    to: last.jobs,
    recommendP50: round(last.recommend.p50 / first.recommend.p50),
    recommendP95: round(last.recommend.p95 / first.recommend.p95),
    recommendSerialP50: round(last.recommendSerial.p50 / first.recommendSerial.p50),
    exploreP50: round(last.explore.p50 / first.explore.p50),
    exploreP95: round(last.explore.p95 / first.explore.p95),
    exploreSerialP50: round(last.exploreSerial.p50 / first.exploreSerial.p50),
  }
  log(
    `growth ${first.jobs} → ${last.jobs} jobs (×${round(last.jobs / first.jobs)}): recommend p50 ×${growth.recommendP50}, p95 ×${growth.recommendP95} (serial p50 ×${growth.recommendSerialP50}); explore p50 ×${growth.exploreP50}, p95 ×${growth.exploreP95} (serial p50 ×${growth.exploreSerialP50})`,
  )
  await db.destroy()
  const totalSeconds = round((performance.now() - startedAt) / 1000)
  log(`total ${totalSeconds} s`)
  process.stdout.write(`${JSON.stringify({ bench: 'match', candidates: candidateIds.length, concurrency: CONCURRENCY, cores: os.cpus().length, scales: results, growth, totalSeconds })}\n`)
} finally {
  await pg.stop()
  await rm(dir, { recursive: true, force: true })
}
