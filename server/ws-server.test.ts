/**
 * Regression tests for the WebSocket edge (hardening findings): cookie-setting procedures over
 * the socket, and caps on live subscriptions per connection.
 */
import { TRPCClientError } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCandidateActor, completeBasicProfile, randomMobile, type Actor } from '../tests/setup/fixtures'
import { startTestServer, type TestServer } from '../tests/setup/test-server'
import { connect } from '../tests/helpers/chat-client'
import { findCity } from './master-data/cities'
import { SUBSCRIPTION_LIMITS } from './realtime/subscription-slots'

let server: TestServer
let ravi: Actor

beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
  ravi = await createCandidateActor(server.services, { name: 'Ravi Kumar' })
  await completeBasicProfile(server.services, ravi, { cityId: findCity('Pune')!.id, roleSlug: 'delivery-boy', name: 'Ravi Kumar' })
})
afterAll(async () => {
  await server?.stop()
})

const code = (error: unknown) => (error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : String(error))

describe('sign-up, login over the WebSocket', () => {
  it('are refused before anything is written', async () => {
    const anon = connect(server.url, '')
    const countRows = async () => ({
      candidates: (await server.services.db.selectFrom('candidates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
      employers: (await server.services.db.selectFrom('employers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
      sessions: (await server.services.db.selectFrom('sessions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    })
    const before = await countRows()
    const mobile = randomMobile()
    const attempts = [
      () => anon.viaWs.auth.candidateSignUp.mutate({ mobile, fullName: 'Socket Person' }),
      () => anon.viaWs.auth.candidateLogin.mutate({ mobile: (ravi && mobile) || mobile }),
      () => anon.viaWs.auth.employerSignUp.mutate({ fullName: 'Socket Recruiter', email: 'socket@example.com', phone: randomMobile(), companyName: 'Socket Pvt Ltd' }),
      () => anon.viaWs.auth.employerLogin.mutate({ email: 'socket@example.com' }),
    ]
    for (const attempt of attempts) {
      const error = await attempt().then(() => null, (e: unknown) => e)
      expect(code(error)).toBe('METHOD_NOT_SUPPORTED')
      expect((error as Error).message).toMatch(/over HTTP/)
    }
    // the same login over HTTP works, so the refusal is the transport's, not the input's
    const signedUp = await anon.viaHttp.auth.candidateSignUp.mutate({ mobile, fullName: 'Socket Person' })
    expect(signedUp).toBeTruthy()
    const after = await countRows()
    expect(after).toEqual({ candidates: before.candidates + 1, employers: before.employers, sessions: before.sessions + 1 })
    anon.close()
  })
})

describe('live subscriptions', () => {
  it(`one connection holds at most ${SUBSCRIPTION_LIMITS.perConnection}; closing one frees its slot`, async () => {
    const c = connect(server.url, ravi.cookie)
    const { sessionId } = await c.viaHttp.chat.start.mutate({})
    const opened: Array<{ unsubscribe: () => void }> = []
    const outcomes: Array<Promise<'open' | string>> = []
    for (let i = 0; i < SUBSCRIPTION_LIMITS.perConnection + 4; i++) {
      outcomes.push(
        new Promise((resolve) => {
          const sub = c.viaWs.chat.events.subscribe(
            { sessionId },
            { onData: () => resolve('open'), onError: (e) => resolve(code(e) ?? 'error') },
          )
          opened.push(sub)
        }),
      )
    }
    const results = await Promise.all(outcomes)
    expect(results.filter((r) => r === 'open')).toHaveLength(SUBSCRIPTION_LIMITS.perConnection)
    expect(results.filter((r) => r === 'TOO_MANY_REQUESTS')).toHaveLength(4)
    expect(server.services.subscriptionSlots.size()).toBe(SUBSCRIPTION_LIMITS.perConnection)

    // unsubscribing releases the slot on the server
    for (const sub of opened) sub.unsubscribe()
    await expect.poll(() => server.services.subscriptionSlots.size(), { timeout: 5000 }).toBe(0)
    const again = await new Promise<string>((resolve) => {
      const sub = c.viaWs.chat.events.subscribe({ sessionId }, { onData: () => (sub.unsubscribe(), resolve('open')), onError: (e) => resolve(code(e) ?? 'error') })
    })
    expect(again).toBe('open')
    c.close()
    await expect.poll(() => server.services.subscriptionSlots.size(), { timeout: 5000 }).toBe(0)
  })

  it('a closed socket releases every slot it held', async () => {
    const c = connect(server.url, ravi.cookie)
    const { sessionId } = await c.viaHttp.chat.start.mutate({})
    await Promise.all(
      Array.from({ length: 3 }, () => new Promise<void>((resolve) => c.viaWs.chat.events.subscribe({ sessionId }, { onData: () => resolve() }))),
    )
    expect(server.services.subscriptionSlots.size()).toBe(3)
    c.close()
    await expect.poll(() => server.services.subscriptionSlots.size(), { timeout: 5000 }).toBe(0)
  })
})
