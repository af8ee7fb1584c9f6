/**
 * npm run bench:chat — N concurrent candidates (default 500, BENCH_SESSIONS) each answer a full
 * question template over real WebSockets (answer sent → next question received on the
 * subscription), then the same turns over HTTP (mutation round trip). Server in its own process
 * so its RSS is its own. Last line: JSON.
 */
import { spawn } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createSession } from '../server/auth/session.repo'
import { createSessionCookie } from '../server/auth/session-cookie'
import type { BotOutput, QuestionView } from '../server/chat/chat-machine'
import { connect, lastQuestion, type ChatClient } from '../tests/helpers/chat-client'
import type { StoredEvent } from '../server/chat/chat.repo'
import { sampleAnswer } from '../tests/helpers/sample-answers'
import { createDatabase } from '../server/db/database'
import { ensureDatabase, startEmbeddedPostgres } from '../server/db/embedded-postgres'
import { migrateToLatest } from '../server/db/migrate'
import { createLogger } from '../server/logger'
import { findCity } from '../server/master-data/cities'
import { runSeeds } from '../seeds/run-seeds'
import { percentile, round } from './bench-stats'

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 500)
const log = (msg: string) => process.stderr.write(`${msg}\n`)


async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port
      s.close(() => resolve(port))
    })
  })
}

async function serverRssMb(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0)
  return { rss: round(kb('VmRSS') / 1024), peak: round(kb('VmHWM') / 1024) }
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'aiviue-bench-chat-'))
const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), persistent: false })
await ensureDatabase(pg.connectionString('postgres'), 'bench')
const dbUrl = pg.connectionString('bench')
const { db } = createDatabase(dbUrl, { max: 20 })
await migrateToLatest(db)
await runSeeds(db, createLogger('silent'))

const secret = randomBytes(32).toString('hex')
const cookieJar = createSessionCookie({ secret, secure: false })
const role = await db.selectFrom('job_roles as r').innerJoin('job_role_categories as rc', 'rc.role_id', 'r.id').select(['r.id', 'rc.category_id']).where('r.slug', '=', 'delivery-boy').executeTakeFirstOrThrow()
const city = findCity('Pune')!

log(`creating ${SESSIONS * 2} candidates…`)
async function makeCandidates(n: number): Promise<string[]> {
  const cookies: string[] = []
  for (let i = 0; i < n; i++) {
    const { id } = await db
      .insertInto('candidates')
      .values({
        mobile: `+918${String(cookies.length + n * 7 + Math.floor(Math.random() * 1e8)).padStart(9, '0').slice(-9)}`,
        full_name: `Bench Candidate ${i}`,
        updated_at: new Date(),
        current_city_id: city.id,
        current_city_name: city.name,
        pin_code: '411001',
        preferred_category_id: role.category_id,
        preferred_role_id: role.id,
        preferred_city_ids: [city.id],
        basic_profile_completed_at: new Date(),
      })
      .onConflict((oc) => oc.column('mobile').doNothing())
      .returning('id')
      .executeTakeFirstOrThrow()
      .catch(() => ({ id: '' }))
    if (!id) {
      i--
      continue
    }
    const sessionId = await createSession(db, { candidateId: id })
    cookies.push((await cookieJar.serialize(sessionId)).split(';')[0])
  }
  return cookies
}
const wsCookies = await makeCandidates(SESSIONS)
const httpCookies = await makeCandidates(SESSIONS)

const port = await freePort()
const server = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/aiviue-prof'] : []), '--import', 'tsx', 'server/index.ts'], {
  env: { ...process.env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: dbUrl, DATA_DIR: dir, SESSION_SECRET: secret, FIELD_ENCRYPTION_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
})
const baseUrl = `http://127.0.0.1:${port}`
for (let i = 0; i < 100; i++) {
  if (await fetch(`${baseUrl}/healthz`).then((r) => r.ok, () => false)) break
  await new Promise((r) => setTimeout(r, 200))
}

type Outcome = { latencies: number[]; turns: number; errors: number }

/** One candidate over WebSocket: every answer's latency until the next question arrives on the subscription. */
async function runWs(cookie: string): Promise<Outcome> {
  const out: Outcome = { latencies: [], turns: 0, errors: 0 }
  const c: ChatClient = connect(baseUrl, cookie)
  try {
    const { sessionId } = await c.viaWs.chat.start.mutate({})
    const snap = await c.viaWs.chat.get.query({ sessionId })
    let waiter: ((q: QuestionView | 'preview') => void) | null = null
    const sub = c.viaWs.chat.events.subscribe(
      { sessionId, lastEventId: String(snap.session.lastSeq) },
      {
        onData: (item) => {
          const data = 'data' in item ? item.data : item
          if (data.kind !== 'event' || data.event.type !== 'bot_output') return
          const o = data.event.payload as BotOutput
          if (o.type === 'question') waiter?.(o.question)
          else if (o.type === 'preview') waiter?.('preview')
        },
        onError: () => out.errors++,
      },
    )
    const next = () => new Promise<QuestionView | 'preview'>((resolve) => (waiter = resolve))
    let pending = next()
    await c.viaWs.chat.send.mutate({ sessionId, clientMessageId: randomUUID(), event: { type: 'choose_method', method: 'bot' } })
    let q = await pending
    while (q !== 'preview' && out.turns < 60) {
      pending = next()
      const t0 = performance.now()
      await c.viaWs.chat.send.mutate({ sessionId, clientMessageId: randomUUID(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q) } })
      q = await pending
      out.latencies.push(performance.now() - t0)
      out.turns++
    }
    await c.viaWs.chat.send.mutate({ sessionId, clientMessageId: randomUUID(), event: { type: 'confirm' } })
    out.turns++
    sub.unsubscribe()
  } catch {
    out.errors++
  } finally {
    c.close()
  }
  return out
}

/** The same conversation over HTTP only: the mutation's response carries the next question. */
async function runHttp(cookie: string): Promise<Outcome> {
  const out: Outcome = { latencies: [], turns: 0, errors: 0 }
  const c = connect(baseUrl, cookie, { lazy: true })
  try {
    const { sessionId } = await c.viaHttp.chat.start.mutate({})
    let r = await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: randomUUID(), event: { type: 'choose_method', method: 'bot' } })
    let q = lastQuestion(r.events as StoredEvent[])
    while (q && out.turns < 60) {
      const t0 = performance.now()
      r = await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: randomUUID(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q) } })
      out.latencies.push(performance.now() - t0)
      out.turns++
      q = (r.events as StoredEvent[]).some((e) => (e.payload as BotOutput).type === 'preview') ? null : lastQuestion(r.events as StoredEvent[])
    }
    await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: randomUUID(), event: { type: 'confirm' } })
    out.turns++
  } catch {
    out.errors++
  } finally {
    c.close()
  }
  return out
}

async function phase(name: string, cookies: string[], run: (c: string) => Promise<Outcome>) {
  log(`${name}: ${cookies.length} concurrent conversations…`)
  const t0 = performance.now()
  const results = await Promise.all(cookies.map(run))
  const seconds = (performance.now() - t0) / 1000
  const lat = results.flatMap((r) => r.latencies).sort((a, b) => a - b)
  const turns = results.reduce((s, r) => s + r.turns, 0)
  return {
    p50Ms: round(percentile(lat, 50)),
    p99Ms: round(percentile(lat, 99)),
    turns,
    turnsPerSecond: round(turns / seconds),
    errors: results.reduce((s, r) => s + r.errors, 0),
    seconds: round(seconds),
  }
}

try {
  const ws = await phase('websocket', wsCookies, runWs)
  const wsRss = await serverRssMb(server.pid!)
  const http = await phase('http', httpCookies, runHttp)
  const rss = await serverRssMb(server.pid!)
  const saved = await db.selectFrom('resumes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  const summary = { bench: 'chat', sessions: SESSIONS, ws, http, resumesSaved: Number(saved.n), serverRssMb: rss.rss, serverPeakRssMb: Math.max(rss.peak, wsRss.peak) }
  log(`WS   p50 ${ws.p50Ms} ms  p99 ${ws.p99Ms} ms  ${ws.turnsPerSecond} turns/s  errors ${ws.errors}`)
  log(`HTTP p50 ${http.p50Ms} ms  p99 ${http.p99Ms} ms  ${http.turnsPerSecond} turns/s  errors ${http.errors}`)
  process.stdout.write(`${JSON.stringify(summary)}\n`)
} finally {
  server.kill('SIGTERM')
  await new Promise((r) => server.once('exit', r))
  await db.destroy()
  await pg.stop()
  await rm(dir, { recursive: true, force: true })
}
