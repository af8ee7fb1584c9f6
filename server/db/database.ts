import { Kysely, PostgresDialect, type Transaction } from 'kysely'
import pg from 'pg'
import type { DB } from './schema'

export type Database = Kysely<DB>
export type Trx = Transaction<DB>
/** Either the pool or an open transaction: repositories accept both. */
export type Queryable = Kysely<DB> | Transaction<DB>

// NOTE: bigint (count(*)) comes back as a string by default; our counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10))
// Dates stay 'YYYY-MM-DD' strings: a DOB must never shift by a time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v)

export function createDatabase(
  connectionString: string,
  opts: { max?: number; onIdleError?: (error: Error) => void } = {},
): { db: Database; pool: pg.Pool } {
  // a bounded wait for a connection: during an outage requests fail fast (503) instead of hanging
  const pool = new pg.Pool({ connectionString, max: opts.max ?? 10, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 })
  // NOTE: an idle client whose backend dies (restart, pg_terminate_backend, failover) emits
  // 'error' on the pool; without a listener Node treats it as unhandled and the process exits.
  // The pool drops that client by itself, so logging is all there is to do.
  pool.on('error', (error) => opts.onIdleError?.(error))
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
  return { db, pool }
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'AIVIUE is briefly unavailable. Please try again in a moment.'

const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300'])
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND'])
const UNAVAILABLE_MESSAGE = /connection terminated|timeout exceeded when trying to connect|not queryable|terminating connection|the database system is (starting up|shutting down)/i

/**
 * True when an error means "the database cannot be reached right now" (restart, failover,
 * terminated backend, refused connection) rather than a bug: callers answer 503, not 500.
 * Walks the `cause` chain, since tRPC and Kysely wrap the driver's error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NODE_CODES.has(code))) return true
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true
  }
  return false
}
