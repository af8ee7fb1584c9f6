import pg from 'pg'
import type { Logger } from '../logger'

type Listener = (payload: string) => void

export type PubSub = {
  /** NOTIFY on a channel. Payloads are ids only; receivers read the rows themselves. */
  publish: (channel: string, payload: string) => Promise<void>
  /** Returns an unsubscribe function. Listening starts before this resolves. */
  subscribe: (channel: string, listener: Listener) => Promise<() => void>
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
  const listeners = new Map<string, Set<Listener>>()
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
        const set = listeners.get(msg.channel)
        if (!set) return
        for (const l of set) {
          try {
            l(msg.payload ?? '')
          } catch (error) {
            opts.log.warn({ err: error, channel: msg.channel }, 'pubsub listener threw')
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
    async subscribe(channel, listener) {
      if (!CHANNEL_RE.test(channel)) throw new Error(`bad channel ${channel}`)
      let set = listeners.get(channel)
      if (!set) {
        set = new Set()
        listeners.set(channel, set)
        const c = await connect()
        await c.query(`LISTEN ${channel}`)
      } else {
        await connect()
      }
      set.add(listener)
      return () => {
        set?.delete(listener)
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
