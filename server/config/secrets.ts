import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { Env } from './env'

const secretsFileSchema = z.object({
  sessionSecret: z.string().min(32),
  fieldEncryptionKey: z.string().refine((v) => Buffer.from(v, 'base64').length === 32),
})
export type Secrets = z.infer<typeof secretsFileSchema>

/**
 * Env wins; otherwise secrets are generated once into DATA_DIR/secrets.json (mode 0600) so a
 * restart keeps sessions valid and encrypted fields readable.
 */
export async function loadSecrets(env: Env): Promise<Secrets> {
  if (env.SESSION_SECRET && env.FIELD_ENCRYPTION_KEY) {
    return { sessionSecret: env.SESSION_SECRET, fieldEncryptionKey: env.FIELD_ENCRYPTION_KEY }
  }
  const file = path.join(env.dataDir, 'secrets.json')
  let stored: Secrets | null = null
  try {
    stored = secretsFileSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${file} is unreadable or malformed; fix or remove it`)
  }
  if (!stored) {
    stored = { sessionSecret: randomBytes(32).toString('base64url'), fieldEncryptionKey: randomBytes(32).toString('base64') }
    await fs.mkdir(env.dataDir, { recursive: true })
    // 'wx' so two instances booting together cannot overwrite each other's key
    await fs.writeFile(file, JSON.stringify(stored, null, 2), { mode: 0o600, flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
      stored = secretsFileSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')))
    })
  }
  return {
    sessionSecret: env.SESSION_SECRET ?? stored.sessionSecret,
    fieldEncryptionKey: env.FIELD_ENCRYPTION_KEY ?? stored.fieldEncryptionKey,
  }
}
