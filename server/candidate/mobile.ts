import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max'
import { z } from 'zod'
import { foldDigits } from '../normalise/text'

/**
 * Indian mobile numbers: the candidate's identity (SPEC §3.1).
 *
 * libphonenumber-js (the "max" metadata, which knows number *types*) does the parsing: it strips
 * `+91`, `0091`, a national `0`, a bare `91` in front of 10 digits, spaces, dashes and brackets, and
 * it tells a landline from a mobile by the numbering plan. We only add the messages a person can act on.
 */
export type MobileResult = { ok: true; e164: string } | { ok: false; message: string }

const ALLOWED_CHARS = /^[\d\s\-().+]+$/
const START_MESSAGE = 'Mobile numbers start with 6, 7, 8 or 9'

export function normaliseIndianMobile(input: string): MobileResult {
  // a Hindi keyboard types Devanagari digits ("९८७६५४३२१०")
  const raw = foldDigits(input).trim()
  if (raw === '') return { ok: false, message: 'Enter your 10-digit mobile number' }
  if (!ALLOWED_CHARS.test(raw)) {
    return { ok: false, message: 'A mobile number can only contain digits, spaces, dashes, brackets and a leading +' }
  }
  if (/^(\+|00)/.test(raw) && !/^(\+|00)\s*\(?\s*91/.test(raw)) {
    return { ok: false, message: 'Only Indian mobile numbers (+91) can be used' }
  }

  const parsed = parsePhoneNumberFromString(raw, 'IN')
  const national = parsed?.countryCallingCode === '91' ? parsed.nationalNumber : fallbackNationalDigits(raw)

  if (national.length !== 10) {
    const what = national.length === 1 ? '1 digit' : `${national.length} digits`
    return { ok: false, message: `A mobile number has 10 digits; this one has ${what}` }
  }
  const type = parsed?.isValid() ? parsed.getType() : undefined
  if (!/^[6-9]/.test(national)) {
    return { ok: false, message: isLandlineType(type) ? `${START_MESSAGE}; this looks like a landline number` : START_MESSAGE }
  }
  if (isLandlineType(type)) {
    return { ok: false, message: 'This is a landline number; enter a mobile number (10 digits starting with 6, 7, 8 or 9)' }
  }
  if (!parsed || !parsed.isValid()) return { ok: false, message: 'This is not a valid Indian mobile number' }
  return { ok: true, e164: parsed.number }
}

// Used only for the length message when libphonenumber cannot parse at all (e.g. a single digit).
function fallbackNationalDigits(raw: string): string {
  const digits = raw.replace(/\D/g, '')
  if (digits.startsWith('0091')) return digits.slice(4)
  if (raw.startsWith('+') && digits.startsWith('91')) return digits.slice(2)
  if (digits.length === 11 && digits.startsWith('0')) return digits.slice(1)
  if (digits.length === 12 && digits.startsWith('91')) return digits.slice(2)
  return digits
}

// MOBILE and FIXED_LINE_OR_MOBILE are acceptable; anything else valid (landline, toll-free…) is not.
function isLandlineType(type: ReturnType<PhoneNumber['getType']>): boolean {
  return type !== undefined && type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE'
}

/** For logs: `+919876543210` → `+91 XXXXXX3210`. Anything unexpected keeps only its last 4 digits. */
export function maskMobile(e164: string): string {
  const m = /^\+91(\d{10})$/.exec(e164)
  if (m) return `+91 XXXXXX${m[1].slice(6)}`
  const digits = e164.replace(/\D/g, '')
  return digits.length <= 4 ? 'X'.repeat(digits.length) : `${'X'.repeat(digits.length - 4)}${digits.slice(-4)}`
}

/** Zod schema: any accepted spelling in, `+91XXXXXXXXXX` out, the function's message on failure. */
export const zMobile = z.string({ required_error: 'Enter your 10-digit mobile number' }).transform((value, ctx) => {
  const result = normaliseIndianMobile(value)
  if (!result.ok) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: result.message })
    return z.NEVER
  }
  return result.e164
})
