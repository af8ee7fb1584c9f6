import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../tests/setup/test-db'
import { compiledOnce } from './compiled-once'

let database: TestDatabase
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(async () => {
  await database?.destroy()
})

describe('compiledOnce', () => {
  it('builds once per shape and binds each call’s values: the same rows as the query built each time', async () => {
    const { db } = database
    let builds = 0
    const roles = compiledOnce(
      (desc: boolean) => String(desc),
      (q, desc, v: { prefix: string; limit: number }) => {
        builds++
        return q.selectFrom('job_roles').select(['slug']).where('slug', 'like', v.prefix).orderBy('slug', desc ? 'desc' : 'asc').limit(v.limit)
      },
    )
    const direct = (prefix: string, limit: number, desc: boolean) => db.selectFrom('job_roles').select(['slug']).where('slug', 'like', prefix).orderBy('slug', desc ? 'desc' : 'asc').limit(limit).execute()
    for (const [prefix, limit, desc] of [['d%', 3, false], ['c%', 2, false], ['d%', 5, true], ['%', 4, true]] as const) {
      const got = await roles(db, desc, { prefix, limit })
      expect(got).toEqual(await direct(prefix, limit, desc))
      expect(got.length).toBeGreaterThan(0)
    }
    expect(builds).toBe(2)
    // inside a transaction too
    await db.transaction().execute(async (trx) => expect(await roles(trx, false, { prefix: '%', limit: 1 })).toEqual(await direct('%', 1, false)))
  })

  it('refuses a value used to compute something rather than bound', async () => {
    const { db } = database
    const serialised = compiledOnce(
      () => '',
      (q, _: null, v: { data: unknown }) => q.selectFrom('job_roles').select(['slug']).where('slug', '=', JSON.stringify(v.data)),
    )
    await expect(serialised(db, null, { data: { a: 1 } })).rejects.toThrow(/data was serialised/)
    const computed = compiledOnce(
      () => '',
      (q, _: null, v: { n: number }) => q.selectFrom('job_roles').select(['slug']).limit(v.n + 1),
    )
    await expect(computed(db, null, { n: 1 })).rejects.toThrow(/n was used as text/)
    const unused = compiledOnce(
      () => '',
      (q, _: null, v: { slug: string }) => q.selectFrom('job_roles').select(['slug']).where(sql<boolean>`${sql.lit(Boolean(v.slug))}`),
    )
    await expect(unused(db, null, { slug: 'x' })).rejects.toThrow(/slug does not reach/)
    const frozenNow = compiledOnce(
      () => '',
      (q, _: null, v: { slug: string }) => q.selectFrom('sessions').select(['id']).where('id', '=', v.slug).where('expires_at', '>', new Date()),
    )
    await expect(frozenNow(db, null, { slug: 'x' })).rejects.toThrow(/Date\] made while building/)
  })
})
