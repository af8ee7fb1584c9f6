import { parseEnv } from '../server/config/env'
import { createLogger } from '../server/logger'
import { startDatabase } from '../server/start-database'
import { runSeeds } from '../seeds/run-seeds'

const env = parseEnv()
const log = createLogger(env.LOG_LEVEL)
const database = await startDatabase(env, log)
const counts = await runSeeds(database.db, log)
log.info(counts, 'seeds applied')
await database.stop()
