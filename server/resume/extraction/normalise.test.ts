import { describe, expect, it } from 'vitest'
import { canonicalCity, canonicalSkill, canonicalSkills, experienceToMonths, normaliseDate, normalisePhone, salaryToMonthly } from './normalise'

describe('normalisePhone → E.164', () => {
  it.each([
    ['+91 98765 43210', '+919876543210'],
    ['+91-98765-43210', '+919876543210'],
    ['098765 43210', '+919876543210'],
    ['09876543210', '+919876543210'],
    ['9876543210', '+919876543210'],
    ['91 98765 43210', '+919876543210'],
    ['919876543210', '+919876543210'],
    ['0091 98765 43210', '+919876543210'],
    ['(+82)10-9030-1843', '+821090301843'],
    ['+1 (206) 555-0149', '+12065550149'],
  ])('%s → %s', (raw, e164) => {
    expect(normalisePhone(raw)?.e164).toBe(e164)
  })

  it('marks numbers that are only possible, and refuses non-numbers', () => {
    expect(normalisePhone('+1-123-456-7890')).toEqual({ e164: '+11234567890', valid: false })
    expect(normalisePhone('12345')).toBeNull()
    expect(normalisePhone('2015 - 2017')).toBeNull()
  })
})

describe('salaryToMonthly', () => {
  it.each([
    ['5 LPA', 41667],
    ['3.6 lakh per annum', 30000],
    ['2.5 lacs', 20833],
    ['6,00,000 per year', 50000],
    ['600000', 50000],
    ['₹25,000/month', 25000],
    ['Rs. 18,000 per month', 18000],
    ['25k', 25000],
    ['20-25k', 20000],
    ['15000', 15000],
    ['1.2 Cr', 1000000],
    ['CTC 12 LPA', 100000],
  ])('%s → %d', (text, monthly) => {
    expect(salaryToMonthly(text)).toBe(monthly)
  })

  it('returns null without a figure', () => {
    expect(salaryToMonthly('negotiable')).toBeNull()
  })
})

describe('experienceToMonths', () => {
  it.each([
    ['2 yrs 3 months', 27],
    ['1 Year(s) 0 Month(s)', 12],
    ['2 Year(s) 4 Month(s)', 28],
    ['2.5 years', 30],
    ['6 months', 6],
    ['3+ years', 36],
    ['Fresher', 0],
  ])('%s → %d', (text, months) => {
    expect(experienceToMonths(text)).toBe(months)
  })

  it('returns null when no duration is written', () => {
    expect(experienceToMonths('lots')).toBeNull()
  })
})

describe('canonicalCity', () => {
  it('resolves aliases and old names to the dataset name', () => {
    expect(canonicalCity('Bombay')).toBe('Mumbai')
    expect(canonicalCity('Bangalore')).toBe('Bengaluru')
    expect(canonicalCity('Bengaluru / Bangalore')).toBe('Bengaluru')
    expect(canonicalCity('gurgaon')).toBe('Gurugram')
    expect(canonicalCity('Pune-411041')).toBe('Pune')
    expect(canonicalCity('Atlantis')).toBeNull()
  })
})

describe('canonicalSkill', () => {
  it.each([
    ['nodejs', 'Node.js'],
    ['reactjs', 'React'],
    ['ms excel', 'MS Excel'],
    ['MS-Excel', 'MS Excel'],
    ['MYSQL', 'MySQL'],
    ['c++', 'C++'],
    ['core java', 'Java'],
    ['PROJECT MANAGEMENT', 'Project Management'],
    ['tally erp 9', 'Tally'],
    ['welding', 'Welding'],
    ['custom thing', 'Custom thing'],
  ])('%s → %s', (raw, canonical) => {
    expect(canonicalSkill(raw)).toBe(canonical)
  })

  it('de-duplicates spellings of one skill', () => {
    expect(canonicalSkills(['ReactJS', 'react', 'Node', 'node.js', 'SQL'])).toEqual(['React', 'Node.js', 'SQL'])
  })
})

describe('normaliseDate', () => {
  it('takes the first date of a text', () => {
    expect(normaliseDate('Jun 2019')).toBe('2019-06')
    expect(normaliseDate('since March 2020')).toBe('2020-03')
    expect(normaliseDate('no date')).toBeUndefined()
  })
})
