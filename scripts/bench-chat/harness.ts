import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import net from 'node:net'
import { createInterface } from 'node:readline'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { createSessionCookie } from '../../server/auth/session-cookie'
import type { BotOutput, QuestionView } from '../../server/chat/chat-machine'
import { createDatabase, type Database } from '../../server/db/database'
import { ensureDatabase, startEmbeddedPostgres } from '../../server/db/embedded-postgres'
import { migrateToLatest } from '../../server/db/migrate'
import { createLogger } from '../../server/logger'
import { findCity } from '../../server/master-data/cities'
import { runSeeds } from '../../seeds/run-seeds'
import { connect, type ChatClient } from '../../tests/helpers/chat-client'
import { sampleAnswer } from '../../tests/helpers/sample-answers'
import { childPids, cpuSeconds } from '../bench-cpu'
import { pgStatsFlags } from '../bench-pg-stats'
import { percentile, round } from '../bench-stats'

/**
 * The chat benchmarks' harness: an embedded Postgres and the real server in their own processes
 * (so the server's RSS and CPU are its own), candidates with signed-in cookies, and a scripted
 * candidate that answers the resume bot over a WebSocket. The load generator is this process.
 */

export const log = (msg: string) => process.stderr.write(`${msg}\n`)
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port
      s.close(() => resolve(port))
    })
  })
}

export type Harness = Awaited<ReturnType<typeof startHarness>>

export async function startHarness() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'aiviue-bench-chat-'))
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), persistent: false, flags: pgStatsFlags })
  await ensureDatabase(pg.connectionString('postgres'), 'bench')
  const dbUrl = pg.connectionString('bench')
  const { db } = createDatabase(dbUrl, { max: 10 })
  await migrateToLatest(db)
  await runSeeds(db, createLogger('silent'))
  const secret = randomBytes(32).toString('hex')
  const cookieJar = createSessionCookie({ secret, secure: false })

  const port = await freePort()
  // BENCH_SERVER_CPU_PROF=DIR: a V8 CPU profile of the server process, written when it stops
  // (BENCH_CPU_PROF=1, the older switch, writes to /tmp/aiviue-prof)
  const profDir = process.env.BENCH_SERVER_CPU_PROF ?? (process.env.BENCH_CPU_PROF ? '/tmp/aiviue-prof' : undefined)
  const profile = profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : []
  const server: ChildProcess = spawn(process.execPath, [...profile, '--import', 'tsx', 'server/index.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: dbUrl,
      DATA_DIR: dir,
      SESSION_SECRET: secret,
      FIELD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  // the server logs JSON lines to stdout (LOG_LEVEL warn): its errors are printed, so a failed turn
  // in a run comes with the server's reason
  createInterface({ input: server.stdout! }).on('line', (line) => {
    const level = Number(/"level":(\d+)/.exec(line)?.[1] ?? 0)
    if (level >= 50) log(`server error: ${line.slice(0, 2000)}`)
  })
  const baseUrl = `http://127.0.0.1:${port}`
  for (let i = 0; i < 150; i++) {
    if (await fetch(`${baseUrl}/healthz`).then((r) => r.ok, () => false)) break
    await sleep(200)
  }
  const pgPid = Number((await readFile(path.join(dir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0])

  return {
    db,
    baseUrl,
    serverPid: server.pid as number,
    /** n signed-in delivery-rider candidates with a complete basic profile (one statement each for all). */
    async candidates(n: number): Promise<string[]> {
      const role = await db.selectFrom('job_roles as r').innerJoin('job_role_categories as rc', 'rc.role_id', 'r.id').select(['r.id', 'rc.category_id']).where('r.slug', '=', 'delivery-boy').executeTakeFirstOrThrow()
      const city = findCity('Pune')!
      const base = Number((await sql<{ n: number }>`select count(*)::int as n from candidates`.execute(db)).rows[0].n)
      const ids = await sql<{ id: string }>`
        insert into candidates (mobile, full_name, current_city_id, current_city_name, pin_code, preferred_category_id, preferred_role_id, preferred_city_ids, basic_profile_completed_at, updated_at)
        select '+918' || lpad((${base}::int + g)::text, 9, '0'), 'Bench Candidate ' || g, ${city.id}, ${city.name}, '411001', ${role.category_id}::uuid, ${role.id}::uuid, array[${city.id}]::text[], now(), now()
        from generate_series(1, ${n}::int) g
        returning id`.execute(db)
      const sessions = ids.rows.map((r) => ({ id: randomBytes(32).toString('base64url'), candidateId: r.id }))
      for (let i = 0; i < sessions.length; i += 1000) {
        const chunk = sessions.slice(i, i + 1000)
        await db
          .insertInto('sessions')
          .values(chunk.map((s) => ({ id: s.id, candidate_id: s.candidateId, employer_id: null, created_at: new Date(), last_seen_at: new Date(), expires_at: new Date(Date.now() + 86_400_000), user_agent: null, ip_prefix: null })))
          .execute()
      }
      return Promise.all(sessions.map(async (s) => (await cookieJar.serialize(s.id)).split(';')[0]))
    },
    /** The server process's RSS and peak RSS, MB. */
    async serverRssMb(): Promise<{ rss: number; peak: number }> {
      const status = await readFile(`/proc/${server.pid}/status`, 'utf8')
      const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0)
      return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) }
    },
    /** CPU seconds used so far by the server process and by Postgres (postmaster and its backends). */
    async cpu(): Promise<{ server: number; postgres: number }> {
      const backends = await childPids(pgPid)
      const pgCpu = (await Promise.all([pgPid, ...backends].map(cpuSeconds))).reduce((a, b) => a + b, 0)
      return { server: await cpuSeconds(server.pid!), postgres: pgCpu }
    },
    async stop() {
      server.kill('SIGTERM')
      await new Promise((r) => server.once('exit', r))
      await db.destroy()
      await pg.stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

type Next = QuestionView | 'preview' | null

const TURN_TIMEOUT_MS = Number(process.env.BENCH_TURN_TIMEOUT_MS ?? 30_000)

/**
 * One candidate in the resume bot over a WebSocket: `answer()` sends the answer to the current
 * question and resolves with the time until the next question (or the preview) arrives on the
 * subscription. After the preview it confirms and starts a new chat, untimed, so a long run
 * keeps answering.
 */
export class WsCandidate {
  private client: ChatClient
  private sessionId = ''
  private question: Next = null
  private waiter: ((q: Next) => void) | null = null
  private sub: { unsubscribe: () => void } | null = null
  errors = 0

  constructor(
    baseUrl: string,
    cookie: string,
    private readonly opts: { onError?: (e: unknown) => void } = {},
  ) {
    this.client = connect(baseUrl, cookie)
  }

  /** The next question; rejects after TURN_TIMEOUT_MS so a lost reply is counted as an error instead of hanging the run. */
  private next(): Promise<Next> {
    const next = new Promise<Next>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no next question within ${TURN_TIMEOUT_MS} ms`)), TURN_TIMEOUT_MS)
      this.waiter = (q) => {
        clearTimeout(timer)
        resolve(q)
      }
    })
    // the caller may fail before awaiting it (its send throws): never an unhandled rejection
    next.catch(() => {})
    return next
  }

  /** Opens a chat (or continues the unfinished one) and subscribes; resolves at its first question. */
  async begin(): Promise<void> {
    this.sub?.unsubscribe()
    const started = await this.client.viaWs.chat.start.mutate({})
    this.sessionId = started.sessionId
    const snap = await this.client.viaWs.chat.get.query({ sessionId: this.sessionId })
    const pending = this.next()
    this.sub = this.client.viaWs.chat.events.subscribe(
      { sessionId: this.sessionId, lastEventId: String(snap.session.lastSeq) },
      {
        onData: (item) => {
          const data = 'data' in item ? item.data : item
          if (data.kind !== 'event' || data.event.type !== 'bot_output') return
          const o = data.event.payload as BotOutput
          if (o.type === 'question') this.waiter?.(o.question)
          else if (o.type === 'preview') this.waiter?.('preview')
        },
        onError: (e) => {
          this.errors++
          this.opts.onError?.(e)
        },
      },
    )
    await this.client.viaWs.chat.send.mutate({ sessionId: this.sessionId, clientMessageId: randomUUID(), event: { type: 'choose_method', method: 'bot' } })
    this.question = await pending
  }

  /** One timed turn; ms from sending the answer to the next question arriving. */
  async answer(): Promise<number> {
    if (this.question === 'preview') {
      // the resume is saved when the confirm turn returns
      await this.client.viaWs.chat.send.mutate({ sessionId: this.sessionId, clientMessageId: randomUUID(), event: { type: 'confirm' } })
      this.question = null
    }
    if (this.question === null) await this.begin()
    const q = this.question as Next
    if (q === null || q === 'preview') throw new Error('the bot asked no question')
    const pending = this.next()
    const t0 = performance.now()
    await this.client.viaWs.chat.send.mutate({ sessionId: this.sessionId, clientMessageId: randomUUID(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q) } })
    this.question = await pending
    return performance.now() - t0
  }

  close() {
    this.sub?.unsubscribe()
    this.client.close()
  }
}

export function latencyStats(lat: number[]) {
  const s = [...lat].sort((a, b) => a - b)
  return { n: s.length, p50: round(percentile(s, 50)), p99: round(percentile(s, 99)), max: round(s[s.length - 1] ?? 0) }
}

/** Errors by message (the first 80 characters), so a run says what failed and not only how often. */
export class ErrorTally {
  readonly byMessage: Record<string, number> = {}
  count = 0
  add(error: unknown) {
    this.count++
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 80)
    this.byMessage[message] = (this.byMessage[message] ?? 0) + 1
  }
}

export type OfferedResult = ReturnType<typeof latencyStats> & { offeredPerSecond: number; achievedPerSecond: number; errors: number; errorMessages: Record<string, number>; unserved: number }

/** Turns offered at `rate` per second for `seconds` (Poisson arrivals), each taken by an idle session. */
export async function offered(sessions: WsCandidate[], rate: number, seconds: number): Promise<OfferedResult> {
  const idle = [...sessions]
  const lat: number[] = []
  const errors = new ErrorTally()
  let unserved = 0
  const inflight = new Set<Promise<void>>()
  const t0 = performance.now()
  const end = t0 + seconds * 1000
  let next = t0
  while (performance.now() < end) {
    const now = performance.now()
    while (next <= now) {
      next += -Math.log(1 - Math.random()) * (1000 / rate)
      const c = idle.pop()
      if (!c) {
        unserved++
        continue
      }
      const p = c
        .answer()
        .then((ms) => void lat.push(ms), (e: unknown) => errors.add(e))
        .finally(() => {
          idle.push(c)
          inflight.delete(p)
        })
      inflight.add(p)
    }
    await sleep(Math.max(0, Math.min(5, next - performance.now())))
  }
  await Promise.all(inflight)
  const took = (performance.now() - t0) / 1000
  return { offeredPerSecond: rate, achievedPerSecond: round(lat.length / took), ...latencyStats(lat), errors: errors.count, errorMessages: errors.byMessage, unserved }
}

