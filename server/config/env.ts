import path from 'node:path'
import { z } from 'zod'

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional()

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** connections per app instance; several instances share Postgres's max_connections */
    DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
    /** `off` behind a connection pooler that cannot keep named prepared statements per client */
    DATABASE_PREPARED_STATEMENTS: z.enum(['on', 'off']).default('on'),
    HOST: z.string().default('0.0.0.0'),
    DATA_DIR: z.string().default('./.data'),
    DATABASE_URL: optionalString.pipe(z.string().url({ message: 'DATABASE_URL must be a postgres:// URL' }).optional()),
    SESSION_SECRET: optionalString.pipe(z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional()),
    FIELD_ENCRYPTION_KEY: optionalString.pipe(
      z
        .string()
        .refine((v) => Buffer.from(v, 'base64').length === 32, 'FIELD_ENCRYPTION_KEY must be 32 bytes, base64-encoded')
        .optional(),
    ),
    S3_BUCKET: optionalString,
    S3_REGION: optionalString,
    S3_ENDPOINT: optionalString.pipe(z.string().url().optional()),
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    GOOGLE_API_KEY: optionalString,
    GEMINI_MODEL: z.string().default('gemini-2.5-flash'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** public origin(s) allowed to send mutations, comma-separated; defaults to the request's own host */
    ALLOWED_ORIGINS: optionalString,
    /**
     * Which proxies may tell us the client's address (X-Forwarded-For): unset = none (the socket's
     * peer is the client), a hop count (`1` behind one load balancer), or comma-separated
     * addresses/subnets (`10.0.0.0/8, loopback`). Rate limits key on the address this yields.
     */
    TRUST_PROXY: optionalString.pipe(
      z
        .string()
        .refine((v) => v !== 'true', 'TRUST_PROXY=true would let any client pick its own address; give a hop count or proxy addresses')
        .transform((v): number | string | false => (v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v))
        .optional(),
    ),
    /** set when TLS terminates in front of the app so cookies get `Secure` */
    SECURE_COOKIES: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
  })
  .refine((e) => !e.S3_BUCKET || e.S3_REGION, { message: 'S3_REGION is required with S3_BUCKET', path: ['S3_REGION'] })

export type Env = z.infer<typeof envSchema> & { dataDir: string }

/** Parsed once at boot; a bad value stops the process with a message naming the variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'env'}: ${i.message}`)
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`)
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR) }
}

/** The only values that reach the browser (window.ENV). Nothing secret belongs here. */
export function getPublicEnv(env: Env) {
  return { MODE: env.NODE_ENV, LLM_ENABLED: Boolean(env.GOOGLE_API_KEY) }
}
export type PublicEnv = ReturnType<typeof getPublicEnv>
