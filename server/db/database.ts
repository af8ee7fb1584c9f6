import { createHash } from 'node:crypto'
import { Kysely, PostgresDialect, sql, type PostgresCursor, type PostgresPool, type PostgresPoolClient, type PostgresQueryResult, type Transaction } from 'kysely'
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
  opts: {
    max?: number
    /** named prepared statements (on by default); off for a pooler in front that cannot keep them */
    prepared?: boolean
    onIdleError?: (error: Error) => void
    /** timings for diagnosis (benchmarks): the wait for a pooled connection, and each statement's round trip */
    trace?: DatabaseTrace
  } = {},
): { db: Database; pool: pg.Pool } {
  // a bounded wait for a connection: during an outage requests fail fast (503) instead of hanging
  const pool = new pg.Pool({ connectionString, max: opts.max ?? 10, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 })
  // NOTE: an idle client whose backend dies (restart, pg_terminate_backend, failover) emits
  // 'error' on the pool; without a listener Node treats it as unhandled and the process exits.
  // The pool drops that client by itself, so logging is all there is to do.
  pool.on('error', (error) => opts.onIdleError?.(error))
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool, opts.prepared === false ? 0 : MAX_PREPARED_STATEMENTS, opts.trace) }) })
  return { db, pool }
}

export type DatabaseTrace = { acquired: (waitMs: number) => void; statement: (text: string, ms: number) => void }

/**
 * Put in a statement (e.g. `.modifyFront(CUSTOM_PLAN)`) whose best plan depends on its values: it
 * then runs unnamed, planned for its own values each time. A prepared statement switches to one
 * generic plan after five runs, and for Explore's filters that plan read whole cells (decision 023).
 */
export const CUSTOM_PLAN_MARK = '/* custom plan */'
export const CUSTOM_PLAN = sql.raw(CUSTOM_PLAN_MARK)

/**
 * Put in a statement whose plan does not depend on its values (`.modifyFront(GENERIC_PLAN)`): its
 * connection then plans it once, as a generic plan, and reuses that plan. By default Postgres plans
 * a prepared statement for its values at least five times per connection, and keeps doing so while
 * the generic plan's estimate looks costlier; for matching's long scoring statements (many shapes,
 * on every connection) that planning was ≈ 0.8 ms a statement, a quarter of a top-20 (decision 027).
 */
export const GENERIC_PLAN_MARK = '/* generic plan */'
export const GENERIC_PLAN = sql.raw(GENERIC_PLAN_MARK)

/** Distinct statement texts prepared per pool; past it new texts run unnamed (an `in (…)` of every length would grow without end). */
const MAX_PREPARED_STATEMENTS = 500

/**
 * Kysely's statements run as named prepared statements, once per connection: Postgres then skips
 * parsing, and planning too once it settles on a generic plan — half of a hot statement's time
 * (decision 011). Only statements with parameters: those already use the extended protocol, so
 * none can hold several commands; parameterless SQL (migrations, `begin`) runs as before.
 */
function preparingPool(pool: pg.Pool, maxPrepared: number, trace?: DatabaseTrace): PostgresPool {
  const names = new Map<string, string>()
  // NOTE: no plan modes without named statements: they are off for a pooler that shares server
  // sessions between clients, and a session's SET would reach the others
  const planModes: PlanModes | null = maxPrepared > 0 ? new WeakMap() : null
  const nameOf = (text: string): string | undefined => {
    if (text.includes(CUSTOM_PLAN_MARK)) return undefined
    let name = names.get(text)
    if (name === undefined && names.size < maxPrepared) {
      name = `k_${createHash('sha1').update(text).digest('base64url')}`
      names.set(text, name)
    }
    return name
  }
  return {
    connect: async () => {
      if (!trace) return new PreparingClient(await pool.connect(), nameOf, planModes)
      const t0 = performance.now()
      const client = await pool.connect()
      trace.acquired(performance.now() - t0)
      return new PreparingClient(client, nameOf, planModes, trace)
    },
    end: () => pool.end(),
  }
}

/** Each connection's plan_cache_mode as last set through it (absent: the server default, auto). */
type PlanModes = WeakMap<pg.PoolClient, 'auto' | 'generic' | 'unknown'>

class PreparingClient implements PostgresPoolClient {
  constructor(
    private readonly client: pg.PoolClient,
    private readonly nameOf: (text: string) => string | undefined,
    /** null: the plan mode is never set */
    private readonly planModes: PlanModes | null,
    private readonly trace?: DatabaseTrace,
  ) {}

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>
  query<R>(arg: string | PostgresCursor<R>, parameters?: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof arg !== 'string') return this.client.query(arg as unknown as pg.Submittable) as unknown as PostgresCursor<R>
    const values = parameters ? [...parameters] : []
    const name = values.length > 0 ? this.nameOf(arg) : undefined
    this.planMode(arg, values.length > 0)
    const result = name ? this.client.query({ name, text: arg, values }) : this.client.query(arg, values)
    if (this.trace) {
      const { trace } = this
      const t0 = performance.now()
      void result.then(() => trace.statement(arg, performance.now() - t0), () => {})
    }
    return result as unknown as Promise<PostgresQueryResult<R>>
  }

  /**
   * Switches the connection's plan_cache_mode when a statement with parameters wants another than
   * the connection has (statements without parameters have no plan choice). The SET is queued ahead
   * of the statement on the same connection, without waiting for its reply. A rollback may undo a
   * SET made inside the transaction, so after one the mode is unknown and is set again; a wrong
   * mode would only cost planning time or plan quality, never change a result.
   */
  private planMode(text: string, hasParameters: boolean) {
    const modes = this.planModes
    if (!modes) return
    if (/^\s*rollback\b/i.test(text)) {
      modes.set(this.client, 'unknown')
      return
    }
    if (!hasParameters) return
    const wanted = text.includes(GENERIC_PLAN_MARK) ? 'generic' : 'auto'
    // a new connection has the server's default, auto
    if ((modes.get(this.client) ?? 'auto') === wanted) return
    modes.set(this.client, wanted)
    this.client.query(`set plan_cache_mode = ${wanted === 'generic' ? 'force_generic_plan' : 'auto'}`).catch(() => modes.set(this.client, 'unknown'))
  }

  release(destroy?: boolean): void {
    this.client.release(destroy)
  }
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
