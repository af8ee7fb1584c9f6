import { describe, expect, it } from 'vitest'
import { buildMatchCandidate, candidateAnchors, isTier3, nearestMetro, skillMatchKeys, type CandidateInputs } from './candidate-facts'
import { MATCH_PARAMS } from './match-score'
import { findCity, getCityById } from '../master-data/cities'

const DELIVERY = '00000000-0000-4000-8000-000000000001'
const TRANSPORT = '00000000-0000-4000-8000-000000000002'
const RETAIL = '00000000-0000-4000-8000-000000000003'
const ROLE = '10000000-0000-4000-8000-000000000001'

const base: CandidateInputs = {
  preferredRoleId: ROLE,
  preferredRoleName: 'Delivery Boy',
  preferredCategoryId: DELIVERY,
  currentCityId: 'mumbai-mh',
  preferredCityIds: ['mumbai-mh', 'thane-mh'],
  profileLanguages: [],
  profileHasDrivingLicence: null,
  profileVehicleType: null,
  profileCurrentSalaryMonthly: null,
  resume: null,
  categories: [
    { id: DELIVERY, name: 'Delivery & Logistics', viaRole: true },
    { id: TRANSPORT, name: 'Transportation & Driving', viaRole: true },
    { id: RETAIL, name: 'Retail & E-commerce', viaRole: false },
  ],
}

describe('skillMatchKeys', () => {
  it('keys each skill by what was written, its canonical name and its known spellings, lower-cased', () => {
    const keys = skillMatchKeys(['reactjs', 'TypeScript', 'Two-wheeler riding'])!
    expect(keys).toEqual(expect.arrayContaining(['reactjs', 'react', 'typescript', 'two-wheeler riding']))
    expect(keys.every((k) => k === k.toLowerCase() && k.trim() === k && k.length > 0)).toBe(true)
    expect(new Set(keys).size).toBe(keys.length)
    expect(skillMatchKeys([])).toBeNull()
  })

  it('comes from the current resume', () => {
    const c = buildMatchCandidate({ ...base, resume: { skills: ['React', 'Node.js'] } })
    expect(c.skillKeys).toEqual(expect.arrayContaining(['react', 'node.js']))
  })
})

describe('buildMatchCandidate', () => {
  it('takes preferences from the profile and splits same and related categories', () => {
    const c = buildMatchCandidate(base)
    expect(c.roleId).toBe(ROLE)
    expect(c.roleName).toBe('Delivery Boy')
    expect(c.sameCategoryIds).toEqual([DELIVERY])
    expect(c.sameCategoryName).toBe('Delivery & Logistics')
    // related = the role's other categories only; a category merely sharing some role is not
    expect(c.relatedCategories.map((r) => r.id)).toEqual([TRANSPORT])
    expect(c.anchors.map((a) => [a.cityId, a.kind])).toEqual([
      ['mumbai-mh', 'current'],
      ['thane-mh', 'preferred'],
    ])
  })

  it('without a category falls back to the preferred role’s categories', () => {
    const c = buildMatchCandidate({ ...base, preferredCategoryId: null })
    expect(c.sameCategoryIds.sort()).toEqual([DELIVERY, TRANSPORT].sort())
    expect(c.relatedCategories).toEqual([])
  })

  it('reads resume facts, ignores invalid ones and leaves missing ones unknown', () => {
    const c = buildMatchCandidate({
      ...base,
      resume: { experience_months: 30, expected_salary_monthly: 22_000, has_driving_licence: true, owns_vehicle: true, vehicle_type: 'two_wheeler', languages: ['hindi', 'Marathi'], skills: 'not-an-array' },
    })
    expect(c).toMatchObject({ experienceMonths: 30, salaryMonthly: 22_000, salaryBasis: 'expected', hasDrivingLicence: true, hasTwoWheeler: true, languages: ['Hindi', 'Marathi'], skillKeys: null })
    const bad = buildMatchCandidate({ ...base, resume: { experience_months: -4, expected_salary_monthly: 'lots' } })
    expect(bad).toMatchObject({ experienceMonths: null, salaryMonthly: null, hasDrivingLicence: null, hasTwoWheeler: null, languages: null })
    expect(buildMatchCandidate({ ...base, resume: 'garbage' }).experienceMonths).toBeNull()
  })

  it('an expected salary range is a floor at its lower bound; a resume stored before ranges (one number) reads the same', () => {
    expect(buildMatchCandidate({ ...base, resume: { expected_salary_monthly: { min: 20_000, max: 25_000 } } })).toMatchObject({ salaryMonthly: 20_000, salaryBasis: 'expected' })
    expect(buildMatchCandidate({ ...base, resume: { expected_salary_monthly: 20_000 } }).salaryMonthly).toBe(20_000)
    // an upside-down range is not a fact
    expect(buildMatchCandidate({ ...base, resume: { expected_salary_monthly: { min: 25_000, max: 20_000 } } }).salaryMonthly).toBeNull()
  })

  it('knows the candidate lacks a two-wheeler when they own none or a car', () => {
    expect(buildMatchCandidate({ ...base, resume: { owns_vehicle: false } }).hasTwoWheeler).toBe(false)
    expect(buildMatchCandidate({ ...base, resume: { owns_vehicle: true, vehicle_type: 'four_wheeler' } }).hasTwoWheeler).toBe(false)
    expect(buildMatchCandidate({ ...base, profileVehicleType: 'two_wheeler' }).hasTwoWheeler).toBe(true)
  })

  it('falls back to profile facts; languages are the profile’s, else the resume’s (what the resume shows)', () => {
    const c = buildMatchCandidate({ ...base, profileHasDrivingLicence: false, profileLanguages: ['English', 'Hindi'], profileCurrentSalaryMonthly: 18_000, resume: { languages: ['Hindi', 'Tamil'] } })
    expect(c.hasDrivingLicence).toBe(false)
    // Tamil was removed on the profile after the resume was saved: no reader shows it, so it does not count
    expect(c.languages).toEqual(['English', 'Hindi'])
    expect(buildMatchCandidate({ ...base, profileLanguages: [], resume: { languages: ['Hindi', 'Tamil'] } }).languages).toEqual(['Hindi', 'Tamil'])
    // spellings as people type them read as the job side's canonical names
    expect(buildMatchCandidate({ ...base, profileLanguages: ['odiya', 'french'] }).languages).toEqual(['Odia', 'French'])
    expect(c).toMatchObject({ salaryMonthly: 18_000, salaryBasis: 'current' })
    // the resume's answer wins over the profile column
    expect(buildMatchCandidate({ ...base, profileHasDrivingLicence: false, resume: { has_driving_licence: true } }).hasDrivingLicence).toBe(true)
  })
})

describe('candidateAnchors', () => {
  it('adds the nearest metro for a tier-3 town, capped', () => {
    const town = findCity('Sangamner')
    expect(town).not.toBeNull()
    expect(isTier3(town!)).toBe(true)
    const { anchors, homeCityName } = candidateAnchors(town!.id, [town!.id])
    expect(homeCityName).toBe('Sangamner')
    expect(anchors).toHaveLength(2)
    expect(anchors[1]).toMatchObject({ kind: 'metro', cap: MATCH_PARAMS.location.metroCap })
    expect(anchors[1].cityId).toBe(nearestMetro(town!).id)
    expect(['pune-mh', 'mumbai-mh']).toContain(anchors[1].cityId)
  })

  it('adds no metro for a metro or tier-2 candidate, or a town that already prefers a metro', () => {
    expect(candidateAnchors('mumbai-mh', []).anchors).toHaveLength(1)
    expect(candidateAnchors('nagpur-mh', []).anchors).toHaveLength(1)
    const town = findCity('Sangamner')!
    expect(candidateAnchors(town.id, ['delhi-dl']).anchors.map((a) => a.kind)).toEqual(['current', 'preferred'])
  })

  it('skips unknown city ids and uses a preferred city when the current one is missing', () => {
    const { anchors } = candidateAnchors('nowhere-xx', ['pune-mh', 'nowhere-yy'])
    expect(anchors.map((a) => a.cityId)).toEqual(['pune-mh'])
    expect(getCityById('pune-mh')?.rank).toBeLessThanOrEqual(MATCH_PARAMS.tiers.metroMaxRank)
  })
})
