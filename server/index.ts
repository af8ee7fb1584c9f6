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

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
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
