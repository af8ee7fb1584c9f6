import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertEmployerJob } from '../../tests/setup/employer-jobs'
import { callerFor, completeBasicProfile, createCandidateActor, createEmployerActor, type Actor } from '../../tests/setup/fixtures'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'

let server: TestServer
let a: Actor
let b: Actor
let candidate: Actor
type Caller = Awaited<ReturnType<typeof callerFor>>
let asA: Caller
let asB: Caller
let asCandidate: Caller

// Port Blair: far from every other city, so the candidate's matches are the jobs posted here
const CITY = 'port-blair-an'

beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
  ;[a, b, candidate] = await Promise.all([createEmployerActor(server.services), createEmployerActor(server.services), createCandidateActor(server.services)])
  await completeBasicProfile(server.services, candidate, { cityId: CITY, roleSlug: 'delivery-boy', pinCode: '744101' })
  ;[asA, asB, asCandidate] = await Promise.all([callerFor(server.services, a.cookie), callerFor(server.services, b.cookie), callerFor(server.services, candidate.cookie)])
})
afterAll(async () => {
  await server?.stop()
})

const jobRow = (id: string) =>
  server.services.db.selectFrom('jobs').select(['id', 'title', 'status', 'published_at', 'closed_at', 'updated_at', 'employer_id']).where('id', '=', id).executeTakeFirstOrThrow()

const inExplore = async (id: string, title: string) => (await asCandidate.jobs.explore({ q: title, pageSize: 50 })).items.some((j) => j.id === id)
const inRecommendations = async (id: string) => (await asCandidate.matching.recommendations({ limit: 50 })).items.some((m) => m.id === id)

describe('employerJobs.list', () => {
  it('lists only the caller’s jobs, by status, with counts per status', async () => {
    const e = await createEmployerActor(server.services)
    const other = await createEmployerActor(server.services)
    const db = server.services.db
    const ids = {
      p1: await insertEmployerJob(db, e.id, { title: 'Listed Published One' }),
      p2: await insertEmployerJob(db, e.id, { title: 'Listed Published Two' }),
      d1: await insertEmployerJob(db, e.id, { title: 'Listed Draft', status: 'draft' }),
      c1: await insertEmployerJob(db, e.id, { title: 'Listed Closed', status: 'closed' }),
    }
    const foreign = await insertEmployerJob(db, other.id, { title: 'Someone Else’s Job' })
    const caller = await callerFor(server.services, e.cookie)

    const all = await caller.employerJobs.list({})
    expect(all.counts).toEqual({ published: 2, draft: 1, closed: 1 })
    expect(all.total).toBe(4)
    expect(all.items.map((j) => j.id).sort()).toEqual(Object.values(ids).sort())
    expect(all.items.map((j) => j.id)).not.toContain(foreign)

    const published = await caller.employerJobs.list({ status: 'published' })
    expect(published.items.map((j) => j.id).sort()).toEqual([ids.p1, ids.p2].sort())
    expect(published.items.every((j) => j.status === 'published')).toBe(true)
    expect(published.total).toBe(2)
    expect((await caller.employerJobs.list({ status: 'draft' })).items.map((j) => [j.id, j.title, j.publishedAt])).toEqual([[ids.d1, 'Listed Draft', null]])
    expect((await caller.employerJobs.list({ status: 'closed' })).items.map((j) => j.id)).toEqual([ids.c1])
    expect((await caller.employerJobs.list({ page: 2 })).items).toEqual([])

    // a new employer: zeros, nothing listed (never somebody else's numbers)
    const fresh = await (await callerFor(server.services, (await createEmployerActor(server.services)).cookie)).employerJobs.list()
    expect(fresh).toMatchObject({ items: [], counts: { draft: 0, published: 0, closed: 0 }, total: 0, pageCount: 1 })
  })

  it('refuses an unknown status with a field message', async () => {
    await expect(asA.employerJobs.list({ status: 'archived' as 'draft' })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })
})

describe('employerJobs close / republish / duplicate', () => {
  it('close takes the job out of explore and recommendations at once; closing again is a no-op', async () => {
    const id = await insertEmployerJob(server.services.db, a.id, { title: 'Andaman Parcel Rider', cityId: CITY })
    expect(await inExplore(id, 'Andaman Parcel Rider')).toBe(true)
    expect(await inRecommendations(id)).toBe(true)

    const closed = await asA.employerJobs.close({ id })
    expect(closed).toMatchObject({ id, status: 'closed' })
    expect(closed.closedAt).not.toBeNull()
    expect(await inExplore(id, 'Andaman Parcel Rider')).toBe(false)
    expect(await inRecommendations(id)).toBe(false)
    expect(await asCandidate.jobs.get({ id })).toMatchObject({ status: 'closed' })
    await expect(asCandidate.matching.job({ jobId: id })).rejects.toMatchObject({ code: 'NOT_FOUND' })

    const before = await jobRow(id)
    const again = await asA.employerJobs.close({ id })
    expect(again.status).toBe('closed')
    expect(await jobRow(id)).toEqual(before)
  })

  it('republish makes a closed job live again as new (fresh published_at); republishing a live job changes nothing', async () => {
    const old = new Date(Date.now() - 20 * 86_400_000)
    const id = await insertEmployerJob(server.services.db, a.id, { title: 'Andaman Warehouse Helper', cityId: CITY, status: 'closed', publishedAt: old })
    expect(await inExplore(id, 'Andaman Warehouse Helper')).toBe(false)

    const live = await asA.employerJobs.republish({ id })
    expect(live.status).toBe('published')
    expect(live.closedAt).toBeNull()
    expect(Date.parse(live.publishedAt!)).toBeGreaterThan(Date.now() - 60_000)
    expect(await inExplore(id, 'Andaman Warehouse Helper')).toBe(true)
    expect(await inRecommendations(id)).toBe(true)
    // "new" again: first among all published jobs by date
    expect((await asCandidate.jobs.explore({ sort: 'newest', pageSize: 1 })).items[0].id).toBe(id)

    const before = await jobRow(id)
    await asA.employerJobs.republish({ id })
    expect(await jobRow(id)).toEqual(before)
  })

  it('duplicate makes a draft copy ("… (copy)", unpublished, invisible to candidates); the original is untouched', async () => {
    const id = await insertEmployerJob(server.services.db, a.id, { title: 'Andaman Cook', cityId: CITY, salary: [15_000, 20_000] })
    const original = await asA.employerJobs.get({ id })
    const copy = await asA.employerJobs.duplicate({ id })
    expect(copy.id).not.toBe(id)
    expect(copy).toMatchObject({ title: 'Andaman Cook (copy)', status: 'draft', publishedAt: null, closedAt: null })
    expect(copy).toMatchObject({
      description: original.description,
      salaryMinMonthly: 15_000,
      salaryMaxMonthly: 20_000,
      cityName: original.cityName,
      roleName: original.roleName,
      skills: original.skills,
      categoryNames: original.categoryNames,
    })
    expect(await asA.employerJobs.get({ id })).toEqual(original)
    expect(await inExplore(copy.id, 'Andaman Cook')).toBe(false)
    await expect(asCandidate.jobs.get({ id: copy.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // a copy of the copy does not stack suffixes; a draft copies too
    expect((await asA.employerJobs.duplicate({ id: copy.id })).title).toBe('Andaman Cook (copy)')
  })

  it('a draft cannot be closed or republished here (CONFLICT, unchanged)', async () => {
    const id = await insertEmployerJob(server.services.db, a.id, { title: 'Half-written Draft', status: 'draft' })
    const before = await jobRow(id)
    await expect(asA.employerJobs.close({ id })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/draft/) })
    await expect(asA.employerJobs.republish({ id })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/draft/) })
    expect(await jobRow(id)).toEqual(before)
    // the manage page reads a draft like any other own job
    expect(await asA.employerJobs.get({ id })).toMatchObject({ id, status: 'draft', publishedAt: null, salaryMinMonthly: null })
  })
})

describe('ownership', () => {
  it("another employer's job id is NOT_FOUND for every procedure, and nothing changes", async () => {
    const db = server.services.db
    const live = await insertEmployerJob(db, a.id, { title: 'Owned By A Live', cityId: CITY })
    const closed = await insertEmployerJob(db, a.id, { title: 'Owned By A Closed', status: 'closed' })
    const snapshot = async () => Promise.all([jobRow(live), jobRow(closed), db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()])
    const before = await snapshot()
    const bCounts = (await asB.employerJobs.list()).counts

    for (const id of [live, closed]) {
      await expect(asB.employerJobs.get({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
      await expect(asB.employerJobs.close({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
      await expect(asB.employerJobs.republish({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
      await expect(asB.employerJobs.duplicate({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    expect(await snapshot()).toEqual(before)
    expect((await asB.employerJobs.list()).counts).toEqual(bCounts)
    expect((await asB.employerJobs.list()).items.map((j) => j.id)).not.toContain(live)

    // the same answer as an id that does not exist at all
    const missing = '00000000-0000-4000-8000-000000000000'
    await expect(asA.employerJobs.get({ id: missing })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'We could not find this job among yours.' })
    await expect(asB.employerJobs.get({ id: live })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'We could not find this job among yours.' })
  })

  it('candidates and anonymous callers are UNAUTHORIZED', async () => {
    const id = await insertEmployerJob(server.services.db, a.id, { title: 'Not For Candidates' })
    const anonymous = await callerFor(server.services)
    for (const caller of [asCandidate, anonymous]) {
      await expect(caller.employerJobs.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
      await expect(caller.employerJobs.get({ id })).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
      await expect(caller.employerJobs.close({ id })).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    }
    expect((await jobRow(id)).status).toBe('published')
  })
})
