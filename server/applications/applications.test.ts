import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertEmployerJob } from '../../tests/setup/employer-jobs'
import { callerFor, completeBasicProfile, createCandidateActor, createEmployerActor, type Actor } from '../../tests/setup/fixtures'
import { insertCurrentResume } from '../../tests/helpers/matching'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import { verhoeffCheckDigit } from '../candidate/aadhaar'
import { loadMatchCandidate } from '../matching/matching.service'
import { scoreJob } from '../matching/match-score'
import { findMatchJob } from '../matching/matching.repo'
import type { StoredAnswers as Answers } from '../resume/resume-answers'
import type { Trx } from '../db/database'
import { insertApplicationIfUnchanged, readApplyFacts } from './applications.repo'

let server: TestServer
type Caller = Awaited<ReturnType<typeof callerFor>>

// Port Blair: far from every seeded job, so these tests' jobs and candidates keep to themselves
const CITY = 'port-blair-an'
const db = () => server.services.db

beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
})
afterAll(async () => {
  await server?.stop()
})

/** A candidate past the profile gate, optionally with a current resume. */
async function candidate(opts: { resume?: Answers | null; name?: string } = {}): Promise<Actor & { caller: Caller }> {
  const actor = await createCandidateActor(server.services, { name: opts.name ?? 'Test Candidate' })
  await completeBasicProfile(server.services, actor, { cityId: CITY, roleSlug: 'delivery-boy', pinCode: '744101', name: opts.name })
  if (opts.resume !== null) await insertCurrentResume(db(), actor.id, opts.resume ?? { experience_months: 24, expected_salary_monthly: 20_000 })
  return { ...actor, caller: await callerFor(server.services, actor.cookie) }
}

async function employer(): Promise<Actor & { caller: Caller }> {
  const actor = await createEmployerActor(server.services)
  return { ...actor, caller: await callerFor(server.services, actor.cookie) }
}

const applicationRows = (jobId: string) => db().selectFrom('applications').select(['id', 'candidate_id', 'status', 'match_score']).where('job_id', '=', jobId).execute()
const notificationsOf = (owner: { candidateId?: string; employerId?: string }) =>
  db()
    .selectFrom('notifications')
    .select(['seq', 'kind', 'title', 'body', 'application_id'])
    .$if(Boolean(owner.candidateId), (q) => q.where('candidate_id', '=', owner.candidateId as string))
    .$if(Boolean(owner.employerId), (q) => q.where('employer_id', '=', owner.employerId as string))
    .orderBy('seq')
    .execute()

describe('applications.submit (apply): exactly once', () => {
  it('concurrent double taps (same clientRequestId) and retries with new ids make one application', async () => {
    const e = await employer()
    const jobId = await insertEmployerJob(db(), e.id, { title: 'Delivery Rider Exactly Once', cityId: CITY })
    const c = await candidate()
    const tap = randomUUID()
    const results = await Promise.all([
      c.caller.applications.submit({ jobId, clientRequestId: tap }),
      c.caller.applications.submit({ jobId, clientRequestId: tap }),
      c.caller.applications.submit({ jobId, clientRequestId: randomUUID() }),
      c.caller.applications.submit({ jobId, clientRequestId: randomUUID() }),
    ])
    expect(new Set(results.map((r) => r.applicationId)).size).toBe(1)
    expect(results.filter((r) => r.created)).toHaveLength(1)
    expect(results.every((r) => r.status === 'applied')).toBe(true)
    // a retry long after returns the same one
    const later = await c.caller.applications.submit({ jobId, clientRequestId: tap })
    expect(later).toEqual({ applicationId: results[0].applicationId, status: 'applied', created: false })
    expect(await applicationRows(jobId)).toHaveLength(1)
    // the employer was told once
    expect((await notificationsOf({ employerId: e.id })).map((n) => n.kind)).toEqual(['new_application'])
    // the candidate's own list names the application by its id (not the job's), so withdraw can use it
    const mine = await c.caller.applications.mine({})
    expect(mine.items.map((i) => i.id)).toEqual([results[0].applicationId])
    expect(mine.items[0].job.id).toBe(jobId)
    expect((await c.caller.applications.get({ applicationId: results[0].applicationId })).id).toBe(results[0].applicationId)
    expect((await c.caller.applications.withdraw({ applicationId: mine.items[0].id })).status).toBe('withdrawn')
  })

  it('needs a current resume, and says to build one', async () => {
    const e = await employer()
    const jobId = await insertEmployerJob(db(), e.id, { title: 'Delivery No Resume', cityId: CITY })
    const c = await candidate({ resume: null })
    expect((await c.caller.applications.prepare({ jobId })).hasResume).toBe(false)
    await expect(c.caller.applications.submit({ jobId, clientRequestId: randomUUID() })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringMatching(/resume/i),
    })
    expect(await applicationRows(jobId)).toHaveLength(0)
  })

  it('refuses closed jobs and drafts', async () => {
    const e = await employer()
    const closed = await insertEmployerJob(db(), e.id, { title: 'Closed Delivery', cityId: CITY, status: 'closed' })
    const draft = await insertEmployerJob(db(), e.id, { title: 'Draft Delivery', cityId: CITY, status: 'draft' })
    const c = await candidate()
    await expect(c.caller.applications.submit({ jobId: closed, clientRequestId: randomUUID() })).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(c.caller.applications.submit({ jobId: draft, clientRequestId: randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(c.caller.applications.prepare({ jobId: draft })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await c.caller.applications.prepare({ jobId: closed })).job.status).toBe('closed')
  })

  it('asks only what the resume and profile do not say, says mismatches plainly, and keeps the answers', async () => {
    const e = await employer()
    const jobId = await insertEmployerJob(db(), e.id, { title: 'Night Delivery Rider', cityId: CITY })
    await db()
      .updateTable('jobs')
      .set({ requires_driving_licence: true, requires_two_wheeler: true, licence_types: ['two_wheeler'], shift: 'night', experience_min_months: 12, education: '10th', min_languages: 1, required_languages: ['Hindi'] })
      .where('id', '=', jobId)
      .execute()
    // a resume that says nothing about licence, vehicle, languages, shift, experience or education
    const unknown = await candidate({ resume: { expected_salary_monthly: 18_000 } })
    const prep = await unknown.caller.applications.prepare({ jobId })
    expect(prep.questions.map((q) => q.key).sort()).toEqual(['experience_months', 'has_driving_licence', 'highest_education', 'languages', 'shift_ok', 'vehicle_type'])
    expect(prep.hardMismatches).toEqual([])
    await expect(unknown.caller.applications.submit({ jobId, clientRequestId: randomUUID() })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/Please answer/) })
    await expect(
      unknown.caller.applications.submit({ jobId, clientRequestId: randomUUID(), answers: { has_driving_licence: 'maybe' } }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    const answers = { has_driving_licence: true, vehicle_type: 'two_wheeler', languages: ['Hindi'], shift_ok: true, experience_months: '24', highest_education: '12th' }
    const applied = await unknown.caller.applications.submit({ jobId, clientRequestId: randomUUID(), answers })
    expect(applied.created).toBe(true)
    // licence, vehicle and languages now live in the profile: the next job does not ask again
    const profile = await db().selectFrom('candidates').select(['has_driving_licence', 'vehicle_type', 'languages']).where('id', '=', unknown.id).executeTakeFirstOrThrow()
    expect(profile).toEqual({ has_driving_licence: true, vehicle_type: 'two_wheeler', languages: ['Hindi'] })
    const other = await insertEmployerJob(db(), e.id, { title: 'Another Rider', cityId: CITY })
    await db().updateTable('jobs').set({ requires_driving_licence: true, requires_two_wheeler: true }).where('id', '=', other).execute()
    expect((await unknown.caller.applications.prepare({ jobId: other })).questions).toEqual([])
    const seen = await e.caller.applicants.get({ applicationId: applied.applicationId })
    expect(seen.answers).toEqual(expect.arrayContaining([{ key: 'experience_months', label: 'Experience', answer: '2 to 5 years' }]))

    // a resume that says "no licence, no vehicle, day shifts only"
    const lacking = await candidate({ resume: { has_driving_licence: false, owns_vehicle: false, vehicle_type: 'none', shift_preference: 'day', experience_months: 3, highest_education: '10th', languages: ['Hindi'] } })
    const plain = await lacking.caller.applications.prepare({ jobId })
    expect(plain.questions).toEqual([])
    expect(plain.hardMismatches).toEqual([
      'This job needs a two-wheeler licence',
      'This job needs your own two-wheeler',
      'This job has night shifts',
      'This job needs at least 1 yr of experience',
    ])
    // said, not enforced
    expect((await lacking.caller.applications.submit({ jobId, clientRequestId: randomUUID() })).created).toBe(true)
  })
})

describe('the optimistic apply: its one-statement write inserts only what it read (decision 019)', () => {
  const notice = { kind: 'new_application', title: 'New applicant', body: 'Someone applied.', href: null }
  async function readFacts(candidateId: string, jobId: string) {
    const row = await readApplyFacts(db(), candidateId, jobId)
    if (!row) throw new Error('no apply facts')
    return row
  }
  const write = (row: Awaited<ReturnType<typeof readFacts>>, candidateId: string) =>
    insertApplicationIfUnchanged(
      db(),
      {
        id: randomUUID(),
        jobId: row.id,
        jobVersion: row.job_version,
        candidateId,
        candidateVersion: row.candidate_version,
        employerId: row.employer_id,
        clientRequestId: randomUUID(),
        resumeId: row.resume_id as string,
        answers: {},
        matchScore: 0.5,
        now: new Date(),
      },
      notice,
    )
  /** Runs `change` in a transaction kept open until `write` is waiting for a row lock, then commits it. */
  async function committedWhileWaiting(change: (trx: Trx) => Promise<unknown>, writeNow: () => Promise<unknown>) {
    let changed!: () => void
    const didChange = new Promise<void>((resolve) => (changed = resolve))
    let commit!: () => void
    const mayCommit = new Promise<void>((resolve) => (commit = resolve))
    const trx = db()
      .transaction()
      .execute(async (t) => {
        await change(t)
        changed()
        await mayCommit
      })
    await didChange
    const written = writeNow()
    await expect
      .poll(async () => (await db().selectFrom(sql<{ n: number }>`(select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like 'with "job"%')`.as('w')).select('n').executeTakeFirstOrThrow()).n)
      .toBe(1)
    commit()
    await trx
    return written
  }

  it('inserts when nothing changed; a double tap’s second write inserts nothing', async () => {
    const e = await employer()
    const jobId = await insertEmployerJob(db(), e.id, { title: 'Delivery Rider Optimistic', cityId: CITY })
    const c = await candidate()
    const row = await readFacts(c.id, jobId)
    const [first, second] = [await write(row, c.id), await write(row, c.id)]
    expect(first?.status).toBe('applied')
    expect(second).toBeUndefined()
    expect(await applicationRows(jobId)).toHaveLength(1)
    expect((await notificationsOf({ employerId: e.id })).map((n) => n.application_id)).toEqual([first?.id])
  })

  it('inserts nothing when the candidate or the job changed after the read, or the job closed', async () => {
    const e = await employer()
    const jobId = await insertEmployerJob(db(), e.id, { title: 'Delivery Rider Changed', cityId: CITY })
    const c = await candidate()
    let row = await readFacts(c.id, jobId)
    await db().updateTable('candidates').set({ languages: ['Tamil'] }).where('id', '=', c.id).execute()
    expect(await write(row, c.id)).toBeUndefined()
    row = await readFacts(c.id, jobId)
    await db().updateTable('jobs').set({ salary_min_monthly: 19_000 }).where('id', '=', jobId).execute()
    expect(await write(row, c.id)).toBeUndefined()
    row = await readFacts(c.id, jobId)
    await db().updateTable('jobs').set({ status: 'closed' }).where('id', '=', jobId).execute()
    expect(await write(row, c.id)).toBeUndefined()
    expect(await applicationRows(jobId)).toHaveLength(0)
    expect(await notificationsOf({ employerId: e.id })).toHaveLength(0)
  })

  it('a change committed while the write waits for its lock is seen too (a resume saved, a job closed)', async () => {
    const e = await employer()
    const jobId = await insertEmployerJob(db(), e.id, { title: 'Delivery Rider Racing', cityId: CITY })
    const c = await candidate()
    let row = await readFacts(c.id, jobId)
    // a resume save locks the candidate row and updates it in one transaction
    expect(await committedWhileWaiting((t) => t.updateTable('candidates').set({ has_driving_licence: true, updated_at: new Date() }).where('id', '=', c.id).execute(), () => write(row, c.id))).toBeUndefined()
    row = await readFacts(c.id, jobId)
    expect(await committedWhileWaiting((t) => t.updateTable('jobs').set({ status: 'closed' }).where('id', '=', jobId).execute(), () => write(row, c.id))).toBeUndefined()
    expect(await applicationRows(jobId)).toHaveLength(0)
    // and through the service: the locking way reports the close
    await expect(c.caller.applications.submit({ jobId, clientRequestId: randomUUID() })).rejects.toThrow(/closed/)
  })
})

describe('withdraw', () => {
  it('is allowed until the employer decides; a retry of the old apply never undoes it; a new tap re-applies', async () => {
    const e = await employer()
    const jobId = await insertEmployerJob(db(), e.id, { title: 'Withdraw Rider', cityId: CITY })
    const c = await candidate()
    const tap = randomUUID()
    const { applicationId } = await c.caller.applications.submit({ jobId, clientRequestId: tap })
    await e.caller.applicants.act({ applicationIds: [applicationId], action: 'shortlist' })
    expect(await c.caller.applications.withdraw({ applicationId })).toEqual({ applicationId, status: 'withdrawn' })
    expect(await c.caller.applications.withdraw({ applicationId })).toEqual({ applicationId, status: 'withdrawn' })
    expect(await c.caller.applications.submit({ jobId, clientRequestId: tap })).toEqual({ applicationId, status: 'withdrawn', created: false })
    expect((await c.caller.applications.prepare({ jobId })).alreadyApplied).toBeNull()
    expect(await c.caller.applications.submit({ jobId, clientRequestId: randomUUID() })).toEqual({ applicationId, status: 'applied', created: true })

    await e.caller.applicants.act({ applicationIds: [applicationId], action: 'not_selected' })
    await expect(c.caller.applications.withdraw({ applicationId })).rejects.toMatchObject({ code: 'CONFLICT' })
    const mine = await c.caller.applications.get({ applicationId })
    expect(mine.timeline.map((t) => t.status)).toEqual(['applied', 'shortlisted', 'withdrawn', 'applied', 'not_selected'])
    expect(mine.decisionMessage).toMatch(/Thank you for applying/)
  })

  it('another candidate’s application is not found', async () => {
    const e = await employer()
    const jobId = await insertEmployerJob(db(), e.id, { title: 'Not Yours Rider', cityId: CITY })
    const [a, b] = await Promise.all([candidate(), candidate()])
    const { applicationId } = await a.caller.applications.submit({ jobId, clientRequestId: randomUUID() })
    await expect(b.caller.applications.withdraw({ applicationId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(b.caller.applications.get({ applicationId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await b.caller.applications.mine({})).items).toEqual([])
    await expect(e.caller.applications.mine({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
  })
})

describe('closing a job', () => {
  it('turns its open applications into position_filled and tells each candidate; decided ones stay', async () => {
    const e = await employer()
    const jobId = await insertEmployerJob(db(), e.id, { title: 'Closing Rider', cityId: CITY })
    const [a, b, h] = await Promise.all([candidate(), candidate(), candidate()])
    const ids = await Promise.all([a, b, h].map(async (c) => (await c.caller.applications.submit({ jobId, clientRequestId: randomUUID() })).applicationId))
    await e.caller.applicants.act({ applicationIds: [ids[1]], action: 'shortlist' })
    await e.caller.applicants.act({ applicationIds: [ids[2]], action: 'hire' })
    await e.caller.employerJobs.close({ id: jobId })
    const rows = await applicationRows(jobId)
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [ids[0]]: 'position_filled', [ids[1]]: 'position_filled', [ids[2]]: 'hired' })
    expect((await notificationsOf({ candidateId: a.id })).map((n) => n.kind)).toEqual(['status_position_filled'])
    expect((await notificationsOf({ candidateId: b.id })).map((n) => n.kind)).toEqual(['status_shortlisted', 'status_position_filled'])
    expect((await notificationsOf({ candidateId: h.id })).map((n) => n.kind)).toEqual(['status_hired'])
    const mine = await a.caller.applications.get({ applicationId: ids[0] })
    expect(mine.status).toBe('position_filled')
    expect(mine.job.status).toBe('closed')
    expect(mine.nextStep).toMatch(/closed/)
    // closing again changes nothing and tells nobody twice
    await e.caller.employerJobs.close({ id: jobId })
    expect((await notificationsOf({ candidateId: a.id })).length).toBe(1)
    // the closed job is not in recommendations; a new apply is refused
    expect((await a.caller.matching.recommendations({ limit: 50 })).items.map((j) => j.id)).not.toContain(jobId)
  })
})

describe('applicants.list: ranked by the candidate side’s match score', () => {
  it('orders by scoreJob, with employer-side reasons, and reranks after a candidate changes', async () => {
    const e = await employer()
    const jobId = await insertEmployerJob(db(), e.id, { title: 'Ranked Rider', cityId: CITY, salary: [18_000, 25_000] })
    await db().updateTable('jobs').set({ requires_driving_licence: true, requires_two_wheeler: true, experience_min_months: 12, experience_max_months: 60 }).where('id', '=', jobId).execute()
    const profiles: Answers[] = [
      { experience_months: 24, expected_salary_monthly: 20_000, has_driving_licence: true, owns_vehicle: true, vehicle_type: 'two_wheeler' },
      { experience_months: 0, expected_salary_monthly: 40_000 },
      { experience_months: 36, expected_salary_monthly: 22_000, has_driving_licence: true },
      { experience_months: 6, expected_salary_monthly: 15_000, has_driving_licence: false, owns_vehicle: false, vehicle_type: 'none' },
      { experience_months: 120, expected_salary_monthly: 30_000, has_driving_licence: true, owns_vehicle: true, vehicle_type: 'two_wheeler' },
    ]
    const people = await Promise.all(profiles.map((resume, i) => candidate({ resume, name: `Ranked Person ${'ABCDE'[i]}` })))
    // whatever the resume leaves unknown is answered "no" / "none"
    const canned: Record<string, unknown> = { has_driving_licence: false, vehicle_type: 'none' }
    for (const p of people) {
      const { questions } = await p.caller.applications.prepare({ jobId })
      await p.caller.applications.submit({ jobId, clientRequestId: randomUUID(), answers: Object.fromEntries(questions.map((q) => [q.key, canned[q.key]])) })
    }

    const expectedOrder = async () => {
      const job = await findMatchJob(db(), jobId)
      const now = server.services.now()
      const scored = await Promise.all(people.map(async (p) => ({ id: p.id, score: scoreJob(job!, await loadMatchCandidate(db(), p.id), now).score })))
      return scored.sort((x, y) => y.score - x.score)
    }
    const ranked = async () => {
      const page = await e.caller.applicants.list({ jobId })
      const rows = await applicationRows(jobId)
      const byApp = new Map(rows.map((r) => [r.id, r.candidate_id]))
      return { page, order: page.items.map((i) => byApp.get(i.applicationId)) }
    }

    let { page, order } = await ranked()
    let expected = await expectedOrder()
    expect(order).toEqual(expected.map((x) => x.id))
    expect(page.items.map((i) => i.score)).toEqual(expected.map((x) => Math.round(x.score)))
    expect(page.counts.applied).toBe(5)
    const top = page.items[0]
    expect(top.candidate.name).toMatch(/Ranked Person/)
    expect(top.reasons).toEqual(expect.arrayContaining(['Lives in Port Blair']))
    const first = page.items.find((i) => i.candidate.name === 'Ranked Person A')!
    expect(first.reasons).toEqual(['Lives in Port Blair', '2 yrs as Delivery Boy', 'Has a two-wheeler and licence', 'Expects ₹20k, you offer ₹18–25k'])

    // the weakest applicant gets a licence, a bike and a fitting salary: the trigger marks their score stale, the list reranks
    const weakest = people.find((p) => p.id === expected[expected.length - 1].id)!
    await insertCurrentResume(db(), weakest.id, { experience_months: 30, expected_salary_monthly: 21_000, has_driving_licence: true, owns_vehicle: true, vehicle_type: 'two_wheeler' })
    expect((await applicationRows(jobId)).find((r) => r.candidate_id === weakest.id)?.match_score).toBeNull()
    ;({ page, order } = await ranked())
    expected = await expectedOrder()
    expect(order).toEqual(expected.map((x) => x.id))
    expect(order.indexOf(weakest.id)).toBeLessThan(people.length - 1)

    // filter by status and pages of one
    await e.caller.applicants.act({ applicationIds: [page.items[1].applicationId], action: 'shortlist' })
    const shortlisted = await e.caller.applicants.list({ jobId, status: 'shortlisted' })
    expect(shortlisted.items.map((i) => i.applicationId)).toEqual([page.items[1].applicationId])
    expect(shortlisted.counts).toMatchObject({ applied: 4, shortlisted: 1 })
  })

  it('pages through the whole ranked list with the cursor, each applicant once', async () => {
    const e = await employer()
    const jobId = await insertEmployerJob(db(), e.id, { title: 'Paged Rider', cityId: CITY })
    const people = await Promise.all(Array.from({ length: 25 }, (_, i) => candidate({ resume: { experience_months: i * 3, expected_salary_monthly: 15_000 + i * 500 } })))
    await Promise.all(people.map((p) => p.caller.applications.submit({ jobId, clientRequestId: randomUUID() })))
    const first = await e.caller.applicants.list({ jobId })
    expect(first.items).toHaveLength(20)
    expect(first.nextCursor).not.toBeNull()
    const second = await e.caller.applicants.list({ jobId, cursor: first.nextCursor })
    expect(second.items).toHaveLength(5)
    expect(second.nextCursor).toBeNull()
    const all = [...first.items, ...second.items]
    expect(new Set(all.map((i) => i.applicationId)).size).toBe(25)
    const scores = all.map((i) => i.score)
    expect(scores).toEqual([...scores].sort((x, y) => y - x))
    await expect(e.caller.applicants.list({ jobId, cursor: 'garbage' })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })
})

describe('applicants: what the employer sees', () => {
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('')
  it('the employer reads About, Languages and preferred locations as the candidate’s profile has them now (decision 010)', async () => {
    const e = await employer()
    const jobId = await insertEmployerJob(db(), e.id, { title: 'Profile Rider', cityId: CITY })
    const c = await candidate({ resume: { experience_months: 24, about: 'Old words saved with the resume.', languages: ['Hindi'] } })
    await c.caller.candidate.updateProfile({ aboutHtml: '<p><strong>Punctual</strong> rider with a clean record.</p>', languages: ['Hindi', 'Marathi'] })
    const { applicationId } = await c.caller.applications.submit({ jobId, clientRequestId: randomUUID() })
    const seen = await e.caller.applicants.get({ applicationId })
    const shown = Object.fromEntries((seen.resume?.summary ?? []).map((i) => [i.key, i.display]))
    expect(shown).toMatchObject({ about: 'Punctual rider with a clean record.', languages: 'Hindi, Marathi' })
    expect(shown.preferred_locations).toEqual(expect.any(String))
    expect(JSON.stringify(seen)).not.toContain('Old words saved with the resume.')
  })

  it('no Aadhaar/PAN ever; the mobile only after shortlisting; opening marks viewed; notes stay private', async () => {
    const e = await employer()
    const other = await employer()
    const jobId = await insertEmployerJob(db(), e.id, { title: 'Private Rider', cityId: CITY })
    const c = await candidate({ resume: { experience_months: 24, email: 'rider.private@example.com', phone: '+919812345678' } })
    const body = `${2 + Math.floor(Math.random() * 8)}${digits(10)}`
    const aadhaar = `${body}${verhoeffCheckDigit(body)}`
    await c.caller.candidate.updateProfile({ aadhaar, pan: 'ABCPZ1234K', email: 'rider.profile@example.com' })
    const { mobile } = await db().selectFrom('candidates').select('mobile').where('id', '=', c.id).executeTakeFirstOrThrow()
    const { applicationId } = await c.caller.applications.submit({ jobId, clientRequestId: randomUUID() })

    const before = await e.caller.applicants.get({ applicationId })
    const text = JSON.stringify(before)
    expect(before.status).toBe('viewed')
    expect(before.mobile).toBeNull()
    expect(before.candidate.email).toBeNull()
    for (const secret of [aadhaar, aadhaar.slice(-4), 'ABCPZ1234K', mobile, mobile.slice(3), 'rider.private@example.com', '9812345678']) expect(text).not.toContain(secret)
    expect(text).not.toMatch(/aadhaar|pan_|XXXX/i)
    expect(before.resumePdfUrl).toBe(`/employer/applicants/${applicationId}/resume.pdf`)
    expect(before.resume?.summary.length).toBeGreaterThan(0)
    expect((await notificationsOf({ candidateId: c.id })).map((n) => n.kind)).toEqual(['status_viewed'])
    // opening again does not notify again
    await e.caller.applicants.get({ applicationId })
    expect((await notificationsOf({ candidateId: c.id })).length).toBe(1)

    await e.caller.applicants.note({ applicationId, text: 'Seemed keen on the phone; check his licence' })
    const after = await e.caller.applicants.act({ applicationIds: [applicationId], action: 'shortlist' })
    expect(after.results).toEqual([{ applicationId, ok: true, status: 'shortlisted', changed: true, error: null }])
    const revealed = await e.caller.applicants.get({ applicationId })
    expect(revealed.mobile).toBe(mobile)
    expect(revealed.candidate.email).toBe('rider.profile@example.com')
    expect(revealed.notes.map((n) => n.text)).toEqual(['Seemed keen on the phone; check his licence'])
    expect(JSON.stringify(revealed)).not.toContain(aadhaar)

    // the candidate never sees the note
    const mine = JSON.stringify(await c.caller.applications.get({ applicationId })) + JSON.stringify(await c.caller.candidate.exportData())
    expect(mine).not.toContain('check his licence')

    // another employer reaches nothing
    await expect(other.caller.applicants.get({ applicationId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(other.caller.applicants.list({ jobId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(other.caller.applicants.note({ applicationId, text: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(other.caller.applicants.act({ applicationIds: [applicationId], action: 'hire' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await db().selectFrom('applications').select('status').where('id', '=', applicationId).executeTakeFirstOrThrow()).status).toBe('shortlisted')
  })

  it('bulk actions report invalid steps per id; interviews carry a map link; the phone is shared only when chosen', async () => {
    const e = await employer()
    const jobId = await insertEmployerJob(db(), e.id, { title: 'Bulk Rider', cityId: CITY })
    const people = await Promise.all([candidate(), candidate(), candidate()])
    const ids = await Promise.all(people.map(async (p) => (await p.caller.applications.submit({ jobId, clientRequestId: randomUUID() })).applicationId))
    await people[2].caller.applications.withdraw({ applicationId: ids[2] })
    const res = await e.caller.applicants.act({ applicationIds: ids, action: 'not_selected', template: 'experience' })
    expect(res.results.map((r) => [r.ok, r.status])).toEqual([
      [true, 'not_selected'],
      [true, 'not_selected'],
      [false, 'withdrawn'],
    ])
    expect(res.results[2].error).toMatch(/withdrew/)
    const told = await notificationsOf({ candidateId: people[0].id })
    expect(told.map((n) => n.kind)).toEqual(['status_not_selected'])
    expect(told[0].body).toMatch(/more experience/)

    const job2 = await insertEmployerJob(db(), e.id, { title: 'Interview Rider', cityId: CITY })
    const p = await candidate()
    const { applicationId } = await p.caller.applications.submit({ jobId: job2, clientRequestId: randomUUID() })
    expect((await p.caller.applications.get({ applicationId })).employerPhone).toBeNull()
    await e.caller.employerJobs.setSharePhone({ id: job2, share: true })
    const { phone } = await db().selectFrom('employers').select('phone').where('id', '=', e.id).executeTakeFirstOrThrow()
    expect((await p.caller.applications.get({ applicationId })).employerPhone).toBe(phone)
    await expect(e.caller.applicants.scheduleInterview({ applicationId, date: '2020-01-01', time: '10:30', place: 'Aberdeen Bazaar' })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(e.caller.applicants.scheduleInterview({ applicationId, date: '2031-02-30', time: '10:30', place: 'Aberdeen Bazaar' })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    const scheduled = await e.caller.applicants.scheduleInterview({ applicationId, date: '2031-01-14', time: '10:30', place: 'Aberdeen Bazaar', contactName: 'Mr. Rao', notes: 'Bring your licence' })
    expect(scheduled.interview?.mapUrl).toBe('https://www.google.com/maps/search/?api=1&query=Aberdeen%20Bazaar%2C%20Port%20Blair')
    const mine = await p.caller.applications.get({ applicationId })
    expect(mine.status).toBe('interview')
    expect(mine.interview).toMatchObject({ date: '2031-01-14', time: '10:30', place: 'Aberdeen Bazaar', contactName: 'Mr. Rao', notes: 'Bring your licence' })
    expect(mine.nextStep).toMatch(/14 Jan 2031 at 10:30/)
    expect((await notificationsOf({ candidateId: p.id })).map((n) => n.kind)).toEqual(['status_interview'])
    expect((await e.caller.applicants.get({ applicationId })).mobile).not.toBeNull()
    const hired = await e.caller.applicants.act({ applicationIds: [applicationId], action: 'hire' })
    expect(hired.results[0]).toMatchObject({ ok: true, status: 'hired' })
    expect((await e.caller.applicants.act({ applicationIds: [applicationId], action: 'shortlist' })).results[0]).toMatchObject({ ok: false, status: 'hired' })
  })
})

describe('applied marks and export', () => {
  it('job cards say which jobs the candidate applied to; the export lists applications', async () => {
    const e = await employer()
    const jobId = await insertEmployerJob(db(), e.id, { title: 'Marked Zanskar Rider', cityId: CITY })
    const c = await candidate()
    const before = await c.caller.jobs.explore({ q: 'Zanskar', pageSize: 10 })
    expect(before.items.find((j) => j.id === jobId)).toMatchObject({ applied: false, applicationStatus: null })
    await c.caller.applications.submit({ jobId, clientRequestId: randomUUID() })
    expect((await c.caller.jobs.explore({ q: 'Zanskar', pageSize: 10 })).items.find((j) => j.id === jobId)).toMatchObject({ applied: true, applicationStatus: 'applied' })
    const detail = await c.caller.jobs.get({ id: jobId })
    expect(detail.status === 'published' && detail.job).toMatchObject({ applied: true })
    expect((await c.caller.matching.recommendations({ limit: 50 })).items.find((j) => j.id === jobId)).toMatchObject({ applied: true })
    // anonymous: nothing marked
    const anon = await callerFor(server.services)
    expect((await anon.jobs.explore({ q: 'Zanskar', pageSize: 10 })).items.find((j) => j.id === jobId)).toMatchObject({ applied: false })
    const exported = await c.caller.candidate.exportData()
    expect(exported.applications.map((a) => [a.job_id, a.status])).toEqual([[jobId, 'applied']])
    const mine = await c.caller.applications.mine({})
    expect(mine.items).toHaveLength(1)
    expect(mine.items[0]).toMatchObject({ status: 'applied', job: { id: jobId, title: 'Marked Zanskar Rider', companyName: 'Test Company Pvt Ltd' }, interview: null, employerPhone: null })
    expect(mine.items[0].timeline.map((t) => t.status)).toEqual(['applied'])
    expect((await c.caller.applications.mine({ status: 'hired' })).items).toEqual([])
  })
})
