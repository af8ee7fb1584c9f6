import { ZodError } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, createCandidateActor, createEmployerActor } from '../../tests/setup/fixtures'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
})
afterAll(async () => {
  await server?.stop()
})

const form = { fullName: 'Priya Menon', companyName: 'Menon Logistics', phone: '9876543210', industry: 'Logistics & Delivery', cityId: 'navi-mumbai-mh', website: 'menon.in', about: 'We move parcels.\n\nAcross Maharashtra.' }

describe('employer.profile / employer.updateProfile', () => {
  it('saves the cleaned profile for the caller only and reads it back', async () => {
    const [a, b] = await Promise.all([createEmployerActor(server.services), createEmployerActor(server.services)])
    const asA = await callerFor(server.services, a.cookie)
    const asB = await callerFor(server.services, b.cookie)
    const bBefore = await asB.employer.profile()
    expect((await asA.employer.profile()).city).toBeNull()

    const saved = await asA.employer.updateProfile(form)
    expect(saved).toMatchObject({
      fullName: 'Priya Menon',
      companyName: 'Menon Logistics',
      phone: '+919876543210',
      industry: 'Logistics & Delivery',
      city: { id: 'navi-mumbai-mh', name: 'Navi Mumbai', state: 'Maharashtra' },
      website: 'https://menon.in',
      about: 'We move parcels.\n\nAcross Maharashtra.',
    })
    expect(await asA.employer.profile()).toEqual(saved)
    const row = await server.services.db.selectFrom('employers').select(['city_id', 'city_name', 'company_name']).where('id', '=', a.id).executeTakeFirstOrThrow()
    expect(row).toEqual({ city_id: 'navi-mumbai-mh', city_name: 'Navi Mumbai', company_name: 'Menon Logistics' })
    expect((await asA.employer.me()).companyName).toBe('Menon Logistics')
    expect(await asB.employer.profile()).toEqual(bBefore)

    // clearing the optional fields
    expect(await asA.employer.updateProfile({ ...form, industry: '', cityId: '', website: '', about: '  ' })).toMatchObject({ industry: null, city: null, website: null, about: null })
  })

  it('refuses bad input with per-field messages and changes nothing', async () => {
    const e = await createEmployerActor(server.services)
    const caller = await callerFor(server.services, e.cookie)
    const before = await caller.employer.profile()
    const error = await caller.employer.updateProfile({ ...form, website: 'ftp://x', cityId: 'nowhere', companyName: '' }).catch((err: unknown) => err)
    expect(error).toMatchObject({ code: 'BAD_REQUEST' })
    const fieldErrors = ((error as { cause: unknown }).cause as ZodError).flatten().fieldErrors
    expect(Object.keys(fieldErrors).sort()).toEqual(['cityId', 'companyName', 'website'])
    expect(await caller.employer.profile()).toEqual(before)
  })

  it('candidates and anonymous callers are UNAUTHORIZED', async () => {
    const candidate = await createCandidateActor(server.services)
    for (const caller of [await callerFor(server.services, candidate.cookie), await callerFor(server.services)]) {
      await expect(caller.employer.profile()).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
      await expect(caller.employer.updateProfile(form)).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    }
  })
})
