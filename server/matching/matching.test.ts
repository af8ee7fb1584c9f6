import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, completeBasicProfile, createCandidateActor, createEmployerActor, type Actor } from '../../tests/setup/fixtures'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import type { StoredAnswers as Answers } from '../resume/resume-answers'
import { buildMatchCandidate } from './candidate-facts'
import { distanceKm, isPlausible, MATCH_PARAMS, scoreJob, type MatchCandidate, type MatchJob } from './match-score'
import { countHiddenJobs, findMatches, loadCandidateInputs, matchesQuery, toMatchJob } from './matching.repo'
import { categoryBySlug, insertCurrentResume, insertJob, roleBySlug } from '../../tests/helpers/matching'
import { lackingGaps, NUDGE_SCAN_CAP } from './nudge'

let server: TestServer
const NOW = new Date()
const MUMBAI = { lat: 19.076, lng: 72.8777 }

/**
 * NOTE: the seeded demo set picks roles and cities independently, so it may hold no delivery job
 * near Mumbai or developer job in Bengaluru. Each scenario posts a few such jobs among the ~360
 * seeded ones (as an employer would) and asserts how they rank against all of them.
 */
beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
  const db = server.services.db
  const rider = { roleSlug: 'delivery-boy', licence: true, twoWheeler: true, salary: [18_000, 25_000] as [number, number], experience: [0, 24] as [number, number] }
  await insertJob(db, { ...rider, title: 'Delivery Executive', cityId: 'mumbai-mh', locality: 'Andheri East' })
  await insertJob(db, { ...rider, title: 'Food Delivery Partner', cityId: 'thane-mh' })
  await insertJob(db, { ...rider, title: 'Parcel Delivery Rider', cityId: 'navi-mumbai-mh', salary: [16_000, 21_000] })
  await insertJob(db, { ...rider, title: 'Delivery Rider', cityId: 'pune-mh' })
  const dev = { roleSlug: 'frontend-developer', salary: [80_000, 125_000] as [number, number], experience: [24, 60] as [number, number], skills: ['React', 'TypeScript'], languages: ['English'] }
  await insertJob(db, { ...dev, title: 'React Developer', cityId: 'bengaluru-ka', locality: 'Koramangala', description: 'Build React and TypeScript apps for our customers.' })
  await insertJob(db, { ...dev, title: 'Frontend Engineer (React)', cityId: 'bengaluru-ka', locality: 'Whitefield', workMode: 'hybrid' })
  await insertJob(db, { ...dev, title: 'Senior Frontend Developer', cityId: 'bengaluru-ka', salary: [150_000, 220_000], experience: [72, null] })
  // what a React developer used to get: Java and Python backends, and a data-entry job at a fifth of their pay
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000)
  const backend = { roleSlug: 'backend-developer', salary: [80_000, 125_000] as [number, number], experience: [24, 60] as [number, number], cityId: 'bengaluru-ka', publishedAt: threeDaysAgo }
  await insertJob(db, { ...backend, title: 'Java Backend Developer', skills: ['Java', 'Spring Boot', 'PostgreSQL', 'REST APIs'] })
  await insertJob(db, { ...backend, title: 'Python Backend Engineer', skills: ['Python', 'Django', 'PostgreSQL', 'Docker'] })
  const fullStack = { roleSlug: 'full-stack-developer', salary: [90_000, 140_000] as [number, number], experience: [24, 72] as [number, number], cityId: 'bengaluru-ka', publishedAt: threeDaysAgo }
  await insertJob(db, { ...fullStack, title: 'Full Stack Developer (React, Node)', locality: 'HSR Layout', skills: ['React', 'Node.js', 'TypeScript', 'MongoDB'] })
  await insertJob(db, { ...fullStack, title: 'Full Stack Engineer', skills: ['React.js', 'Node.js', 'PostgreSQL', 'AWS'] })
  await insertJob(db, { roleSlug: 'data-entry-operator', title: 'Data Entry Operator', cityId: 'bengaluru-ka', salary: [17_000, 21_000], experience: [0, null], skills: ['Typing speed', 'MS Excel', 'Data accuracy'], publishedAt: threeDaysAgo })
})
afterAll(async () => {
  await server?.stop()
})

async function candidate(opts: { cityId: string; roleSlug: string; preferredCityIds?: string[]; resume?: Answers; jobType?: 'blue_collar' | 'white_collar' }) {
  const actor = await createCandidateActor(server.services)
  await completeBasicProfile(server.services, actor, { cityId: opts.cityId, roleSlug: opts.roleSlug, preferredCityIds: opts.preferredCityIds })
  if (opts.resume) await insertCurrentResume(server.services.db, actor.id, opts.resume, opts.jobType)
  return actor
}

async function facts(actor: Actor): Promise<MatchCandidate> {
  const inputs = await loadCandidateInputs(server.services.db, actor.id)
  return buildMatchCandidate(inputs!)
}

/** Every published job as matching sees it (a candidate with no facts filters nothing). */
async function allPublishedJobs(): Promise<MatchJob[]> {
  const blank: MatchCandidate = {
    roleId: null, roleName: null, sameCategoryIds: [], sameCategoryName: null, relatedCategories: [], anchors: [], homeCityName: null,
    experienceMonths: null, salaryMonthly: null, salaryBasis: 'expected', hasDrivingLicence: null, hasTwoWheeler: null, languages: null, skillKeys: null,
  }
  const rows = await findMatches(server.services.db, blank, { now: NOW, limit: 100_000 })
  return rows.map(toMatchJob)
}

describe('SQL and TypeScript scores agree', () => {
  it('on every seeded job, for very different candidates', async () => {
    const all = await allPublishedJobs()
    expect(all.length).toBeGreaterThanOrEqual(300)
    const people = [
      await candidate({ cityId: 'mumbai-mh', roleSlug: 'delivery-boy', resume: { experience_months: 12, expected_salary_monthly: 20_000, has_driving_licence: true, owns_vehicle: true, vehicle_type: 'two_wheeler', languages: ['Hindi', 'Marathi'], skills: ['Two-wheeler riding', 'Google Maps navigation', 'UPI payments'] } }),
      await candidate({ cityId: 'bengaluru-ka', roleSlug: 'frontend-developer', preferredCityIds: ['bengaluru-ka', 'hyderabad-tg'], jobType: 'white_collar', resume: { experience_months: 36, expected_salary_monthly: 100_000, languages: ['English', 'Kannada'], skills: ['ReactJS', 'TypeScript', 'javascript', 'Git'] } }),
      // a broad role (every IT job is plausible), skills and an expectation the floor acts on
      await candidate({ cityId: 'hyderabad-tg', roleSlug: 'software-developer', jobType: 'white_collar', resume: { experience_months: 48, expected_salary_monthly: 90_000, skills: ['Python', 'SQL', 'Power BI', 'MS Excel'] } }),
      await candidate({ cityId: 'delhi-dl', roleSlug: 'driver', resume: { has_driving_licence: false, owns_vehicle: false, languages: ['Hindi'] } }),
      await candidate({ cityId: 'sangamner-mh', roleSlug: 'telecaller' }),
    ]
    const seen = { skillsKnown: 0, skillsPartial: 0, floored: 0, nudgeCapped: 0 }
    for (const actor of people) {
      const c = await facts(actor)
      const rows = await findMatches(server.services.db, c, { now: NOW, limit: 100_000 })
      // the same set as the pure pre-filter and requirement filter over all jobs
      const expected = all.filter((j) => isPlausible(j, c) && !scoreJob(j, c, NOW).hidden).map((j) => j.id)
      expect(rows.map((r) => r.id).sort()).toEqual(expected.sort())
      // never vacuous: each candidate has plausible jobs, shown or hidden by a requirement they lack
      expect(all.filter((j) => isPlausible(j, c)).length).toBeGreaterThan(0)
      for (const r of rows) {
        const ts = scoreJob(toMatchJob(r), c, NOW)
        expect(Math.abs(r.score - ts.score)).toBeLessThan(1e-9)
        expect(r.f_role).toBeCloseTo(ts.factors.role.score, 12)
        expect(r.f_location).toBeCloseTo(ts.factors.location.score, 9)
        expect(r.f_experience).toBeCloseTo(ts.factors.experience.score, 12)
        expect(r.f_salary).toBeCloseTo(ts.factors.salary.score, 12)
        expect(r.f_skills).toBeCloseTo(ts.factors.skills.score, 12)
        expect(r.f_salary_floor).toBeCloseTo(ts.factors.salaryFloor.multiplier, 12)
        if (ts.factors.skills.kind === 'known') seen.skillsKnown++
        if (ts.factors.skills.score > 0 && ts.factors.skills.score < 1) seen.skillsPartial++
        if (ts.factors.salaryFloor.below) seen.floored++
        expect(r.f_requirements).toBeCloseTo(ts.factors.requirements.score, 12)
        expect(r.f_recency).toBeCloseTo(ts.factors.recency.score, 9)
      }
      // scoring tier by tier and stopping early returns exactly the full ranking's head
      const full = await matchesQuery(server.services.db, c, { now: NOW, limit: 100_000 }).execute()
      expect(rows.map((r) => r.id)).toEqual(full.map((r) => r.id))
      for (const k of [1, 6, 21]) {
        const stats = { tiersScored: 0 }
        const head = await findMatches(server.services.db, c, { now: NOW, limit: k }, stats)
        expect(head.map((r) => r.id)).toEqual(full.slice(0, k).map((r) => r.id))
        expect(stats.tiersScored).toBeGreaterThanOrEqual(1)
      }
      // the nudge counts: the same jobs the pure functions say each gap hides nearby
      const gaps = lackingGaps(c)
      const near = all.filter((j) => isPlausible(j, c, MATCH_PARAMS.location.nearbyKm))
      const failing = (j: MatchJob) => gaps.filter((g) => scoreJob(j, c, NOW).factors.requirements.statuses[g] === 'lacking')
      const hidden = await countHiddenJobs(server.services.db, c)
      if (gaps.length === 0) expect(hidden).toBeNull()
      else {
        const expected = { only: {} as Record<string, number>, involved: {} as Record<string, number>, all: near.filter((j) => failing(j).length > 0).length }
        for (const g of ['driving_licence', 'two_wheeler', 'languages'] as const) {
          expected.only[g] = near.filter((j) => failing(j).length === 1 && failing(j)[0] === g).length
          expected.involved[g] = near.filter((j) => failing(j).includes(g)).length
        }
        // fewer than NUDGE_SCAN_CAP seeded jobs are plausible near anyone: exact counts
        expect(near.length).toBeLessThan(NUDGE_SCAN_CAP)
        expect(hidden).toEqual({ ...expected, capped: false })
        // reading fewer jobs than there are nearby, the counts are lower bounds and say so
        if (expected.all > 0 && near.length > 3) {
          const capped = await countHiddenJobs(server.services.db, c, 3)
          expect(capped?.capped).toBe(true)
          expect(capped!.all).toBeLessThanOrEqual(Math.min(4, expected.all))
          for (const g of gaps) {
            expect(capped!.only[g]).toBeLessThanOrEqual(expected.only[g])
            expect(capped!.involved[g]).toBeLessThanOrEqual(expected.involved[g])
          }
          expect(await countHiddenJobs(server.services.db, c, near.length)).toEqual({ ...expected, capped: false })
          seen.nudgeCapped++
        }
      }
      // best first, ties newer first
      for (let i = 1; i < rows.length; i++) {
        expect(rows[i - 1].score).toBeGreaterThanOrEqual(rows[i].score)
        if (rows[i - 1].score === rows[i].score) expect(rows[i - 1].posted_us).toBeGreaterThanOrEqual(rows[i].posted_us)
      }
    }
    // the new terms were exercised, not only their neutral values
    expect(seen.skillsKnown).toBeGreaterThan(20)
    expect(seen.nudgeCapped).toBeGreaterThan(0)
    expect(seen.skillsPartial).toBeGreaterThan(0)
    expect(seen.floored).toBeGreaterThan(0)
  })
})

describe('matching.recommendations', () => {
  it('shows a Mumbai delivery rider with a two-wheeler the Mumbai-area delivery jobs first', async () => {
    const actor = await candidate({
      cityId: 'mumbai-mh',
      roleSlug: 'delivery-boy',
      resume: { experience_months: 12, expected_salary_monthly: 20_000, has_driving_licence: true, owns_vehicle: true, vehicle_type: 'two_wheeler', languages: ['Hindi', 'Marathi'] },
    })
    const role = await roleBySlug(server.services.db, 'delivery-boy')
    const area = (await allPublishedJobs()).filter((j) => j.roleId === role.id && j.workMode !== 'remote' && distanceKm(j, MUMBAI) <= 40)
    expect(area.length).toBeGreaterThanOrEqual(3)

    const caller = await callerFor(server.services, actor.cookie)
    const recs = await caller.matching.recommendations({ limit: 20 })
    const top = recs.items.slice(0, area.length)
    expect(top.map((j) => j.id).sort()).toEqual(area.map((j) => j.id).sort())
    expect(top[0].title).toBe('Delivery Executive')
    expect(top[0].reasons).toEqual(expect.arrayContaining(['Delivery Boy', 'In Andheri East, Mumbai', '₹18–25k fits your ₹20k', 'needs a two-wheeler: you have one']))
    expect(recs.items.find((j) => j.title === 'Food Delivery Partner')?.reasons).toContainEqual(expect.stringMatching(/^\d+ km from Mumbai$/))
    // Pune is outside the Mumbai area: it must not outrank any Mumbai-area delivery job
    const pune = recs.items.findIndex((j) => j.title === 'Delivery Rider')
    expect(pune === -1 || pune >= area.length).toBe(true)
    expect(recs.items.every((j) => j.reasons.length > 0 && j.score > 0)).toBe(true)
  })

  it('a rider expecting a range (₹20k – 60k) is held to its lower bound: the ₹18–25k jobs still fit', async () => {
    const actor = await candidate({
      cityId: 'mumbai-mh',
      roleSlug: 'delivery-boy',
      resume: { experience_months: 12, expected_salary_monthly: { min: 20_000, max: 60_000 }, has_driving_licence: true, owns_vehicle: true, vehicle_type: 'two_wheeler' },
    })
    expect(await facts(actor)).toMatchObject({ salaryMonthly: 20_000, salaryBasis: 'expected' })
    const caller = await callerFor(server.services, actor.cookie)
    const recs = await caller.matching.recommendations({ limit: 20 })
    expect(recs.items.find((j) => j.title === 'Delivery Executive')?.reasons).toContain('₹18–25k fits your ₹20k')
  })

  it('shows a Bengaluru React developer expecting 12 LPA the matching IT jobs', async () => {
    const actor = await candidate({
      cityId: 'bengaluru-ka',
      roleSlug: 'frontend-developer',
      jobType: 'white_collar',
      resume: { experience_months: 36, expected_salary_monthly: 100_000, skills: ['React', 'JavaScript'], languages: ['English', 'Kannada'] },
    })
    const it = await categoryBySlug(server.services.db, 'technology-it')
    const recs = await (await callerFor(server.services, actor.cookie)).matching.recommendations({ limit: 10 })
    expect(recs.items.slice(0, 2).map((j) => j.title).sort()).toEqual(['Frontend Engineer (React)', 'React Developer'])
    expect(recs.items[0].reasons).toEqual(expect.arrayContaining(['Frontend Developer', '₹9.6–15 LPA fits your 12 LPA', 'your 3 yrs fit 2–5 yrs']))
    // the senior role (6+ years, above the range) ranks below both fitting ones
    const senior = recs.items.findIndex((j) => j.title === 'Senior Frontend Developer')
    expect(senior).toBeGreaterThanOrEqual(2)
    const all = await allPublishedJobs()
    for (const item of recs.items.slice(0, 5)) expect(all.find((j) => j.id === item.id)?.categoryIds).toContain(it.id)
  })

  it('ranks React jobs above Java/Python backends and a ₹17–21k data-entry job for a React/TypeScript developer expecting 12 LPA, and says why', async () => {
    const actor = await candidate({
      cityId: 'bengaluru-ka',
      roleSlug: 'software-developer',
      jobType: 'white_collar',
      resume: { experience_months: 36, expected_salary_monthly: 100_000, skills: ['React', 'TypeScript', 'JavaScript', 'HTML', 'CSS'], languages: ['English'] },
    })
    const recs = await (await callerFor(server.services, actor.cookie)).matching.recommendations({ limit: 50 })
    const at = (title: string) => recs.items.findIndex((j) => j.title === title)
    const react = [at('React Developer'), at('Frontend Engineer (React)')]
    const below = [at('Java Backend Developer'), at('Python Backend Engineer'), at('Data Entry Operator')]
    expect([...react, ...below].every((i) => i >= 0)).toBe(true)
    expect(Math.max(...react)).toBeLessThan(Math.min(...below))
    expect(at('Data Entry Operator')).toBeGreaterThan(Math.max(at('Java Backend Developer'), at('Python Backend Engineer')))
    expect(recs.items[react[0]].reasons).toContain('Knows React, TypeScript')
    expect(recs.items[at('Java Backend Developer')].reasons.some((r) => r.startsWith('Knows'))).toBe(false)
    expect(recs.items[at('Data Entry Operator')].reasons).toContain('Pays ₹17–21k, below your ₹1 lakh expectation')
  })

  it('gives a React developer (Frontend Developer, 12 LPA) a top 10 of frontend and full-stack jobs at or near their pay', async () => {
    const actor = await candidate({
      cityId: 'bengaluru-ka',
      roleSlug: 'frontend-developer',
      jobType: 'white_collar',
      resume: { experience_months: 36, expected_salary_monthly: 100_000, skills: ['React', 'TypeScript', 'JavaScript', 'HTML', 'CSS'], languages: ['English'] },
    })
    const [frontend, fullStack] = await Promise.all([roleBySlug(server.services.db, 'frontend-developer'), roleBySlug(server.services.db, 'full-stack-developer')])
    const recs = await (await callerFor(server.services, actor.cookie)).matching.recommendations({ limit: 10 })
    const all = new Map((await allPublishedJobs()).map((j) => [j.id, j]))
    expect(recs.items.length).toBe(10)
    const [backend, dataEntry] = await Promise.all([roleBySlug(server.services.db, 'backend-developer'), roleBySlug(server.services.db, 'data-entry-operator')])
    for (const item of recs.items) {
      const job = all.get(item.id)!
      // frontend or full-stack work: that role, or a developer job asking for their frontend skills
      const frontendish = [frontend.id, fullStack.id].includes(job.roleId!) || item.reasons.some((r) => /^Knows .*(React|TypeScript|JavaScript)/.test(r))
      expect(frontendish, `${item.title}: ${item.reasons.join(' · ')}`).toBe(true)
      expect([backend.id, dataEntry.id], item.title).not.toContain(job.roleId)
      // "near": within the salary factor's tolerance of the expectation (no floor penalty)
      expect(job.salaryMaxMonthly ?? job.salaryMinMonthly ?? 0, item.title).toBeGreaterThanOrEqual(100_000 * (1 - MATCH_PARAMS.salary.shortfallTolerance))
    }
  })

  it('tells a candidate without a driving licence how many jobs it would unlock', async () => {
    const actor = await candidate({ cityId: 'delhi-dl', roleSlug: 'driver', resume: { has_driving_licence: false, owns_vehicle: false, experience_months: 24 } })
    const c = await facts(actor)
    const all = await allPublishedJobs()
    // counted independently with the pure scorer: plausible jobs nearby hidden by the licence alone
    const onlyLicence = all.filter((j) => {
      const s = scoreJob(j, c, NOW).factors.requirements.statuses
      return isPlausible(j, c, MATCH_PARAMS.location.nearbyKm) && s.driving_licence === 'lacking' && s.two_wheeler !== 'lacking'
    })
    expect(onlyLicence.length).toBeGreaterThan(0)

    const recs = await (await callerFor(server.services, actor.cookie)).matching.recommendations({ limit: 50 })
    expect(recs.nudge).toMatchObject({ gaps: ['driving_licence'], jobCount: onlyLicence.length, href: '/resume' })
    expect(recs.nudge?.message).toBe(`Add your driving licence to see ${onlyLicence.length} more job${onlyLicence.length === 1 ? '' : 's'} near you`)
    // none of the hidden jobs is recommended
    const ids = new Set(recs.items.map((j) => j.id))
    expect(all.filter((j) => j.requiresDrivingLicence && ids.has(j.id))).toEqual([])
    expect((await countHiddenJobs(server.services.db, c))?.involved.driving_licence).toBeGreaterThanOrEqual(onlyLicence.length)
  })

  it('follows a changed preferred role at once', async () => {
    const actor = await candidate({ cityId: 'pune-mh', roleSlug: 'telecaller' })
    const caller = await callerFor(server.services, actor.cookie)
    const before = await caller.matching.recommendations({ limit: 6 })
    expect(before.items[0].reasons[0]).toBe('Telecaller')

    const cook = await roleBySlug(server.services.db, 'cook')
    const food = await categoryBySlug(server.services.db, 'food-hospitality')
    await caller.candidate.updateProfile({ preferredCategoryId: food.id, preferredRoleId: cook.id })
    const after = await caller.matching.recommendations({ limit: 6 })
    expect(after.items.map((j) => j.id)).not.toEqual(before.items.map((j) => j.id))
    expect(after.items[0].reasons[0]).toMatch(/^(Cook \/ Chef|Food & Hospitality job)$/)
    expect(after.items.some((j) => j.reasons[0] === 'Telecaller')).toBe(false)
  })

  it('pages with a cursor: no job twice, none skipped', async () => {
    const actor = await candidate({ cityId: 'mumbai-mh', roleSlug: 'warehouse-picker', preferredCityIds: ['mumbai-mh', 'pune-mh'] })
    const caller = await callerFor(server.services, actor.cookie)
    const whole = await caller.matching.recommendations({ limit: 50 })
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: Awaited<ReturnType<typeof caller.matching.recommendations>> = await caller.matching.recommendations({ limit: 4, cursor })
      if (cursor) expect(page.nudge).toBeNull()
      seen.push(...page.items.map((j) => j.id))
      cursor = page.nextCursor
    } while (cursor && seen.length < 60)
    expect(seen.length).toBeGreaterThan(4)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.slice(0, whole.items.length)).toEqual(whole.items.map((j) => j.id).slice(0, seen.length))
  })

  it('is only ever the caller’s own, and refuses bad input', async () => {
    const anon = await callerFor(server.services)
    await expect(anon.matching.recommendations({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    const employer = await createEmployerActor(server.services)
    await expect((await callerFor(server.services, employer.cookie)).matching.recommendations({})).rejects.toBeInstanceOf(TRPCError)
    const actor = await candidate({ cityId: 'pune-mh', roleSlug: 'telecaller' })
    const caller = await callerFor(server.services, actor.cookie)
    await expect(caller.matching.recommendations({ cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(caller.matching.recommendations({ limit: 500 })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })
})

describe('matching.job', () => {
  it('explains one job like the list does, and names what the candidate lacks', async () => {
    const actor = await candidate({ cityId: 'mumbai-mh', roleSlug: 'delivery-boy', resume: { has_driving_licence: true, owns_vehicle: false } })
    const caller = await callerFor(server.services, actor.cookie)
    const recs = await caller.matching.recommendations({ limit: 3 })
    const first = recs.items[0]
    expect((await caller.matching.job({ jobId: first.id })).reasons).toEqual(first.reasons)

    const bikeJob = (await allPublishedJobs()).find((j) => j.requiresTwoWheeler)!
    const m = await caller.matching.job({ jobId: bikeJob.id })
    expect(m.reasons).toEqual([])
    expect(m.missing).toEqual([expect.objectContaining({ gap: 'two_wheeler', href: '/resume' })])
    await expect(caller.matching.job({ jobId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
