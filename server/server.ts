import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ServerBuild } from '@remix-run/node'
import {
  buildSessionCookie,
  createRateLimiters,
  createSocketRegistry,
  createStorage,
  type AppServices,
} from './app-services'
import { parseEnv, type Env } from './config/env'
import { loadSecrets } from './config/secrets'
import { createHttpApp } from './http-app'
import { createLogger, type Logger } from './logger'
import { prepareLookupTables } from './normalise'
import { createFieldCipher } from './security/field-encryption'
import { createPgPubSub } from './realtime/pg-pubsub'
import { createSubscriptionSlots } from './realtime/subscription-slots'
import { ChatStateCache } from './chat/state-cache'
import { offlineAboutDrafter, offlineJdExtractor } from './llm/offline'
import { closePdfWorkers } from './resume/extraction/pdf-text'
import { prepareAddressTables } from './resume/extraction/location'
import { offlineExtractor } from './resume/extraction/resume-extractor'
import { TYPING_DELAY_MS } from './chat/chat.service'
import { createNumberingCoalescer } from './notifications/numbering-coalescer'
import { startDatabase } from './start-database'
import { startFileCleanup } from './storage/file-cleanup'
import { attachWebSocketServer } from './ws-server'
import { seedIfEmpty } from '../seeds/run-seeds'
import { SESSION_REVOKED_CHANNEL } from './auth/auth.router'

export type RunningServer = {
  url: string
  port: number
  services: AppServices
  /** graceful: ask WS clients to reconnect, stop accepting, drain, close the pool */
  close: () => Promise<void>
}

export type StartOptions = {
  env?: Env
  log?: Logger
  /** 'vite' = dev middleware with HMR; 'build' = the production build in ./build */
  remix?: 'vite' | 'build' | 'none'
  /** skip seeding (tests seed their template database themselves) */
  seed?: boolean
}

/**
 * The model-backed extractors, loaded only when a key is configured: LangChain and the Gemini
 * client cost ~30 MB of memory and ~0.5 s of start-up that a server on the offline extractors
 * (the default) never needs.
 */
async function loadLlm(apiKey: string, model: string | undefined, log: Logger) {
  const [{ createGeminiModel, createLlmResumeExtractor }, { createLlmJdExtractor }, { createLlmAboutDrafter }] = await Promise.all([
    import('./llm/resume-llm'),
    import('./llm/jd-llm'),
    import('./llm/about-llm'),
  ])
  const gemini = createGeminiModel({ apiKey, model })
  return {
    resumeExtractor: createLlmResumeExtractor(gemini, { onReport: (report) => log.info({ llm: report }, 'resume llm pass') }),
    jdExtractor: createLlmJdExtractor(gemini, { onReport: (report) => log.info({ llm: report }, 'jd llm pass') }),
    aboutDrafter: createLlmAboutDrafter(gemini),
  }
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const env = opts.env ?? parseEnv()
  const log = opts.log ?? createLogger(env.LOG_LEVEL)
  const secrets = await loadSecrets(env)
  const database = await startDatabase(env, log)
  if (opts.seed !== false) await seedIfEmpty(database.db, log)

  log.debug({ ms: Math.round(prepareLookupTables()) }, 'lookup tables built')
  log.debug({ ms: Math.round(prepareAddressTables()) }, 'resume address tables built')

  const llm = env.GOOGLE_API_KEY ? await loadLlm(env.GOOGLE_API_KEY, env.GEMINI_MODEL, log) : null
  const pubsub = createPgPubSub({ connectionString: database.connectionString, pool: database.pool, log })
  const services: AppServices = {
    env,
    secrets,
    db: database.db,
    pool: database.pool,
    log,
    pubsub,
    storage: await createStorage(env),
    cipher: createFieldCipher(secrets.fieldEncryptionKey),
    sessionCookie: buildSessionCookie(env, secrets),
    limiters: await createRateLimiters(database.limiterPool, env),
    socketRegistry: createSocketRegistry(),
    subscriptionSlots: createSubscriptionSlots(),
    templateCache: new Map(),
    chatStates: new ChatStateCache(2000),
    typingDelayMs: TYPING_DELAY_MS,
    numbering: createNumberingCoalescer(),
    resumeExtractor: llm?.resumeExtractor ?? offlineExtractor,
    jdExtractor: llm?.jdExtractor ?? offlineJdExtractor,
    aboutDrafter: llm?.aboutDrafter ?? offlineAboutDrafter,
    now: () => new Date(),
  }

  // refused uploads leave nothing; this sweeps what a crash mid-upload may have left
  const stopFileCleanup = startFileCleanup(services)

  // logout on any instance closes this session's sockets on every instance
  await pubsub.subscribe(SESSION_REVOKED_CHANNEL, (sessionId) => services.socketRegistry.closeSession(sessionId))

  const httpServer: Server = createServer()
  const mode = opts.remix ?? (env.NODE_ENV === 'development' ? 'vite' : 'build')
  let vite: import('vite').ViteDevServer | undefined
  let build: (() => Promise<ServerBuild>) | undefined
  if (mode === 'vite') {
    const { createServer: createViteServer } = await import('vite')
    vite = await createViteServer({ server: { middlewareMode: true, hmr: { server: httpServer } } })
  } else if (mode === 'build') {
    // loaded before listening, with its copy of the lookup tables built (app/entry.server.tsx):
    // the first page view then waits for neither, nor stalls the requests beside it
    const loaded = (await import(pathToFileURL(path.resolve('build/server/index.js')).href)) as ServerBuild
    const entry = loaded.entry.module as { prepareLookupTables?: () => number }
    if (typeof entry.prepareLookupTables !== 'function') throw new Error('the page build does not export prepareLookupTables (app/entry.server.tsx)')
    log.debug({ ms: Math.round(entry.prepareLookupTables()) }, 'page build loaded')
    build = async () => loaded
  } else {
    build = async () => {
      throw new Error('remix disabled')
    }
  }
  const app = createHttpApp(services, { vite, build })
  httpServer.on('request', app)
  const ws = attachWebSocketServer(httpServer, services)

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(env.PORT, env.HOST, () => resolve())
  })
  const port = (httpServer.address() as AddressInfo).port
  const url = `http://localhost:${port}`
  log.info({ url, mode }, 'AIVIUE is listening')

  let closing: Promise<void> | null = null
  const close = () =>
    (closing ??= (async () => {
      ws.broadcastReconnectNotification()
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve())
        httpServer.closeIdleConnections()
        // drain: give in-flight requests a moment, then cut the rest
        setTimeout(() => {
          httpServer.closeAllConnections()
          resolve()
        }, 3000).unref()
      })
      await ws.close()
      await vite?.close()
      await pubsub.close()
      await closePdfWorkers()
      await stopFileCleanup()
      await database.stop()
      log.info('AIVIUE stopped')
    })())

  return { url, port, services, close }
}
