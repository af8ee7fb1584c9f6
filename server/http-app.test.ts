/**
 * Regression tests for the HTTP edge (hardening findings): forged X-Forwarded-For, cross-origin
 * Remix form posts, oversized batches, NUL and broken encoding in query strings, CSP and
 * Permissions-Policy headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomMobile } from '../tests/setup/fixtures'
import { startTestServer, type TestServer } from '../tests/setup/test-server'
import { createRateLimiters } from './app-services'
import { MAX_BATCH_SIZE } from './trpc/limits'

let server: TestServer
let proxied: TestServer

beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
  proxied = await startTestServer({ remix: 'none', env: { TRUST_PROXY: '1' } })
  // a small per-IP budget so the limit shows within a few calls (per-number budget stays large)
  for (const s of [server, proxied]) {
    s.services.limiters = await createRateLimiters(s.services.pool, s.services.env, { authByIp: 3, authByIdentifier: 1000 })
  }
})
afterAll(async () => {
  await server?.stop()
  await proxied?.stop()
})

async function login(base: string, forwardedFor: string): Promise<number> {
  const res = await fetch(`${base}/trpc/auth.candidateLogin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ mobile: randomMobile().slice(3) }),
  })
  await res.text()
  return res.status
}

describe('client address (TRUST_PROXY)', () => {
  it('by default a forged X-Forwarded-For does not buy a fresh rate-limit bucket', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push(await login(server.url, `203.0.113.${i + 1}`))
    // unknown numbers: 404 while the budget lasts, then 429 although every call claimed a new address
    expect(statuses.slice(0, 3)).toEqual([404, 404, 404])
    expect(statuses.slice(3)).toEqual([429, 429])
  })

  it('behind a trusted proxy hop, the forwarded client address is the key', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push(await login(proxied.url, `198.51.100.${i + 1}`))
    expect(statuses).toEqual([404, 404, 404, 404, 404])
    // …and one client behind that proxy still runs out
    const same: number[] = []
    for (let i = 0; i < 4; i++) same.push(await login(proxied.url, '198.51.100.200'))
    expect(same).toEqual([404, 404, 404, 429])
  })

  it('refuses TRUST_PROXY=true at boot with a message naming the variable', async () => {
    const { parseEnv } = await import('./config/env')
    expect(() => parseEnv({ NODE_ENV: 'test', TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/)
    expect(parseEnv({ NODE_ENV: 'test', TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2)
    expect(parseEnv({ NODE_ENV: 'test', TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe('loopback, 10.0.0.0/8')
    expect(parseEnv({ NODE_ENV: 'test' }).TRUST_PROXY).toBeUndefined()
  })
})

describe('cross-origin form posts to Remix actions', () => {
  for (const route of ['/profile', '/logout', '/login', '/signup', '/onboarding', '/employer/login']) {
    it(`POST ${route} from a foreign origin → 403 in plain words, no stack trace`, async () => {
      const res = await fetch(`${server.url}${route}`, {
        method: 'POST',
        headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
        body: 'mobile=9876543210&name=x',
        redirect: 'manual',
      })
      const body = await res.text()
      expect(res.status).toBe(403)
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/)
      expect(body).toMatch(/another website/)
      expect(body).not.toMatch(/\bat \S+:\d+|Error:/)
    })
  }

  it('a browser-declared cross-site post without Origin is refused too', async () => {
    const res = await fetch(`${server.url}/login`, { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' }, body: 'mobile=1', redirect: 'manual' })
    expect(res.status).toBe(403)
    await res.text()
  })
})

describe('tRPC over HTTP', () => {
  it(`refuses a batch of more than ${MAX_BATCH_SIZE} calls before running any`, async () => {
    const n = 100
    const paths = Array.from({ length: n }, () => 'chat.start').join(',')
    const input = JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, {}])))
    const res = await fetch(`${server.url}/trpc/${paths}?batch=1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: input })
    expect(res.status).toBe(400)
    const ok = await fetch(`${server.url}/trpc/${Array.from({ length: MAX_BATCH_SIZE }, () => 'system.health').join(',')}?batch=1&input=${encodeURIComponent('{}')}`)
    expect(ok.status).toBe(200)
    expect(((await ok.json()) as unknown[]).length).toBe(MAX_BATCH_SIZE)
  })

  it('NUL in an anonymous query string is a 400 naming the field, not a 500', async () => {
    const res = await fetch(`${server.url}/trpc/jobs.explore?input=${encodeURIComponent(JSON.stringify({ q: 'a\u0000b' }))}`)
    expect(res.status).toBe(400)
    const body = (await res.json()) as { error: { message: string; data: { zodError: { fieldErrors: Record<string, string[]> } } } }
    expect(body.error.data.zodError.fieldErrors.q?.[0]).toMatch(/not valid text/)
  })

  it('broken percent-encoding or JSON in the query string is a 400', async () => {
    for (const raw of ['%FF%FE', '%7B%22q%22%3A%22%ED%A0%80%22%7D', '{"q":']) {
      const res = await fetch(`${server.url}/trpc/jobs.explore?input=${raw}`)
      expect(res.status, raw).toBe(400)
      await res.text()
    }
  })

  it('a 10 000-deep body is a 400, not a stack overflow', async () => {
    const deep = '['.repeat(10_000) + '"x"' + ']'.repeat(10_000)
    const res = await fetch(`${server.url}/trpc/chat.send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"sessionId":"x","clientMessageId":"deep-1234","event":{"type":"answer","value":${deep}}}`,
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/nested too deeply/)
    // and in a query string (as deep as a URL allows)
    const get = await fetch(`${server.url}/trpc/jobs.explore?input=${encodeURIComponent(`{"q":${'['.repeat(500)}${']'.repeat(500)}}`)}`)
    expect(get.status).toBe(400)
    await get.text()
  })
})

describe('response compression', () => {
  it('gzips tRPC queries (lists) but not mutation answers (a few hundred bytes, where gzip costs more than it saves)', async () => {
    const query = await fetch(`${server.url}/trpc/jobs.explore?input=${encodeURIComponent('{}')}`, { headers: { 'accept-encoding': 'gzip' } })
    expect(query.status).toBe(200)
    expect(query.headers.get('content-encoding')).toBe('gzip')
    await query.text()
    const mutation = await fetch(`${server.url}/trpc/auth.candidateLogin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ mobile: randomMobile().slice(3) }),
    })
    expect(mutation.headers.get('content-encoding')).toBeNull()
    expect(((await mutation.json()) as { error?: unknown }).error).toBeDefined()
  })
})

describe('security headers', () => {
  it('sends a Permissions-Policy and a CSP without inline scripts outside development', async () => {
    const res = await fetch(`${server.url}/healthz`)
    await res.text()
    const csp = res.headers.get('content-security-policy') ?? ''
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/)
    expect(scriptSrc).not.toContain("'unsafe-inline'")
    expect(res.headers.get('permissions-policy')).toMatch(/camera=\(\)/)
    // a fresh nonce per response
    const again = await fetch(`${server.url}/healthz`)
    await again.text()
    expect(again.headers.get('content-security-policy')).not.toBe(csp)
  })
})
