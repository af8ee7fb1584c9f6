import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseEnv } from '../../server/config/env'
import { createLogger } from '../../server/logger'
import { startServer, type RunningServer } from '../../server/server'
import { createTestDatabase, type TestDatabase } from './test-db'

export type TestServer = RunningServer & { database: TestDatabase; dataDir: string; stop: () => Promise<void> }

/**
 * A real server (HTTP + WebSocket, the production Remix build) on a random port, over this test
 * file's own database cloned from the seeded template.
 */
export async function startTestServer(opts: { database?: TestDatabase; remix?: 'build' | 'none'; env?: Record<string, string> } = {}): Promise<TestServer> {
  const database = opts.database ?? (await createTestDatabase())
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'aiviue-test-'))
  const env = parseEnv({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: database.connectionString,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    FIELD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...opts.env,
  })
  const running = await startServer({ env, log: createLogger(env.LOG_LEVEL), remix: opts.remix ?? 'build', seed: false })
  return {
    ...running,
    database,
    dataDir,
    stop: async () => {
      await running.close()
      if (!opts.database) await database.destroy()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
