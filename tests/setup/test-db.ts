import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { createDatabase, type Database } from '../../server/db/database'

export type TestDatabase = { db: Database; pool: pg.Pool; connectionString: string; name: string; destroy: () => Promise<void> }

/** A fresh database cloned from the migrated, seeded template. Call in beforeAll; destroy in afterAll. */
export async function createTestDatabase(opts: { template?: string } = {}): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl')
  const name = `t_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    await admin.query(`create database "${name}" template "${opts.template ?? 'aiviue_template'}"`)
  } finally {
    await admin.end()
  }
  const connectionString = adminUrl.replace(/\/postgres$/, `/${name}`)
  const { db, pool } = createDatabase(connectionString, { max: 10 })
  return {
    db,
    pool,
    connectionString,
    name,
    destroy: async () => {
      await db.destroy()
      const c = new pg.Client({ connectionString: adminUrl })
      await c.connect()
      await c.query(`drop database if exists "${name}" with (force)`)
      await c.end()
    },
  }
}

/** An empty database (no migrations) for migration tests. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  return createTestDatabase({ template: 'template0' })
}
