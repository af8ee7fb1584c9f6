import { jsPDF } from 'jspdf'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_UPLOAD_BYTES, PHOTO_MIME_TYPES, RESUME_MIME_TYPES, checkUpload, formatBytes, sniffFile } from './file-checks'

const pixel = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#a020f0' } })
let jpeg: Buffer, png: Buffer, webp: Buffer, gif: Buffer, pdf: Buffer

beforeAll(async () => {
  ;[jpeg, png, webp, gif] = await Promise.all([pixel().jpeg().toBuffer(), pixel().png().toBuffer(), pixel().webp().toBuffer(), pixel().gif().toBuffer()])
  const doc = new jsPDF()
  doc.text('hello', 10, 10)
  pdf = Buffer.from(doc.output('arraybuffer'))
})

describe('sniffFile', () => {
  it('identifies real content by magic bytes', async () => {
    expect(await sniffFile(jpeg)).toEqual({ mime: 'image/jpeg', ext: 'jpg' })
    expect(await sniffFile(png)).toEqual({ mime: 'image/png', ext: 'png' })
    expect(await sniffFile(webp)).toEqual({ mime: 'image/webp', ext: 'webp' })
    expect(await sniffFile(pdf)).toEqual({ mime: 'application/pdf', ext: 'pdf' })
  })

  it('returns null for text and empty input', async () => {
    expect(await sniffFile(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull()
    expect(await sniffFile(new Uint8Array())).toBeNull()
  })
})

describe('checkUpload', () => {
  const photo = { allowed: PHOTO_MIME_TYPES, maxBytes: MAX_UPLOAD_BYTES }

  it('accepts allowed types and reports the sniffed type', async () => {
    expect(await checkUpload(png, photo)).toEqual({ ok: true, mime: 'image/png', ext: 'png' })
    expect(await checkUpload(pdf, { allowed: RESUME_MIME_TYPES, maxBytes: MAX_UPLOAD_BYTES })).toEqual({ ok: true, mime: 'application/pdf', ext: 'pdf' })
  })

  it('rejects empty files', async () => {
    expect(await checkUpload(new Uint8Array(), photo)).toMatchObject({ ok: false, code: 'empty', message: expect.stringMatching(/empty/) })
  })

  it('rejects oversize files before sniffing, with sizes in the message', async () => {
    const big = Buffer.concat([png, Buffer.alloc(Math.round(1.4 * 1024 * 1024) + MAX_UPLOAD_BYTES)])
    expect(await checkUpload(big, photo)).toEqual({
      ok: false,
      code: 'too_large',
      message: 'This file is 3.4 MB; the limit is 2 MB. Please choose a smaller file.',
    })
    const justOver = Buffer.alloc(MAX_UPLOAD_BYTES + 1)
    expect(await checkUpload(justOver, photo)).toMatchObject({ code: 'too_large', message: expect.stringMatching(/^This file is over 2 MB; the limit is 2 MB/) })
    expect((await checkUpload(Buffer.concat([png, Buffer.alloc(MAX_UPLOAD_BYTES - png.length)]), photo)).ok).toBe(true)
  })

  it('rejects the wrong real type whatever the file is called', async () => {
    expect(await checkUpload(gif, photo)).toEqual({
      ok: false,
      code: 'wrong_type',
      message: 'This file is GIF, not JPEG, PNG or WebP. Please upload a JPEG, PNG or WebP file.',
    })
    expect(await checkUpload(jpeg, { allowed: RESUME_MIME_TYPES, maxBytes: MAX_UPLOAD_BYTES })).toMatchObject({
      code: 'wrong_type',
      message: 'This file is JPEG, not PDF. Please upload a PDF file.',
    })
  })

  it('rejects unrecognisable content, e.g. HTML renamed to .jpg', async () => {
    expect(await checkUpload(Buffer.from('<svg onload=alert(1)>'), photo)).toMatchObject({
      code: 'wrong_type',
      message: "We could not recognise this file's type. Please upload a JPEG, PNG or WebP file.",
    })
  })

  it('judges by the leading magic bytes: a PDF carrying JPEG bytes is a PDF', async () => {
    const disguised = Buffer.concat([Buffer.from('%PDF-1.4\n'), jpeg])
    expect((await checkUpload(disguised, photo)).ok).toBe(false)
  })
})

describe('formatBytes', () => {
  it('formats sizes for people', () => {
    expect(formatBytes(2 * 1024 * 1024)).toBe('2 MB')
    expect(formatBytes(800)).toBe('1 KB')
    expect(formatBytes(150 * 1024)).toBe('150 KB')
  })
})
