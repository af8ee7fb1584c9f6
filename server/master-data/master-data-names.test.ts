import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, completeBasicProfile, createCandidateActor, createEmployerActor } from '../../tests/setup/fixtures'
import { insertJob } from '../../tests/helpers/matching'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import { localeCookie } from '../i18n/request-locale'

// Category and role names in the reader's language (decision 018), against the seeded master data.
let server: TestServer
let jobId: string

beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
  jobId = await insertJob(server.services.db, { title: 'Parcel rider', roleSlug: 'delivery-boy', cityId: 'pune-mh', salary: [15_000, 19_000] })
})
afterAll(async () => {
  await server?.stop()
})

const delivery = (rows: { slug: string; name: string }[]) => rows.find((r) => r.slug === 'delivery-boy')?.name

describe('names in the reader’s language', () => {
  it('follows the browser, then the device’s choice, for someone not signed in', async () => {
    const english = await callerFor(server.services)
    expect(delivery(await english.masterData.roles())).toBe('Delivery Boy')
    expect((await english.masterData.categories()).find((c) => c.slug === 'delivery-logistics')?.name).toBe('Delivery & Logistics')

    const browser = await callerFor(server.services, undefined, { acceptLanguage: 'hi-IN,hi;q=0.9,en;q=0.8' })
    expect(delivery(await browser.masterData.roles())).toBe('डिलीवरी बॉय')
    expect((await browser.masterData.categoriesWithCounts()).find((c) => c.slug === 'security-facility')?.name).toBe('सिक्योरिटी और हाउसकीपिंग')

    // the switch's cookie wins over the browser
    const cookie = (await localeCookie.serialize('hi')).split(';')[0]
    const device = await callerFor(server.services, cookie, { acceptLanguage: 'en' })
    const category = (await device.masterData.categories()).find((c) => c.slug === 'delivery-logistics')!
    expect(category.name).toBe('डिलीवरी और सामान पहुँचाना')
    expect(delivery(await device.masterData.rolesByCategory({ categoryId: category.id }))).toBe('डिलीवरी बॉय')
    const job = await device.jobs.get({ id: jobId })
    expect(job.status === 'published' && job.job.roleName).toBe('डिलीवरी बॉय')
  })

  it('uses a Hindi candidate’s account language on the job, the profile and the reasons', async () => {
    const actor = await createCandidateActor(server.services, { locale: 'hi' })
    await completeBasicProfile(server.services, actor, { cityId: 'pune-mh', roleSlug: 'delivery-boy' })
    // the account's language wins over an English browser
    const caller = await callerFor(server.services, actor.cookie, { acceptLanguage: 'en' })
    const job = await caller.jobs.get({ id: jobId })
    if (job.status !== 'published') throw new Error('the job should be open')
    expect(job.job.roleName).toBe('डिलीवरी बॉय')
    expect(job.job.categoryNames).toContain('डिलीवरी और सामान पहुँचाना')
    const me = await caller.candidate.me()
    expect(me.preferredRole?.name).toBe('डिलीवरी बॉय')
    expect(me.preferredCategory?.name).toMatch(/[\u0900-\u097F]/)
    const match = await caller.matching.job({ jobId })
    expect(match.reasons).toContain('डिलीवरी बॉय')
  })

  it('keeps English for employers and for a name without a translation', async () => {
    const employer = await createEmployerActor(server.services)
    const caller = await callerFor(server.services, employer.cookie, { acceptLanguage: 'hi' })
    expect(delivery(await caller.masterData.roles())).toBe('Delivery Boy')

    await server.services.db.updateTable('job_roles').set({ translations: '{}' }).where('slug', '=', 'delivery-boy').execute()
    const hindi = await callerFor(server.services, undefined, { acceptLanguage: 'hi' })
    expect(delivery(await hindi.masterData.roles())).toBe('Delivery Boy')
    expect((await hindi.masterData.roles()).find((r) => r.slug === 'security-guard')?.name).toBe('सिक्योरिटी गार्ड')
  })
})
