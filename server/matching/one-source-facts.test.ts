import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertEmployerJob } from '../../tests/setup/employer-jobs'
import { callerFor, completeBasicProfile, createCandidateActor, createEmployerActor, type Actor } from '../../tests/setup/fixtures'
import { insertCurrentResume } from '../../tests/helpers/matching'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import type { StoredAnswers as Answers } from '../resume/resume-answers'

/**
 * Matching, apply requirements and the employer's ranking read a candidate's languages as the
 * profile and resume show them (decision 010), and their highest education from the education
 * entries when no level was answered (decision 009) — through the real services and Postgres.
 */

let server: TestServer
type Caller = Awaited<ReturnType<typeof callerFor>>
// Port Blair: no seeded job near it, so these jobs and candidates keep to themselves
const CITY = 'port-blair-an'
const db = () => server.services.db

beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
})
afterAll(async () => {
  await server?.stop()
})

async function candidate(resume: Answers, opts: { source?: 'bot' | 'upload'; jobType?: 'blue_collar' | 'white_collar'; roleSlug?: string } = {}): Promise<Actor & { caller: Caller }> {
  const actor = await createCandidateActor(server.services)
  await completeBasicProfile(server.services, actor, { cityId: CITY, roleSlug: opts.roleSlug ?? 'delivery-boy', pinCode: '744101' })
  await insertCurrentResume(db(), actor.id, resume, opts.jobType, opts.source)
  return { ...actor, caller: await callerFor(server.services, actor.cookie) }
}

async function employerJob(title: string, set: { required_languages?: string[]; min_languages?: number; education?: string | null }, roleSlug = 'delivery-boy') {
  const e = await createEmployerActor(server.services)
  const jobId = await insertEmployerJob(db(), e.id, { title, cityId: CITY, roleSlug })
  await db().updateTable('jobs').set(set).where('id', '=', jobId).execute()
  return { jobId, employer: await callerFor(server.services, e.cookie) }
}

async function recommended(c: { caller: Caller }, jobId: string) {
  const page = await c.caller.matching.recommendations({ limit: 50 })
  return page.items.find((j) => j.id === jobId) ?? null
}

describe('languages: one source for matching, apply and ranking (decision 010)', () => {
  it('a language added on Profile counts for a job that needs it, in score, reasons, apply and the employer’s ranking', async () => {
    const { jobId, employer } = await employerJob('Odia Speaking Rider', { required_languages: ['Odia'], min_languages: 1 })
    const c = await candidate({ experience_months: 24, expected_salary_monthly: 20_000, languages: ['Hindi'] })
    // before: the resume says Hindi only, so the job is hidden and its requirement is unmet
    expect(await recommended(c, jobId)).toBeNull()
    expect((await c.caller.matching.job({ jobId })).missing.map((m) => m.gap)).toEqual(['languages'])

    // typed on Profile as people spell it: stored and shown in the one canonical spelling
    await c.caller.candidate.updateProfile({ languages: ['Hindi', 'odiya'] })
    expect((await c.caller.candidate.me()).languages).toEqual(['Hindi', 'Odia'])
    expect((await c.caller.resume.current())?.answers.languages).toEqual(['Hindi', 'Odia'])

    const card = await recommended(c, jobId)
    expect(card).not.toBeNull()
    expect(card?.reasons).toContain('needs Odia: you speak it')
    const match = await c.caller.matching.job({ jobId })
    expect(match.missing).toEqual([])
    expect(match.reasons).toContain('needs Odia: you speak it')

    const prep = await c.caller.applications.prepare({ jobId })
    expect(prep.questions.map((q) => q.key)).not.toContain('languages')
    expect(prep.hardMismatches).toEqual([])
    await c.caller.applications.submit({ jobId, clientRequestId: randomUUID() })
    const [row] = (await employer.applicants.list({ jobId })).items
    expect(row.reasons).toContain('Speaks Odia')
  })

  it('a language removed on Profile stops counting, as it stops showing on the resume', async () => {
    const { jobId, employer } = await employerJob('Marathi Speaking Rider', { required_languages: ['Marathi'], min_languages: 1 })
    const c = await candidate({ experience_months: 24, expected_salary_monthly: 20_000, languages: ['Hindi', 'Marathi'] })
    await c.caller.candidate.updateProfile({ languages: ['Hindi', 'Marathi'] })
    expect((await recommended(c, jobId))?.reasons).toContain('needs Marathi: you speak it')

    await c.caller.candidate.updateProfile({ languages: ['Hindi'] })
    expect((await c.caller.resume.current())?.answers.languages).toEqual(['Hindi'])
    expect(await recommended(c, jobId)).toBeNull()
    expect((await c.caller.matching.job({ jobId })).missing.map((m) => m.gap)).toEqual(['languages'])
    const prep = await c.caller.applications.prepare({ jobId })
    expect(prep.hardMismatches).toEqual(['This job needs Marathi'])
    // applying anyway is allowed; the employer is told plainly
    await c.caller.applications.submit({ jobId, clientRequestId: randomUUID() })
    const [row] = (await employer.applicants.list({ jobId })).items
    expect(row.reasons).toContain('Does not speak the languages you need')
  })

  it('with no languages on Profile, the ones an uploaded resume found count (the resume shows them)', async () => {
    const { jobId } = await employerJob('Tamil Speaking Rider', { required_languages: ['Tamil'], min_languages: 1 })
    const c = await candidate({ experience_months: 12, expected_salary_monthly: 18_000, languages: ['Tamil', 'English'] }, { source: 'upload' })
    expect((await c.caller.candidate.me()).languages).toEqual([])
    expect((await c.caller.resume.current())?.answers.languages).toEqual(['Tamil', 'English'])
    expect((await recommended(c, jobId))?.reasons).toContain('needs Tamil: you speak it')
    const prep = await c.caller.applications.prepare({ jobId })
    expect(prep.questions.map((q) => q.key)).not.toContain('languages')
    expect(prep.hardMismatches).toEqual([])
  })
})

describe('education: the highest level from the entries when none was answered (decision 009)', () => {
  const iti = { institution: 'Government ITI Port Blair', degree: 'ITI (Electrician)', year: 2019 }
  const bcom = { institution: 'JNRM College', degree: 'B.Com', year: 2022 }
  const twelfth = { institution: 'Govt Sr Sec School', degree: '12th (Commerce)', year: 2019 }

  it('entries from the bot answer the education question and decide mismatches', async () => {
    const graduateJob = await employerJob('Graduate Rider', { education: 'graduate' })
    const tenthJob = await employerJob('10th Pass Rider', { education: '10th' })
    const diplomaJob = await employerJob('Diploma Rider', { education: 'diploma' })
    const graduate = await candidate({ experience_months: 12, expected_salary_monthly: 20_000, education: [bcom, twelfth] })
    const withIti = await candidate({ experience_months: 12, expected_salary_monthly: 20_000, education: [iti] })

    for (const { jobId } of [graduateJob, tenthJob, diplomaJob]) {
      const prep = await graduate.caller.applications.prepare({ jobId })
      expect(prep.questions.map((q) => q.key)).not.toContain('highest_education')
      expect(prep.hardMismatches).toEqual([])
    }
    expect((await withIti.caller.applications.prepare({ jobId: tenthJob.jobId })).hardMismatches).toEqual([])
    const short = await withIti.caller.applications.prepare({ jobId: graduateJob.jobId })
    expect(short.questions.map((q) => q.key)).not.toContain('highest_education')
    expect(short.hardMismatches).toEqual(['This job needs a degree or more'])
    expect((await withIti.caller.applications.prepare({ jobId: diplomaJob.jobId })).hardMismatches).toEqual(['This job needs a diploma or more'])
    // applying without an education answer: none is asked, so none is needed
    const applied = await withIti.caller.applications.submit({ jobId: tenthJob.jobId, clientRequestId: randomUUID() })
    expect(applied.created).toBe(true)
  })

  it('an uploaded resume’s entries count by the same rule; an answered level wins over entries; no entries still asks', async () => {
    const { jobId } = await employerJob('Graduate Office Rider', { education: 'graduate' })
    const uploaded = await candidate(
      { experience_months: 36, education: [{ institution: 'XYZ College of Engineering, Pune', degree: 'B.Tech (CSE)', year: 2019 }, { institution: 'ABC Junior College', degree: 'HSC', year: 2015 }] },
      { source: 'upload', jobType: 'white_collar' },
    )
    const prep = await uploaded.caller.applications.prepare({ jobId })
    expect(prep.questions.map((q) => q.key)).not.toContain('highest_education')
    expect(prep.hardMismatches).toEqual([])

    const answered = await candidate({ highest_education: '12th', education: [bcom] })
    expect((await answered.caller.applications.prepare({ jobId })).hardMismatches).toEqual(['This job needs a degree or more'])

    const nothing = await candidate({ experience_months: 12, education: [{ institution: 'Evening classes', degree: 'Computer course', year: 2020 }] })
    const asked = await nothing.caller.applications.prepare({ jobId })
    expect(asked.questions.map((q) => q.key)).toContain('highest_education')
    expect(asked.hardMismatches).toEqual([])
  })
})
