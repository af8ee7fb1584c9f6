import { describe, expect, it } from 'vitest'
import { formatExperience, formatInr, formatPosted, formatSalaryRange } from './format'

describe('format', () => {
  it('groups rupees the Indian way', () => {
    expect(formatInr(18000)).toBe('₹18,000')
    expect(formatInr(125000)).toBe('₹1,25,000')
  })
  it('shortens salary ranges', () => {
    expect(formatSalaryRange(18000, 25000)).toBe('₹18k–25k /month')
    expect(formatSalaryRange(120000, 150000)).toBe('₹1.2L–1.5L /month')
    expect(formatSalaryRange(null, null)).toBe('Salary not disclosed')
    expect(formatSalaryRange(15500, 15500)).toBe('₹15.5k /month')
  })
  it('describes experience ranges', () => {
    expect(formatExperience(0, 0)).toBe('Freshers')
    expect(formatExperience(0, null)).toBe('Any experience')
    expect(formatExperience(24, 60)).toBe('2–5 yrs')
    expect(formatExperience(18, null)).toBe('1.5+ yrs')
  })
  it('says how long ago a job was posted', () => {
    const now = new Date('2026-12-01T10:00:00Z')
    expect(formatPosted('2026-11-28T10:00:00Z', now)).toBe('Posted 3 days ago')
    expect(formatPosted('2026-12-01T09:50:00Z', now)).toBe('Posted just now')
  })
})
