/**
 * The chaos run's cluster: one embedded PostgreSQL in a temp directory, migrated and seeded, and
 * two AIVIUE server processes (`tsx server/index.ts`, NODE_ENV=production) sharing it. Each
 * instance can be stopped the way an orchestrator does (SIGTERM: graceful drain) or the way a
 * crash does (SIGKILL), then respawned on the same port.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createDatabase, type Database } from '../../server/db/database'
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPg } from '../../server/db/embedded-postgres'
import { migrateToLatest } from '../../server/db/migrate'
import { createLogger } from '../../server/logger'
import { runSeeds } from '../../seeds/run-seeds'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port
      s.close(() => resolve(port))
    })
  })
}

export type Instance = {
  name: string
  port: number
  url: string
  /** false while stopped or booting */
  up: boolean
  pid: () => number | undefined
  /** SIGTERM (graceful) or SIGKILL (crash), then respawn on the same port; resolves when healthy again */
  restart: (signal: 'SIGTERM' | 'SIGKILL') => Promise<{ downMs: number; stopMs: number; bootMs: number }>
  stop: () => Promise<void>
  /** error-level (and worse) log lines the process wrote */
  errorLines: () => Promise<string[]>
}

export type Cluster = {
  dir: string
  db: Database
  instances: [Instance, Instance]
  close: (opts?: { keep?: boolean }) => Promise<void>
}

async function waitHealthy(url: string, timeoutMs: number, proc: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`server at ${url} exited during boot (code ${proc.exitCode}, signal ${proc.signalCode})`)
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) return
    await sleep(100)
  }
  throw new Error(`server at ${url} not healthy after ${timeoutMs} ms`)
}

export async function startCluster(opts: { log: (msg: string) => void; logLevel?: string }): Promise<Cluster> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'aiviue-chaos-chat-'))
  let pg: EmbeddedPg | null = null
  try {
    pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), persistent: false })
    await ensureDatabase(pg.connectionString('postgres'), 'chaos')
    const dbUrl = pg.connectionString('chaos')
    const { db } = createDatabase(dbUrl, { max: 4 })
    await migrateToLatest(db)
    await runSeeds(db, createLogger('silent'))
    opts.log(`postgres ready on port ${pg.port}, migrated and seeded`)

    // both instances share the secrets: a cookie signed by one is valid on the other
    const sharedEnv = {
      NODE_ENV: 'production' as const,
      HOST: '127.0.0.1',
      DATABASE_URL: dbUrl,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      FIELD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: opts.logLevel ?? 'warn',
      // the chaos script is the load balancer in front of both instances (on loopback) and sends
      // each simulated candidate's own address in X-Forwarded-For, so production rate limits
      // apply per candidate as they would behind a real one
      TRUST_PROXY: 'loopback',
    }

    const makeInstance = async (name: string): Promise<Instance> => {
      const port = await freePort()
      const url = `http://127.0.0.1:${port}`
      const logPath = path.join(dir, `instance-${name}.log`)
      const logFile: WriteStream = createWriteStream(logPath, { flags: 'a' })
      let proc: ChildProcess
      const spawnOne = () => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
          env: { ...process.env, ...sharedEnv, PORT: String(port), DATA_DIR: path.join(dir, `data-${name}`) },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        child.stdout?.pipe(logFile, { end: false })
        child.stderr?.pipe(logFile, { end: false })
        return child
      }
      const exited = (p: ChildProcess) => (p.exitCode !== null || p.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => p.once('exit', () => r())))
      proc = spawnOne()
      const inst: Instance = {
        name,
        port,
        url,
        up: false,
        pid: () => proc.pid,
        restart: async (signal) => {
          const t0 = Date.now()
          inst.up = false
          logFile.write(`\n=== chaos: ${signal} at ${new Date().toISOString()} ===\n`)
          proc.kill(signal)
          await exited(proc)
          const stopMs = Date.now() - t0
          proc = spawnOne()
          await waitHealthy(url, 60_000, proc)
          inst.up = true
          return { downMs: Date.now() - t0, stopMs, bootMs: Date.now() - t0 - stopMs }
        },
        stop: async () => {
          inst.up = false
          if (proc.exitCode === null && proc.signalCode === null) {
            proc.kill('SIGTERM')
            const timer = setTimeout(() => proc.kill('SIGKILL'), 8000)
            await exited(proc)
            clearTimeout(timer)
          }
          await new Promise((r) => logFile.end(r))
        },
        errorLines: async () => {
          const text = await readFile(logPath, 'utf8').catch(() => '')
          return text.split('\n').filter((line) => /"level":(50|60)/.test(line))
        },
      }
      await waitHealthy(url, 90_000, proc)
      inst.up = true
      return inst
    }

    const [a, b] = await Promise.all([makeInstance('A'), makeInstance('B')])
    opts.log(`instances up: A ${a.url} (pid ${a.pid()}), B ${b.url} (pid ${b.pid()})`)
    const started = pg
    return {
      dir,
      db,
      instances: [a, b],
      close: async ({ keep = false } = {}) => {
        await Promise.all([a.stop(), b.stop()])
        await db.destroy()
        await started.stop()
        if (!keep) await rm(dir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await pg?.stop().catch(() => {})
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}
