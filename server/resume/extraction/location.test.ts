import { describe, expect, it } from 'vitest'
import { cityInText, extractLocation, looksLikePlace } from './location'
import { docFromLines, h } from '../../../tests/helpers/test-layout'

describe('cityInText', () => {
  it.each([
    ['Dhankawadi, Pune-(411043), INDIA', 'Pune'],
    ['Road, Off Sinhgad Road, Pune 411041', 'Pune'],
    ['Pune, Maharashtra, India', 'Pune'],
    ['Bombay', 'Mumbai'],
    ['Bengaluru / Bangalore', 'Bengaluru'],
    ['H.No 12, Gandhi Nagar, Nagpur - 440001', 'Nagpur'],
    ['Seattle, WA', 'Seattle'],
    ['2222 McCoy Road • Columbus, Ohio 44444', 'Columbus'],
    ['Mapo-gu, Seoul, Republic of Korea', 'Seoul'],
  ])('%s → %s', (text, city) => {
    expect(cityInText(text, false)?.name).toBe(city)
  })

  it('rejects placeholders and plain words', () => {
    expect(cityInText('4567 Main Street City, ST 98052', false)).toBeNull()
    expect(cityInText('Enthusiastic Data science and Analyst', true)).toBeNull()
  })
})

describe('looksLikePlace', () => {
  it('tells places from names that contain a place', () => {
    expect(looksLikePlace('Mountain View, CA')).toBe(true)
    expect(looksLikePlace('Pune, Maharashtra, India')).toBe(true)
    expect(looksLikePlace('Seoul, S.Korea')).toBe(true)
    expect(looksLikePlace('Savitribai Phule Pune University', /university/i)).toBe(false)
    expect(looksLikePlace('Software Engineer')).toBe(false)
  })
})

describe('extractLocation', () => {
  it('prefers a "Current Location:" label', () => {
    const doc = docFromLines(['Name', 'Current Location: Bangalore', 'Pref. Location: Mumbai, Pune'])
    expect(extractLocation(doc)).toMatchObject({ value: 'Bengaluru', confidence: 'high' })
  })

  it('reads an address written below its label', () => {
    const doc = docFromLines(['Atharva Joshi', 'Present Address:', 'D-13, Shivprasad Complex', 'Road, Off Sinhgad Road, Pune 411041', h('Objective'), 'text'])
    expect(extractLocation(doc)?.value).toBe('Pune')
  })

  it('never takes an employer’s or college’s city', () => {
    const doc = docFromLines(['Sourabh Bajaj', 'sourabh@x.com', h('Experience'), 'Google\tMountain View, CA', 'Infosys\tPune, Maharashtra', h('Education'), 'IIT Delhi, Delhi'])
    expect(extractLocation(doc)).toBeNull()
  })

  it('falls back to "Place:" under the declaration, with low confidence', () => {
    const doc = docFromLines(['Suresh Patil', h('Declaration'), 'I hereby declare…', 'Place : Nagpur'])
    expect(extractLocation(doc)).toMatchObject({ value: 'Nagpur', confidence: 'low' })
  })

  it.each([
    [['Ravi Kumar', 'Current Location: Banglore'], 'Bengaluru'],
    [['Ravi Kumar', 'Location: Hydrabad'], 'Hyderabad'],
    [['Shiksha B', 'chnadigarh - Email me on Indeed: indeed.com/r/Shiksha-B/70e6'], 'Chandigarh'],
    [['Dushyant Bhatt', 'Hyderabad-Deccan, Telangana - Email me on Indeed'], 'Hyderabad'],
  ])('matches typing slips and hyphenated areas to the city: %j', (lines, city) => {
    expect(extractLocation(docFromLines(lines))?.value).toBe(city)
  })

  it('does not read a name line as a misspelt town', () => {
    // "Anand S" is one slip from the town Anand
    expect(extractLocation(docFromLines(['Anand S', 'Bangalore, Karnataka - Email me on Indeed']))?.value).toBe('Bengaluru')
  })

  it.each([
    [['John Doe', 'Austin, TX | john@x.com | (512) 555-0100'], 'Austin, TX'],
    [['John Doe', 'Location: Dubai, UAE'], 'Dubai, UAE'],
    [['John Doe', 'Address: 12 Baker Street, London NW1 6XE, United Kingdom'], 'London, United Kingdom'],
    [['John Doe', 'Location: Leeds'], 'Leeds'],
  ])('keeps a place outside India as written: %j', (lines, place) => {
    expect(extractLocation(docFromLines(lines))).toMatchObject({ value: place, city: null })
  })

  it('keeps an Indian place the dataset lacks, named before its state, as written', () => {
    expect(extractLocation(docFromLines(['Soumya Balan', 'IT SUPPORT', 'Sulthan Bathery, Kerala - Email me on Indeed']))).toMatchObject({ value: 'Sulthan Bathery', city: null })
  })

  it('keeps "Location: Remote" and employers’ cities out', () => {
    for (const v of ['Remote', 'Not Mentioned', 'Client Site', 'Hybrid']) expect(extractLocation(docFromLines(['John Doe', `Location: ${v}`]))).toBeNull()
    expect(extractLocation(docFromLines(['Deepika S', 'Test Engineer - Infosys Ltd', h('Work Experience'), 'Infosys Ltd - Chennai, Tamil Nadu -']))).toBeNull()
  })
})
