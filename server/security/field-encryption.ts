import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

/**
 * Field-level encryption for PII at rest (Aadhaar, PAN): AES-256-GCM.
 *
 * Token format: `v1:<iv b64>:<tag b64>:<ciphertext b64>` (standard base64), so a later key or
 * algorithm change can be told apart by the version prefix and rotated row by row.
 *
 * - The 32-byte master key is the AES key itself; a fresh random 12-byte IV per value.
 * - `aad` (optional) binds a token to its context, e.g. `candidate:<id>:aadhaar`: a token copied
 *   into another row or column then fails to decrypt instead of leaking someone else's value.
 * - The blind index is HMAC-SHA256 under a *different* key derived with HKDF from the master key,
 *   so an index can be compared for uniqueness without being usable to decrypt anything.
 *   Normalise the value (e.g. 12 Aadhaar digits, upper-case PAN) before indexing it.
 */
const VERSION = 'v1'
const IV_BYTES = 12
const TAG_BYTES = 16
const KEY_BYTES = 32
const BLIND_INDEX_INFO = 'aiviue:field-encryption:blind-index:v1'

export class FieldDecryptionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FieldDecryptionError'
  }
}

/** Decodes a base64 (or base64url) key and insists on exactly 32 bytes. */
export function parseFieldKey(keyBase64: string): Buffer {
  const trimmed = keyBase64.trim()
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
    throw new RangeError('FIELD_ENCRYPTION_KEY must be base64')
  }
  // Node's base64 decoder reads the URL-safe alphabet too
  const key = Buffer.from(trimmed, 'base64')
  if (key.length !== KEY_BYTES) {
    throw new RangeError(`FIELD_ENCRYPTION_KEY must decode to ${KEY_BYTES} bytes; it decodes to ${key.length}`)
  }
  return key
}

/** A new random key, base64: for first-start secret generation. */
export function generateFieldKey(): string {
  return randomBytes(KEY_BYTES).toString('base64')
}

function checkKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new RangeError(`field encryption key must be ${KEY_BYTES} bytes`)
}

export function encryptField(plaintext: string, key: Uint8Array, aad?: string): string {
  checkKey(key)
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  if (aad !== undefined) cipher.setAAD(Buffer.from(aad, 'utf8'))
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  const tag = cipher.getAuthTag()
  return [VERSION, iv.toString('base64'), tag.toString('base64'), ciphertext.toString('base64')].join(':')
}

/** Throws `FieldDecryptionError` on a malformed token, a wrong key, a wrong `aad` or any tampering. */
export function decryptField(token: string, key: Uint8Array, aad?: string): string {
  checkKey(key)
  const parts = token.split(':')
  if (parts.length !== 4) throw new FieldDecryptionError('malformed encrypted field')
  const [version, ivB64, tagB64, ctB64] = parts
  if (version !== VERSION) throw new FieldDecryptionError(`unsupported encrypted field version ${JSON.stringify(version)}`)
  const iv = strictBase64(ivB64)
  const tag = strictBase64(tagB64)
  const ciphertext = strictBase64(ctB64)
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new FieldDecryptionError('malformed encrypted field')
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  decipher.setAuthTag(tag)
  if (aad !== undefined) decipher.setAAD(Buffer.from(aad, 'utf8'))
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8')
  } catch {
    throw new FieldDecryptionError('encrypted field failed authentication (wrong key or tampered)')
  }
}

// NOTE: Buffer.from(…, 'base64') silently skips invalid characters; a tampered token must not
// decode "close enough", so the alphabet is checked first.
function strictBase64(value: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value)) throw new FieldDecryptionError('malformed encrypted field')
  return Buffer.from(value, 'base64')
}

function deriveBlindIndexKey(masterKey: Uint8Array): Buffer {
  checkKey(masterKey)
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), BLIND_INDEX_INFO, KEY_BYTES))
}

/** HMAC-SHA256 (hex) of `value` under a key derived from the master key; equal values → equal index. */
export function blindIndex(value: string, masterKey: Uint8Array): string {
  return blindIndexWithDerivedKey(value, deriveBlindIndexKey(masterKey))
}

function blindIndexWithDerivedKey(value: string, indexKey: Buffer): string {
  return createHmac('sha256', indexKey).update(value, 'utf8').digest('hex')
}

export type FieldCipher = {
  encryptField(plaintext: string, aad?: string): string
  decryptField(token: string, aad?: string): string
  blindIndex(value: string): string
}

/** The three operations bound to one key; the keys live only in this closure. */
export function createFieldCipher(keyBase64: string): FieldCipher {
  const key = parseFieldKey(keyBase64)
  const indexKey = deriveBlindIndexKey(key)
  return {
    encryptField: (plaintext, aad) => encryptField(plaintext, key, aad),
    decryptField: (token, aad) => decryptField(token, key, aad),
    blindIndex: (value) => blindIndexWithDerivedKey(value, indexKey),
  }
}
