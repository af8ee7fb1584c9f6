import { describe, expect, it } from 'vitest'
import { verhoeffCheckDigit } from './aadhaar'
import { INDIAN_LANGUAGES, ageOn, canonicalLanguage, makeProfileSchemas } from './profile-schema'

// 10:00 IST on 1 June 2026
const NOW = new Date('2026-06-01T04:30:00Z')
const { basicProfile, profileUpdate } = makeProfileSchemas(NOW)

const CAT = '6f1c2a5e-8b7d-4c3a-9e2f-1a2b3c4d5e6f'
const ROLE = '0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b'
const AADHAAR = '23412341234' + verhoeffCheckDigit('23412341234')

const GATE = {
  name: '  Ravi   Kumar ',
  currentCityId: 'IN-MH-mumbai',
  pinCode: '400 001',
  preferredCategoryId: CAT,
  preferredRoleId: ROLE,
  preferredCityIds: ['IN-MH-mumbai', 'IN-MH-pune', 'IN-MH-mumbai'],
}

function messageOf(result: { success: boolean; error?: { issues: Array<{ message: string; path: Array<string | number> }> } }, field: string) {
  expect(result.success).toBe(false)
  return result.error?.issues.find((i) => i.path[0] === field)?.message
}

describe('basic profile gate', () => {
  it('normalises a complete gate form', () => {
    expect(basicProfile.parse(GATE)).toEqual({
      name: 'Ravi Kumar',
      currentCityId: 'IN-MH-mumbai',
      pinCode: '400001',
      preferredCategoryId: CAT,
      preferredRoleId: ROLE,
      preferredCityIds: ['IN-MH-mumbai', 'IN-MH-pune'],
    })
  })

  it.each([
    ['name', 'R', /at least 2/],
    ['name', 'x'.repeat(81), /at most 80/],
    ['name', '<script>', /letters, spaces/],
    ['pinCode', '012345', /does not start with 0/],
    ['pinCode', '40001', /6 digits/],
    ['pinCode', '40000A', /6 digits/],
    ['currentCityId', '', /Choose your city/],
    ['preferredCategoryId', 'tech', /Choose a job category/],
    ['preferredRoleId', '', /Choose a job role/],
    ['preferredCityIds', [], /at least one/],
    ['preferredCityIds', ['a', 'b', 'c', 'd', 'e', 'f'], /at most 5/],
  ])('%s = %j is rejected', (field, value, message) => {
    expect(messageOf(basicProfile.safeParse({ ...GATE, [field]: value }), field)).toMatch(message)
  })

  it('accepts names in Indian scripts and with initials', () => {
    expect(basicProfile.parse({ ...GATE, name: 'रवि कुमार' }).name).toBe('रवि कुमार')
    expect(basicProfile.parse({ ...GATE, name: "K. S. D'Souza-Rao" }).name).toBe("K. S. D'Souza-Rao")
  })

  it('requires every gate field', () => {
    const result = basicProfile.safeParse({})
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(Object.keys(result.error.flatten().fieldErrors).sort()).toEqual(
        ['currentCityId', 'name', 'pinCode', 'preferredCategoryId', 'preferredCityIds', 'preferredRoleId'].sort(),
      )
    }
  })

  it('rejects a mobile key', () => {
    expect(basicProfile.safeParse({ ...GATE, mobile: '+919876543210' }).success).toBe(false)
  })
})

describe('profile update', () => {
  it('an empty update changes nothing', () => {
    expect(profileUpdate.parse({})).toEqual({})
  })

  it('NEVER accepts the mobile number', () => {
    for (const input of [{ mobile: '+919876543210' }, { name: 'Ravi Kumar', mobile: '9876543210' }]) {
      const r = profileUpdate.safeParse(input)
      expect(r.success).toBe(false)
      if (!r.success) {
        expect(r.error.issues[0].code).toBe('unrecognized_keys')
        expect(r.error.issues[0].message).toMatch(/mobile number .* cannot be changed/)
      }
    }
  })

  it("'' and null remove optional fields; undefined leaves them alone", () => {
    const cleared = profileUpdate.parse({ email: '', aboutHtml: '', currentSalaryMonthly: '', dateOfBirth: ' ', aadhaar: '', pan: null, languages: null })
    expect(cleared).toEqual({ email: null, aboutHtml: null, currentSalaryMonthly: null, dateOfBirth: null, aadhaar: null, pan: null, languages: null })
    expect(profileUpdate.parse({ name: 'Asha' })).toEqual({ name: 'Asha' })
  })

  it('gate fields can change but not be removed', () => {
    expect(profileUpdate.safeParse({ name: '' }).success).toBe(false)
    expect(profileUpdate.safeParse({ pinCode: '' }).success).toBe(false)
    expect(profileUpdate.safeParse({ preferredCityIds: [] }).success).toBe(false)
    expect(profileUpdate.parse({ preferredRoleId: ROLE, pinCode: '560001' })).toEqual({ preferredRoleId: ROLE, pinCode: '560001' })
  })

  it('normalises the personal fields', () => {
    expect(
      profileUpdate.parse({
        email: ' Ravi@Example.COM ',
        aboutHtml: '<p onclick="x">Hi <b>there</b></p><script>alert(1)</script>',
        currentSalaryMonthly: '₹ 18,000',
        dateOfBirth: '15-08-1995',
        aadhaar: `${AADHAAR.slice(0, 4)} ${AADHAAR.slice(4, 8)} ${AADHAAR.slice(8)}`,
        pan: 'abcpe1234f',
        languages: ['  hindi ', 'ENGLISH', 'Hindi', 'oriya', 'Garhwali', 'garhwali'],
      }),
    ).toEqual({
      email: 'ravi@example.com',
      aboutHtml: '<p>Hi <strong>there</strong></p>',
      currentSalaryMonthly: 18000,
      dateOfBirth: '1995-08-15',
      aadhaar: AADHAAR,
      pan: 'ABCPE1234F',
      languages: ['Hindi', 'English', 'Odia', 'Garhwali'],
    })
  })

  it.each([
    ['email', 'not-an-email', /valid email/],
    ['aboutHtml', `<p>${'a'.repeat(2001)}</p>`, /at most 2,000 characters/],
    ['currentSalaryMonthly', -1, /negative/],
    ['currentSalaryMonthly', '1000001', /10,00,000 or less/],
    ['currentSalaryMonthly', 'eighteen thousand', /as a number/],
    ['currentSalaryMonthly', '₹', /as a number/],
    ['currentSalaryMonthly', 1500.5, /whole rupees/],
    ['dateOfBirth', '1995-8-15', /dd-mm-yyyy/],
    ['dateOfBirth', '15/13/1995', /does not exist/],
    ['dateOfBirth', '29-02-2001', /does not exist/],
    ['dateOfBirth', '01-01-2030', /future/],
    ['dateOfBirth', '02-06-2008', /at least 18/],
    ['dateOfBirth', '31-05-1955', /70 or less/],
    ['aadhaar', '123412341234', /cannot start with 0 or 1/],
    ['aadhaar', AADHAAR.slice(0, 11) + ((Number(AADHAAR[11]) + 1) % 10), /not a valid Aadhaar/],
    ['pan', 'ABCDE1234F', /4th letter/],
    ['languages', [], /at least one/],
    ['languages', Array.from({ length: 16 }, (_, i) => 'L' + 'a'.repeat(i + 1)), /at most 15/],
    ['languages', ['H'], /2–40 letters/],
    ['languages', ['<b>Hindi</b>'], /letters only/],
  ])('%s = %j is rejected with a clear message', (field, value, message) => {
    expect(messageOf(profileUpdate.safeParse({ [field]: value }), field)).toMatch(message)
  })

  it('applies the 18–70 age rule on the Indian calendar date', () => {
    // turns 18 exactly today
    expect(profileUpdate.parse({ dateOfBirth: '01-06-2008' }).dateOfBirth).toBe('2008-06-01')
    expect(profileUpdate.parse({ dateOfBirth: '2008-06-01' }).dateOfBirth).toBe('2008-06-01')
    expect(profileUpdate.parse({ dateOfBirth: '02.06.1955' }).dateOfBirth).toBe('1955-06-02')
    // 19:00 UTC on 31 May is already 1 June 00:30 in India
    const lateUtc = makeProfileSchemas(new Date('2026-05-31T19:00:00Z')).profileUpdate
    expect(lateUtc.parse({ dateOfBirth: '01-06-2008' }).dateOfBirth).toBe('2008-06-01')
    const earlierUtc = makeProfileSchemas(new Date('2026-05-31T18:00:00Z')).profileUpdate
    expect(earlierUtc.safeParse({ dateOfBirth: '01-06-2008' }).success).toBe(false)
  })

  it('ageOn counts whole years', () => {
    expect(ageOn({ y: 2000, m: 6, d: 1 }, NOW)).toBe(26)
    expect(ageOn({ y: 2000, m: 6, d: 2 }, NOW)).toBe(25)
  })
})

describe('languages', () => {
  it('has at least 20 Indian language suggestions, unique', () => {
    expect(INDIAN_LANGUAGES.length).toBeGreaterThanOrEqual(20)
    expect(new Set(INDIAN_LANGUAGES.map((l) => l.toLowerCase())).size).toBe(INDIAN_LANGUAGES.length)
    for (const l of ['Hindi', 'English', 'Marathi', 'Tamil', 'Telugu', 'Kannada', 'Bengali', 'Gujarati', 'Punjabi', 'Malayalam', 'Odia', 'Urdu']) {
      expect(INDIAN_LANGUAGES).toContain(l)
    }
  })

  it('canonicalises known spellings and keeps custom ones as typed', () => {
    expect(canonicalLanguage(' tamil ')).toBe('Tamil')
    expect(canonicalLanguage('Bangla')).toBe('Bengali')
    expect(canonicalLanguage('Tulu  Nadu')).toBe('Tulu Nadu')
  })
})
