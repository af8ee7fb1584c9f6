import { afterAll, describe, expect, it } from 'vitest'
import { evaluate } from '../../../scripts/eval-extract'
import { closePdfWorkers } from './pdf-text'

/**
 * The evaluation over the real fixture resumes (shared/fixtures/resumes), as a test. The floors
 * may only rise: they are what the extractor reaches today (it is deterministic).
 */
const FLOORS = {
  name: 1,
  email: 1,
  phone: 1,
  location: 1,
  links: 1,
  skills: 1,
  languages: 1,
  institutions: 1,
  companies: 1,
  titles: 1,
  experienceDates: 1,
}

afterAll(() => closePdfWorkers())

describe('extraction evaluation over the fixture resumes', () => {
  it('meets the floors on every field', async () => {
    const { report, files } = await evaluate()
    expect(files.length).toBe(12)
    expect(files.filter((f) => f.refused)).toEqual([])
    const reached = {
      name: report.name.accuracy,
      email: report.email.accuracy,
      phone: report.phone.accuracy,
      location: report.location.accuracy,
      links: report.links.f1,
      skills: report.skills.f1,
      languages: report.languages.f1,
      institutions: report.institutions.f1,
      companies: report.companies.f1,
      titles: report.titles.f1,
      experienceDates: report.experienceDates.share,
    }
    for (const [field, floor] of Object.entries(FLOORS)) expect(reached[field as keyof typeof reached], field).toBeGreaterThanOrEqual(floor)
  }, 25_000)
})
