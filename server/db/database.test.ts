import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../tests/setup/test-db'
import { createDatabase, CUSTOM_PLAN, type Database } from './database'

let t: TestDatabase
let off: Database

beforeAll(async () => {
  t = await createTestDatabase()
  off = createDatabase(t.connectionString, { max: 1, prepared: false }).db
})
afterAll(async () => {
  await off.destroy()
  await t.destroy()
})

/** The named statements this connection holds (a transaction keeps one connection). */
async function preparedOn(db: Database, work: (trx: Database) => Promise<unknown>): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    await work(trx)
    const rows = await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements where name like 'k\\_%'`.execute(trx)
    return rows.rows.map((r) => r.statement)
  })
}

describe('createDatabase', () => {
  it('prepares a statement with parameters once per connection and reuses it', async () => {
    const statements = await preparedOn(t.db, async (trx) => {
      for (const slug of ['delivery', 'driver', 'delivery']) await trx.selectFrom('job_categories').select('id').where('slug', '=', slug).execute()
      // parameterless SQL may hold several commands, so it never runs as a named statement
      await sql`select 1; select 2`.execute(trx)
    })
    const ours = statements.filter((s) => s.includes('job_categories'))
    expect(ours).toHaveLength(1)
    expect(ours[0]).toMatch(/where "slug" = \$1/)
    expect(statements.some((s) => s.includes('select 1'))).toBe(false)
  })

  it('runs a statement marked CUSTOM_PLAN unnamed (planned for its own values), with the same answer', async () => {
    const query = (db: Database) => db.selectFrom('job_categories').select(['id', 'slug']).where('slug', '=', 'driver').modifyFront(CUSTOM_PLAN).execute()
    const statements = await preparedOn(t.db, async (trx) => {
      for (let i = 0; i < 3; i++) expect(await query(trx)).toEqual(await query(off))
    })
    // (the connection may hold statements of earlier tests)
    expect(statements.filter((s) => s.includes('custom plan'))).toEqual([])
  })

  it('answers the same with prepared statements off, and prepares nothing', async () => {
    const query = (db: Database) => db.selectFrom('job_categories').select(['id', 'slug']).where('slug', 'in', ['delivery', 'driver']).orderBy('slug').execute()
    expect(await query(off)).toEqual(await query(t.db))
    expect(await preparedOn(off, query)).toEqual([])
  })
})
