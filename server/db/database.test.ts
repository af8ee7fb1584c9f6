import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../tests/setup/test-db'
import { createDatabase, CUSTOM_PLAN, GENERIC_PLAN, type Database } from './database'

let t: TestDatabase
let off: Database
/** one connection, so every statement below sees the mode the previous ones left */
let one: Database

beforeAll(async () => {
  t = await createTestDatabase()
  off = createDatabase(t.connectionString, { max: 1, prepared: false }).db
  one = createDatabase(t.connectionString, { max: 1 }).db
})
afterAll(async () => {
  await one.destroy()
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

  describe('GENERIC_PLAN', () => {
    // the plan_cache_mode a statement ran under, read by the statement itself
    // (a parameter: only statements with parameters have a plan to choose)
    const modeQuery = (db: Database) => db.selectNoFrom([sql<string>`current_setting('plan_cache_mode')`.as('mode'), sql<number>`${1}::int`.as('one')])
    const modeOf = async (db: Database, generic: boolean) => {
      const q = modeQuery(db)
      return (await (generic ? q.modifyFront(GENERIC_PLAN) : q).executeTakeFirstOrThrow()).mode
    }

    it('runs a marked statement on a generic plan and the next unmarked one as before, on the same connection', async () => {
      expect(await modeOf(one, true)).toBe('force_generic_plan')
      expect(await modeOf(one, true)).toBe('force_generic_plan')
      expect(await modeOf(one, false)).toBe('auto')
      // an unmarked statement with a custom plan must not inherit the generic mode either
      expect(await modeOf(one, true)).toBe('force_generic_plan')
      expect((await modeQuery(one).modifyFront(CUSTOM_PLAN).executeTakeFirstOrThrow()).mode).toBe('auto')
    })

    it('sets the mode again after a rollback undid it', async () => {
      expect(await modeOf(one, false)).toBe('auto')
      await expect(
        one.transaction().execute(async (trx) => {
          expect(await modeOf(trx, true)).toBe('force_generic_plan')
          throw new Error('roll back')
        }),
      ).rejects.toThrow('roll back')
      // the rollback restored `auto` on the server: the next marked statement must set it again
      expect(await modeOf(one, true)).toBe('force_generic_plan')
      await one.transaction().execute(async (trx) => expect(await modeOf(trx, false)).toBe('auto'))
      expect(await modeOf(one, false)).toBe('auto')
    })

    it('leaves the mode alone with prepared statements off (a pooler would carry it to other clients)', async () => {
      expect(await modeOf(off, true)).toBe('auto')
    })
  })
})
