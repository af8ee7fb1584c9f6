import { randomUUID } from 'node:crypto'
import { request } from 'node:http'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCandidateActor, createEmployerActor, type Actor } from '../../tests/setup/fixtures'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'

let server: TestServer
let a: Actor
let b: Actor
let employer: Actor

beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
  ;[a, b, employer] = await Promise.all([createCandidateActor(server.services), createCandidateActor(server.services), createEmployerActor(server.services)])
})
afterAll(async () => {
  await server?.stop()
})

async function pngPhoto(width = 640, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 120, g: 40, b: 200 } } })
    .png()
    .toBuffer()
}

type UploadOpts = { cookie?: string; bytes: Buffer; filename: string; mime: string; origin?: string; accept?: string }

function upload(path: string, o: UploadOpts) {
  const form = new FormData()
  form.append('photo', new Blob([new Uint8Array(o.bytes)], { type: o.mime }), o.filename)
  const headers: Record<string, string> = { accept: o.accept ?? 'application/json' }
  if (o.cookie) headers.cookie = o.cookie
  if (o.origin) headers.origin = o.origin
  return fetch(`${server.url}${path}`, { method: 'POST', body: form, headers, redirect: 'manual' })
}

async function uploadJson(path: string, o: UploadOpts) {
  const res = await upload(path, o)
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

const getFile = (url: string, cookie?: string) => fetch(`${server.url}${url}`, { headers: cookie ? { cookie } : {} })

async function photoIdOf(candidateId: string) {
  const row = await server.services.db.selectFrom('candidates').select('photo_file_id').where('id', '=', candidateId).executeTakeFirstOrThrow()
  return row.photo_file_id
}

describe('POST /uploads/profile-photo', () => {
  it('stores a re-encoded square WebP, links it to the candidate and serves it only to them', async () => {
    const { status, body } = await uploadJson('/uploads/profile-photo', { cookie: a.cookie, bytes: await pngPhoto(), filename: 'me.png', mime: 'image/png', origin: server.url })
    expect(status).toBe(200)
    expect(body.ok).toBe(true)
    const fileId = await photoIdOf(a.id)
    expect(body.photoUrl).toBe(`/files/${fileId}`)

    const res = await getFile(String(body.photoUrl), a.cookie)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/webp')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="me\.webp"/)
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata()
    expect(meta).toMatchObject({ format: 'webp', width: 480, height: 480 })

    const row = await server.services.db.selectFrom('files').selectAll().where('id', '=', fileId).executeTakeFirstOrThrow()
    expect(row).toMatchObject({ candidate_id: a.id, kind: 'profile_photo', mime: 'image/webp', original_name: 'me.png' })
    expect(row.storage_key).toBe(`profile_photo/${fileId}.webp`)
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/)

    // smaller copies for small avatars (the page's srcset picks one per screen density), same owner rule
    const small = await getFile(`${String(body.photoUrl)}?size=96`, a.cookie)
    expect(small.status).toBe(200)
    expect(small.headers.get('content-type')).toBe('image/webp')
    expect(await sharp(Buffer.from(await small.arrayBuffer())).metadata()).toMatchObject({ format: 'webp', width: 96, height: 96 })
    expect((await getFile(`${String(body.photoUrl)}?size=96`, b.cookie)).status).toBe(404)
    const odd = await getFile(`${String(body.photoUrl)}?size=100`, a.cookie)
    expect(odd.status).toBe(400)
    expect(((await odd.json()) as { code: string }).code).toBe('bad_request')
  })

  it('strips EXIF (GPS, artist) from the stored photo', async () => {
    const withExif = await sharp(await pngPhoto(300, 300))
      .jpeg()
      .withMetadata({ exif: { IFD0: { Artist: 'Secret Person', Copyright: 'Flat 42 Bandra' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '19/1 4/1 0/1' } } })
      .toBuffer()
    expect(withExif.toString('latin1')).toContain('Secret Person')
    const { status, body } = await uploadJson('/uploads/profile-photo', { cookie: b.cookie, bytes: withExif, filename: 'cam.jpg', mime: 'image/jpeg' })
    expect(status).toBe(200)
    const stored = Buffer.from(await (await getFile(String(body.photoUrl), b.cookie)).arrayBuffer())
    const meta = await sharp(stored).metadata()
    expect(meta.exif).toBeUndefined()
    expect(stored.toString('latin1')).not.toContain('Secret Person')
    expect(stored.toString('latin1')).not.toContain('Bandra')
  })

  it('replacing the photo retires the old file', async () => {
    const c = await createCandidateActor(server.services)
    const first = await uploadJson('/uploads/profile-photo', { cookie: c.cookie, bytes: await pngPhoto(200, 200), filename: 'a.png', mime: 'image/png' })
    const second = await uploadJson('/uploads/profile-photo', { cookie: c.cookie, bytes: await pngPhoto(220, 220), filename: 'b.png', mime: 'image/png' })
    expect(second.body.photoUrl).not.toBe(first.body.photoUrl)
    expect((await getFile(String(first.body.photoUrl), c.cookie)).status).toBe(404)
    expect((await getFile(String(second.body.photoUrl), c.cookie)).status).toBe(200)
    const oldId = String(first.body.photoUrl).split('/').pop()!
    const old = await server.services.db.selectFrom('files').select(['deleted_at', 'storage_key']).where('id', '=', oldId).executeTakeFirstOrThrow()
    expect(old.deleted_at).not.toBeNull()
    await expect(server.services.storage.get(old.storage_key)).rejects.toThrow()
  })

  it('refuses a text file renamed to .png (415, by magic bytes)', async () => {
    const before = await photoIdOf(a.id)
    const { status, body } = await uploadJson('/uploads/profile-photo', { cookie: a.cookie, bytes: Buffer.from('just some text, not an image\n'.repeat(20)), filename: 'photo.png', mime: 'image/png' })
    expect(status).toBe(415)
    expect(body).toMatchObject({ ok: false, code: 'wrong_type' })
    expect(String(body.message)).toMatch(/JPEG, PNG or WebP/)
    expect(await photoIdOf(a.id)).toBe(before)
  })

  it('refuses a PDF as a photo (415)', async () => {
    const { status, body } = await uploadJson('/uploads/profile-photo', { cookie: a.cookie, bytes: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1'), filename: 'x.jpg', mime: 'image/jpeg' })
    expect(status).toBe(415)
    expect(body.code).toBe('wrong_type')
  })

  it('refuses a 3 MB file (413)', async () => {
    const big = Buffer.concat([await pngPhoto(50, 50), Buffer.alloc(3 * 1024 * 1024, 7)])
    const { status, body } = await uploadJson('/uploads/profile-photo', { cookie: a.cookie, bytes: big, filename: 'big.png', mime: 'image/png' })
    expect(status).toBe(413)
    expect(body).toMatchObject({ ok: false, code: 'too_large' })
    expect(String(body.message)).toMatch(/2 MB/)
  })

  it('answers 413 to a huge declared body without reading it, and closes the connection', async () => {
    const { status, connection } = await new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
      const req = request(`${server.url}/uploads/profile-photo`, {
        method: 'POST',
        headers: { cookie: a.cookie, accept: 'application/json', 'content-type': 'multipart/form-data; boundary=xyz', 'content-length': String(500 * 1024 * 1024) },
      })
      req.on('response', (res) => {
        res.resume()
        resolve({ status: res.statusCode ?? 0, connection: res.headers.connection })
        req.destroy()
      })
      req.on('error', reject)
      req.flushHeaders()
      req.write('--xyz\r\n')
    })
    expect(status).toBe(413)
    expect(connection).toBe('close')
  })

  it('refuses a corrupt image (400)', async () => {
    const png = await pngPhoto(100, 100)
    const { status, body } = await uploadJson('/uploads/profile-photo', { cookie: a.cookie, bytes: png.subarray(0, 120), filename: 'cut.png', mime: 'image/png' })
    expect(status).toBe(400)
    expect(body.code).toBe('corrupt')
  })

  it('refuses anonymous uploads (401) and employers (401)', async () => {
    const bytes = await pngPhoto(100, 100)
    expect((await uploadJson('/uploads/profile-photo', { bytes, filename: 'a.png', mime: 'image/png' })).status).toBe(401)
    const asEmployer = await uploadJson('/uploads/profile-photo', { cookie: employer.cookie, bytes, filename: 'a.png', mime: 'image/png' })
    expect(asEmployer).toMatchObject({ status: 401, body: { ok: false, code: 'unauthenticated' } })
  })

  it('refuses cross-origin posts (403) even with a valid session', async () => {
    const before = await photoIdOf(a.id)
    const { status, body } = await uploadJson('/uploads/profile-photo', { cookie: a.cookie, bytes: await pngPhoto(100, 100), filename: 'a.png', mime: 'image/png', origin: 'https://evil.example' })
    expect(status).toBe(403)
    expect(body.code).toBe('cross_origin')
    expect(await photoIdOf(a.id)).toBe(before)
  })

  it('Origin: null (a no-referrer page) passes only when the browser itself says same-origin', async () => {
    const post = async (headers: Record<string, string>) => {
      const form = new FormData()
      form.append('photo', new Blob([new Uint8Array(await pngPhoto(60, 60))], { type: 'image/png' }), 'n.png')
      return fetch(`${server.url}/uploads/profile-photo`, { method: 'POST', body: form, headers: { cookie: a.cookie, accept: 'application/json', ...headers } })
    }
    expect((await post({ origin: 'null', 'sec-fetch-site': 'same-origin' })).status).toBe(200)
    expect((await post({ origin: 'null' })).status).toBe(403)
    expect((await post({ origin: 'null', 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect((await post({ 'sec-fetch-site': 'cross-site' })).status).toBe(403)
  })

  it('refuses a request that is not multipart (415) and one without a file (400)', async () => {
    const res = await fetch(`${server.url}/uploads/profile-photo`, { method: 'POST', headers: { cookie: a.cookie, 'content-type': 'application/json', accept: 'application/json' }, body: '{}' })
    expect(res.status).toBe(415)
    const form = new FormData()
    form.append('note', 'no file here')
    const none = await fetch(`${server.url}/uploads/profile-photo`, { method: 'POST', headers: { cookie: a.cookie, accept: 'application/json' }, body: form })
    expect(none.status).toBe(400)
    expect(((await none.json()) as { code: string }).code).toBe('no_file')
  })

  it('refuses two files in one request (400)', async () => {
    const form = new FormData()
    const png = await pngPhoto(60, 60)
    form.append('photo', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'one.png')
    form.append('photo2', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'two.png')
    const res = await fetch(`${server.url}/uploads/profile-photo`, { method: 'POST', headers: { cookie: a.cookie, accept: 'application/json' }, body: form })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { code: string }).code).toBe('too_many_files')
  })

  it('a form post without JavaScript is redirected back to /profile with a flash code', async () => {
    const html = 'text/html,application/xhtml+xml,*/*;q=0.8'
    const ok = await upload('/uploads/profile-photo', { cookie: a.cookie, bytes: await pngPhoto(90, 90), filename: 'a.png', mime: 'image/png', accept: html })
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toBe('/profile?photo=saved')
    const bad = await upload('/uploads/profile-photo', { cookie: a.cookie, bytes: Buffer.from('nope'), filename: 'a.png', mime: 'image/png', accept: html })
    expect(bad.headers.get('location')).toBe('/profile?photo=wrong_type')
    const anon = await upload('/uploads/profile-photo', { bytes: Buffer.from('nope'), filename: 'a.png', mime: 'image/png', accept: html })
    expect(anon.headers.get('location')).toBe('/login?redirectTo=%2Fprofile')
  })
})

describe('POST /uploads/driving-licence', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1')

  it('accepts a PDF and returns its file id; the owner can download it as an attachment', async () => {
    const { status, body } = await uploadJson('/uploads/driving-licence', { cookie: a.cookie, bytes: pdf, filename: 'dl.pdf', mime: 'application/pdf' })
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, mime: 'application/pdf', sizeBytes: pdf.length })
    const res = await getFile(`/files/${String(body.fileId)}`, a.cookie)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="dl\.pdf"/)
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true)
  })

  it('accepts a JPEG and strips its EXIF; refuses WebP (415)', async () => {
    const jpg = await sharp(await pngPhoto(400, 250)).jpeg().withMetadata({ exif: { IFD0: { Artist: 'Licence Holder' } } }).toBuffer()
    const { status, body } = await uploadJson('/uploads/driving-licence', { cookie: a.cookie, bytes: jpg, filename: 'dl.jpg', mime: 'image/jpeg' })
    expect(status).toBe(200)
    const stored = Buffer.from(await (await getFile(`/files/${String(body.fileId)}`, a.cookie)).arrayBuffer())
    const meta = await sharp(stored).metadata()
    expect(meta).toMatchObject({ format: 'jpeg', width: 400, height: 250 })
    expect(meta.exif).toBeUndefined()
    const webp = await sharp(await pngPhoto(50, 50)).webp().toBuffer()
    expect((await uploadJson('/uploads/driving-licence', { cookie: a.cookie, bytes: webp, filename: 'dl.webp', mime: 'image/webp' })).status).toBe(415)
  })

  it('never stores a JPEG bigger than the one uploaded (a photo the browser compressed hard stays under the limit)', async () => {
    const noisy = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg({ quality: 55 }).toBuffer()
    const { status, body } = await uploadJson('/uploads/driving-licence', { cookie: a.cookie, bytes: noisy, filename: 'dl.jpg', mime: 'image/jpeg' })
    expect(status).toBe(200)
    expect(Number(body.sizeBytes)).toBeLessThanOrEqual(noisy.length)
  })
})

describe('GET /files/:id', () => {
  it("candidate B, an employer and anonymous cannot read A's file; unknown ids look the same", async () => {
    const fileId = await photoIdOf(a.id)
    expect(fileId).toBeTruthy()
    const url = `/files/${fileId}`
    expect((await getFile(url, a.cookie)).status).toBe(200)
    const asB = await getFile(url, b.cookie)
    expect(asB.status).toBe(404)
    expect(asB.headers.get('content-type')).toMatch(/json/)
    expect((await getFile(url, employer.cookie)).status).toBe(404)
    expect((await getFile(url)).status).toBe(401)
    expect((await getFile(`/files/${randomUUID()}`, a.cookie)).status).toBe(404)
    expect((await getFile('/files/not-a-uuid', a.cookie)).status).toBe(404)
  })

  it('a revoked session cannot read files any more', async () => {
    const c = await createCandidateActor(server.services)
    const { body } = await uploadJson('/uploads/profile-photo', { cookie: c.cookie, bytes: await pngPhoto(80, 80), filename: 'c.png', mime: 'image/png' })
    await server.services.db.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', c.sessionId).execute()
    expect((await getFile(String(body.photoUrl), c.cookie)).status).toBe(401)
  })
})
