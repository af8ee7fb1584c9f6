import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeBasicProfile, createCandidateActor } from '../../tests/setup/fixtures'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import { insertCurrentResume, insertJob, type TestJob } from '../../tests/helpers/matching'
import { allCities, getCityById } from '../master-data/cities'
import type { StoredAnswers as Answers } from '../resume/resume-answers'
import { buildMatchCandidate } from './candidate-facts'
import { distanceKm, isPlausible, scoreJob, type MatchCandidate } from './match-score'
import { matchSegments } from './match-sql'
import { findMatches, loadCandidateInputs, matchesQuery, toMatchJob } from './matching.repo'
import { recommendJobs } from './matching.service'

/**
 * Decision 013: recommendations read segments (role tier × near/far × posting weeks) best ceiling
 * first and stop early. The oracle is today's full ranking: every plausible job scored by one query
 * over the whole pre-filter (matchesQuery without a segment), whose scores the pure scorer checks.
 */
let server: TestServer
const NOW = new Date()
const DAY = 86_400_000
const ago = (days: number) => new Date(NOW.getTime() - days * DAY)

/** Cities 45–95 km from `cityId`: the far band (outside 40 km, inside the 100 km scoring box). */
function farCities(cityId: string) {
  const from = getCityById(cityId)!
  return allCities().filter((c) => {
    const km = distanceKm(from, c)
    return km > 45 && km < 95
  })
}

beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
  const db = server.services.db
  // the seeded jobs are all from the last 30 days: add older ones (every window, and the oldest
  // "before week 16" one), one posted after this week (a later page scored with an earlier now),
  // far-band jobs and remote ones, in the fields of the candidates below
  const rider: Omit<TestJob, 'title' | 'cityId'> = { roleSlug: 'delivery-boy', licence: true, twoWheeler: true, salary: [18_000, 25_000], experience: [0, 24] }
  const dev: Omit<TestJob, 'title' | 'cityId'> = { roleSlug: 'frontend-developer', salary: [80_000, 125_000], experience: [24, 60], skills: ['React', 'TypeScript'] }
  const mumbaiFar = farCities('mumbai-mh').slice(0, 3)
  const bengaluruFar = farCities('bengaluru-ka').slice(0, 2)
  expect(mumbaiFar.length).toBeGreaterThan(0)
  expect(bengaluruFar.length).toBeGreaterThan(0)
  for (const [i, days] of [0.2, 3, 10, 20, 40, 70, 130, 400].entries()) {
    await insertJob(db, { ...rider, title: `Delivery Rider ${i}`, cityId: i % 2 ? 'thane-mh' : 'mumbai-mh', publishedAt: ago(days) })
    await insertJob(db, { ...rider, title: `Delivery Rider far ${i}`, cityId: mumbaiFar[i % mumbaiFar.length].id, publishedAt: ago(days) })
    await insertJob(db, { roleSlug: 'warehouse-picker', title: `Warehouse Picker ${i}`, cityId: 'navi-mumbai-mh', publishedAt: ago(days + 1) })
    await insertJob(db, { ...dev, title: `React Developer ${i}`, cityId: 'bengaluru-ka', publishedAt: ago(days) })
    await insertJob(db, { ...dev, title: `Remote React Developer ${i}`, cityId: 'pune-mh', workMode: 'remote', publishedAt: ago(days + 0.5) })
    await insertJob(db, { ...dev, title: `Hybrid React Developer ${i}`, cityId: bengaluruFar[i % bengaluruFar.length].id, workMode: 'hybrid', publishedAt: ago(days) })
    await insertJob(db, { roleSlug: 'delivery-boy', title: `Delivery Helper (no licence) ${i}`, cityId: i % 2 ? 'noida-up' : 'delhi-dl', publishedAt: ago(days) })
    await insertJob(db, { roleSlug: 'telecaller', title: `Telecaller ${i}`, cityId: i % 2 ? 'pune-mh' : 'sangamner-mh', minLanguages: 2, languages: ['Hindi', 'Marathi', 'English'], publishedAt: ago(days) })
  }
  await insertJob(db, { ...rider, title: 'Delivery Rider (posted after this week)', cityId: 'mumbai-mh', publishedAt: new Date(NOW.getTime() + 9 * DAY) })
  await insertJob(db, { ...dev, title: 'React Developer (posted after this week)', cityId: 'bengaluru-ka', publishedAt: new Date(NOW.getTime() + 9 * DAY) })
})
afterAll(async () => {
  await server?.stop()
})

async function candidate(opts: { cityId: string; roleSlug: string; preferredCityIds?: string[]; resume?: Answers; jobType?: 'blue_collar' | 'white_collar' }) {
  const actor = await createCandidateActor(server.services)
  await completeBasicProfile(server.services, actor, { cityId: opts.cityId, roleSlug: opts.roleSlug, preferredCityIds: opts.preferredCityIds })
  if (opts.resume) await insertCurrentResume(server.services.db, actor.id, opts.resume, opts.jobType)
  const inputs = await loadCandidateInputs(server.services.db, actor.id)
  return { id: actor.id, c: buildMatchCandidate(inputs!) }
}

/** Today's full ranking: one query over every plausible job, no segments, no early stop. */
async function fullRanking(c: MatchCandidate) {
  return matchesQuery(server.services.db, c, { now: NOW, limit: 1_000_000 }).execute()
}

describe('flat matching returns today’s full ranking', () => {
  it('for very different candidates, at every page size and across pages', async () => {
    const db = server.services.db
    const people = [
      // blue collar in a metro, every fact known, jobs near, far and from every week
      await candidate({ cityId: 'mumbai-mh', roleSlug: 'delivery-boy', resume: { experience_months: 12, expected_salary_monthly: 20_000, has_driving_licence: true, owns_vehicle: true, vehicle_type: 'two_wheeler', languages: ['Hindi', 'Marathi'], skills: ['Two-wheeler riding', 'Google Maps navigation'] } }),
      // white collar with two cities, remote jobs, skills and a salary floor that bites
      await candidate({ cityId: 'bengaluru-ka', roleSlug: 'frontend-developer', preferredCityIds: ['bengaluru-ka', 'hyderabad-tg'], jobType: 'white_collar', resume: { experience_months: 36, expected_salary_monthly: 300_000, languages: ['English'], skills: ['ReactJS', 'TypeScript'] } }),
      // a broad role (every IT job is plausible)
      await candidate({ cityId: 'hyderabad-tg', roleSlug: 'software-developer', jobType: 'white_collar', resume: { experience_months: 48, expected_salary_monthly: 90_000, skills: ['Python', 'SQL'] } }),
      // lacks a licence and a vehicle: requirement filters
      await candidate({ cityId: 'delhi-dl', roleSlug: 'driver', resume: { has_driving_licence: false, owns_vehicle: false, languages: ['Hindi'] } }),
      // tier-3 town: the nearest metro counts at half weight; nothing known beyond the profile
      await candidate({ cityId: 'sangamner-mh', roleSlug: 'telecaller' }),
      // a preferred city elsewhere, no resume
      await candidate({ cityId: 'pune-mh', roleSlug: 'warehouse-picker', preferredCityIds: ['pune-mh', 'mumbai-mh'] }),
    ]
    let skipped = 0
    let pagesAcrossSegments = 0
    // a sparse tier read whole, and segments of another tier read after it (decision 023)
    let wholeThenSegments = 0
    for (const { id, c } of people) {
      const full = await fullRanking(c)
      expect(full.length, c.roleName ?? '').toBeGreaterThan(5)
      // the oracle is the specification's ranking: the pure scorer agrees on each score
      for (const r of full) expect(Math.abs(r.score - scoreJob(toMatchJob(r), c, NOW).score)).toBeLessThan(1e-9)
      const segments = matchSegments(c, NOW)
      expect(segments).not.toBeNull()

      // the segments split the plausible jobs: each exactly once
      const inSegments: string[] = []
      for (const segment of segments!) inSegments.push(...(await matchesQuery(db, c, { now: NOW, limit: 1_000_000, segment }).execute()).map((r) => r.id))
      expect(inSegments.length).toBe(new Set(inSegments).size)
      expect([...inSegments].sort()).toEqual(full.map((r) => r.id).sort())
      // …and no job scores above its segment's ceiling (what makes stopping early exact)
      for (const segment of segments!) {
        for (const r of await matchesQuery(db, c, { now: NOW, limit: 1_000_000, segment }).execute()) expect(r.score).toBeLessThanOrEqual(segment.maxScore + 1e-9)
      }

      for (const limit of [1, 3, 20, 21, 50]) {
        const stats = { tiersScored: 0, segmentsRead: 0, tiersWhole: 0 }
        const head = await findMatches(db, c, { now: NOW, limit }, stats)
        if (stats.tiersWhole > 0 && stats.segmentsRead > stats.tiersWhole) wholeThenSegments++
        expect(head.map((r) => r.id)).toEqual(full.slice(0, limit).map((r) => r.id))
        expect(head.map((r) => r.score)).toEqual(full.slice(0, limit).map((r) => r.score))
        if (stats.segmentsRead < segments!.length) skipped++
      }

      // pages of 7 through the service (cursor carries `now`) give the whole ranking in order
      const seen: string[] = []
      let cursor: string | null = null
      do {
        const page: Awaited<ReturnType<typeof recommendJobs>> = await recommendJobs(db, id, { limit: 7, cursor, now: NOW })
        seen.push(...page.items.map((j) => j.id))
        cursor = page.nextCursor
        pagesAcrossSegments++
      } while (cursor)
      expect(seen).toEqual(full.map((r) => r.id))
      // every job the pure pre-filter keeps and no requirement hides is there
      const published = await db.selectFrom('jobs').select('id').where('status', '=', 'published').execute()
      expect(published.length).toBeGreaterThan(300)
    }
    // stopping early happened (the test is not only about reading everything)
    expect(skipped).toBeGreaterThan(10)
    expect(pagesAcrossSegments).toBeGreaterThan(20)
    expect(wholeThenSegments).toBeGreaterThan(0)
  })

  it('a job published after the first page was scored still reaches the later pages', async () => {
    const db = server.services.db
    const { id, c } = await candidate({ cityId: 'mumbai-mh', roleSlug: 'delivery-boy', resume: { has_driving_licence: true, owns_vehicle: true, vehicle_type: 'two_wheeler' } })
    const first = await recommendJobs(db, id, { limit: 2, now: ago(8) })
    expect(first.nextCursor).not.toBeNull()
    const rest: string[] = []
    let cursor = first.nextCursor
    while (cursor) {
      const page: Awaited<ReturnType<typeof recommendJobs>> = await recommendJobs(db, id, { limit: 50, cursor, now: NOW })
      rest.push(...page.items.map((j) => j.id))
      cursor = page.nextCursor
    }
    const full = await matchesQuery(db, c, { now: ago(8), limit: 1_000_000 }).execute()
    expect([...first.items.map((j) => j.id), ...rest]).toEqual(full.map((r) => r.id))
    // jobs from after that `now` (this week's, and later) are among them
    expect(full.filter((r) => r.posted_at.getTime() > ago(8).getTime() + 7 * DAY).length).toBeGreaterThan(0)
    expect(full.every((r) => isPlausible(toMatchJob(r), c))).toBe(true)
  })
})
