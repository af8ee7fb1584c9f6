import { createTRPCClient, httpBatchLink } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { createCandidateActor, createEmployerActor, randomMobile } from '../../tests/setup/fixtures'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import type { AppRouter } from '../trpc/root'
import { LAST_SEEN_RESOLUTION_MS, viewerFromCookie } from './session.repo'

const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 13; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36'
const IPHONE_SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1'
const WINDOWS_EDGE = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
})
afterAll(async () => {
  await server?.stop()
})

/** An HTTP client with its own cookie jar and User-Agent, like one browser on one device. */
function device(userAgent: string, cookie = '') {
  const jar = { cookie }
  const client = createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${server.url}/trpc`,
        headers: () => ({ 'user-agent': userAgent, ...(jar.cookie ? { cookie: jar.cookie } : {}) }),
        fetch: async (url, init) => {
          const res = await fetch(url, init)
          const set = res.headers.get('set-cookie')
          if (set) jar.cookie = set.split(';')[0]
          return res
        },
      }),
    ],
  })
  return { client, jar }
}

async function signUpOnTwoDevices(name: string) {
  const mobile = randomMobile()
  const phone = device(ANDROID_CHROME)
  await phone.client.auth.candidateSignUp.mutate({ mobile, fullName: name })
  const iphone = device(IPHONE_SAFARI)
  await iphone.client.auth.candidateLogin.mutate({ mobile })
  return { mobile, phone, iphone }
}

async function sessionIdOf(cookie: string): Promise<string> {
  const id: unknown = await server.services.sessionCookie.parse(cookie)
  if (typeof id !== 'string') throw new Error('no session in cookie')
  return id
}

/** An open, authenticated socket (its context is created on the first message). */
async function openSocket(cookie: string, on: TestServer = server) {
  const ws = new WebSocket(on.url.replace('http', 'ws') + '/trpc', { headers: { cookie } })
  await new Promise((resolve, reject) => {
    ws.once('open', resolve)
    ws.once('error', reject)
  })
  ws.send(JSON.stringify({ id: 1, method: 'query', params: { path: 'auth.me', input: null } }))
  await new Promise((resolve) => ws.once('message', resolve))
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
  return { ws, closed }
}

describe('where you are logged in', () => {
  it('login stores the device, a coarse address and first/last seen; the list shows only the caller’s sessions, never a cookie id', async () => {
    const a = await signUpOnTwoDevices('Sunita Rao')
    const b = await signUpOnTwoDevices('Someone Else')
    const row = await server.services.db
      .selectFrom('sessions')
      .select(['user_agent', 'ip_prefix', 'created_at', 'last_seen_at'])
      .where('id', '=', await sessionIdOf(a.phone.jar.cookie))
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({ user_agent: ANDROID_CHROME, ip_prefix: '127.0.0.x' })
    expect(row.last_seen_at.getTime()).toBe(row.created_at.getTime())

    const { sessions } = await a.phone.client.auth.sessions.query()
    expect(sessions.map((s) => [s.device, s.current, s.kind])).toEqual([
      ['Chrome on Android', true, 'phone'],
      ['Safari on iOS', false, 'phone'],
    ])
    expect(sessions[0]).toMatchObject({ ipPrefix: '127.0.0.x', createdAt: row.created_at.toISOString() })
    // the other device sees the same two, itself marked
    expect((await a.iphone.client.auth.sessions.query()).sessions.map((s) => [s.device, s.current])).toEqual([
      ['Safari on iOS', true],
      ['Chrome on Android', false],
    ])
    const bIds = (await b.phone.client.auth.sessions.query()).sessions.map((s) => s.id)
    expect(bIds).toHaveLength(2)
    expect(bIds.filter((id) => sessions.some((s) => s.id === id))).toEqual([])
    const listed = JSON.stringify(sessions)
    for (const cookie of [a.phone.jar.cookie, a.iphone.jar.cookie]) expect(listed).not.toContain(await sessionIdOf(cookie))

    await expect(device(WINDOWS_EDGE).client.auth.sessions.query()).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } })
  })

  it('last seen moves when the session is read, at most once per few minutes', async () => {
    const actor = await createCandidateActor(server.services)
    const lastSeen = async () =>
      (await server.services.db.selectFrom('sessions').select('last_seen_at').where('id', '=', actor.sessionId).executeTakeFirstOrThrow()).last_seen_at.getTime()
    const start = await lastSeen()
    const readAt = (ms: number) => viewerFromCookie({ ...server.services, now: () => new Date(start + ms) }, actor.cookie)

    await expect(readAt(LAST_SEEN_RESOLUTION_MS - 1000)).resolves.toMatchObject({ candidateId: actor.id })
    expect(await lastSeen()).toBe(start)
    await readAt(LAST_SEEN_RESOLUTION_MS + 1000)
    expect(await lastSeen()).toBe(start + LAST_SEEN_RESOLUTION_MS + 1000)
    // the next read inside the new window writes nothing
    await readAt(LAST_SEEN_RESOLUTION_MS + 60_000)
    expect(await lastSeen()).toBe(start + LAST_SEEN_RESOLUTION_MS + 1000)
  })

  it('"log out of all other devices" ends them on every instance: their cookies are anonymous, their sockets close', async () => {
    // a second instance on the same database (and cookie secret), holding the laptop's socket
    const other = await startTestServer({ database: server.database, remix: 'none', env: { SESSION_SECRET: server.services.secrets.sessionSecret } })
    try {
      const a = await signUpOnTwoDevices('Kiran Shetty')
      const laptop = device(WINDOWS_EDGE)
      await laptop.client.auth.candidateLogin.mutate({ mobile: a.mobile })
      const bystander = await signUpOnTwoDevices('Not Affected')
      const socket = await openSocket(a.iphone.jar.cookie)
      const socketElsewhere = await openSocket(laptop.jar.cookie, other)
      const bystanderSocket = await openSocket(bystander.iphone.jar.cookie, other)

      await expect(a.phone.client.auth.logoutOtherSessions.mutate()).resolves.toEqual({ ended: 2 })
      expect(await socket.closed).toBe(4401)
      expect(await socketElsewhere.closed).toBe(4401)
      expect(bystanderSocket.ws.readyState).toBe(WebSocket.OPEN)
      bystanderSocket.ws.close()
      for (const loggedOut of [a.iphone, laptop]) {
        await expect(loggedOut.client.auth.me.query()).resolves.toBeNull()
        await expect(loggedOut.client.candidate.me.query()).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } })
      }
      // this device and other people stay logged in
      expect((await a.phone.client.candidate.me.query()).fullName).toBe('Kiran Shetty')
      expect((await a.phone.client.auth.sessions.query()).sessions.map((s) => s.device)).toEqual(['Chrome on Android'])
      expect((await bystander.iphone.client.auth.sessions.query()).sessions).toHaveLength(2)
      await expect(a.phone.client.auth.logoutOtherSessions.mutate()).resolves.toEqual({ ended: 0 })
    } finally {
      await other.stop()
    }
  })

  it('revokeSession ends one of the caller’s sessions; someone else’s id is NOT_FOUND and changes nothing', async () => {
    const a = await signUpOnTwoDevices('Farah Khan')
    const b = await signUpOnTwoDevices('Curious Neighbour')
    const employer = await createEmployerActor(server.services)
    const aIphoneId = (await a.phone.client.auth.sessions.query()).sessions.find((s) => !s.current)!.id

    await expect(b.phone.client.auth.revokeSession.mutate({ id: aIphoneId })).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } })
    await expect(device(WINDOWS_EDGE, employer.cookie).client.auth.revokeSession.mutate({ id: aIphoneId })).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } })
    await expect(device(WINDOWS_EDGE).client.auth.revokeSession.mutate({ id: aIphoneId })).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } })
    await expect(b.phone.client.auth.revokeSession.mutate({ id: 'not-a-session' })).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } })
    const untouched = await server.services.db.selectFrom('sessions').select('revoked_at').where('public_id', '=', aIphoneId).executeTakeFirstOrThrow()
    expect(untouched.revoked_at).toBeNull()
    expect((await a.iphone.client.candidate.me.query()).fullName).toBe('Farah Khan')

    const socket = await openSocket(a.iphone.jar.cookie)
    await expect(a.phone.client.auth.revokeSession.mutate({ id: aIphoneId })).resolves.toEqual({ ended: 1, endedCurrent: false })
    expect(await socket.closed).toBe(4401)
    await expect(a.iphone.client.auth.me.query()).resolves.toBeNull()
    // already ended: nothing left to end
    await expect(a.phone.client.auth.revokeSession.mutate({ id: aIphoneId })).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } })

    // ending this very session is a logout: the cookie is cleared too
    const own = (await a.phone.client.auth.sessions.query()).sessions[0]
    await expect(a.phone.client.auth.revokeSession.mutate({ id: own.id })).resolves.toEqual({ ended: 1, endedCurrent: true })
    expect(a.phone.jar.cookie).toBe('__aiviue_session=')
  })

  it('employers see and end their own sessions the same way', async () => {
    const email = `ops${Date.now()}@example.com`
    const desk = device(WINDOWS_EDGE)
    await desk.client.auth.employerSignUp.mutate({ fullName: 'Priya Menon', email, phone: randomMobile(), companyName: 'Menon Logistics' })
    const phone = device(ANDROID_CHROME)
    await phone.client.auth.employerLogin.mutate({ email })
    expect((await desk.client.auth.sessions.query()).sessions.map((s) => [s.device, s.current])).toEqual([
      ['Edge on Windows', true],
      ['Chrome on Android', false],
    ])
    await expect(desk.client.auth.logoutOtherSessions.mutate()).resolves.toEqual({ ended: 1 })
    await expect(phone.client.employer.me.query()).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } })
    await expect(desk.client.employer.me.query()).resolves.toBeTruthy()
  })
})
