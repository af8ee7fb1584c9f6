import { describe, expect, it } from 'vitest'
import { cleanPlainText, employerProfileInput } from './employer-profile'

const valid = { fullName: 'Priya Menon', companyName: 'Menon Logistics', phone: '98765 43210', industry: '', cityId: '', website: '', about: '' }
const fieldErrors = (input: unknown) => {
  const r = employerProfileInput.safeParse(input)
  return r.success ? {} : r.error.flatten().fieldErrors
}

describe('employer profile input', () => {
  it('cleans and normalises: trimmed names, E.164 phone, canonical website, empty → null', () => {
    const out = employerProfileInput.parse({
      ...valid,
      fullName: '  Priya Menon ',
      companyName: '  Menon   Logistics\u202e Pvt Ltd ',
      phone: '+91 98765-43210',
      industry: 'Logistics & Delivery',
      cityId: 'pune-mh',
      website: ' www.menon-logistics.in ',
    })
    expect(out).toEqual({
      fullName: 'Priya Menon',
      companyName: 'Menon Logistics Pvt Ltd',
      phone: '+919876543210',
      industry: 'Logistics & Delivery',
      cityId: 'pune-mh',
      website: 'https://www.menon-logistics.in',
      about: null,
    })
    expect(employerProfileInput.parse(valid)).toMatchObject({ industry: null, cityId: null, website: null, about: null })
  })

  it('names each bad field', () => {
    expect(fieldErrors({ ...valid, industry: 'Smuggling' }).industry).toEqual(['Choose an industry from the list'])
    expect(fieldErrors({ ...valid, cityId: 'atlantis-xx' }).cityId).toEqual(['Choose your city from the list'])
    expect(fieldErrors({ ...valid, website: 'javascript:alert(1)' }).website).toEqual(['Enter a website address like example.com'])
    expect(fieldErrors({ ...valid, website: 'not a site' }).website).toEqual(['Enter a website address like example.com'])
    expect(fieldErrors({ ...valid, companyName: ' x ' }).companyName).toEqual(['Company name must be at least 2 characters'])
    expect(fieldErrors({ ...valid, phone: '12345' }).phone?.[0]).toMatch(/10 digits/)
    expect(fieldErrors({ ...valid, about: 'a'.repeat(2001) }).about).toEqual(['Keep it under 2000 characters'])
    expect(employerProfileInput.safeParse({ ...valid, email: 'x@example.com' }).success).toBe(false)
  })

  it('"about" is plain text: 2000 characters after cleaning, line breaks kept, hidden characters gone', () => {
    expect(employerProfileInput.parse({ ...valid, about: `${'a'.repeat(2000)}\n\n\n\n` }).about).toHaveLength(2000)
    expect(cleanPlainText('We hire riders.\r\n\r\n\r\n\r\nPune\u200b and\u0007 Mumbai.\t \n')).toBe('We hire riders.\n\nPune and Mumbai.')
    expect(cleanPlainText('<b>bold</b> stays as typed')).toBe('<b>bold</b> stays as typed')
  })
})
