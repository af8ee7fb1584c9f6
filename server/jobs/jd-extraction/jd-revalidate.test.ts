import { describe, expect, it } from 'vitest'
import { emptyJdExtraction, revalidateJd } from './jd-revalidate'
import { jdExtractionSchema } from './jd-schema'
import { scoreJd, titleMatches, educationMatches, cityMatches, aggregateJd } from './score-jd'

const base = () => ({ ...emptyJdExtraction(), title: 'Driver', confidence: { title: 'high' as const } })

describe('revalidateJd', () => {
  it('swaps a min above its max', () => {
    const { value, dropped } = revalidateJd({ ...base(), salary_min_monthly_inr: 25000, salary_max_monthly_inr: 18000, experience_min_months: 36, experience_max_months: 12 })
    expect([value.salary_min_monthly_inr, value.salary_max_monthly_inr]).toEqual([18000, 25000])
    expect([value.experience_min_months, value.experience_max_months]).toEqual([12, 36])
    expect(dropped).toEqual([])
  })

  it('drops absurd values and says which', () => {
    const { value, dropped } = revalidateJd({
      ...base(),
      salary_min_monthly_inr: 15,
      salary_max_monthly_inr: 90_000_000,
      experience_min_months: 720,
      openings: 0,
      pin_code: '012345',
      work_mode: 'moon',
      confidence: { title: 'high', salary: 'high', experience: 'high' },
    })
    expect(value).toMatchObject({ salary_min_monthly_inr: null, salary_max_monthly_inr: null, experience_min_months: null, openings: null, pin_code: null, work_mode: null })
    expect(dropped.map((d) => d.field).sort()).toEqual(['experience_min_months', 'openings', 'pin_code', 'salary_max_monthly_inr', 'salary_min_monthly_inr', 'work_mode'])
    // a dropped field loses its confidence: the bot will ask for it
    expect(value.confidence).toEqual({ title: 'high' })
  })

  it('keeps a half-dropped range but marks it low', () => {
    const { value } = revalidateJd({ ...base(), salary_min_monthly_inr: 15000, salary_max_monthly_inr: 900_000_000, confidence: { salary: 'high' } })
    expect([value.salary_min_monthly_inr, value.salary_max_monthly_inr]).toEqual([15000, null])
    expect(value.confidence.salary).toBe('low')
  })

  it('rounds LLM decimals, de-duplicates lists and always returns the schema shape', () => {
    const { value } = revalidateJd({ ...base(), salary_min_monthly_inr: 15000.4, skills: ['SQL', 'sql', ' Excel '], requirements: { driving_licence: true, two_wheeler: null, languages: ['Hindi', 'hindi'] } })
    expect(value.salary_min_monthly_inr).toBe(15000)
    expect(value.skills).toEqual(['SQL', 'Excel'])
    expect(value.requirements.languages).toEqual(['Hindi'])
    expect(jdExtractionSchema.safeParse(value).success).toBe(true)
    expect(jdExtractionSchema.safeParse(revalidateJd('nonsense').value).success).toBe(true)
  })
})

describe('scoring (eval definitions)', () => {
  it('matches titles loosely and nothing else', () => {
    expect(titleMatches('Field Sales Executive', 'Field Sales Executives')).toBe(true)
    expect(titleMatches('Chef (Asian Commis 1 / Continental Commis 1)', 'Chef')).toBe(true)
    expect(titleMatches('Data Analyst || Gurgaon Location', 'Data Analyst')).toBe(true)
    expect(titleMatches('Security Guard', 'Guards')).toBe(true)
    expect(titleMatches('Java Developer', 'Accountant')).toBe(false)
    expect(titleMatches('Senior Java Spring Boot Microservices Architect', 'Developer')).toBe(false)
  })

  it('matches education by text or level, cities by roll-up', () => {
    expect(educationMatches('Diploma', 'Diploma,B.tech,M.tech,BCA')).toBe(true)
    expect(educationMatches('Graduate', 'Any Graduation')).toBe(true)
    expect(educationMatches('10th Pass', 'Graduate')).toBe(false)
    expect(cityMatches('Hyderabad', 'Kondapur')).toBe(true)
    expect(cityMatches('Bengaluru', 'Bangalore')).toBe(true)
    expect(cityMatches('Pune', 'Mumbai')).toBe(false)
  })

  it('counts false fills only where the label is null', () => {
    const e = { ...emptyJdExtraction(), title: 'Cook', city: null }
    const a = { ...emptyJdExtraction(), title: 'Cook', city: 'Delhi', skills: ['Cooking'] }
    const report = aggregateJd([scoreJd(e, a)])
    expect(report.fields.city).toMatchObject({ accuracy: 0, falseFills: 1 })
    expect(report.fields.title).toMatchObject({ accuracy: 1, found: 1 })
    expect(report.skills).toMatchObject({ tp: 0, fp: 1, fn: 0 })
  })
})
