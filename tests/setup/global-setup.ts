import { rm } from 'node:fs/promises'
import path from 'node:path'
import { register } from 'tsx/esm/api'
import type { TestProject } from 'vitest/node'
import { createDatabase } from '../../server/db/database'
import { ensureDatabase, startEmbeddedPostgres, takeOverEmbeddedPostgresExit } from '../../server/db/embedded-postgres'
import { migrateToLatest } from '../../server/db/migrate'
import { createLogger } from '../../server/logger'
import { runSeeds } from '../../seeds/run-seeds'

export const TEMPLATE_DB = 'aiviue_template'

/**
 * One throwaway Postgres cluster for the whole run. A template database is migrated and seeded
 * once; every test file clones it (CREATE DATABASE … TEMPLATE), so each worker has its own data.
 */
export default async function setup(project: TestProject) {
  const dir = path.resolve('.data/test-pg', String(process.pid))
  await rm(dir, { recursive: true, force: true })
  // NOTE: the Migrator imports migration files at run time; vitest's main process needs tsx for .ts
  register()
  const pg = await startEmbeddedPostgres({ dir, persistent: false })
  // we stop the cluster in the teardown below; its exit hook would otherwise exit 0 over a red run
  // (signal hooks stay, so Ctrl-C still stops Postgres)
  takeOverEmbeddedPostgresExit(['beforeExit', 'exit'])
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
