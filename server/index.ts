import './v8-flags'
import { parseEnv } from './config/env'
import { createLogger } from './logger'
import { startServer } from './server'

// The Node entry: `npm start` (production build) and `npm run dev` (Vite middleware).
let env
try {
  env = parseEnv()
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`)
  process.exit(1)
}
const log = createLogger(env.LOG_LEVEL)
const running = await startServer({ env, log }).catch((error: unknown) => {
  log.fatal({ err: error }, 'failed to start')
  process.exit(1)
})

// NOTE: `on`, not `once`: a signal to the process group reaches this process twice (directly and
// relayed by the tsx/npm parents), and a second one with no listener would kill it mid-drain
let shuttingDown = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (shuttingDown) return
    shuttingDown = true
    log.info({ signal }, 'shutting down')
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'unclean shutdown')
        process.exit(1)
      },
    )
  })
}
