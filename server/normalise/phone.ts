import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'
import { foldDigits } from './text'

export interface PhoneNormalised {
  e164: string
  /** valid for its country per libphonenumber (else only a possible length) */
  valid: boolean
}

/** "+91 98765 43210", "098765-43210", "(718) 555–0100" → E.164. India unless a country code is written. Pure. */
export function normalisePhone(raw: string, defaultCountry: CountryCode = 'IN'): PhoneNormalised | null {
  const cleaned = foldDigits(raw).replace(/[()]/g, ' ').replace(/[\u2010-\u2015\u2212]/g, '-').trim()
  const digits = cleaned.replace(/\D/g, '')
  // without a country code a number has 10 digits at least (Indian mobiles and STD landlines)
  if (digits.length > 15 || digits.length < (/^\+/.test(cleaned) || digits.startsWith('00') ? 8 : 10)) return null
  // "0 98765 43210": the trunk 0 of an Indian number; "0091…": international prefix
  let candidate = /^\+/.test(cleaned) ? '+' + digits : digits.startsWith('00') ? '+' + digits.slice(2) : digits
  if (!candidate.startsWith('+') && candidate.length === 11 && candidate.startsWith('0')) candidate = candidate.slice(1)
  const attempts = [candidate]
  // "91 98765 43210" / "919876543210": a country code written without the plus
  if (!candidate.startsWith('+') && candidate.length >= 11) attempts.push('+' + candidate)
  for (const a of attempts) {
    const p = parsePhoneNumberFromString(a, defaultCountry)
    if (p?.isValid()) return { e164: p.number, valid: true }
  }
  for (const a of attempts) {
    const p = parsePhoneNumberFromString(a, defaultCountry)
    if (p?.isPossible()) return { e164: p.number, valid: false }
  }
  return null
}
