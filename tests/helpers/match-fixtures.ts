import { getCityById } from '../../server/master-data/cities'
import { MATCH_PARAMS, type Anchor, type MatchCandidate, type MatchJob } from '../../server/matching/match-score'

/** Shared by the pure matching tests: fixed ids, a clock, city anchors and a typical rider. */
export const NOW = new Date('2026-12-01T12:00:00Z')
export const DELIVERY = '00000000-0000-4000-8000-000000000001'
export const TRANSPORT = '00000000-0000-4000-8000-000000000002'
export const HEALTH = '00000000-0000-4000-8000-000000000003'
export const ROLE_DELIVERY = '10000000-0000-4000-8000-000000000001'
export const ROLE_WAREHOUSE = '10000000-0000-4000-8000-000000000002'

export function anchor(cityId: string, kind: Anchor['kind'] = 'current'): Anchor {
  const c = getCityById(cityId)
  if (!c) throw new Error(cityId)
  return { cityId: c.id, name: c.name, lat: c.lat, lng: c.lng, kind, cap: kind === 'metro' ? MATCH_PARAMS.location.metroCap : 1 }
}

/** A Mumbai delivery rider with two years, ₹20k expected, licence, two-wheeler, Hindi and Marathi, four delivery skills. */
export function riderCandidate(over: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    roleId: ROLE_DELIVERY,
    roleName: 'Delivery Boy',
    sameCategoryIds: [DELIVERY],
    sameCategoryName: 'Delivery & Logistics',
    relatedCategories: [{ id: TRANSPORT, name: 'Transportation & Driving' }],
    anchors: [anchor('mumbai-mh')],
    homeCityName: 'Mumbai',
    experienceMonths: 24,
    salaryMonthly: 20_000,
    salaryBasis: 'expected',
    hasDrivingLicence: true,
    hasTwoWheeler: true,
    languages: ['Hindi', 'Marathi'],
    skillKeys: ['two-wheeler riding', 'route knowledge', 'google maps navigation', 'cash handling', 'upi payments'],
    ...over,
  }
}

/** An on-site Mumbai (Andheri East) delivery job, ₹18–25k, 0–3 years, licence and two-wheeler, three listed skills, posted an hour ago. */
export function deliveryJob(over: Partial<MatchJob> = {}): MatchJob {
  const mumbai = getCityById('mumbai-mh')!
  return {
    id: 'a0000000-0000-4000-8000-000000000001',
    roleId: ROLE_DELIVERY,
    categoryIds: [DELIVERY, TRANSPORT],
    lat: mumbai.lat,
    lng: mumbai.lng,
    cityName: 'Mumbai',
    locality: 'Andheri East',
    workMode: 'onsite',
    salaryMinMonthly: 18_000,
    salaryMaxMonthly: 25_000,
    experienceMinMonths: 0,
    experienceMaxMonths: 36,
    requiresDrivingLicence: true,
    requiresTwoWheeler: true,
    minLanguages: 1,
    requiredLanguages: [],
    skills: ['Two-wheeler riding', 'Route knowledge', 'UPI payments'],
    postedAt: new Date(NOW.getTime() - 3_600_000),
    ...over,
  }
}
