import pg from 'pg'
import type { Logger } from '../logger'

type Listener = (payload: string) => void

export type PubSub = {
  /** NOTIFY on a channel. Payloads are ids only; receivers read the rows themselves. */
  publish: (channel: string, payload: string) => Promise<void>
  /**
   * Returns an unsubscribe function. Listening starts before this resolves. With `key`, the
   * listener hears only payloads that are `key` or start with `key:` (one session's events among
   * thousands of open streams, found by lookup rather than by asking every listener).
   */
  subscribe: (channel: string, listener: Listener, key?: string) => Promise<() => void>
  /**
   * Called after the LISTEN connection was lost and is back: notifications sent in between are
   * gone, so subscribers re-read the database. Returns an unsubscribe function.
   */
  onReconnect: (listener: () => void) => () => void
  close: () => Promise<void>
}

const CHANNEL_RE = /^[a-z_][a-z0-9_]{0,62}$/

/**
 * Postgres LISTEN/NOTIFY fan-out so every app instance on one database delivers events. One
 * dedicated connection per process; it reconnects and re-LISTENs after a drop and then tells
 * `onReconnect` subscribers, who catch up from the database.
 */
export function createPgPubSub(opts: { connectionString: string; pool: pg.Pool; log: Logger }): PubSub {
  // channel → key ('' = every payload) → listeners
  const listeners = new Map<string, Map<string, Set<Listener>>>()
  const reconnectListeners = new Set<() => void>()
  let lostOnce = false
  let client: pg.Client | null = null
  let connecting: Promise<pg.Client> | null = null
  let closed = false

  async function connect(): Promise<pg.Client> {
    if (client) return client
    if (connecting) return connecting
    connecting = (async () => {
      const c = new pg.Client({ connectionString: opts.connectionString })
      c.on('notification', (msg) => {
        const byKey = listeners.get(msg.channel)
        if (!byKey) return
        const payload = msg.payload ?? ''
        for (const key of payloadKeys(payload)) {
          for (const l of byKey.get(key) ?? []) {
            try {
              l(payload)
            } catch (error) {
              opts.log.warn({ err: error, channel: msg.channel }, 'pubsub listener threw')
            }
          }
        }
      })
      // a dropped connection (terminated backend, database restart) shows up as 'error', 'end'
      // or both; handle it once
      let gone = false
      const lost = (error?: Error) => {
        if (gone) return
        gone = true
        if (client === c) client = null
        void c.end().catch(() => {})
        if (closed) return
        lostOnce = true
        opts.log.warn({ reason: error?.message }, 'pubsub connection lost; reconnecting')
        setTimeout(() => void reconnect(), 500)
      }
      c.on('error', lost)
      c.on('end', () => lost())
      try {
        await c.connect()
        for (const channel of listeners.keys()) await c.query(`LISTEN ${channel}`)
      } catch (error) {
        gone = true
        void c.end().catch(() => {})
        throw error
      }
      client = c
      if (lostOnce) {
        lostOnce = false
        opts.log.info('pubsub reconnected')
        for (const l of reconnectListeners) {
          try {
            l()
          } catch (error) {
            opts.log.warn({ err: error }, 'pubsub reconnect listener threw')
          }
        }
      }
      return c
    })().finally(() => {
      connecting = null
    })
    return connecting
  }

  async function reconnect() {
    try {
      await connect()
    } catch (error) {
      opts.log.warn({ err: error }, 'pubsub reconnect failed; retrying')
      if (!closed) setTimeout(() => void reconnect(), 1000)
    }
  }

  return {
    async publish(channel, payload) {
      if (!CHANNEL_RE.test(channel)) throw new Error(`bad channel ${channel}`)
      await opts.pool.query('select pg_notify($1, $2)', [channel, payload])
    },
    async subscribe(channel, listener, key = '') {
      if (!CHANNEL_RE.test(channel)) throw new Error(`bad channel ${channel}`)
      let byKey = listeners.get(channel)
      if (!byKey) {
        byKey = new Map()
        listeners.set(channel, byKey)
        const c = await connect()
        await c.query(`LISTEN ${channel}`)
      } else {
        await connect()
      }
      const channelListeners = byKey
      let set = channelListeners.get(key)
      if (!set) {
        set = new Set()
        channelListeners.set(key, set)
      }
      const keyed = set
      keyed.add(listener)
      return () => {
        keyed.delete(listener)
        if (keyed.size === 0 && channelListeners.get(key) === keyed) channelListeners.delete(key)
      }
    },
    onReconnect(listener) {
      reconnectListeners.add(listener)
      return () => {
        reconnectListeners.delete(listener)
      }
    },
    async close() {
      closed = true
      listeners.clear()
      reconnectListeners.clear()
      const c = client
      client = null
      await c?.end().catch(() => {})
    },
  }
}

/** The keys a payload is delivered under: '' (everyone), each prefix ending before a ':', and the whole. */
export function payloadKeys(payload: string): string[] {
  const keys = ['']
  for (let i = payload.indexOf(':'); i !== -1; i = payload.indexOf(':', i + 1)) keys.push(payload.slice(0, i))
  keys.push(payload)
  return keys
}
