import { describe, expect, it } from 'vitest'
import { maskMobile, normaliseIndianMobile, zMobile } from './mobile'

describe('normaliseIndianMobile', () => {
  it.each([
    ['9876543210', '+919876543210'],
    ['+919876543210', '+919876543210'],
    ['+91 98765 43210', '+919876543210'],
    ['+91-98765-43210', '+919876543210'],
    ['(+91) 98765-43210', '+919876543210'],
    ['+91 (0) 98765 43210', '+919876543210'],
    ['919876543210', '+919876543210'],
    ['91 98765 43210', '+919876543210'],
    ['09876543210', '+919876543210'],
    ['0 98765 43210', '+919876543210'],
    ['0091 98765 43210', '+919876543210'],
    ['  98765.43210 ', '+919876543210'],
    ['(987) 654-3210', '+919876543210'],
    ['7012345678', '+917012345678'],
    ['6000000000', '+916000000000'],
    // 91 followed by 10 digits is ambiguous; libphonenumber keeps a valid 10-digit number as typed
    ['9191919191', '+919191919191'],
  ])('accepts %j → %s', (input, e164) => {
    expect(normaliseIndianMobile(input)).toEqual({ ok: true, e164 })
  })

  it.each([
    ['', /Enter your 10-digit mobile number/],
    ['   ', /Enter your 10-digit mobile number/],
    ['98765abcde', /only contain digits/],
    ['9876543210 ext 5', /only contain digits/],
    ['+1 415 555 2671', /Only Indian mobile numbers/],
    ['+44 7911 123456', /Only Indian mobile numbers/],
    ['987654321', /10 digits; this one has 9 digits/],
    ['98765432101', /10 digits; this one has 11 digits/],
    ['+91 98765 4321', /10 digits; this one has 9 digits/],
    ['9', /10 digits; this one has 1 digit$/],
    ['5876543210', /^Mobile numbers start with 6, 7, 8 or 9/],
    ['1234567890', /^Mobile numbers start with 6, 7, 8 or 9/],
    ['022 2345 6789', /start with 6, 7, 8 or 9; this looks like a landline/],
    ['+91 22 2345 6789', /landline/],
    ['011-2345-6789', /landline/],
    // Bengaluru (080) and Patna (0612) landlines: 10 digits starting with 8 / 6 but not mobiles
    ['080 2345 6789', /^This is a landline number/],
    ['0612 345 6789', /^This is a landline number/],
  ])('rejects %j with a reason', (input, message) => {
    const result = normaliseIndianMobile(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })
})

describe('maskMobile', () => {
  it('hides all but the last 4 digits', () => {
    expect(maskMobile('+919876543210')).toBe('+91 XXXXXX3210')
    expect(maskMobile('98765-43210')).toBe('XXXXXX3210')
    expect(maskMobile('12')).toBe('XX')
  })
})

describe('zMobile', () => {
  it('transforms to E.164', () => {
    expect(zMobile.parse('098765 43210')).toBe('+919876543210')
  })
  it('reports the function message', () => {
    const r = zMobile.safeParse('5876543210')
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues[0].message).toMatch(/^Mobile numbers start with 6, 7, 8 or 9/)
  })
  it('rejects non-strings', () => {
    expect(zMobile.safeParse(9876543210).success).toBe(false)
  })
})
