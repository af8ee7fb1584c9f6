import { parseEnv } from '../server/config/env'
import { createLogger } from '../server/logger'
import { startDatabase } from '../server/start-database'

// startDatabase migrates to the latest version; this script only reports and exits.
const env = parseEnv()
const log = createLogger(env.LOG_LEVEL)
const database = await startDatabase(env, log)
log.info('migrations applied')
await database.stop()
