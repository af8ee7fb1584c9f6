import { crc32 } from 'node:zlib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { ImageRejectedError, photoVariant, photoVariantSide, PROFILE_PHOTO_MAX_SIDE, reencodeProfilePhoto } from './image'

/** A 400×200 image stored with its left half red and right half blue. */
async function halves(width = 400, height = 200): Promise<sharp.Sharp> {
  const raw = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw.set(x < width / 2 ? [255, 0, 0] : [0, 0, 255], (y * width + x) * 3)
  return sharp(raw, { raw: { width, height, channels: 3 } })
}

async function pixelAt(img: Buffer, x: number, y: number): Promise<'red' | 'blue' | 'other'> {
  const { data, info } = await sharp(img).raw().toBuffer({ resolveWithObject: true })
  const i = (y * info.width + x) * info.channels
  const [r, g, b] = [data[i], data[i + 1], data[i + 2]]
  if (r > 200 && g < 60 && b < 60) return 'red'
  if (b > 200 && r < 60 && g < 60) return 'blue'
  return 'other'
}

describe('reencodeProfilePhoto', () => {
  it('strips EXIF (camera, GPS, artist) and outputs WebP', async () => {
    const withExif = await (await halves())
      .jpeg()
      .withMetadata({ exif: { IFD0: { Artist: 'Secret Person', Copyright: 'Home address 42' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '19/1 4/1 0/1' } } })
      .toBuffer()
    const before = await sharp(withExif).metadata()
    expect(before.exif?.toString('latin1')).toContain('Secret Person')

    const out = await reencodeProfilePhoto(withExif)
    const after = await sharp(out).metadata()
    expect(after.format).toBe('webp')
    expect(after.exif).toBeUndefined()
    expect(after.icc).toBeUndefined()
    expect(after.xmp).toBeUndefined()
    expect(after.orientation).toBeUndefined()
    expect(out.toString('latin1')).not.toContain('Secret Person')
  })

  it('applies the EXIF orientation before cropping square', async () => {
    // orientation 6: the viewer rotates 90° clockwise, so stored-left (red) is displayed on top
    const rotated = await (await halves()).jpeg({ quality: 95 }).withMetadata({ orientation: 6 }).toBuffer()
    const out = await reencodeProfilePhoto(rotated)
    const meta = await sharp(out).metadata()
    expect([meta.width, meta.height]).toEqual([200, 200])
    expect(await pixelAt(out, 180, 20)).toBe('red')
    expect(await pixelAt(out, 20, 180)).toBe('blue')

    // without an orientation tag it stays left red / right blue
    const upright = await reencodeProfilePhoto(await (await halves()).png().toBuffer())
    expect(await pixelAt(upright, 180, 20)).toBe('blue')
    expect(await pixelAt(upright, 20, 180)).toBe('red')
  })

  it('centre-crops to a square and bounds the size', async () => {
    const big = await (await halves(1600, 1000)).png().toBuffer()
    const out = await reencodeProfilePhoto(big)
    const meta = await sharp(out).metadata()
    expect([meta.width, meta.height]).toEqual([PROFILE_PHOTO_MAX_SIDE, PROFILE_PHOTO_MAX_SIDE])
    // the crop is centred: both halves survive
    expect(await pixelAt(out, 10, 256)).toBe('red')
    expect(await pixelAt(out, 500, 256)).toBe('blue')
  })

  it('does not enlarge small photos', async () => {
    const small = await sharp({ create: { width: 120, height: 90, channels: 3, background: '#0f0' } }).jpeg().toBuffer()
    const meta = await sharp(await reencodeProfilePhoto(small)).metadata()
    expect([meta.width, meta.height]).toEqual([90, 90])
  })

  it('refuses decompression bombs from the header, without decoding', async () => {
    // a tiny real PNG whose IHDR claims 20000×20000 pixels
    const png = Buffer.from(await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer())
    png.writeUInt32BE(20_000, 16)
    png.writeUInt32BE(20_000, 20)
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
    expect((await sharp(png, { limitInputPixels: false }).metadata()).width).toBe(20_000)
    await expect(reencodeProfilePhoto(png)).rejects.toMatchObject({ name: 'ImageRejectedError', code: 'too_many_pixels' })
  })

  it('honours a lower pixel limit', async () => {
    const img = await (await halves()).png().toBuffer()
    await expect(reencodeProfilePhoto(img, { maxInputPixels: 1000 })).rejects.toBeInstanceOf(ImageRejectedError)
    await expect(reencodeProfilePhoto(img, { maxInputPixels: 1000 })).rejects.toMatchObject({ code: 'too_many_pixels' })
    expect((await sharp(await reencodeProfilePhoto(img, { maxInputPixels: 400 * 200 })).metadata()).width).toBe(200)
  })

  it('rejects corrupt, truncated and non-photo input', async () => {
    const jpeg = await (await halves()).jpeg().toBuffer()
    await expect(reencodeProfilePhoto(Buffer.from('not an image'))).rejects.toMatchObject({ code: 'unsupported' })
    // right magic bytes, garbage after them
    await expect(reencodeProfilePhoto(Buffer.concat([jpeg.subarray(0, 20), Buffer.alloc(500, 7)]))).rejects.toMatchObject({ code: 'corrupt' })
    await expect(reencodeProfilePhoto(jpeg.subarray(0, jpeg.length / 2))).rejects.toMatchObject({ code: 'corrupt' })
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')
    await expect(reencodeProfilePhoto(svg)).rejects.toMatchObject({ code: 'unsupported' })
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).gif().toBuffer()
    await expect(reencodeProfilePhoto(gif)).rejects.toMatchObject({ code: 'unsupported' })
  })
})

describe('photoVariant', () => {
  it('makes the small copies from the 512 px master, square and WebP, never larger than the master', async () => {
    const master = await reencodeProfilePhoto(await (await halves(1600, 1000)).png().toBuffer())
    for (const side of [48, 96, 192] as const) {
      const meta = await sharp(await photoVariant(master, side)).metadata()
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', side, side])
    }
    const tiny = await reencodeProfilePhoto(await sharp({ create: { width: 80, height: 80, channels: 3, background: '#0f0' } }).png().toBuffer())
    expect((await sharp(await photoVariant(tiny, 192)).metadata()).width).toBe(80)
  })

  it('takes only the sizes it makes', () => {
    expect(photoVariantSide.safeParse('96')).toMatchObject({ success: true, data: 96 })
    for (const bad of ['100', '0', '-48', '96.5', 'big', '']) expect(photoVariantSide.safeParse(bad).success, bad).toBe(false)
  })
})
