import path from 'node:path'
import type { Env } from './config/env'
import { createDatabase, type Database } from './db/database'
import { ensureDatabase, startEmbeddedPostgres, takeOverEmbeddedPostgresExit } from './db/embedded-postgres'
import { migrateToLatest } from './db/migrate'
import type { Logger } from './logger'
import type pg from 'pg'

export type StartedDatabase = {
  db: Database
  pool: pg.Pool
  /** the rate limiters' own connections (see below) */
  limiterPool: pg.Pool
  connectionString: string
  stop: () => Promise<void>
}

/** DATABASE_URL when given; otherwise the embedded Postgres under DATA_DIR/pg. Migrates either way. */
export async function startDatabase(env: Env, log: Logger): Promise<StartedDatabase> {
  let connectionString = env.DATABASE_URL
  let stopEmbedded: (() => Promise<void>) | null = null
  if (!connectionString) {
    const pgLog = log.child({ component: 'embedded-postgres' })
    const embedded = await startEmbeddedPostgres({ dir: path.join(env.dataDir, 'pg'), log: (m) => pgLog.debug(m) })
    // the server's own shutdown (server/index.ts → close()) stops Postgres after draining requests
    takeOverEmbeddedPostgresExit(['beforeExit', 'exit', 'SIGTERM', 'SIGINT', 'SIGHUP'])
    await ensureDatabase(embedded.connectionString('postgres'), 'aiviue')
    connectionString = embedded.connectionString('aiviue')
    stopEmbedded = embedded.stop
    log.info({ port: embedded.port }, 'embedded postgres started')
  }
  // NOTE: not `err`: pg attaches the whole client to this error, which would flood the log
  const onIdleError = (error: Error) => log.warn({ reason: error.message, code: (error as { code?: string }).code }, 'idle database connection lost; the pool replaces it')
  const { db, pool } = createDatabase(connectionString, { max: env.DATABASE_POOL_MAX, prepared: env.DATABASE_PREPARED_STATEMENTS === 'on', onIdleError })
  // NOTE: rate limits are checked inside transactions (starting a chat, saving Aadhaar/PAN). On the
  // main pool, a transaction would hold one connection while waiting for another: ten at once
  // held all ten and waited out the connect timeout. The limiters' store gets its own connections.
  const limiters = createDatabase(connectionString, { max: 2, onIdleError })
  await migrateToLatest(db)
  return {
    db,
    pool,
    limiterPool: limiters.pool,
    connectionString,
    stop: async () => {
      await limiters.db.destroy()
      await db.destroy()
      await stopEmbedded?.()
    },
  }
}
