import { createTRPCClient, createWSClient, httpBatchLink, splitLink, wsLink, type TRPCClient } from '@trpc/client'
import type { AppRouter } from '#server/trpc/root'
import { MAX_BATCH_SIZE } from '#server/trpc/limits'

/**
 * The browser's tRPC client, one per page: subscriptions (and chat turns, `chat.send` and
 * `jobBot.send`, while the socket is open) ride one WebSocket; everything else, and turns when
 * the socket is down, goes over batched HTTP — so a turn never waits for a reconnect.
 */

export type ConnectionStatus = 'connecting' | 'open' | 'closed'
export type ConnectionSnapshot = {
  status: ConnectionStatus
  /** sockets lost or refused since the connection was last stable */
  failures: number
  /** the socket has been open at least once on this page */
  everOpened: boolean
}

export type BrowserTrpc = {
  /** split client: subscriptions + chat turns over WS when open, the rest over HTTP */
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

/** An open socket counts as recovered only after staying up this long (a proxy may accept and then cut every socket). */
const STABLE_AFTER_MS = 5000
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

/** Chat turns (both bots) ride the socket while it is open. */
const SOCKET_MUTATIONS = new Set(['chat.send', 'jobBot.send'])

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

  let stableTimer: ReturnType<typeof setTimeout> | undefined
  const ws = createWSClient({
    url: socketUrl(window.location),
    keepAlive: { enabled: true, intervalMs: 20_000, pongTimeoutMs: 8_000 },
    retryDelayMs,
    lazy: { enabled: false, closeMs: 0 },
    onOpen: () => {
      publish({ ...snapshot, status: 'open', everOpened: true })
      clearTimeout(stableTimer)
      stableTimer = setTimeout(() => publish({ ...snapshot, failures: 0 }), STABLE_AFTER_MS)
    },
    // NOTE: called for every failed attempt too (each attempt is a new socket), which is what counts failures
    onClose: () => {
      clearTimeout(stableTimer)
      publish({ ...snapshot, status: 'closed', failures: snapshot.failures + 1 })
    },
  })
  const isOpen = () => ws.connection?.state === 'open'

  const http = httpBatchLink({ url: '/trpc', maxItems: MAX_BATCH_SIZE })
  const client = createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription' || (SOCKET_MUTATIONS.has(op.path) && isOpen()),
        true: wsLink({ client: ws }),
        false: http,
      }),
    ],
  })
  const httpOnly = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: '/trpc', maxItems: MAX_BATCH_SIZE })] })

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
