import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import { createSessionCookie } from '../../server/auth/session-cookie'
import type { Database } from '../../server/db/database'
import { connect } from '../../tests/helpers/chat-client'

/**
 * The real server in its own process on the benchmark's database, and signed-in clients for
 * given candidates: applies measured as a candidate's phone makes them (HTTP, tRPC, session
 * lookup, zod, the procedure, the response), with the load generator in another process.
 */

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port
      s.close(() => resolve(port))
    })
  })
}

export async function startBenchServer(databaseUrl: string, dataDir: string, pool: number) {
  const secret = randomBytes(32).toString('hex')
  const port = await freePort()
  // BENCH_SERVER_CPU_PROF=DIR: a V8 CPU profile of the server process, written when it stops
  const profile = process.env.BENCH_SERVER_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_SERVER_CPU_PROF] : []
  const server = spawn(process.execPath, [...profile, '--import', 'tsx', 'server/index.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: String(pool),
      DATA_DIR: dataDir,
      SESSION_SECRET: secret,
      FIELD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const baseUrl = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    if (await fetch(`${baseUrl}/healthz`).then((r) => r.ok, () => false)) break
    if (i > 300 || server.exitCode !== null) throw new Error('the benchmark server did not start')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const cookieJar = createSessionCookie({ secret, secure: false })
  return {
    baseUrl,
    pid: server.pid as number,
    /** A tRPC HTTP client per candidate, each with its own session. */
    async clients(db: Database, candidateIds: string[]) {
      const sessions = candidateIds.map((candidateId) => ({ id: randomBytes(32).toString('base64url'), candidateId }))
      const now = new Date()
      await db
        .insertInto('sessions')
        .values(sessions.map((s) => ({ id: s.id, candidate_id: s.candidateId, employer_id: null, created_at: now, last_seen_at: now, expires_at: new Date(now.getTime() + 86_400_000), user_agent: null, ip_prefix: null })))
        .execute()
      return Promise.all(sessions.map(async (s) => ({ candidateId: s.candidateId, client: connect(baseUrl, (await cookieJar.serialize(s.id)).split(';')[0], { lazy: true }) })))
    },
    async stop() {
      server.kill('SIGTERM')
      await new Promise((resolve) => server.once('exit', resolve))
    },
  }
}
