import { createTRPCClient, createWSClient, httpBatchLink, wsLink } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import type { AppRouter } from '../trpc/root'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
})
afterAll(async () => {
  await server?.stop()
})

describe('one server: HTTP and WebSocket', () => {
  it('GET /healthz checks the database', async () => {
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
  })

  it('serves queries over batched HTTP and over WebSocket on the same port', async () => {
    const wsClient = createWSClient({ url: server.url.replace('http', 'ws') + '/trpc', WebSocket: WebSocket as unknown as typeof globalThis.WebSocket })
    const viaWs = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] })
    const viaHttp = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${server.url}/trpc` })] })
    expect(await viaHttp.system.health.query()).toEqual({ ok: true })
    expect(await viaWs.system.health.query()).toEqual({ ok: true })
    wsClient.close()
  })

  it('refuses WebSocket upgrades from another origin', async () => {
    const ws = new WebSocket(server.url.replace('http', 'ws') + '/trpc', { headers: { origin: 'https://evil.example' } })
    const code = await new Promise<number>((resolve) => {
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
      ws.on('open', () => resolve(101))
      ws.on('error', () => {})
    })
    expect(code).toBe(403)
  })

  it('sets security headers with a CSP that allows our WebSocket', async () => {
    const res = await fetch(`${server.url}/healthz`)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("connect-src 'self' ws: wss:")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
