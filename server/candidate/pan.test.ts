import { describe, expect, it } from 'vitest'
import { PAN_HOLDER_TYPES, maskPan, parsePan, zPan } from './pan'

describe('parsePan', () => {
  it('normalises case and spaces', () => {
    expect(parsePan('ABCPE1234F')).toEqual({ ok: true, value: 'ABCPE1234F' })
    expect(parsePan(' abcpe 1234f ')).toEqual({ ok: true, value: 'ABCPE1234F' })
  })

  it('accepts every holder type', () => {
    for (const t of PAN_HOLDER_TYPES) expect(parsePan(`ABC${t}E1234F`).ok).toBe(true)
  })

  it.each([
    ['', /Enter your 10-character PAN/],
    ['ABCPE1234', /10 characters; this one has 9/],
    ['ABCPE12345F', /10 characters; this one has 11/],
    ['ABCP11234F', /5 letters, 4 digits, 1 letter/],
    ['ABCPE12E4F', /5 letters, 4 digits, 1 letter/],
    ['ABCPE12341', /5 letters, 4 digits, 1 letter/],
    ['ABCPÉ1234F', /5 letters, 4 digits, 1 letter/],
    ['ABCXE1234F', /4th letter must be one of/],
    ['ABCDE1234F', /4th letter must be one of/],
  ])('rejects %j', (input, message) => {
    const r = parsePan(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(message)
  })

  it('zPan outputs the upper-case PAN', () => {
    expect(zPan.parse('abcpe1234f')).toBe('ABCPE1234F')
    expect(zPan.safeParse('ABCDE1234F').success).toBe(false)
  })
})

describe('maskPan', () => {
  it('shows the last 4 characters only', () => {
    expect(maskPan('ABCPE1234F')).toBe('XXXXXX234F')
    expect(maskPan('234f')).toBe('XXXXXX234F')
    expect(maskPan('')).toBe('XXXXXXXXXX')
  })
})
