import sharp from 'sharp'
import { z } from 'zod'
import { PHOTO_MIME_TYPES, sniffFile } from './file-checks'

/**
 * Profile photos (SPEC §3.4): every upload is decoded and re-encoded, so what is stored is our
 * own clean WebP: oriented by its EXIF tag, EXIF/GPS/ICC/XMP stripped (sharp keeps no metadata
 * unless asked), centre-cropped square (the browser crop can be bypassed), at most 512×512.
 */
export const PROFILE_PHOTO_MIME = 'image/webp'
export const PROFILE_PHOTO_MAX_SIDE = 512
/** Decompression-bomb guard: sharp refuses to decode more pixels than this (read from the header). */
export const MAX_INPUT_PIXELS = 8000 * 8000

const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp'])

export class ImageRejectedError extends Error {
  constructor(
    readonly code: 'too_many_pixels' | 'unsupported' | 'corrupt',
    message: string,
  ) {
    super(message)
    this.name = 'ImageRejectedError'
  }
}

export async function reencodeProfilePhoto(
  buf: Uint8Array,
  opts: { maxSide?: number; maxInputPixels?: number } = {},
): Promise<Buffer> {
  const maxSide = opts.maxSide ?? PROFILE_PHOTO_MAX_SIDE
  const limitInputPixels = opts.maxInputPixels ?? MAX_INPUT_PIXELS
  // failOn 'warning' (sharp's default, stated here on purpose) refuses truncated/corrupt data
  const input = () => sharp(buf, { limitInputPixels, failOn: 'warning', animated: false })

  // Magic bytes first, so sharp never even parses SVG, TIFF, GIF, HEIF… handed to it here
  const sniffed = await sniffFile(buf)
  if (!sniffed || !PHOTO_MIME_TYPES.includes(sniffed.mime)) {
    throw new ImageRejectedError('unsupported', UNSUPPORTED_MESSAGE)
  }

  let meta: sharp.Metadata
  try {
    meta = await input().metadata()
  } catch (err) {
    throw toRejection(err)
  }
  if (!meta.format || !ACCEPTED_FORMATS.has(meta.format)) throw new ImageRejectedError('unsupported', UNSUPPORTED_MESSAGE)
  if (!meta.width || !meta.height) throw toRejection(null)
  if (meta.width * meta.height > limitInputPixels) throw TOO_MANY_PIXELS()

  // EXIF orientations 5–8 are rotated by 90°, so width and height swap once applied
  const swapped = (meta.orientation ?? 1) >= 5
  const width = swapped ? meta.height : meta.width
  const height = swapped ? meta.width : meta.height
  const side = Math.min(width, height, maxSide)

  try {
    return await input()
      .autoOrient()
      .resize(side, side, { fit: 'cover', position: 'centre' })
      .webp({ quality: 82 })
      .toBuffer()
  } catch (err) {
    throw toRejection(err)
  }
}

const UNSUPPORTED_MESSAGE = 'Please upload a JPEG, PNG or WebP photo.'
const CORRUPT_MESSAGE = 'This image could not be read. Please choose another photo.'
const TOO_MANY_PIXELS = () =>
  new ImageRejectedError('too_many_pixels', 'This image has too many pixels. Please choose a smaller photo.')

// sharp reports its pixel limit (checked on the header, before decoding) as a plain Error
function toRejection(err: unknown): ImageRejectedError {
  if (err instanceof Error && /pixel limit/i.test(err.message)) return TOO_MANY_PIXELS()
  return new ImageRejectedError('corrupt', CORRUPT_MESSAGE)
}

/**
 * Smaller copies of a stored profile photo for the places that show it small (a 44 px header
 * avatar, a 96 px profile picture): the 512 px master stays sharp on 3× screens, and a phone on a
 * slow network does not fetch it for a 44 px circle. Made on request from the ≤ 512 px master
 * (a few ms), so nothing extra is stored; the browser picks one through `srcset`.
 */
export const PHOTO_VARIANT_SIDES = [48, 96, 192] as const
export type PhotoVariantSide = (typeof PHOTO_VARIANT_SIDES)[number]

export const photoVariantSide = z.coerce
  .number()
  .int()
  .refine((n): n is PhotoVariantSide => (PHOTO_VARIANT_SIDES as readonly number[]).includes(n), { message: `size must be one of ${PHOTO_VARIANT_SIDES.join(', ')}` })

export async function photoVariant(master: Uint8Array, side: PhotoVariantSide): Promise<Buffer> {
  return sharp(master, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'warning' })
    .resize(side, side, { fit: 'cover', position: 'centre', withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer()
}
