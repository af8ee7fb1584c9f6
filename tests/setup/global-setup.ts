import { rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { register } from 'tsx/esm/api'
import type { TestProject } from 'vitest/node'
import { createDatabase } from '../../server/db/database'
import { ensureDatabase, startEmbeddedPostgres } from '../../server/db/embedded-postgres'
import { migrateToLatest } from '../../server/db/migrate'
import { createLogger } from '../../server/logger'
import { runSeeds } from '../../seeds/run-seeds'

export const TEMPLATE_DB = 'aiviue_template'

/**
 * One throwaway Postgres cluster for the whole run. A template database is migrated and seeded
 * once; every test file clones it (CREATE DATABASE … TEMPLATE), so each worker has its own data.
 */
/**
 * NOTE: embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls
 * `process.exit(0)` — after vitest has set `process.exitCode = 1` for failed tests. Left alone it
 * turns every red run green. We stop our cluster ourselves (teardown below), so its normal-exit
 * hooks go ('exit' too: without 'beforeExit' first, it would call the async shutdown with no
 * callback). The signal hooks stay, so Ctrl-C still stops Postgres.
 */
function keepVitestExitCode(): void {
  const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))
  const exitHook = fromEmbeddedPostgres('async-exit-hook') as { unhookEvent: (event: string) => void }
  exitHook.unhookEvent('beforeExit')
  exitHook.unhookEvent('exit')
}

export default async function setup(project: TestProject) {
  const dir = path.resolve('.data/test-pg', String(process.pid))
  await rm(dir, { recursive: true, force: true })
  // NOTE: the Migrator imports migration files at run time; vitest's main process needs tsx for .ts
  register()
  const pg = await startEmbeddedPostgres({ dir, persistent: false })
  keepVitestExitCode()
  const admin = pg.connectionString('postgres')
  try {
    await ensureDatabase(admin, TEMPLATE_DB)
    const { db } = createDatabase(pg.connectionString(TEMPLATE_DB), { max: 2 })
    try {
      await migrateToLatest(db)
      await runSeeds(db, createLogger('silent'), { now: new Date() })
    } finally {
      await db.destroy()
    }
  } catch (error) {
    await pg.stop()
    throw error
  }
  project.provide('pgAdminUrl', admin)
  project.provide('pgPort', pg.port)
  return async () => {
    await pg.stop()
    await rm(dir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string
    pgPort: number
  }
}
