import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { CreateBucketCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalStorage } from './local-storage'
import { createS3Storage } from './s3-storage'
import type { FileStorage } from './storage'

// s3rver ships no types; this is the part of its API the test uses.
type S3rverInstance = { run: () => Promise<AddressInfo>; close: () => Promise<void> }
type S3rverCtor = new (opts: { port: number; address: string; silent: boolean; directory: string; allowMismatchedSignatures?: boolean }) => S3rverInstance
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverCtor

const BUCKET = 'aiviue-test'
// s3rver checks signatures against these fixed credentials
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

let tmp: string
let s3rver: S3rverInstance
let endpoint: string
const adapters: Record<'local' | 's3', FileStorage> = {} as Record<'local' | 's3', FileStorage>

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'aiviue-storage-'))
  s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: path.join(tmp, 's3') })
  const address = await s3rver.run()
  endpoint = `http://127.0.0.1:${address.port}`
  // the bucket is created over the S3 protocol itself, like an operator would
  const admin = new S3Client({ region: 'ap-south-1', endpoint, forcePathStyle: true, credentials: CREDENTIALS })
  await admin.send(new CreateBucketCommand({ Bucket: BUCKET }))
  admin.destroy()
  adapters.s3 = createS3Storage({ bucket: BUCKET, region: 'ap-south-1', endpoint, ...CREDENTIALS })
  adapters.local = createLocalStorage(path.join(tmp, 'local'))
})

afterAll(async () => {
  await s3rver?.close()
  await rm(tmp, { recursive: true, force: true })
})

// One contract, both adapters: the app must not be able to tell them apart.
describe.each(['local', 's3'] as const)('%s storage adapter', (name) => {
  const storage = () => adapters[name]

  it('put then get returns the exact bytes (binary-safe, 1 MB)', async () => {
    const bytes = randomBytes(1024 * 1024)
    await storage().put('profile_photo/11111111-2222-3333-4444-555555555555.webp', bytes, 'image/webp')
    const back = await storage().get('profile_photo/11111111-2222-3333-4444-555555555555.webp')
    expect(Buffer.isBuffer(back)).toBe(true)
    expect(back.equals(bytes)).toBe(true)
  })

  it('put overwrites an existing key', async () => {
    await storage().put('resume_pdf/a.pdf', Buffer.from('first'), 'application/pdf')
    await storage().put('resume_pdf/a.pdf', Buffer.from('second'), 'application/pdf')
    expect((await storage().get('resume_pdf/a.pdf')).toString()).toBe('second')
  })

  it('accepts an empty object and a Uint8Array body', async () => {
    await storage().put('driving_licence/empty.pdf', Buffer.alloc(0), 'application/pdf')
    expect((await storage().get('driving_licence/empty.pdf')).length).toBe(0)
    await storage().put('driving_licence/u8.png', new Uint8Array([137, 80, 78, 71]), 'image/png')
    expect([...(await storage().get('driving_licence/u8.png'))]).toEqual([137, 80, 78, 71])
  })

  it('get of a missing key rejects', async () => {
    await expect(storage().get('resume_upload/does-not-exist.pdf')).rejects.toThrow()
  })

  it('delete removes the object and is idempotent', async () => {
    await storage().put('resume_upload/gone.pdf', Buffer.from('%PDF-1.4'), 'application/pdf')
    await storage().delete('resume_upload/gone.pdf')
    await expect(storage().get('resume_upload/gone.pdf')).rejects.toThrow()
    await expect(storage().delete('resume_upload/gone.pdf')).resolves.toBeUndefined()
  })

  it('lists every stored object once, with its time', async () => {
    const keys = Array.from({ length: 3 }, (_, i) => `resume_upload/listed-${name}-${i}.pdf`)
    for (const key of keys) await storage().put(key, Buffer.from('%PDF-1.4'), 'application/pdf')
    const listed: { key: string; modifiedAt: Date }[] = []
    for await (const page of storage().list()) listed.push(...page)
    expect(listed.map((o) => o.key)).toEqual(expect.arrayContaining(keys))
    expect(new Set(listed.map((o) => o.key)).size).toBe(listed.length)
    for (const o of listed.filter((x) => keys.includes(x.key))) expect(Math.abs(o.modifiedAt.getTime() - Date.now())).toBeLessThan(10 * 60_000)
  })

  it('refuses malformed keys (absolute, leading dots, empty segments, spaces, upper-case prefix)', async () => {
    for (const key of ['../etc/passwd', '/etc/passwd', 'profile_photo//x', 'no-slash', 'Profile/x', 'profile_photo/a b.png']) {
      await expect(storage().put(key, Buffer.from('x'), 'text/plain'), key).rejects.toThrow(/invalid storage key/)
      await expect(storage().get(key), key).rejects.toThrow(/invalid storage key/)
    }
  })

  // NOTE: against S3 a `..` segment is not just an odd name: with path-style addressing the
  // request path is normalised, so `profile_photo/../../other-bucket/k` writes into ANOTHER bucket.
  it('refuses dot-segment keys (`..`, `.`) that would escape the bucket or folder', async () => {
    for (const key of ['profile_photo/../../other-bucket/x', 'profile_photo/../x', 'profile_photo/./x']) {
      await expect(storage().put(key, Buffer.from('x'), 'text/plain'), key).rejects.toThrow(/invalid storage key/)
      await expect(storage().delete(key), key).rejects.toThrow(/invalid storage key/)
    }
  })
})

describe('adapter specifics', () => {
  it('S3 stores the Content-Type it was given', async () => {
    await adapters.s3.put('profile_photo/typed.webp', Buffer.from('RIFF'), 'image/webp')
    const client = new S3Client({ region: 'ap-south-1', endpoint, forcePathStyle: true, credentials: CREDENTIALS })
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'profile_photo/typed.webp' }))
    client.destroy()
    expect(head.ContentType).toBe('image/webp')
  })

  it('local storage leaves no temporary files behind', async () => {
    await adapters.local.put('profile_photo/tidy.webp', randomBytes(1000), 'image/webp')
    const names = await readdir(path.join(tmp, 'local', 'profile_photo'))
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([])
    expect(names).toContain('tidy.webp')
  })
})
