/**
 * Finding 13: `updateProfile` answered "already linked to another account" as fast as anyone
 * asked, so a candidate could look up whether any Aadhaar/PAN is registered. Profile saves are now
 * limited per candidate, and each "already linked" answer spends a much smaller daily budget.
 */
import { randomInt } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, completeBasicProfile, createCandidateActor, type Actor } from '../../tests/setup/fixtures'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import { createRateLimiters } from '../app-services'
import { findCity } from '../master-data/cities'
import { verhoeffCheckDigit } from './aadhaar'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

function validAadhaar(): string {
  const body = `${2 + randomInt(8)}${String(randomInt(0, 1e10)).padStart(10, '0')}`
  return `${body}${verhoeffCheckDigit(body)}`
}

async function candidateRow(id: string) {
  return server.services.db
    .selectFrom('candidates')
    .select(['full_name', 'aadhaar_enc', 'aadhaar_bidx', 'aadhaar_last4', 'pan_bidx', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
}

/** Candidates who registered these Aadhaar numbers: the attacker's "phone book". */
async function victims(n: number): Promise<string[]> {
  const numbers: string[] = []
  for (let i = 0; i < n; i++) {
    const victim = await createCandidateActor(server.services, { name: `Victim ${i}` })
    const aadhaar = validAadhaar()
    await (await callerFor(server.services, victim.cookie)).candidate.updateProfile({ aadhaar })
    numbers.push(aadhaar)
  }
  return numbers
}

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'saved',
    (e: { code?: string; message?: string }) => `${e.code}: ${e.message}`,
  )

describe('profile updates are rate-limited per candidate', () => {
  it('replaying the lookup attack: after 5 "already linked" answers, every Aadhaar/PAN change is refused and nothing changes', { timeout: 60_000 }, async () => {
    const registered = await victims(8)
    const attacker = await createCandidateActor(server.services, { name: 'Prying Person' })
    const caller = await callerFor(server.services, attacker.cookie)
    const before = await candidateRow(attacker.id)

    const answers: string[] = []
    for (const aadhaar of registered) answers.push(await outcome(caller.candidate.updateProfile({ aadhaar, name: 'Changed Name' })))
    expect(answers.slice(0, 5)).toEqual(Array(5).fill('BAD_REQUEST: This Aadhaar number is already linked to another account'))
    for (const answer of answers.slice(5)) expect(answer).toMatch(/^TOO_MANY_REQUESTS: Too many Aadhaar\/PAN numbers tried\. Please try again in \d+ hours?\.$/)

    // a number nobody has is refused the same way: success would answer "not registered"
    await expect(outcome(caller.candidate.updateProfile({ aadhaar: validAadhaar() }))).resolves.toMatch(/^TOO_MANY_REQUESTS: Too many Aadhaar\/PAN/)
    await expect(outcome(caller.candidate.updateProfile({ pan: 'ABCPE1234F' }))).resolves.toMatch(/^TOO_MANY_REQUESTS: Too many Aadhaar\/PAN/)
    expect(await candidateRow(attacker.id)).toEqual(before)

    // the rest of the profile still saves, and removing a number is not a lookup
    await expect(outcome(caller.candidate.updateProfile({ name: 'Prying Person Jr', aadhaar: null }))).resolves.toBe('saved')
    expect((await candidateRow(attacker.id)).full_name).toBe('Prying Person Jr')
    // other candidates have their own budget
    const neighbour = await createCandidateActor(server.services)
    await expect(outcome((await callerFor(server.services, neighbour.cookie)).candidate.updateProfile({ aadhaar: registered[7] }))).resolves.toBe(
      'BAD_REQUEST: This Aadhaar number is already linked to another account',
    )
  })

  describe('with a small budget for ordinary saves', () => {
    let restore: () => void = () => {}
    beforeAll(async () => {
      const services = server.services
      const original = services.limiters.profileUpdatesByCandidate
      services.limiters.profileUpdatesByCandidate = (await createRateLimiters(services.pool, services.env, { profileUpdatesByCandidate: 3 })).profileUpdatesByCandidate
      restore = () => void (services.limiters.profileUpdatesByCandidate = original)
    })
    afterAll(() => restore())

    /** past the basic-profile gate, so the profile page (and its form) is reachable */
    async function signedIn(): Promise<Actor> {
      const actor = await createCandidateActor(server.services, { name: 'Busy Editor' })
      await completeBasicProfile(server.services, actor, { cityId: findCity('Pune')!.id, roleSlug: 'delivery-boy', name: 'Busy Editor' })
      return actor
    }

    it('refuses the save after the budget with TOO_MANY_REQUESTS and a time to wait; the row is unchanged', async () => {
      const actor = await signedIn()
      const caller = await callerFor(server.services, actor.cookie)
      for (const name of ['Busy Editor A', 'Busy Editor B', 'Busy Editor C']) await caller.candidate.updateProfile({ name })
      const before = await candidateRow(actor.id)
      await expect(caller.candidate.updateProfile({ name: 'Busy Editor D', aadhaar: validAadhaar() })).rejects.toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        message: expect.stringMatching(/^You have saved your profile too many times\. Please try again in \d+ minutes?\.$/),
      })
      expect(await candidateRow(actor.id)).toEqual(before)
      expect(before.full_name).toBe('Busy Editor C')
    })

    it('the Remix profile form goes through the same limit (it calls the procedure in-process)', async () => {
      const actor = await signedIn()
      const post = async (name: string) => {
        const body = new URLSearchParams({ intent: 'basic', name, email: '' })
        const res = await fetch(`${server.url}/profile`, {
          method: 'POST',
          headers: { cookie: actor.cookie, origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
          body,
        })
        return { status: res.status, html: await res.text() }
      }
      for (const name of ['Form Editor A', 'Form Editor B', 'Form Editor C']) expect((await post(name)).status).toBe(200)
      const refused = await post('Form Editor D')
      expect(refused.status).toBe(200)
      expect(refused.html).toMatch(/You have saved your profile too many times\. Please try again in \d+ minutes?\./)
      expect((await candidateRow(actor.id)).full_name).toBe('Form Editor C')
    })
  })
})
