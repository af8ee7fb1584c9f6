import { describe, expect, it } from 'vitest'
import { findCity } from '../../server/master-data/cities'
import { CATEGORIES, CATEGORY_SLUGS } from './categories'
import { DEMO_EMAIL_SUFFIX, DEMO_EMPLOYER_BY_SLUG, DEMO_EMPLOYERS } from './demo-employers'
import {
  DEFAULT_DEMO_JOB_COUNT,
  DEFAULT_DEMO_SEED,
  DEMO_CITIES,
  DEMO_JOB_WINDOW_DAYS,
  TITLE_VARIANTS,
  generateDemoJobs,
} from './demo-jobs'
import { ROLE_BY_SLUG, ROLES } from './roles'

const now = new Date('2026-03-01T10:00:00.000Z')
const jobs = generateDemoJobs({ seed: DEFAULT_DEMO_SEED, count: DEFAULT_DEMO_JOB_COUNT, now })

/** India Post PIN zones by first digit */
const PIN_ZONE: Readonly<Record<string, string>> = {
  DL: '1', HR: '1', PB: '1', HP: '1', JK: '1', CH: '1', LA: '1',
  UP: '2', UT: '2',
  RJ: '3', GJ: '3', DH: '3',
  MH: '4', MP: '4', CT: '4', GA: '4',
  AP: '5', TG: '5', KA: '5',
  TN: '6', KL: '6', PY: '6', LD: '6',
  WB: '7', OR: '7', AS: '7', AR: '7', MN: '7', ML: '7', MZ: '7', NL: '7', SK: '7', TR: '7', AN: '7',
  BR: '8', JH: '8',
}

describe('generateDemoJobs', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateDemoJobs({ seed: DEFAULT_DEMO_SEED, count: DEFAULT_DEMO_JOB_COUNT, now })
    expect(again).toEqual(jobs)
    const other = generateDemoJobs({ seed: DEFAULT_DEMO_SEED + 1, count: DEFAULT_DEMO_JOB_COUNT, now })
    expect(other.map((j) => j.title)).not.toEqual(jobs.map((j) => j.title))
  })

  it('keeps earlier jobs stable when the count grows', () => {
    expect(generateDemoJobs({ seed: DEFAULT_DEMO_SEED, count: 40, now })).toEqual(jobs.slice(0, 40))
    expect(generateDemoJobs({ seed: 1, count: 0, now })).toEqual([])
  })

  it('generates ≥ 300 demo jobs with unique keys', () => {
    expect(jobs.length).toBeGreaterThanOrEqual(300)
    expect(new Set(jobs.map((j) => j.key)).size).toBe(jobs.length)
    for (const j of jobs) expect(j.isDemo).toBe(true)
  })

  it('covers every category, every role and ≥ 25 cities', () => {
    const cats = new Set(jobs.flatMap((j) => j.categorySlugs))
    for (const c of CATEGORIES) expect(cats.has(c.slug)).toBe(true)
    expect(new Set(jobs.map((j) => j.roleSlug)).size).toBe(ROLES.length)
    expect(new Set(jobs.map((j) => j.city)).size).toBeGreaterThanOrEqual(25)
    expect(new Set(jobs.map((j) => j.city)).size).toBe(DEMO_CITIES.length)
  })

  it.each([1, 20261201, 987654321])('keeps the coverage guarantees for seed %i', (seed) => {
    const other = generateDemoJobs({ seed, count: 300, now })
    expect(new Set(other.flatMap((j) => j.categorySlugs)).size).toBe(CATEGORIES.length)
    expect(new Set(other.map((j) => j.city)).size).toBeGreaterThanOrEqual(25)
    expect(new Set(other.map((j) => j.employerSlug)).size).toBeGreaterThanOrEqual(40)
    for (const j of other) {
      if (j.jobType === 'blue_collar') expect(j.workMode).toBe('onsite')
      expect(j.salaryMinMonthly).toBeLessThanOrEqual(j.salaryMaxMonthly)
    }
  })

  it('uses canonical cities that resolve, with matching coordinates', () => {
    for (const c of DEMO_CITIES) expect(findCity(c.name)?.name).toBe(c.name)
    for (const j of jobs) {
      const c = findCity(j.city)
      expect(c?.name).toBe(j.city)
      expect(c?.id).toBe(j.cityId)
      expect([c?.lat, c?.lng, c?.state]).toEqual([j.lat, j.lng, j.state])
    }
  })

  it('uses existing roles, their categories and their employers; ≥ 40 distinct employers', () => {
    for (const j of jobs) {
      const role = ROLE_BY_SLUG.get(j.roleSlug)
      expect(role).toBeDefined()
      expect(j.categorySlugs).toEqual(role?.categories)
      expect(j.jobType).toBe(role?.jobType)
      for (const c of j.categorySlugs) expect(CATEGORY_SLUGS.has(c)).toBe(true)
      expect(DEMO_EMPLOYER_BY_SLUG.get(j.employerSlug)?.roles).toContain(j.roleSlug)
      for (const s of j.skills) expect(role?.suggestedSkills).toContain(s)
      expect(j.skills.length).toBeGreaterThanOrEqual(3)
    }
    expect(new Set(jobs.map((j) => j.employerSlug)).size).toBeGreaterThanOrEqual(40)
  })

  it('has sensible salaries and experience', () => {
    for (const j of jobs) {
      expect(j.salaryMinMonthly).toBeLessThanOrEqual(j.salaryMaxMonthly)
      expect(j.salaryMinMonthly).toBeGreaterThanOrEqual(5000)
      expect(j.salaryMinMonthly % 500).toBe(0)
      expect(j.salaryMaxMonthly % 500).toBe(0)
      const band = ROLE_BY_SLUG.get(j.roleSlug)?.salaryMonthly
      expect(j.salaryMaxMonthly).toBeLessThanOrEqual((band?.max ?? 0) * 1.25)
      expect(j.experienceMinMonths).toBeGreaterThanOrEqual(0)
      if (j.experienceMaxMonths !== null) expect(j.experienceMaxMonths).toBeGreaterThan(j.experienceMinMonths)
      expect(j.openings).toBeGreaterThanOrEqual(1)
    }
    const median = (slug: string) => {
      const xs = jobs.filter((j) => j.roleSlug === slug && j.employmentType !== 'internship').map((j) => j.salaryMaxMonthly).sort((a, b) => a - b)
      return xs[Math.floor(xs.length / 2)]
    }
    expect(median('software-developer')).toBeGreaterThan(median('delivery-boy'))
  })

  it('never makes blue-collar or on-site-only roles remote', () => {
    for (const j of jobs) {
      const role = ROLE_BY_SLUG.get(j.roleSlug)
      if (j.jobType === 'blue_collar') expect(j.workMode).toBe('onsite')
      expect(role?.workModes).toContain(j.workMode)
    }
    expect(jobs.some((j) => j.workMode === 'remote')).toBe(true)
    expect(jobs.some((j) => j.workMode === 'hybrid')).toBe(true)
  })

  it('asks delivery and driving roles for a licence (and bike), telecallers for 2 languages', () => {
    for (const j of jobs) {
      const role = ROLE_BY_SLUG.get(j.roleSlug)
      if (role?.templateFamily === 'delivery') expect(j.requirements).toMatchObject({ drivingLicence: true, twoWheeler: true })
      if (role?.templateFamily === 'driving') expect(j.requirements.drivingLicence).toBe(true)
      if (role?.templateFamily === 'telecalling') expect(j.requirements.minLanguages).toBeGreaterThanOrEqual(2)
      expect(j.requirements.languages.length).toBeGreaterThanOrEqual(j.requirements.minLanguages)
      expect(new Set(j.requirements.languages).size).toBe(j.requirements.languages.length)
    }
  })

  it('has a 6-digit PIN in the right postal zone and real localities only for big cities', () => {
    for (const j of jobs) {
      expect(j.pinCode).toMatch(/^[1-8]\d{5}$/)
      const stateCode = findCity(j.city)?.stateCode ?? ''
      expect(`${j.city} ${j.pinCode[0]}`).toBe(`${j.city} ${PIN_ZONE[stateCode]}`)
      const dc = DEMO_CITIES.find((c) => c.name === j.city)
      if (j.locality !== null) {
        expect(j.workMode).not.toBe('remote')
        expect(dc?.localities).toContainEqual([j.locality, Number(j.pinCode)])
      }
    }
    expect(jobs.filter((j) => j.locality !== null).length).toBeGreaterThan(100)
  })

  it('spreads publishedAt over the 30 days before now', () => {
    const windowMs = DEMO_JOB_WINDOW_DAYS * 86_400_000
    const ages = jobs.map((j) => now.getTime() - j.publishedAt.getTime())
    for (const a of ages) {
      expect(a).toBeGreaterThanOrEqual(0)
      expect(a).toBeLessThan(windowMs)
    }
    expect(ages.some((a) => a < 3 * 86_400_000)).toBe(true)
    expect(ages.some((a) => a > 25 * 86_400_000)).toBe(true)
  })

  it('writes realistic titles and 3–6 sentence descriptions', () => {
    for (const j of jobs) {
      expect(j.title.length).toBeGreaterThan(3)
      expect(j.title.length).toBeLessThanOrEqual(100)
      const sentences = j.description.split(/(?<=[.!?])\s+/)
      expect(sentences.length).toBeGreaterThanOrEqual(3)
      expect(sentences.length).toBeLessThanOrEqual(6)
      // intro, then the duties line
      expect(sentences[1]).toMatch(/^(You will|Work includes|Daily work|Duties include|Every day|The work)/)
      expect(j.description).not.toMatch(/undefined|null|NaN|\[object/)
      expect(j.description).toContain(j.city)
      expect(j.description).toContain(DEMO_EMPLOYER_BY_SLUG.get(j.employerSlug)?.name ?? '?')
    }
    const bikeJob = jobs.find((j) => j.requirements.twoWheeler)
    expect(bikeJob?.description).toMatch(/driving licence and your own two-wheeler/)
    expect(jobs.some((j) => /PF/.test(j.description))).toBe(true)
    for (const r of ROLES) expect(TITLE_VARIANTS[r.slug]?.length ?? 0).toBeGreaterThanOrEqual(2)
  })
})

describe('demo employers', () => {
  it('has ≥ 45 clearly fictional employers in resolvable cities', () => {
    expect(DEMO_EMPLOYERS.length).toBeGreaterThanOrEqual(45)
    expect(DEMO_EMPLOYER_BY_SLUG.size).toBe(DEMO_EMPLOYERS.length)
    for (const e of DEMO_EMPLOYERS) {
      // the job's Demo badge marks them (is_demo); the name itself stays plain
      expect(e.name).not.toMatch(/demo/i)
      expect(e.emailDomain.endsWith(DEMO_EMAIL_SUFFIX)).toBe(true)
      expect(e.contactEmail).toBe(`hiring@${e.emailDomain}`)
      expect(findCity(e.city)?.name).toBe(e.city)
      expect(e.industry.length).toBeGreaterThan(2)
      for (const r of e.roles) expect(ROLE_BY_SLUG.has(r)).toBe(true)
      for (const c of e.categories) expect(CATEGORY_SLUGS.has(c)).toBe(true)
    }
  })

  it('gives every role at least one employer', () => {
    for (const r of ROLES) expect(DEMO_EMPLOYERS.some((e) => e.roles.includes(r.slug)), r.slug).toBe(true)
  })
})
