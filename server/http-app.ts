import { randomBytes, randomUUID } from 'node:crypto'
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import * as trpcExpress from '@trpc/server/adapters/express'
import compression from 'compression'
import express from 'express'
import helmet from 'helmet'
import { pinoHttp } from 'pino-http'
import type { ViteDevServer } from 'vite'
import type { AppServices } from './app-services'
import { isAllowedOrigin } from './auth/origin'
import { getPublicEnv } from './config/env'
import { trustProxySetting } from './http/client-address'
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './db/database'
import { createRemixLoadContext } from './remix-context'
import { registerResumeUploadRoutes } from './http/resume-uploads'
import { registerJobBotRoutes } from './http/job-description-upload'
import { registerApplicantFileRoutes } from './http/applicant-files'
import { createContext, nodeContextRequest } from './trpc/context'
import { MAX_BATCH_SIZE } from './trpc/limits'
import { appRouter } from './trpc/root'
import { registerUploadRoutes } from './http/uploads'

export function createHttpApp(services: AppServices, remix: { vite?: ViteDevServer; build?: () => Promise<ServerBuild> }) {
  const app = express()
  app.disable('x-powered-by')
  // nothing is trusted unless TRUST_PROXY says so: a forged X-Forwarded-For must not buy a fresh
  // rate-limit bucket (see server/http/client-address.ts, which the WebSocket side uses too)
  app.set('trust proxy', trustProxySetting(services.env))

  app.use(
    pinoHttp({
      logger: services.log,
      genReqId: (req, res) => {
        const id = randomUUID()
        res.setHeader('x-request-id', id)
        return id
      },
      // NOTE: never log query strings (tRPC inputs ride in them) or cookies
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url?.startsWith('/assets/') === true || req.url?.startsWith('/@') === true },
    }),
  )

  const dev = Boolean(remix.vite)
  // a fresh nonce per response: only scripts we rendered run (no 'unsafe-inline' in production)
  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64')
    next()
  })
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // the app's own WebSocket (tRPC) and, in dev, Vite's HMR socket
          'connect-src': ["'self'", 'ws:', 'wss:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          // NOTE: Vite's dev server injects inline scripts without a nonce; dev alone allows them
          'script-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
          'style-src': ["'self'", "'unsafe-inline'"],
          'upgrade-insecure-requests': services.env.NODE_ENV === 'production' && services.env.SECURE_COOKIES !== false ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
      // NOTE: helmet's `no-referrer` makes Chromium send `Origin: null` on form posts, which
      // Remix's CSRF check refuses; this policy keeps the origin for our own forms
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      strictTransportSecurity: services.env.NODE_ENV === 'production' && services.env.SECURE_COOKIES !== false,
    }),
  )
  // powerful features off except what AIVI may use: the microphone (voice answers) and location
  app.use((_req, res, next) => {
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(self), geolocation=(self), payment=(), usb=()')
    next()
  })
  // NOTE: tRPC mutations answer in a few hundred bytes, and tRPC streams its responses (no
  // Content-Length), so compression's size threshold never applies: gzipping every apply or chat
  // answer cost ~0.4 ms of CPU each (zlib state + a flush per chunk) to save ~200 bytes. Pages,
  // assets and tRPC queries (lists) are still compressed.
  // (originalUrl: the filter runs when headers go out, inside the /trpc mount, which strips the prefix)
  app.use(compression({ filter: (req, res) => !(req.method === 'POST' && req.originalUrl.startsWith('/trpc/')) && compression.filter(req, res) }))

  app.get('/healthz', async (_req, res) => {
    try {
      await services.pool.query('select 1')
      res.json({ ok: true })
    } catch {
      res.status(503).json({ ok: false, reason: 'database unavailable' })
    }
  })

  app.use(
    '/trpc',
    trpcExpress.createExpressMiddleware({
      router: appRouter,
      createContext: ({ req, res }) =>
        createContext(services, nodeContextRequest(req, 'http', { setCookie: (header) => res.append('Set-Cookie', header) })),
      maxBodySize: 256 * 1024,
      // one request once created 100 chat sessions; the app's client batches at most this many
      maxBatchSize: MAX_BATCH_SIZE,
    }),
  )
  registerUploadRoutes(app, services)
  registerResumeUploadRoutes(app, services)
  registerJobBotRoutes(app, services)
  registerApplicantFileRoutes(app, services)


  if (remix.vite) {
    app.use(remix.vite.middlewares)
  } else {
    app.use('/assets', express.static('build/client/assets', { immutable: true, maxAge: '1y' }))
    app.use(express.static('build/client', { maxAge: '1h', index: false }))
    app.use(express.static('public', { maxAge: '1h', index: false }))
  }

  const build = remix.vite
    ? () => remix.vite!.ssrLoadModule('virtual:remix/server-build') as Promise<ServerBuild>
    : remix.build!
  // Remix actions: a form posted from another site is refused here, plainly, before any action
  // runs (the procedures behind the actions would refuse it too, but as a thrown error → 500)
  app.use((req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next()
    const site = req.headers['sec-fetch-site']
    if (site !== 'cross-site' && isAllowedOrigin(services.env, req.headers.origin, req.headers.host, site)) return next()
    res.status(403).type('text/plain').send('This form was sent from another website, so AIVIUE refused it. Please use the form on AIVIUE itself.')
  })
  app.all(
    '*',
    createRequestHandler({
      build,
      mode: remix.vite ? 'development' : 'production',
      getLoadContext: (req, res) => createRemixLoadContext(services, req, res, getPublicEnv(services.env)),
    }),
  )
  // errors outside tRPC and Remix's own handling (e.g. the load context during an outage): plain
  // words, never a stack trace
  app.use((error: unknown, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error)
    if (isDatabaseUnavailable(error)) {
      res.status(503).set('Retry-After', '5').type('text/plain').send(DATABASE_UNAVAILABLE_MESSAGE)
      return
    }
    req.log.error({ err: error }, 'request failed')
    res.status(500).type('text/plain').send('Something went wrong on our side. Please try again.')
  })
  return app
}
