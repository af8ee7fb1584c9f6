import { createTRPCClient, httpBatchLink } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { randomMobile } from '../../tests/setup/fixtures'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import type { AppRouter } from '../trpc/root'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
})
afterAll(async () => {
  await server?.stop()
})

/** An HTTP client that keeps the cookie the server sets, like a browser. */
function browserLike(headers: Record<string, string> = {}) {
  const jar = { cookie: '' }
  const client = createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${server.url}/trpc`,
        headers: () => ({ ...headers, ...(jar.cookie ? { cookie: jar.cookie } : {}) }),
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

describe('candidate accounts by mobile', () => {
  it('normalises the number, refuses a duplicate and an unknown number with a way forward', async () => {
    const digits = randomMobile().slice(3)
    const { client, jar } = browserLike()
    await client.auth.candidateSignUp.mutate({ mobile: `+91 ${digits.slice(0, 5)} ${digits.slice(5)}`, fullName: 'Asha Patil' })
    expect(jar.cookie).toMatch(/^__aiviue_session=/)
    const row = await server.services.db.selectFrom('candidates').select(['mobile']).where('mobile', '=', `+91${digits}`).executeTakeFirst()
    expect(row?.mobile).toBe(`+91${digits}`)
    await expect(browserLike().client.auth.candidateSignUp.mutate({ mobile: `0${digits}`, fullName: 'Someone Else' })).rejects.toMatchObject({
      data: { code: 'CONFLICT' },
      message: expect.stringContaining('already registered'),
    })
    await expect(browserLike().client.auth.candidateLogin.mutate({ mobile: '9000000001' })).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } })
    const bad = await browserLike().client.auth.candidateSignUp.mutate({ mobile: '5123456789', fullName: 'X Y' }).catch((e: { data?: { zodError?: { fieldErrors?: Record<string, string[]> } } }) => e)
    expect((bad as { data?: { zodError?: { fieldErrors?: Record<string, string[]> } } }).data?.zodError?.fieldErrors?.mobile?.[0]).toMatch(/6, 7, 8 or 9/)
  })

  it('refuses mutations from another origin', async () => {
    const { client } = browserLike({ origin: 'https://evil.example' })
    await expect(client.auth.candidateLogin.mutate({ mobile: randomMobile() })).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } })
  })

  it('rate-limits repeated login attempts for one number with a "try again in N minutes"', async () => {
    const mobile = randomMobile()
    await browserLike().client.auth.candidateSignUp.mutate({ mobile, fullName: 'Rate Limited' })
    let refused: unknown = null
    for (let i = 0; i < 30 && !refused; i++) {
      refused = await browserLike()
        .client.auth.candidateLogin.mutate({ mobile })
        .then(() => null)
        .catch((e: unknown) => e)
    }
    expect(refused).toMatchObject({ data: { code: 'TOO_MANY_REQUESTS' }, message: expect.stringMatching(/try again in \d+ minutes?/) })
  })

  it('logout ends the session and closes that user’s open WebSockets', async () => {
    const { client, jar } = browserLike()
    await client.auth.candidateSignUp.mutate({ mobile: randomMobile(), fullName: 'Socket Owner' })
    const ws = new WebSocket(server.url.replace('http', 'ws') + '/trpc', { headers: { cookie: jar.cookie } })
    await new Promise((resolve, reject) => {
      ws.once('open', resolve)
      ws.once('error', reject)
    })
    // the connection's context is created on its first message
    ws.send(JSON.stringify({ id: 1, method: 'query', params: { path: 'auth.me', input: null } }))
    await new Promise((resolve) => ws.once('message', resolve))
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
    const cookie = jar.cookie
    await client.auth.logout.mutate()
    expect(await closed).toBe(4401)
    const afterLogout = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${server.url}/trpc`, headers: { cookie } })] })
    await expect(afterLogout.candidate.me.query()).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } })
  })
})
