import { randomInt } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../tests/setup/test-db'
import { insertEmployer } from '../employer/employer.repo'
import { insertNotifications, sequencePending, type NotificationOwner } from './notifications.repo'

let t: TestDatabase

beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(async () => {
  await t?.destroy()
})

async function employerOwner(): Promise<NotificationOwner> {
  const row = await insertEmployer(t.db, { fullName: 'Seq Employer', email: `seq${randomInt(1e9)}@example.com`, phone: `+9198${randomInt(1e7, 1e8 - 1)}`, companyName: 'Seq Pvt Ltd' })
  if (!row) throw new Error('employer not inserted')
  return { kind: 'employer', employerId: row.id }
}

const write = (owner: NotificationOwner, n: number) =>
  t.db.transaction().execute((trx) => insertNotifications(trx, [{ owner, kind: 'new_application', title: `New applicant ${n}`, body: 'x', href: null, applicationId: null, jobId: null }], new Date()))

const seqs = async (owner: NotificationOwner) =>
  (await t.db.selectFrom('notifications').select('seq').where('employer_id', '=', owner.kind === 'employer' ? owner.employerId : '').orderBy('created_at').execute()).map((r) => (r.seq === null ? null : Number(r.seq)))

describe('sequencePending', () => {
  it('a writer never waits for the lock: the holder numbers what was left after its own commit', async () => {
    const owner = await employerOwner()
    await write(owner, 1)
    // a numbering round of another caller, mid-way: it holds the owner's lock
    const key = `notifications:e:${owner.kind === 'employer' ? owner.employerId : ''}`
    const holder = await t.pool.connect()
    try {
      await holder.query('begin')
      await holder.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [key])
      const started = performance.now()
      expect(await sequencePending(t.db, owner)).toBe(0)
      // it left at once instead of parking a connection behind the lock
      expect(performance.now() - started).toBeLessThan(2_000)
      expect(await seqs(owner)).toEqual([null])
      // a reader waits for the holder, then numbers
      const reader = sequencePending(t.db, owner, { wait: true })
      await holder.query('commit')
      expect(await reader).toBe(1)
    } finally {
      holder.release()
    }
    expect(await seqs(owner)).toEqual([1])
  })

  it('a holder re-checks after its commit: a row written while it numbered, by a writer that left, is numbered before the holder returns', async () => {
    const owner = await employerOwner()
    const key = `e:${owner.kind === 'employer' ? owner.employerId : ''}`
    await write(owner, 1)
    expect(await sequencePending(t.db, owner)).toBe(1)
    await write(owner, 2)
    // stall the holder's round inside its lock: it waits on the owner's counter row
    const staller = await t.pool.connect()
    let holder: Promise<number> | undefined
    try {
      await staller.query('begin')
      await staller.query('select last_seq from notification_counters where owner = $1 for update', [key])
      holder = sequencePending(t.db, owner)
      await expect
        .poll(async () => Number((await sql<{ n: number }>`select count(*)::int as n from pg_locks where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())`.execute(t.db)).rows[0].n))
        .toBeGreaterThan(0)
      // a writer meanwhile: its row is committed, it finds the lock taken and leaves
      await write(owner, 3)
      expect(await sequencePending(t.db, owner)).toBe(0)
      await staller.query('commit')
    } finally {
      staller.release()
    }
    expect(await holder).toBe(2)
    expect(await seqs(owner)).toEqual([1, 2, 3])
  })

  it('many writers at once: every row numbered exactly once, 1…n with no gap, when the last call returns', async () => {
    const owner = await employerOwner()
    const listener = await t.pool.connect()
    const notified: string[] = []
    listener.on('notification', (m) => notified.push(m.payload ?? ''))
    await listener.query('listen notifications')
    try {
      const n = 40
      await Promise.all(Array.from({ length: n }, async (_, i) => (await write(owner, i), sequencePending(t.db, owner))))
      const got = await seqs(owner)
      expect(got.filter((s) => s === null)).toEqual([])
      expect([...got].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: n }, (_, i) => i + 1))
      const counter = await sql<{ last_seq: string }>`select last_seq from notification_counters where owner = ${`e:${owner.kind === 'employer' ? owner.employerId : ''}`}`.execute(t.db)
      expect(Number(counter.rows[0].last_seq)).toBe(n)
      // every numbering round was announced to the owner's streams
      await expect.poll(() => notified.filter((p) => p.startsWith('e:')).length).toBeGreaterThan(0)
    } finally {
      listener.release()
    }
  })
})
