import type { Request, Response } from 'express'
import { photoVariant, photoVariantSide, PROFILE_PHOTO_MIME } from '../storage/image'

/**
 * `?size=96` on a profile photo: a smaller copy (PHOTO_VARIANT_SIDES); no `size`: the file as
 * stored. A size we do not make is a 400 (answered here; returns null), so a typo shows up.
 */
export async function sizedPhoto(
  req: Request,
  res: Response,
  file: { kind: string; mime: string },
  bytes: Uint8Array,
): Promise<{ bytes: Uint8Array; mime: string } | null> {
  if (req.query.size === undefined) return { bytes, mime: file.mime }
  const side = photoVariantSide.safeParse(req.query.size)
  if (!side.success || file.kind !== 'profile_photo') {
    res.status(400).json({ ok: false, code: 'bad_request', message: 'Only profile photos come in sizes 48, 96 and 192.' })
    return null
  }
  return { bytes: await photoVariant(bytes, side.data), mime: PROFILE_PHOTO_MIME }
}
