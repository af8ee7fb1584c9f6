import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maskAadhaar, parseAadhaar, verhoeffCheckDigit, verhoeffValid, zAadhaar } from './aadhaar'

// Published Verhoeff vectors (Wikipedia and the python-stdnum test-suite).
const VECTORS: Array<[string, number]> = [
  ['236', 3],
  ['12345', 1],
  ['142857', 0],
  ['123456789012', 0],
  ['8473643095483728456789', 2],
]

describe('Verhoeff', () => {
  it.each(VECTORS)('check digit of %s is %i', (body, check) => {
    expect(verhoeffCheckDigit(body)).toBe(check)
    expect(verhoeffValid(body + check)).toBe(true)
    expect(verhoeffValid(body + ((check + 1) % 10))).toBe(false)
  })

  const digitString = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 15 }).map((d) => d.join(''))

  it('a generated check digit always validates', () => {
    fc.assert(fc.property(digitString, (body) => verhoeffValid(body + verhoeffCheckDigit(body))))
  })

  it('catches every single-digit error', () => {
    fc.assert(
      fc.property(digitString, fc.nat(), fc.integer({ min: 1, max: 9 }), (body, pos, delta) => {
        const full = body + verhoeffCheckDigit(body)
        const i = pos % full.length
        const wrong = full.slice(0, i) + ((Number(full[i]) + delta) % 10) + full.slice(i + 1)
        return !verhoeffValid(wrong)
      }),
    )
  })

  it('catches every adjacent transposition', () => {
    fc.assert(
      fc.property(digitString, fc.nat(), (body, pos) => {
        const full = body + verhoeffCheckDigit(body)
        const i = pos % (full.length - 1)
        fc.pre(full[i] !== full[i + 1])
        const swapped = full.slice(0, i) + full[i + 1] + full[i] + full.slice(i + 2)
        return !verhoeffValid(swapped)
      }),
    )
  })

  it('rejects non-digits', () => {
    expect(verhoeffValid('12a4')).toBe(false)
    expect(verhoeffValid('')).toBe(false)
    expect(() => verhoeffCheckDigit('12-3')).toThrow(RangeError)
  })
})

// 23412341234 + its check digit
const VALID = '23412341234' + verhoeffCheckDigit('23412341234')

describe('parseAadhaar', () => {
  it('accepts 12 digits with spaces or dashes', () => {
    expect(parseAadhaar(VALID)).toEqual({ ok: true, value: VALID })
    const spaced = `${VALID.slice(0, 4)} ${VALID.slice(4, 8)} ${VALID.slice(8)}`
    expect(parseAadhaar(`  ${spaced} `)).toEqual({ ok: true, value: VALID })
    expect(parseAadhaar(spaced.replace(/ /g, '-'))).toEqual({ ok: true, value: VALID })
  })

  it.each([
    ['', /Enter your 12-digit Aadhaar/],
    ['2341 2341 23a4', /digits only/],
    ['2341 2341 234', /12 digits; this one has 11/],
    ['2341 2341 23456', /12 digits; this one has 13/],
    ['0' + VALID.slice(1), /cannot start with 0 or 1/],
    ['1' + VALID.slice(1), /cannot start with 0 or 1/],
    [VALID.slice(0, 11) + ((Number(VALID[11]) + 1) % 10), /not a valid Aadhaar number/],
  ])('rejects %j', (input, message) => {
    const r = parseAadhaar(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(message)
  })

  it('zAadhaar outputs the 12 digits or the message', () => {
    expect(zAadhaar.parse(`${VALID.slice(0, 4)} ${VALID.slice(4)}`)).toBe(VALID)
    const r = zAadhaar.safeParse(VALID.slice(0, 11) + ((Number(VALID[11]) + 5) % 10))
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues[0].message).toMatch(/not a valid Aadhaar number/)
  })
})

describe('maskAadhaar', () => {
  it('shows only the last 4 digits', () => {
    expect(maskAadhaar('234123412346')).toBe('XXXX XXXX 2346')
    expect(maskAadhaar('2346')).toBe('XXXX XXXX 2346')
    expect(maskAadhaar('')).toBe('XXXX XXXX XXXX')
  })
})
