import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateDownAll, migrateToLatest } from '../server/db/migrate'
import { createEmptyDatabase, type TestDatabase } from '../tests/setup/test-db'

let t: TestDatabase
beforeAll(async () => {
  t = await createEmptyDatabase()
})
afterAll(async () => {
  await t?.destroy()
})

async function tables(): Promise<string[]> {
  const r = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely_%' order by 1`.execute(t.db)
  return r.rows.map((x) => x.table_name)
}

describe('migrations', () => {
  it('go up, all the way down, and up again', async () => {
    await migrateToLatest(t.db)
    const up = await tables()
    expect(up).toEqual(expect.arrayContaining(['jobs', 'candidates', 'sessions', 'chat_sessions', 'chat_events', 'resumes', 'job_roles', 'job_role_categories']))
    await migrateDownAll(t.db)
    expect(await tables()).toEqual([])
    await migrateToLatest(t.db)
    expect(await tables()).toEqual(up)
  })
})
