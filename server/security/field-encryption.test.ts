import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  FieldDecryptionError,
  blindIndex,
  createFieldCipher,
  decryptField,
  encryptField,
  generateFieldKey,
  parseFieldKey,
} from './field-encryption'

const KEY_B64 = generateFieldKey()
const KEY = parseFieldKey(KEY_B64)

describe('encryptField / decryptField', () => {
  it('round-trips any string, including non-ASCII', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => decryptField(encryptField(s, KEY), KEY) === s))
    expect(decryptField(encryptField('रवि कुमार', KEY), KEY)).toBe('रवि कुमार')
  })

  it('produces the versioned format with a 12-byte IV and 16-byte tag', () => {
    const token = encryptField('234123412346', KEY)
    const [v, iv, tag, ct] = token.split(':')
    expect(v).toBe('v1')
    expect(Buffer.from(iv, 'base64')).toHaveLength(12)
    expect(Buffer.from(tag, 'base64')).toHaveLength(16)
    expect(Buffer.from(ct, 'base64')).toHaveLength(12)
    expect(token).not.toContain('234123412346')
  })

  it('uses a fresh IV every time', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => encryptField('same', KEY)))
    expect(tokens.size).toBe(50)
  })

  it('throws on any tampering', () => {
    const token = encryptField('ABCPE1234F', KEY)
    const [v, iv, tag, ct] = token.split(':')
    const flip = (b64: string) => {
      const b = Buffer.from(b64, 'base64')
      b[0] ^= 1
      return b.toString('base64')
    }
    for (const bad of [
      [v, flip(iv), tag, ct],
      [v, iv, flip(tag), ct],
      [v, iv, tag, flip(ct)],
      ['v2', iv, tag, ct],
      [v, iv, tag],
      [v, iv, tag, ct + '!'],
      [v, iv.slice(4), tag, ct],
    ]) {
      expect(() => decryptField(bad.join(':'), KEY)).toThrow(FieldDecryptionError)
    }
    expect(() => decryptField('', KEY)).toThrow(FieldDecryptionError)
  })

  it('throws with the wrong key', () => {
    const token = encryptField('secret', KEY)
    expect(() => decryptField(token, randomBytes(32))).toThrow(FieldDecryptionError)
  })

  it('binds the token to its aad context', () => {
    const token = encryptField('234123412346', KEY, 'candidate:a:aadhaar')
    expect(decryptField(token, KEY, 'candidate:a:aadhaar')).toBe('234123412346')
    expect(() => decryptField(token, KEY, 'candidate:b:aadhaar')).toThrow(FieldDecryptionError)
    expect(() => decryptField(token, KEY)).toThrow(FieldDecryptionError)
  })

  it('refuses keys that are not 32 bytes', () => {
    expect(() => encryptField('x', randomBytes(16))).toThrow(RangeError)
    expect(() => parseFieldKey(randomBytes(31).toString('base64'))).toThrow(/32 bytes/)
    expect(() => parseFieldKey('not base64 at all!')).toThrow(/base64/)
    expect(parseFieldKey(KEY.toString('base64url'))).toEqual(KEY)
  })
})

describe('blindIndex', () => {
  it('is deterministic per key and differs across values and keys', () => {
    const a = blindIndex('234123412346', KEY)
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(blindIndex('234123412346', KEY)).toBe(a)
    expect(blindIndex('234123412347', KEY)).not.toBe(a)
    expect(blindIndex('234123412346', randomBytes(32))).not.toBe(a)
  })

  it('does not use the master key directly as the HMAC key', async () => {
    const { createHmac } = await import('node:crypto')
    const direct = createHmac('sha256', KEY).update('234123412346').digest('hex')
    expect(blindIndex('234123412346', KEY)).not.toBe(direct)
  })
})

describe('createFieldCipher', () => {
  it('binds all operations to the key and agrees with the free functions', () => {
    const cipher = createFieldCipher(KEY_B64)
    const token = cipher.encryptField('ABCPE1234F', 'ctx')
    expect(decryptField(token, KEY, 'ctx')).toBe('ABCPE1234F')
    expect(cipher.decryptField(encryptField('x', KEY), undefined)).toBe('x')
    expect(cipher.blindIndex('ABCPE1234F')).toBe(blindIndex('ABCPE1234F', KEY))
    const other = createFieldCipher(generateFieldKey())
    expect(() => other.decryptField(token, 'ctx')).toThrow(FieldDecryptionError)
  })
})
