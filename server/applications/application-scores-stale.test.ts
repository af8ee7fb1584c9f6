import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertEmployerJob } from '../../tests/setup/employer-jobs'
import { callerFor, completeBasicProfile, createCandidateActor, createEmployerActor } from '../../tests/setup/fixtures'
import { insertCurrentResume } from '../../tests/helpers/matching'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import { loadMatchCandidate } from '../matching/matching.service'
import { findMatchJob } from '../matching/matching.repo'
import { storedScore } from './application-scoring'

/**
 * Stored application scores follow the rule's new facts (issue 15): the job's skills are read by
 * the score, so editing them marks the job's applications stale (migration 20261221090000), and
 * the rescored figure is the new rule's, skills and salary floor included.
 */
let server: TestServer
const db = () => server.services.db
const CITY = 'port-blair-an'

beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
})
afterAll(async () => {
  await server?.stop()
})

describe('stored application scores', () => {
  it('go stale when the job’s skills change, and rescore with skills and the salary floor', async () => {
    const employer = await createEmployerActor(server.services)
    const e = await callerFor(server.services, employer.cookie)
    const jobId = await insertEmployerJob(db(), employer.id, { title: 'Frontend Developer (skills)', roleSlug: 'frontend-developer', cityId: CITY, salary: [17_000, 21_000] })
    await db().updateTable('jobs').set({ skills: ['Java', 'Spring Boot'] }).where('id', '=', jobId).execute()

    const actor = await createCandidateActor(server.services)
    await completeBasicProfile(server.services, actor, { cityId: CITY, roleSlug: 'frontend-developer', pinCode: '744101' })
    await insertCurrentResume(db(), actor.id, { experience_months: 36, expected_salary_monthly: 100_000, skills: ['React', 'TypeScript'] }, 'white_collar')
    await (await callerFor(server.services, actor.cookie)).applications.submit({ jobId, clientRequestId: randomUUID() })

    const score = () => db().selectFrom('applications').select(['match_score', 'score_rev']).where('job_id', '=', jobId).executeTakeFirstOrThrow()
    const expected = async () => storedScore((await findMatchJob(db(), jobId))!, await loadMatchCandidate(db(), actor.id))

    await e.applicants.list({ jobId })
    const before = await score()
    expect(before.match_score).toBeCloseTo(await expected(), 9)

    await db().updateTable('jobs').set({ skills: ['React', 'TypeScript', 'CSS'] }).where('id', '=', jobId).execute()
    const stale = await score()
    expect(stale.match_score).toBeNull()
    expect(stale.score_rev).toBeGreaterThan(before.score_rev)

    const page = await e.applicants.list({ jobId })
    const after = await score()
    expect(after.match_score).toBeCloseTo(await expected(), 9)
    expect(after.match_score!).toBeGreaterThan(before.match_score!)
    expect(page.items[0].reasons).toContain('Knows React, TypeScript')
  })
})
