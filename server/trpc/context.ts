import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { TRPCError } from '@trpc/server'
import type { AppServices } from '../app-services'
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/database'
import { viewerFromCookie, type Viewer } from '../auth/session.repo'
import type { Logger } from '../logger'
import { CHAT_LANGUAGES, DEFAULT_LANGUAGE } from '../chat/messages'
import { requestLocale } from '../i18n/request-locale'

export type Transport = 'http' | 'ws' | 'internal'

export type ContextRequest = {
  transport: Transport
  headers: { cookie?: string | null; origin?: string | null; host?: string | null; 'user-agent'?: string | null; 'accept-language'?: string | null }
  ip: string
  requestId?: string
  /** HTTP only: lets a procedure set a cookie (login/logout) on the response */
  setCookie?: (header: string) => void
}

/**
 * The context request for a Node request (Express or a WebSocket upgrade). Express sets `ip`
 * (proxy-aware) and pino-http an `id`; a raw upgrade request has neither.
 */
export function nodeContextRequest(
  req: IncomingMessage & { ip?: string; id?: unknown },
  transport: Transport,
  opts: { requestId?: string; setCookie?: (header: string) => void; ip?: string } = {},
): ContextRequest {
  return {
    transport,
    headers: {
      cookie: req.headers.cookie,
      origin: req.headers.origin,
      host: req.headers.host,
      'user-agent': req.headers['user-agent'],
      'accept-language': req.headers['accept-language'],
    },
    ip: opts.ip ?? req.ip ?? req.socket.remoteAddress ?? 'unknown',
    requestId: opts.requestId ?? (req.id ? String(req.id) : undefined),
    setCookie: opts.setCookie,
  }
}

export type Context = {
  services: AppServices
  db: AppServices['db']
  viewer: Viewer | null
  transport: Transport
  ip: string
  origin: string | null
  host: string | null
  /** stored on new sessions so "Where you're logged in" can name the device */
  userAgent: string | null
  /** the browser's language preferences: a new account's first language (sign-up) */
  acceptLanguage: string | null
  /**
   * The caller's language for names from the database (categories, roles): a candidate's account
   * language, English for employers (their pages are English), else the device's choice or the
   * browser's (the pages' rule, `requestLocale`).
   */
  locale: string
  requestId: string
  log: Logger
  setCookie: (header: string) => void
}

/**
 * The one context factory for HTTP, WebSocket and Remix loaders (`internal`). It reads the same
 * signed session cookie in all three.
 * NOTE: over WebSocket this runs once per connection; subscriptions re-check the session.
 */
export async function createContext(services: AppServices, req: ContextRequest): Promise<Context> {
  const requestId = req.requestId ?? randomUUID()
  const viewer = await viewerFromCookie(services, req.headers.cookie).catch((error: unknown) => {
    // reading the session is the first query of every request: an outage surfaces here
    if (isDatabaseUnavailable(error)) throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE, cause: error })
    throw error
  })
  const locale =
    viewer?.kind === 'employer'
      ? DEFAULT_LANGUAGE
      : await requestLocale({ cookie: req.headers.cookie, acceptLanguage: req.headers['accept-language'] }, Object.keys(CHAT_LANGUAGES), DEFAULT_LANGUAGE, viewer?.locale)
  return {
    services,
    db: services.db,
    viewer,
    locale,
    transport: req.transport,
    ip: req.ip,
    origin: req.headers.origin ?? null,
    host: req.headers.host ?? null,
    userAgent: req.headers['user-agent'] ?? null,
    acceptLanguage: req.headers['accept-language'] ?? null,
    requestId,
    // NOTE: a WebSocket's context lives as long as the socket, and a pino child per socket cost
    // ≈ 20 KB (bench:sockets, 10 000 sockets: 1 020 → 811 MB); WS log lines name the connection themselves
    log: req.transport === 'ws' ? services.log : services.log.child({ requestId, transport: req.transport }),
    setCookie:
      req.setCookie ??
      (() => {
        throw new Error('this transport cannot set cookies')
      }),
  }
}
