import path from 'node:path'
import type { Cookie } from '@remix-run/node'
import type pg from 'pg'
import { RateLimiterPostgres } from 'rate-limiter-flexible'
import { createSessionCookie } from './auth/session-cookie'
import type { TemplateCache } from './chat/chat-context'
import type { Env } from './config/env'
import type { AboutDrafter } from './llm/about-llm'
import type { JdExtractor } from './llm/jd-llm'
import type { ResumeExtractor } from './resume/extraction/resume-extractor'
import type { Secrets } from './config/secrets'
import type { Database } from './db/database'
import type { Logger } from './logger'
import type { NumberingCoalescer } from './notifications/numbering-coalescer'
import type { FieldCipher } from './security/field-encryption'
import type { PubSub } from './realtime/pg-pubsub'
import type { SubscriptionSlots } from './realtime/subscription-slots'
import type { ChatStateCache } from './chat/state-cache'
import { createLocalStorage } from './storage/local-storage'
import type { FileStorage } from './storage/storage'

/**
 * Everything a request needs that lives as long as the process, built once at boot and handed to
 * tRPC and Remix through their contexts (never module-level singletons: Vite's SSR loader would
 * make a second copy of them).
 */
export type AppServices = {
  env: Env
  secrets: Secrets
  db: Database
  pool: pg.Pool
  log: Logger
  pubsub: PubSub
  storage: FileStorage
  /** AES-256-GCM for Aadhaar/PAN; plaintext never leaves the procedures that need it */
  cipher: FieldCipher
  sessionCookie: Cookie
  limiters: RateLimiters
  /** closes the open WebSockets of a session (logout); set by the WS layer */
  socketRegistry: SocketRegistry
  /** caps on open subscriptions per connection and per user */
  subscriptionSlots: SubscriptionSlots
  /** parsed question templates by family@version (immutable once stored) */
  templateCache: TemplateCache
  /** the chat states this process committed last, so a turn need not read them back (decision 024) */
  chatStates: ChatStateCache
  /** offline extractor, or Gemini + offline fallback when GOOGLE_API_KEY is set */
  resumeExtractor: ResumeExtractor
  /** pasted job descriptions: offline extractor, or Gemini for the gaps with the offline result as fallback */
  jdExtractor: JdExtractor
  /** "Write it for me": offline template, or Gemini with the template as fallback */
  aboutDrafter: AboutDrafter
  /** one notification-numbering run per owner at a time in this process */
  numbering: NumberingCoalescer
  /** a chat turn slower than this shows the typing indicator */
  typingDelayMs: number
  now: () => Date
}

export type RateLimiters = {
  authByIp: RateLimiterPostgres
  authByIdentifier: RateLimiterPostgres
  uploadsByUser: RateLimiterPostgres
  /** new chat sessions per candidate or employer (one batched request once created 100) */
  chatSessionsByOwner: RateLimiterPostgres
  /** profile saves per candidate (tRPC and the Remix form share the procedure) */
  profileUpdatesByCandidate: RateLimiterPostgres
  /** "already linked to another account" answers per candidate: each is a lookup of someone's Aadhaar/PAN */
  piiDuplicatesByCandidate: RateLimiterPostgres
}

export type RateLimitPoints = { [K in keyof RateLimiters]: number }

export type SocketRegistry = {
  add: (sessionId: string, close: () => void) => () => void
  closeSession: (sessionId: string) => number
}

export function createSocketRegistry(): SocketRegistry {
  const bySession = new Map<string, Set<() => void>>()
  return {
    add(sessionId, close) {
      let set = bySession.get(sessionId)
      if (!set) bySession.set(sessionId, (set = new Set()))
      set.add(close)
      return () => {
        set?.delete(close)
        if (set?.size === 0) bySession.delete(sessionId)
      }
    },
    closeSession(sessionId) {
      const set = bySession.get(sessionId)
      if (!set) return 0
      bySession.delete(sessionId)
      for (const close of set) close()
      return set.size
    },
  }
}

async function createLimiter(pool: pg.Pool, keyPrefix: string, points: number, durationS: number): Promise<RateLimiterPostgres> {
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      { storeClient: pool, tableName: 'rate_limits', keyPrefix, points, duration: durationS, clearExpiredByTimeout: false },
      (error?: Error) => (error ? reject(error) : resolve(limiter)),
    )
  })
}

/** `points` overrides the defaults (tests prove a refusal without making hundreds of calls). */
export async function createRateLimiters(pool: pg.Pool, env: Env, points: Partial<RateLimitPoints> = {}): Promise<RateLimiters> {
  // tests sign up many accounts from one address; production keeps the strict numbers
  const relaxed = env.NODE_ENV === 'test'
  return {
    authByIp: await createLimiter(pool, 'auth_ip', points.authByIp ?? (relaxed ? 10_000 : 30), 15 * 60),
    authByIdentifier: await createLimiter(pool, 'auth_id', points.authByIdentifier ?? (relaxed ? 20 : 10), 15 * 60),
    uploadsByUser: await createLimiter(pool, 'upload', points.uploadsByUser ?? (relaxed ? 1000 : 30), 60 * 60),
    chatSessionsByOwner: await createLimiter(pool, 'chat_session', points.chatSessionsByOwner ?? (relaxed ? 1000 : 20), 60 * 60),
    // generous for someone editing section by section
    profileUpdatesByCandidate: await createLimiter(pool, 'profile_update', points.profileUpdatesByCandidate ?? (relaxed ? 1000 : 30), 60 * 60),
    // a person has one Aadhaar and one PAN: a few typos a day, not a search (strict in tests too)
    piiDuplicatesByCandidate: await createLimiter(pool, 'pii_duplicate', points.piiDuplicatesByCandidate ?? 5, 24 * 60 * 60),
  }
}

export async function createStorage(env: Env): Promise<FileStorage> {
  if (env.S3_BUCKET && env.S3_REGION) {
    // NOTE: the AWS SDK (~25 MB) loads only when S3 is configured; local disk is the default
    const { createS3Storage } = await import('./storage/s3-storage')
    return createS3Storage({
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    })
  }
  return createLocalStorage(path.join(env.dataDir, 'uploads'))
}

export function buildSessionCookie(env: Env, secrets: Secrets): Cookie {
  return createSessionCookie({ secret: secrets.sessionSecret, secure: env.SECURE_COOKIES ?? env.NODE_ENV === 'production' })
}
