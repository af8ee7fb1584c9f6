import { createTRPCClient, createWSClient, httpBatchLink, splitLink, wsLink, type TRPCClient } from '@trpc/client'
import type { AppRouter } from '#server/trpc/root'

/**
 * The browser's tRPC client, one per page: subscriptions (and `chat.send` while the socket is
 * open) ride one WebSocket; everything else, and `chat.send` when the socket is down, goes over
 * batched HTTP — so a turn never waits for a reconnect.
 */

export type ConnectionStatus = 'connecting' | 'open' | 'closed'
export type ConnectionSnapshot = {
  status: ConnectionStatus
  /** failed connection attempts since the socket was last open (0 while open) */
  failures: number
  /** the socket has been open at least once on this page */
  everOpened: boolean
}

export type BrowserTrpc = {
  /** split client: subscriptions + `chat.send` over WS when open, the rest over HTTP */
  client: TRPCClient<AppRouter>
  /** HTTP only: the fallback for a turn whose socket dropped mid-flight */
  http: TRPCClient<AppRouter>
  connection: {
    get: () => ConnectionSnapshot
    subscribe: (listener: (s: ConnectionSnapshot) => void) => () => void
    /** the socket is open right now (read off the socket itself, not the last callback) */
    isOpen: () => boolean
  }
}

const RETRY_BASE_MS = 500
const RETRY_CAP_MS = 10_000

/** Exponential back-off with "equal jitter": half fixed, half random, so a server restart is not met by every phone at once. */
export function retryDelayMs(attemptIndex: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.min(attemptIndex, 10))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

function socketUrl(loc: Location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/trpc`
}

let instance: BrowserTrpc | null = null

export function getBrowserTrpc(): BrowserTrpc {
  if (typeof window === 'undefined') throw new Error('getBrowserTrpc() is browser-only; loaders use context.trpc')
  if (instance) return instance

  let snapshot: ConnectionSnapshot = { status: 'connecting', failures: 0, everOpened: false }
  const listeners = new Set<(s: ConnectionSnapshot) => void>()
  const publish = (next: ConnectionSnapshot) => {
    snapshot = next
    for (const l of listeners) l(snapshot)
  }

  const ws = createWSClient({
    url: socketUrl(window.location),
    keepAlive: { enabled: true, intervalMs: 20_000, pongTimeoutMs: 8_000 },
    retryDelayMs,
    lazy: { enabled: false, closeMs: 0 },
    onOpen: () => publish({ status: 'open', failures: 0, everOpened: true }),
    // NOTE: called for every failed attempt too (each attempt is a new socket), which is what counts failures
    onClose: () => publish({ ...snapshot, status: 'closed', failures: snapshot.failures + 1 }),
  })
  const isOpen = () => ws.connection?.state === 'open'

  const http = httpBatchLink({ url: '/trpc' })
  const client = createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription' || (op.path === 'chat.send' && isOpen()),
        true: wsLink({ client: ws }),
        false: http,
      }),
    ],
  })
  const httpOnly = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: '/trpc' })] })

  instance = {
    client,
    http: httpOnly,
    connection: {
      get: () => snapshot,
      subscribe: (listener) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      isOpen,
    },
  }
  return instance
}
