import { sql, type RawBuilder } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, completeBasicProfile, createCandidateActor } from '../../tests/setup/fixtures'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import { getCityById } from '../master-data/cities'
import { loadMatchCandidate } from '../matching/matching.service'
import { findMatchJob } from '../matching/matching.repo'
import { distanceKm, scoreJob } from '../matching/match-score'
import { categoryBySlug, insertCurrentResume, insertJob, roleBySlug } from '../../tests/helpers/matching'
import { parseExploreParams, type ExploreInput } from './explore-input.server'
import { ANY_CITY, exploreSearchParams } from './explore-params'
import { EXPLORE_COUNT_CAP } from './jobs.repo'

let server: TestServer
let caller: Awaited<ReturnType<typeof callerFor>>
const ids: Record<string, string> = {}

beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
  caller = await callerFor(server.services)
  const db = server.services.db
  ids.quokka = await insertJob(db, { title: 'Quokka Courier', roleSlug: 'delivery-boy', cityId: 'pune-mh', salary: [15_000, 19_000], description: 'Deliver parcels across Pune on your bike.' })
  ids.closed = await insertJob(db, { title: 'Closed Warehouse Job', roleSlug: 'warehouse-picker', cityId: 'pune-mh', status: 'closed' })
  ids.draft = await insertJob(db, { title: 'Draft Quokka Job', roleSlug: 'warehouse-picker', cityId: 'pune-mh', status: 'draft' })
})
afterAll(async () => {
  await server?.stop()
})

async function publishedCount(where = sql`true`) {
  const r = await sql<{ n: number }>`select count(*)::int as n from jobs j where j.status = 'published' and ${where}`.execute(server.services.db)
  return r.rows[0].n
}

describe('jobs.explore', () => {
  it('pages through every published job with the total count', async () => {
    const total = await publishedCount()
    const first = await caller.jobs.explore({ pageSize: 20, sort: 'newest' })
    expect(first.total).toBe(total)
    expect(first.totalIsCapped).toBe(false)
    expect(first.pageCount).toBe(Math.ceil(total / 20))
    expect(first.items).toHaveLength(20)
    const second = await caller.jobs.explore({ pageSize: 20, sort: 'newest', page: 2 })
    expect(second.items.some((j) => first.items.some((f) => f.id === j.id))).toBe(false)
    const times = [...first.items, ...second.items].map((j) => Date.parse(j.publishedAt!))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    const beyond = await caller.jobs.explore({ pageSize: 20, page: first.pageCount + 1 })
    expect(beyond).toMatchObject({ items: [], total })
  })

  it('searches title, company and description with Postgres full-text search, best first', async () => {
    const byTitle = await caller.jobs.explore({ q: 'quokka' })
    expect(byTitle.items.map((j) => j.title)).toEqual(['Quokka Courier'])
    // English stemming on the description: "parcel" finds "parcels"
    const byDescription = await caller.jobs.explore({ q: 'parcel Pune' })
    expect(byDescription.items.map((j) => j.id)).toContain(ids.quokka)
    const company = (await caller.jobs.explore({ pageSize: 1 })).items[0].companyName
    const byCompany = await caller.jobs.explore({ q: `"${company}"`, pageSize: 50 })
    expect(byCompany.total).toBeGreaterThan(0)
    expect(byCompany.items.every((j) => j.companyName === company)).toBe(true)
    // only stop-words or punctuation: no lexemes, so the search filters nothing
    expect((await caller.jobs.explore({ q: '!!!' })).total).toBe(await publishedCount())
    expect((await caller.jobs.explore({ q: 'zzqqxx nothing like this' })).total).toBe(0)
  })

  it('ranked search pages (the count read in the same scan) are the full ranking page by page, with the exact total', async () => {
    const tsq = sql`(websearch_to_tsquery('simple', 'delivery') || websearch_to_tsquery('english', 'delivery'))`
    const all = await sql<{ id: string }>`select j.id from jobs j where j.status = 'published' and j.search @@ ${tsq}
      order by ts_rank_cd(j.search, ${tsq}) desc, j.published_at desc, j.id desc`.execute(server.services.db)
    const expected = all.rows.map((r) => r.id)
    expect(expected.length).toBeGreaterThan(5)
    const got: string[] = []
    for (let page = 1; page <= Math.ceil(expected.length / 5); page++) {
      const r = await caller.jobs.explore({ q: 'delivery', pageSize: 5, page })
      expect(r).toMatchObject({ total: expected.length, totalIsCapped: false })
      got.push(...r.items.map((j) => j.id))
    }
    expect(got).toEqual(expected)
    // past the last page no row carries the count: it is still exact
    const beyond = await caller.jobs.explore({ q: 'delivery', pageSize: 5, page: Math.ceil(expected.length / 5) + 1 })
    expect(beyond).toMatchObject({ items: [], total: expected.length })
  })

  it('filters by category, role, city + radius, salary, experience and work mode', async () => {
    const delivery = await categoryBySlug(server.services.db, 'delivery-logistics')
    const byCategory = await caller.jobs.explore({ categoryId: delivery.id, pageSize: 50 })
    expect(byCategory.total).toBe(await publishedCount(sql`${delivery.id}::uuid = any(j.category_ids)`))

    const rider = await roleBySlug(server.services.db, 'delivery-boy')
    const byRole = await caller.jobs.explore({ roleId: rider.id, pageSize: 50 })
    expect(byRole.total).toBe(await publishedCount(sql`j.role_id = ${rider.id}::uuid`))

    const mumbai = getCityById('mumbai-mh')!
    const near = await caller.jobs.explore({ cityId: 'mumbai-mh', radiusKm: 50, pageSize: 50 })
    expect(near.total).toBeGreaterThan(0)
    expect(near.items.some((j) => j.cityName === 'Thane')).toBe(true)
    const rows = await server.services.db.selectFrom('jobs').select(['id', 'lat', 'lng']).where('status', '=', 'published').execute()
    expect(near.total).toBe(rows.filter((r) => distanceKm(r, mumbai) <= 50).length)
    const only = await caller.jobs.explore({ cityId: 'mumbai-mh', radiusKm: 0, pageSize: 50 })
    expect(only.items.every((j) => j.cityName === 'Mumbai')).toBe(true)

    const paid = await caller.jobs.explore({ salaryMin: 50_000, pageSize: 50 })
    expect(paid.items.every((j) => (j.salaryMaxMonthly ?? j.salaryMinMonthly ?? 0) >= 50_000)).toBe(true)
    const fresher = await caller.jobs.explore({ experienceMonths: 0, pageSize: 50 })
    expect(fresher.items.every((j) => j.experienceMinMonths === 0)).toBe(true)
    const remote = await caller.jobs.explore({ workMode: 'remote', pageSize: 50 })
    expect(remote.total).toBe(await publishedCount(sql`j.work_mode = 'remote'`))
    expect(remote.items.every((j) => j.workMode === 'remote')).toBe(true)
  })

  it('sorts by salary, highest first', async () => {
    const r = await caller.jobs.explore({ sort: 'salary', pageSize: 30 })
    const pay = r.items.map((j) => j.salaryMaxMonthly ?? j.salaryMinMonthly ?? -1)
    expect(pay).toEqual([...pay].sort((a, b) => b - a))
  })

  it('newest and salary pages (ids from the ordered index, then the rows) are exactly the full sorted list, page by page', async () => {
    const delivery = await categoryBySlug(server.services.db, 'delivery-logistics')
    const rider = await roleBySlug(server.services.db, 'delivery-boy')
    const salary = sql`coalesce(j.salary_max_monthly, j.salary_min_monthly) desc nulls last, j.published_at desc, j.id desc`
    const newest = sql`j.published_at desc, j.id desc`
    const cases: { input: ExploreInput; where: RawBuilder<unknown>; order: RawBuilder<unknown>; pageSize?: number }[] = [
      { input: { sort: 'newest' }, where: sql`true`, order: newest },
      { input: { sort: 'salary' }, where: sql`true`, order: salary },
      { input: { sort: 'salary', categoryId: delivery.id, salaryMin: 15_000 }, where: sql`${delivery.id}::uuid = any(j.category_ids) and coalesce(j.salary_max_monthly, j.salary_min_monthly) >= 15000`, order: salary },
      { input: { sort: 'newest', roleId: rider.id, experienceMonths: 6 }, where: sql`j.role_id = ${rider.id}::uuid and j.experience_min_months <= 6 and coalesce(j.experience_max_months, 6) >= 6`, order: newest },
    ]
    const mumbai = getCityById('mumbai-mh')!
    const rows = await server.services.db.selectFrom('jobs').select(['id', 'lat', 'lng', 'work_mode']).where('status', '=', 'published').execute()
    const nearMumbai = rows.filter((r) => r.work_mode === 'onsite' && distanceKm(r, mumbai) <= 50).map((r) => r.id)
    cases.push({ input: { sort: 'relevance', cityId: 'mumbai-mh', radiusKm: 50, workMode: 'onsite' }, where: sql`j.id = any(${nearMumbai}::uuid[])`, order: newest })
    // near a city, newest first: one ordered walk per cell of the radius, merged (decision 023);
    // 100 km around Mumbai spans several cells, and a category narrows each walk
    const within100 = rows.filter((r) => distanceKm(r, mumbai) <= 100).map((r) => r.id)
    cases.push({ input: { sort: 'newest', cityId: 'mumbai-mh', radiusKm: 100 }, where: sql`j.id = any(${within100}::uuid[])`, order: newest })
    cases.push({ input: { cityId: 'mumbai-mh', radiusKm: 100, categoryId: delivery.id }, where: sql`j.id = any(${within100}::uuid[]) and ${delivery.id}::uuid = any(j.category_ids)`, order: newest, pageSize: 3 })
    for (const c of cases) {
      const all = await sql<{ id: string }>`select j.id from jobs j where j.status = 'published' and ${c.where} order by ${c.order}`.execute(server.services.db)
      const expected = all.rows.map((r) => r.id)
      const pageSize = c.pageSize ?? 7
      expect(expected.length).toBeGreaterThan(pageSize)
      const got: string[] = []
      for (let page = 1; page <= Math.ceil(expected.length / pageSize); page++) {
        const r = await caller.jobs.explore({ ...c.input, pageSize, page })
        expect(r.total).toBe(expected.length)
        got.push(...r.items.map((j) => j.id))
      }
      expect(got).toEqual(expected)
    }
  })

  it('rejects bad input with a clear message', async () => {
    await expect(caller.jobs.explore({ cityId: 'atlantis' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('Unknown city') })
    await expect(caller.jobs.explore({ pageSize: 1000 })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(caller.jobs.explore({ q: 'x'.repeat(101) })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })
})

describe('jobs.explore in Hindi and Hinglish', () => {
  /** ids of every published job the query finds */
  async function found(q: string): Promise<string[]> {
    const r = await caller.jobs.explore({ q, pageSize: 50, sort: 'newest' })
    expect(r.totalIsCapped).toBe(false)
    const ids = r.items.map((j) => j.id)
    for (let page = 2; page <= r.pageCount; page++) ids.push(...(await caller.jobs.explore({ q, pageSize: 50, sort: 'newest', page })).items.map((j) => j.id))
    expect(ids).toHaveLength(r.total)
    return ids.sort()
  }

  it('"डिलीवरी" finds the seeded delivery jobs, the same ones "delivery" finds', async () => {
    const hindi = await found('डिलीवरी')
    expect(hindi.length).toBeGreaterThan(0)
    expect(hindi).toEqual(await found('delivery'))
    // every hit really is about delivery (title or description), read straight from the rows
    const about = await sql<{ n: number }>`select count(*)::int as n from jobs where id = any(${hindi}::uuid[]) and (title ~* 'deliver' or description ~* 'deliver')`.execute(server.services.db)
    expect(about.rows[0].n).toBe(hindi.length)
    // the words around the job word ("a delivery job is wanted") change nothing
    expect(await found('डिलीवरी की नौकरी चाहिए')).toEqual(hindi)
  })

  it('finds drivers, guards and cooks by their Hindi and Hinglish names', async () => {
    for (const [hindi, english] of [
      ['ड्राइवर', 'driver'],
      ['सिक्योरिटी गार्ड', 'security guard'],
      ['रसोइया', 'cook'],
      ['rasoiya', 'cook'],
    ] as const) {
      const ids = await found(hindi)
      expect(ids.length, hindi).toBeGreaterThan(0)
      expect(ids, hindi).toEqual(await found(english))
    }
    // "गार्ड" alone finds at least every security guard
    const guards = await found('गार्ड')
    expect((await found('security guard')).every((id) => guards.includes(id))).toBe(true)
  })

  it('reads a city written in Devanagari in the search text, and a posting written in Hindi still matches as typed', async () => {
    // "Quokka Courier … across Pune": courier (कूरियर) and Pune (पुणे) both have to match
    expect(await found('कूरियर पुणे')).toContain(ids.quokka)
    expect(await found('कूरियर जयपुर')).not.toContain(ids.quokka)
    expect(await found('डिलीवरी पुणे')).toEqual(await found('delivery Pune'))
    const hindiPosting = await insertJob(server.services.db, { title: 'डिलीवरी पार्टनर', roleSlug: 'delivery-boy', cityId: 'jaipur-rj', description: 'बाइक से पार्सल पहुँचाना' })
    expect(await found('डिलीवरी')).toContain(hindiPosting)
    expect(await found('पार्टनर')).toEqual([hindiPosting])
  })
})

describe('jobs.explore "Most relevant"', () => {
  it('ranks a signed-in candidate’s list by their match score (jobs they cannot take last); visitors get newest first', async () => {
    const db = server.services.db
    const actor = await createCandidateActor(server.services)
    await completeBasicProfile(server.services, actor, { cityId: 'bengaluru-ka', roleSlug: 'frontend-developer' })
    await insertCurrentResume(db, actor.id, { experience_months: 36, expected_salary_monthly: 100_000, skills: ['React', 'TypeScript'], has_driving_licence: false }, 'white_collar')
    const dev = { roleSlug: 'frontend-developer', cityId: 'bengaluru-ka', experience: [24, 60] as [number, number], publishedAt: new Date(Date.now() - 5 * 86_400_000) }
    ids.react = await insertJob(db, { ...dev, title: 'Explore React Developer', salary: [80_000, 125_000], skills: ['React', 'TypeScript', 'Redux'] })
    ids.dataEntry = await insertJob(db, { roleSlug: 'data-entry-operator', cityId: 'bengaluru-ka', title: 'Explore Data Entry', salary: [17_000, 21_000], skills: ['MS Excel'] })
    ids.driver = await insertJob(db, { roleSlug: 'driver', cityId: 'bengaluru-ka', title: 'Explore Driver', licence: true, salary: [150_000, 160_000] })

    const me = await callerFor(server.services, actor.cookie)
    const query = { cityId: 'bengaluru-ka', radiusKm: 25, pageSize: 50 }
    const mine = await me.jobs.explore(query)
    expect(mine.orderedBy).toBe('match')
    expect(mine.total).toBeLessThan(50)
    const c = await loadMatchCandidate(db, actor.id)
    const now = server.services.now()
    const scored = await Promise.all(mine.items.map(async (j) => scoreJob((await findMatchJob(db, j.id))!, c, now)))
    // hidden (needs a licence they lack) after every other job; the rest by score, best first
    const firstHidden = scored.findIndex((s) => s.hidden)
    expect(firstHidden).toBeGreaterThan(0)
    expect(scored.slice(firstHidden).every((s) => s.hidden)).toBe(true)
    const shown = scored.slice(0, firstHidden)
    for (let i = 1; i < shown.length; i++) expect(shown[i - 1].score).toBeGreaterThanOrEqual(shown[i].score - 1e-9)
    const at = (id: string) => mine.items.findIndex((j) => j.id === id)
    expect(at(ids.react)).toBe(0)
    expect(at(ids.dataEntry)).toBeGreaterThan(at(ids.react))
    expect(at(ids.driver)).toBeGreaterThanOrEqual(firstHidden)

    // a visitor's "Most relevant" without search text stays newest first; with text, by text rank
    const visitor = await caller.jobs.explore(query)
    expect(visitor.orderedBy).toBe('newest')
    const times = visitor.items.map((j) => Date.parse(j.publishedAt!))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect((await me.jobs.explore({ ...query, q: 'react' })).orderedBy).toBe('text')
    expect((await me.jobs.explore({ ...query, sort: 'newest' })).orderedBy).toBe('newest')
  })
})

describe('jobs.get', () => {
  it('returns a published job with its details', async () => {
    const r = await caller.jobs.get({ id: ids.quokka })
    expect(r.status).toBe('published')
    if (r.status !== 'published') return
    expect(r.job).toMatchObject({ title: 'Quokka Courier', cityName: 'Pune', roleName: 'Delivery Boy', description: 'Deliver parcels across Pune on your bike.' })
    expect(r.job.categoryNames).toEqual(expect.arrayContaining(['Delivery & Logistics', 'Transportation & Driving']))
  })

  it('says clearly when a job is closed, and never shows drafts', async () => {
    const closed = await caller.jobs.get({ id: ids.closed })
    expect(closed).toMatchObject({ status: 'closed', message: expect.stringContaining('closed'), job: { title: 'Closed Warehouse Job' } })
    expect(JSON.stringify(closed)).not.toContain('description')
    await expect(caller.jobs.get({ id: ids.draft })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(caller.jobs.get({ id: 'not-a-uuid' })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })
})

describe('explore URL parameters', () => {
  it('resolve a city typed in Devanagari to the same city as its English name', () => {
    expect(parseExploreParams(new URLSearchParams({ cityName: 'मुंबई' })).city?.id).toBe('mumbai-mh')
    expect(parseExploreParams(new URLSearchParams({ cityName: 'बंगलौर', q: 'डिलीवरी' })).input).toMatchObject({ cityId: 'bengaluru-ka', q: 'डिलीवरी' })
  })

  it('round-trip and drop bad values instead of failing', () => {
    const parsed = parseExploreParams(new URLSearchParams('q=rider&city=mumbai-mh&radius=50&salary=20%2C000&exp=12&mode=remote&sort=salary&page=3&category=nope'))
    expect(parsed.input).toMatchObject({ q: 'rider', cityId: 'mumbai-mh', radiusKm: 50, salaryMin: 20_000, experienceMonths: 12, workMode: 'remote', sort: 'salary', page: 3 })
    expect(parsed.input.categoryId).toBeUndefined()
    expect(parseExploreParams(exploreSearchParams(parsed.input)).input).toEqual(parsed.input)
    expect(parseExploreParams(new URLSearchParams('cityName=bombay')).city?.id).toBe('mumbai-mh')
    // the picker's stale hidden id loses to what the person typed or cleared
    expect(parseExploreParams(new URLSearchParams('cityId=mumbai-mh&cityName=Pune')).city?.id).toBe('pune-mh')
    expect(parseExploreParams(new URLSearchParams('cityId=mumbai-mh&cityName=')).city).toBeNull()
    expect(parseExploreParams(new URLSearchParams('cityId=mumbai-mh&cityName=Mumbai')).city?.id).toBe('mumbai-mh')
    expect(parseExploreParams(new URLSearchParams('page=-2&sort=best&radius=9999&mode=space')).input).toMatchObject({ page: 1, sort: 'relevance', radiusKm: 25 })
    expect(parseExploreParams(new URLSearchParams('page=99999')).input.page).toBe(1)
  })

  it('start at the candidate’s city when the URL names none; city=any (or a cleared picker) means anywhere', () => {
    const start = parseExploreParams(new URLSearchParams('category=' + '00000000-0000-4000-8000-000000000001'), { defaultCityId: 'pune-mh' })
    expect(start).toMatchObject({ cityIsDefault: true, input: { cityId: 'pune-mh', radiusKm: 25 } })
    expect(parseExploreParams(new URLSearchParams(`city=${ANY_CITY}`), { defaultCityId: 'pune-mh' })).toMatchObject({ city: null, cityIsDefault: false })
    expect(parseExploreParams(new URLSearchParams('cityId=&cityName='), { defaultCityId: 'pune-mh' }).city).toBeNull()
    expect(parseExploreParams(new URLSearchParams('city=mumbai-mh'), { defaultCityId: 'pune-mh' })).toMatchObject({ cityIsDefault: false, input: { cityId: 'mumbai-mh' } })
    // pagination links keep "anywhere"
    const anywhere = exploreSearchParams({ q: 'cook', page: 2 }, { anyCity: true })
    expect(anywhere.get('city')).toBe(ANY_CITY)
    expect(parseExploreParams(anywhere, { defaultCityId: 'pune-mh' }).input.cityId).toBeUndefined()
  })
})

describe('jobs.explore at scale', () => {
  it('stops counting at the cap and says so', async () => {
    // runs last: copies one published job more than EXPLORE_COUNT_CAP times
    const need = EXPLORE_COUNT_CAP + 50
    await sql`insert into jobs (employer_id, company_name, title, role_id, category_ids, city_id, city_name, state, lat, lng, work_mode,
        employment_type, description, status, published_at)
      select employer_id, company_name, title || ' (copy ' || g || ')', role_id, category_ids, city_id, city_name, state, lat, lng, work_mode,
        employment_type, description, 'published', published_at
      from (select * from jobs where status = 'published' limit 1) j cross join generate_series(1, ${need}::int) g`.execute(server.services.db)
    const r = await caller.jobs.explore({ pageSize: 20 })
    expect(r).toMatchObject({ total: EXPLORE_COUNT_CAP, totalIsCapped: true, pageCount: EXPLORE_COUNT_CAP / 20 })
    expect(r.items).toHaveLength(20)
    // the same with each sort and a filter the copies share (the ordered indexes serve these)
    const copied = await server.services.db.selectFrom('jobs').select(['role_id', 'city_id']).where('title', 'like', '% (copy 1)').executeTakeFirstOrThrow()
    for (const sort of ['newest', 'salary', 'relevance'] as const) {
      const filtered = await caller.jobs.explore({ roleId: copied.role_id!, cityId: copied.city_id!, radiusKm: 0, sort, pageSize: 20, page: 3 })
      expect(filtered).toMatchObject({ total: EXPLORE_COUNT_CAP, totalIsCapped: true })
      expect(filtered.items).toHaveLength(20)
    }
    // under the cap the count is exact, and not flagged
    const others = await publishedCount(sql`j.role_id <> ${copied.role_id}::uuid`)
    expect(others).toBeLessThan(EXPLORE_COUNT_CAP)
    const other = await server.services.db.selectFrom('jobs').select('role_id').where('status', '=', 'published').where('role_id', '<>', copied.role_id).executeTakeFirstOrThrow()
    const exact = await caller.jobs.explore({ roleId: other.role_id!, pageSize: 20 })
    expect(exact).toMatchObject({ total: await publishedCount(sql`j.role_id = ${other.role_id}::uuid`), totalIsCapped: false })
  })
})
