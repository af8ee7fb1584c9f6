/**
 * Database faults are survived (hardening finding 3): idle backends terminated under the pool and
 * the LISTEN connection, and Postgres stopped and started while the server keeps serving. This
 * file runs its own Postgres cluster, since it stops it.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { TRPCClientError } from '@trpc/client'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCandidateActor, completeBasicProfile, type Actor } from '../../tests/setup/fixtures'
import { connect, lastQuestion, newMessageId } from '../../tests/helpers/chat-client'
import type { StoredEvent } from '../chat/chat.repo'
import { sampleAnswer } from '../../tests/helpers/sample-answers'
import { parseEnv } from '../config/env'
import { createLogger } from '../logger'
import { findCity } from '../master-data/cities'
import { startServer, type RunningServer } from '../server'
import type { AppRouter } from '../trpc/root'
import { runSeeds } from '../../seeds/run-seeds'
import { createDatabase } from './database'
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPg } from './embedded-postgres'
import { migrateToLatest } from './migrate'

let dir: string
let cluster: EmbeddedPg
let server: RunningServer
let ravi: Actor
const DB = 'faults'

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: cluster.connectionString('postgres') })
  await c.connect()
  try {
    return await fn(c)
  } finally {
    await c.end()
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'aiviue-faults-'))
  cluster = await startEmbeddedPostgres({ dir: path.join(dir, 'pg') })
  await ensureDatabase(cluster.connectionString('postgres'), DB)
  const { db } = createDatabase(cluster.connectionString(DB), { max: 2 })
  await migrateToLatest(db)
  await runSeeds(db, createLogger('silent'), { now: new Date() })
  await db.destroy()
  const env = parseEnv({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: path.join(dir, 'data'),
    DATABASE_URL: cluster.connectionString(DB),
    SESSION_SECRET: randomBytes(32).toString('hex'),
    FIELD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
  })
  server = await startServer({ env, log: createLogger('silent'), remix: 'none', seed: false })
  ravi = await createCandidateActor(server.services, { name: 'Ravi Kumar' })
  await completeBasicProfile(server.services, ravi, { cityId: findCity('Pune')!.id, roleSlug: 'delivery-boy', name: 'Ravi Kumar' })
}, 180_000)

afterAll(async () => {
  await server?.close()
  await cluster?.stop().catch(() => {})
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** A chat subscription that records every event it receives. */
function watch(c: ReturnType<typeof connect>, sessionId: string, lastEventId: string | null) {
  const seen: StoredEvent[] = []
  const sub = c.viaWs.chat.events.subscribe(
    { sessionId, lastEventId },
    {
      onData: (item) => {
        const data = 'data' in item ? item.data : item
        if (data.kind === 'event') seen.push(data.event as StoredEvent)
      },
    },
  )
  return { seen, stop: () => sub.unsubscribe() }
}

async function answerCurrent(c: ReturnType<typeof connect>, sessionId: string) {
  const state = await c.viaHttp.chat.get.query({ sessionId })
  const question = lastQuestion(state.events)!
  return c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: question.key, value: sampleAnswer(question) } })
}

describe('database faults', () => {
  it('terminated backends (pool and LISTEN) do not crash the process; live subscriptions catch up', async () => {
    const c = connect(server.url, ravi.cookie)
    const { sessionId } = await c.viaHttp.chat.start.mutate({ discardActive: true })
    await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'choose_method', method: 'bot' } })
    const live = watch(c, sessionId, null)
    await expect.poll(() => live.seen.length, { timeout: 10_000 }).toBeGreaterThan(0)
    // warm several pool connections so there are idle ones to kill
    await Promise.all(Array.from({ length: 6 }, () => c.viaHttp.system.health.query()))

    const killed = await admin((a) =>
      a.query<{ n: number }>("select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [DB]),
    )
    expect(killed.rows[0].n).toBeGreaterThanOrEqual(2)

    // still serving, and a turn committed after the kill reaches the subscription (LISTEN came back)
    await expect.poll(async () => (await fetch(`${server.url}/healthz`)).status, { timeout: 10_000 }).toBe(200)
    const before = live.seen.length
    const turn = await answerCurrent(c, sessionId)
    await expect.poll(() => live.seen.length, { timeout: 15_000 }).toBeGreaterThan(before)
    const seqs = live.seen.map((e) => e.seq)
    expect(new Set(seqs).size).toBe(seqs.length)
    expect(Math.max(...seqs)).toBe(turn.events.at(-1)!.seq)
    live.stop()
    c.close()
  })

  it('Postgres stopped: requests get a clear 503; started again: everything works and nothing is lost', async () => {
    const c = connect(server.url, ravi.cookie)
    const { sessionId } = await c.viaHttp.chat.start.mutate({})
    const live = watch(c, sessionId, null)
    await expect.poll(() => live.seen.length, { timeout: 10_000 }).toBeGreaterThan(0)

    await cluster.stop()
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(503)
    await health.text()
    const error = await c.viaHttp.chat.list.query().then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(TRPCClientError)
    expect((error as TRPCClientError<AppRouter>).data?.httpStatus).toBe(503)
    expect((error as Error).message).toMatch(/briefly unavailable/)
    const page = await fetch(`${server.url}/profile`, { headers: { cookie: ravi.cookie } })
    expect(page.status).toBe(503)
    expect(await page.text()).toMatch(/briefly unavailable/)

    cluster = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: cluster.port })
    await expect.poll(async () => (await fetch(`${server.url}/healthz`)).status, { timeout: 20_000, interval: 250 }).toBe(200)
    const before = live.seen.length
    const turn = await answerCurrent(c, sessionId)
    await expect.poll(() => live.seen.length, { timeout: 15_000 }).toBeGreaterThan(before)
    const stored = await c.viaHttp.chat.get.query({ sessionId })
    expect(stored.events.at(-1)!.seq).toBe(turn.events.at(-1)!.seq)
    const seqs = live.seen.map((e) => e.seq)
    expect(new Set(seqs).size).toBe(seqs.length)
    live.stop()
    c.close()
  })
})
