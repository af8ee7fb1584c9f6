import { z } from 'zod'

/**
 * PAN (Permanent Account Number): `AAAAA9999A`. The 4th letter is the holder type:
 * P person, C company, H HUF, F firm, A AOP, T trust, B BOI, L local authority,
 * J artificial juridical person, G government. The last letter is a check letter whose
 * algorithm the Income Tax Department does not publish, so it is not verified here.
 */
export const PAN_HOLDER_TYPES = ['P', 'C', 'H', 'F', 'A', 'T', 'B', 'L', 'J', 'G'] as const

const PAN_SHAPE = /^[A-Z]{5}\d{4}[A-Z]$/

export type PanResult = { ok: true; value: string } | { ok: false; message: string }

/** Trims, removes inner spaces and upper-cases (`abcpe 1234f` → `ABCPE1234F`), then checks the shape. */
export function parsePan(input: string): PanResult {
  const value = input.replace(/\s+/g, '').toUpperCase()
  if (value === '') return { ok: false, message: 'Enter your 10-character PAN' }
  if (value.length !== 10) return { ok: false, message: `A PAN has 10 characters; this one has ${value.length}` }
  if (!PAN_SHAPE.test(value)) {
    return { ok: false, message: 'A PAN looks like ABCPE1234F: 5 letters, 4 digits, 1 letter' }
  }
  if (!(PAN_HOLDER_TYPES as readonly string[]).includes(value[3])) {
    return { ok: false, message: 'This is not a valid PAN: the 4th letter must be one of P, C, H, F, A, T, B, L, J or G' }
  }
  return { ok: true, value }
}

/**
 * `ABCPE1234F` → `XXXXXX234F`: the last 4 characters (three digits and the check letter) stay
 * visible, the same amount as the Aadhaar mask shows. Takes the full PAN or just its last 4
 * characters (what the database keeps in clear for display).
 */
export function maskPan(panOrLast4: string): string {
  const clean = panOrLast4.replace(/\s+/g, '').toUpperCase()
  const last4 = clean.length >= 4 ? clean.slice(-4) : 'XXXX'
  return `XXXXXX${last4}`
}

/** Zod schema: any accepted spelling in, the upper-case PAN out. */
export const zPan = z.string().transform((value, ctx) => {
  const result = parsePan(value)
  if (!result.ok) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: result.message })
    return z.NEVER
  }
  return result.value
})
