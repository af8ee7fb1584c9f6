import { z } from 'zod'

/**
 * Aadhaar numbers: 12 digits, first digit 2–9, last digit a Verhoeff check digit (UIDAI).
 *
 * NOTE: Verhoeff is hand-written on purpose: it is three small fixed tables (dihedral group D5
 * multiplication, a permutation and inverses), and no maintained npm package in our dependency
 * set provides it. The tests check published vectors and Verhoeff's guarantees (every single-digit
 * error and every adjacent transposition is caught), so a wrong table entry cannot hide.
 */
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
const INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]

function verhoeffChecksum(digits: string, appendedCheck: boolean): number {
  let c = 0
  const n = digits.length
  for (let i = 0; i < n; i++) {
    const digit = digits.charCodeAt(n - 1 - i) - 48
    c = D[c][P[(i + (appendedCheck ? 0 : 1)) % 8][digit]]
  }
  return c
}

/** True when the last digit of `digits` is the Verhoeff check digit of the rest. */
export function verhoeffValid(digits: string): boolean {
  return /^\d+$/.test(digits) && verhoeffChecksum(digits, true) === 0
}

/** The Verhoeff check digit to append to `digits`. */
export function verhoeffCheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new RangeError('verhoeffCheckDigit expects digits only')
  return INV[verhoeffChecksum(digits, false)]
}

export type AadhaarResult = { ok: true; value: string } | { ok: false; message: string }

/** Accepts `1234 5678 9012` / `1234-5678-9012` / 12 plain digits; returns the 12 digits. */
export function parseAadhaar(input: string): AadhaarResult {
  const compact = input.trim().replace(/[\s-]/g, '')
  if (compact === '') return { ok: false, message: 'Enter your 12-digit Aadhaar number' }
  if (!/^\d+$/.test(compact)) return { ok: false, message: 'An Aadhaar number contains digits only' }
  if (compact.length !== 12) {
    return { ok: false, message: `An Aadhaar number has 12 digits; this one has ${compact.length}` }
  }
  if (compact[0] === '0' || compact[0] === '1') {
    return { ok: false, message: 'An Aadhaar number cannot start with 0 or 1' }
  }
  if (!verhoeffValid(compact)) {
    return { ok: false, message: 'This is not a valid Aadhaar number; please check the digits' }
  }
  return { ok: true, value: compact }
}

/**
 * `XXXX XXXX 1234`. Takes the full number or just its last 4 digits (what the database keeps in
 * clear for display), so the masked form never needs decryption.
 */
export function maskAadhaar(aadhaarOrLast4: string): string {
  const digits = aadhaarOrLast4.replace(/\D/g, '')
  const last4 = digits.length >= 4 ? digits.slice(-4) : 'XXXX'
  return `XXXX XXXX ${last4}`
}

/** Zod schema: any accepted spelling in, 12 digits out. */
export const zAadhaar = z.string().transform((value, ctx) => {
  const result = parseAadhaar(value)
  if (!result.ok) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: result.message })
    return z.NEVER
  }
  return result.value
})
