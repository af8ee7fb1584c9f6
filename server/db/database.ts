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

export function createDatabase(connectionString: string, opts: { max?: number } = {}): { db: Database; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString, max: opts.max ?? 10, idleTimeoutMillis: 30_000 })
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
  return { db, pool }
}
