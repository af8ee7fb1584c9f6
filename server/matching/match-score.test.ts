import { describe, expect, it } from 'vitest'
import { getCityById, haversineKm } from '../master-data/cities'
import {
  boundingBox,
  compareMatches,
  distanceCurve,
  distanceKm,
  distanceScore,
  experienceFactor,
  isPlausible,
  locationFactor,
  MATCH_PARAMS,
  MATCH_WEIGHTS,
  maxScoreForRole,
  recencyFactor,
  requirementsFactor,
  roleFactor,
  salaryFactor,
  salaryFloor,
  scoreJob,
  skillsFactor,
} from './match-score'
import { anchor, DELIVERY, deliveryJob, HEALTH, NOW, riderCandidate, ROLE_WAREHOUSE, TRANSPORT } from '../../tests/helpers/match-fixtures'

const thane = getCityById('thane-mh')!
const pune = getCityById('pune-mh')!

const candidate = riderCandidate

const job = deliveryJob

describe('MATCH_WEIGHTS', () => {
  it('sum to 1 so a perfect match scores 100', () => {
    const sum = Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)
    expect(sum).toBeCloseTo(1, 12)
    expect(scoreJob(job({ postedAt: NOW }), candidate(), NOW).score).toBeCloseTo(100, 9)
  })
})

describe('role factor', () => {
  it('ranks exact role > same category > related category > other', () => {
    const c = candidate()
    const exact = roleFactor(job(), c)
    const same = roleFactor(job({ roleId: ROLE_WAREHOUSE, categoryIds: [DELIVERY] }), c)
    const related = roleFactor(job({ roleId: ROLE_WAREHOUSE, categoryIds: [TRANSPORT] }), c)
    const other = roleFactor(job({ roleId: ROLE_WAREHOUSE, categoryIds: [HEALTH] }), c)
    expect([exact.kind, same.kind, related.kind, other.kind]).toEqual(['exact', 'same_category', 'related', 'none'])
    expect(exact.score).toBeGreaterThan(same.score)
    expect(same.score).toBeGreaterThan(related.score)
    expect(related.score).toBeGreaterThan(other.score)
    expect(related.categoryName).toBe('Transportation & Driving')
  })

  it('is neutral when the candidate has no preference or the job has no role or category', () => {
    expect(roleFactor(job(), candidate({ roleId: null, sameCategoryIds: [], relatedCategories: [] }))).toMatchObject({ kind: 'unknown', score: MATCH_PARAMS.neutral })
    expect(roleFactor(job({ roleId: null, categoryIds: [] }), candidate())).toMatchObject({ kind: 'unknown', score: MATCH_PARAMS.neutral })
  })
})

describe('location factor', () => {
  it('gives full marks in the same city, less for a nearby city, nothing far away', () => {
    const c = candidate()
    const here = locationFactor(job(), c)
    const near = locationFactor(job({ lat: thane.lat, lng: thane.lng }), c)
    const far = locationFactor(job({ lat: 28.6139, lng: 77.209 }), c)
    expect(here).toMatchObject({ kind: 'near', score: 1 })
    expect(near.kind).toBe('near')
    expect(near.km).toBeGreaterThan(10)
    expect(near.km).toBeLessThan(40)
    expect(near.score).toBeLessThan(1)
    expect(near.score).toBeGreaterThan(MATCH_PARAMS.location.nearbyScore)
    expect(far).toMatchObject({ kind: 'far', score: 0 })
  })

  it('takes the best of the current and every preferred city', () => {
    const c = candidate({ anchors: [anchor('mumbai-mh'), anchor('pune-mh', 'preferred')] })
    const inPune = locationFactor(job({ lat: pune.lat, lng: pune.lng }), c)
    expect(inPune.score).toBe(1)
    expect(inPune.anchor?.cityId).toBe('pune-mh')
  })

  it('caps the metro of a tier-3 candidate below their own town', () => {
    const c = candidate({ anchors: [anchor('mumbai-mh', 'metro')] })
    expect(locationFactor(job(), c).score).toBe(MATCH_PARAMS.location.metroCap)
  })

  it('scores remote jobs for everyone and is neutral without any city', () => {
    expect(locationFactor(job({ workMode: 'remote', lat: 28.6, lng: 77.2 }), candidate())).toMatchObject({ kind: 'remote', score: MATCH_PARAMS.location.remoteScore })
    expect(locationFactor(job({ workMode: 'remote' }), candidate())).toMatchObject({ kind: 'near', score: 1 })
    expect(locationFactor(job(), candidate({ anchors: [] }))).toMatchObject({ kind: 'unknown', score: MATCH_PARAMS.neutral })
  })

  it('has a continuous distance curve', () => {
    const p = MATCH_PARAMS.location
    expect(distanceScore(0)).toBe(1)
    expect(distanceScore(p.sameCityKm)).toBe(1)
    expect(distanceScore(p.nearbyKm)).toBeCloseTo(p.nearbyScore, 12)
    expect(distanceScore(p.nearbyKm + 1e-9)).toBeCloseTo(p.nearbyScore, 6)
    expect(distanceScore(p.maxKm)).toBe(0)
    expect(distanceScore(p.maxKm - 1e-9)).toBeCloseTo(0, 6)
  })

  it('measures distance within 1 % of the great circle where it matters', () => {
    const pairs = [
      ['mumbai-mh', 'thane-mh'],
      ['mumbai-mh', 'pune-mh'],
      ['delhi-dl', 'gurugram-hr'],
      ['bengaluru-ka', 'mysuru-ka'],
      ['chennai-tn', 'vellore-tn'],
      ['guwahati-as', 'shillong-ml'],
    ] as const
    for (const [a, b] of pairs) {
      const from = getCityById(a)!
      const to = getCityById(b)!
      const exact = haversineKm(from, to)
      expect(exact).toBeLessThan(200)
      expect(Math.abs(distanceKm(from, to) - exact) / exact).toBeLessThan(0.01)
    }
  })

  it('keeps the curve concave, so the minimum of its lines is the curve', () => {
    const k = distanceCurve()
    expect(k.far).toBeGreaterThanOrEqual(k.near)
    const p = MATCH_PARAMS.location
    expect(distanceScore((p.sameCityKm + p.nearbyKm) / 2)).toBeCloseTo((1 + p.nearbyScore) / 2, 12)
    expect(distanceScore((p.nearbyKm + p.maxKm) / 2)).toBeCloseTo(p.nearbyScore / 2, 12)
  })

  it('boxes contain every point within the scoring radius', () => {
    for (const id of ['mumbai-mh', 'srinagar-jk', 'thiruvananthapuram-kl']) {
      const centre = getCityById(id)!
      const b = boundingBox(centre, MATCH_PARAMS.location.maxKm)
      for (let deg = 0; deg < 360; deg += 15) {
        const r = (deg * Math.PI) / 180
        // walk out to just inside the radius in this direction
        let lo = 0
        let hi = 3
        for (let i = 0; i < 50; i++) {
          const mid = (lo + hi) / 2
          const p = { lat: centre.lat + mid * Math.sin(r), lng: centre.lng + mid * Math.cos(r) }
          if (distanceKm(centre, p) <= MATCH_PARAMS.location.maxKm) lo = mid
          else hi = mid
        }
        const edge = { lat: centre.lat + lo * Math.sin(r), lng: centre.lng + lo * Math.cos(r) }
        expect(edge.lat).toBeGreaterThanOrEqual(b.minLat - 1e-9)
        expect(edge.lat).toBeLessThanOrEqual(b.maxLat + 1e-9)
        expect(edge.lng).toBeGreaterThanOrEqual(b.minLng - 1e-9)
        expect(edge.lng).toBeLessThanOrEqual(b.maxLng + 1e-9)
      }
    }
  })
})

describe('experience factor', () => {
  it('scores inside the range 1, a little outside less, far below 0', () => {
    const j = job({ experienceMinMonths: 12, experienceMaxMonths: 36 })
    expect(experienceFactor(j, 24)).toEqual({ score: 1, kind: 'inside' })
    expect(experienceFactor(j, 12)).toEqual({ score: 1, kind: 'inside' })
    const below = experienceFactor(j, 6)
    const above = experienceFactor(j, 42)
    expect(below.kind).toBe('below')
    expect(below.score).toBeCloseTo(0.75, 12)
    expect(above.kind).toBe('above')
    expect(above.score).toBeCloseTo(0.9, 12)
    expect(experienceFactor(j, 0).score).toBeCloseTo(0.5, 12)
    expect(experienceFactor(job({ experienceMinMonths: 60, experienceMaxMonths: null }), 0).score).toBe(0)
  })

  it('has no upper limit when the job sets none, and is neutral when the candidate’s is unknown', () => {
    expect(experienceFactor(job({ experienceMinMonths: 24, experienceMaxMonths: null }), 240).kind).toBe('inside')
    expect(experienceFactor(job(), null)).toEqual({ score: MATCH_PARAMS.neutral, kind: 'unknown' })
  })
})

describe('salary factor', () => {
  it('fits inside the range, is above when even the minimum is more, falls off below', () => {
    expect(salaryFactor(job(), 20_000)).toEqual({ score: 1, kind: 'fits' })
    expect(salaryFactor(job(), 15_000)).toEqual({ score: 1, kind: 'above' })
    const short = salaryFactor(job(), 30_000)
    expect(short.kind).toBe('below')
    expect(short.score).toBeCloseTo(1 - 5_000 / 30_000 / MATCH_PARAMS.salary.shortfallTolerance, 12)
    expect(salaryFactor(job(), 100_000).score).toBe(0)
  })

  it('reads a minimum-only job as paying that minimum, and is neutral on missing data', () => {
    expect(salaryFactor(job({ salaryMaxMonthly: null }), 18_000)).toEqual({ score: 1, kind: 'fits' })
    expect(salaryFactor(job({ salaryMaxMonthly: null }), 20_000).kind).toBe('below')
    expect(salaryFactor(job({ salaryMinMonthly: null, salaryMaxMonthly: null }), 20_000)).toEqual({ score: MATCH_PARAMS.neutral, kind: 'unknown' })
    expect(salaryFactor(job(), null)).toEqual({ score: MATCH_PARAMS.neutral, kind: 'unknown' })
  })
})

describe('skills factor', () => {
  const keys = ['react', 'reactjs', 'typescript', 'javascript']
  it('scores the listed skills the candidate has, full marks at three (or all of fewer)', () => {
    expect(skillsFactor(job({ skills: ['React', 'TypeScript', 'JavaScript', 'Redux', 'CSS', 'HTML'] }), keys)).toEqual({ score: 1, kind: 'known', matched: ['React', 'TypeScript', 'JavaScript'] })
    expect(skillsFactor(job({ skills: ['React', 'Node.js', 'MongoDB', 'AWS'] }), keys).score).toBeCloseTo(1 / 3, 12)
    expect(skillsFactor(job({ skills: ['ReactJS', 'TypeScript'] }), keys)).toEqual({ score: 1, kind: 'known', matched: ['ReactJS', 'TypeScript'] })
    expect(skillsFactor(job({ skills: ['Java', 'Spring Boot', 'SQL'] }), keys)).toEqual({ score: 0, kind: 'known', matched: [] })
  })

  it('counts a skill listed twice (in any case) once, and compares case-insensitively', () => {
    expect(skillsFactor(job({ skills: ['react', 'React', 'Go', 'Rust'] }), keys)).toEqual({ score: 1 / 3, kind: 'known', matched: ['react'] })
  })

  it('is neutral when the job lists no skills or the candidate has none', () => {
    expect(skillsFactor(job({ skills: [] }), keys)).toEqual({ score: MATCH_PARAMS.neutral, kind: 'unknown', matched: [] })
    expect(skillsFactor(job(), null).kind).toBe('unknown')
    expect(skillsFactor(job(), []).kind).toBe('unknown')
  })
})

describe('salary floor', () => {
  const dev = candidate({ salaryMonthly: 100_000 })
  it('leaves jobs within the tolerance alone and shrinks the total of jobs far below the expectation', () => {
    expect(salaryFloor(job({ salaryMinMonthly: 80_000, salaryMaxMonthly: 125_000 }), dev)).toEqual({ multiplier: 1, below: false })
    expect(salaryFloor(job({ salaryMinMonthly: 60_000, salaryMaxMonthly: 70_000 }), dev)).toEqual({ multiplier: 1, below: false })
    const p = MATCH_PARAMS.salary
    const halfway = salaryFloor(job({ salaryMinMonthly: 50_000, salaryMaxMonthly: 55_000 }), dev)
    expect(halfway.below).toBe(true)
    expect(halfway.multiplier).toBeCloseTo(1 - p.floor.maxPenalty * (0.45 - p.shortfallTolerance) / p.floor.ramp, 12)
    expect(salaryFloor(job({ salaryMinMonthly: 17_000, salaryMaxMonthly: 21_000 }), dev)).toEqual({ multiplier: 1 - p.floor.maxPenalty, below: true })
  })

  it('applies only to an expected salary and a job that states its pay', () => {
    expect(salaryFloor(job({ salaryMinMonthly: 17_000, salaryMaxMonthly: 21_000 }), { ...dev, salaryBasis: 'current' }).multiplier).toBe(1)
    expect(salaryFloor(job({ salaryMinMonthly: null, salaryMaxMonthly: null }), dev).multiplier).toBe(1)
    expect(salaryFloor(job(), candidate({ salaryMonthly: null })).multiplier).toBe(1)
  })

  it('multiplies the whole score', () => {
    const low = job({ salaryMinMonthly: 17_000, salaryMaxMonthly: 21_000 })
    const m = scoreJob(low, dev, NOW)
    const unfloored = scoreJob(low, { ...dev, salaryBasis: 'current' }, NOW)
    expect(m.score).toBeCloseTo(unfloored.score * (1 - MATCH_PARAMS.salary.floor.maxPenalty), 9)
  })
})

describe('requirements factor', () => {
  it('hides a job whose requirement the candidate is known to lack', () => {
    expect(requirementsFactor(job(), candidate({ hasDrivingLicence: false })).hidden).toBe(true)
    expect(requirementsFactor(job(), candidate({ hasTwoWheeler: false })).hidden).toBe(true)
    const telecall = job({ requiresDrivingLicence: false, requiresTwoWheeler: false, minLanguages: 2, requiredLanguages: ['Hindi', 'English'] })
    expect(requirementsFactor(telecall, candidate({ languages: ['Hindi'] })).hidden).toBe(true)
    expect(requirementsFactor(telecall, candidate({ languages: ['Hindi', 'English', 'Tamil'] }))).toMatchObject({ hidden: false, score: 1, statuses: { languages: 'met' } })
  })

  it('reads a language list as "at least min_languages of these"', () => {
    const twoOfThree = job({ requiresDrivingLicence: false, requiresTwoWheeler: false, minLanguages: 2, requiredLanguages: ['Hindi', 'English', 'Marathi'] })
    expect(requirementsFactor(twoOfThree, candidate({ languages: ['Marathi', 'English'] })).hidden).toBe(false)
    expect(requirementsFactor(twoOfThree, candidate({ languages: ['Marathi', 'Tamil'] })).hidden).toBe(true)
    const oneOf = job({ requiresDrivingLicence: false, requiresTwoWheeler: false, minLanguages: 1, requiredLanguages: ['Marathi', 'Hindi'] })
    expect(requirementsFactor(oneOf, candidate({ languages: ['Hindi'] })).statuses.languages).toBe('met')
    expect(requirementsFactor(oneOf, candidate({ languages: ['Tamil'] })).statuses.languages).toBe('lacking')
    const anyTwo = job({ requiresDrivingLicence: false, requiresTwoWheeler: false, minLanguages: 2, requiredLanguages: [] })
    expect(requirementsFactor(anyTwo, candidate({ languages: ['Tamil'] })).hidden).toBe(true)
    expect(requirementsFactor(anyTwo, candidate({ languages: ['Tamil', 'Tamil'] })).hidden).toBe(true)
  })

  it('keeps jobs when the candidate’s answer is unknown, at a neutral score', () => {
    const r = requirementsFactor(job(), candidate({ hasDrivingLicence: null, hasTwoWheeler: true }))
    expect(r.hidden).toBe(false)
    expect(r.statuses).toEqual({ driving_licence: 'unknown', two_wheeler: 'met' })
    expect(r.score).toBeCloseTo((MATCH_PARAMS.neutral + 1) / 2, 12)
  })

  it('scores a job without requirements 1 for anyone', () => {
    const none = job({ requiresDrivingLicence: false, requiresTwoWheeler: false, minLanguages: 1 })
    expect(requirementsFactor(none, candidate({ hasDrivingLicence: false, hasTwoWheeler: false, languages: null }))).toEqual({ score: 1, statuses: {}, hidden: false })
  })
})

describe('recency factor', () => {
  it('halves every half-life and treats a future date as new', () => {
    const h = MATCH_PARAMS.recency.halfLifeDays
    expect(recencyFactor(NOW, NOW).score).toBe(1)
    expect(recencyFactor(new Date(NOW.getTime() - h * 86_400_000), NOW).score).toBeCloseTo(0.5, 12)
    expect(recencyFactor(new Date(NOW.getTime() + 86_400_000), NOW)).toEqual({ score: 1, ageDays: 0 })
  })
})

describe('scoreJob', () => {
  it('orders an exact nearby match above a same-category job and far jobs last', () => {
    const c = candidate()
    const best = scoreJob(job(), c, NOW).score
    const sameCat = scoreJob(job({ roleId: ROLE_WAREHOUSE, categoryIds: [DELIVERY] }), c, NOW).score
    const farAway = scoreJob(job({ lat: 28.6139, lng: 77.209 }), c, NOW).score
    expect(best).toBeGreaterThan(sameCat)
    expect(best).toBeGreaterThan(farAway)
  })

  it('with nothing known about the candidate, ranks jobs by recency alone', () => {
    const blank = candidate({ roleId: null, sameCategoryIds: [], relatedCategories: [], anchors: [], experienceMonths: null, salaryMonthly: null, hasDrivingLicence: null, hasTwoWheeler: null, languages: null, skillKeys: null })
    const older = scoreJob(job({ postedAt: new Date(NOW.getTime() - 5 * 86_400_000), salaryMinMonthly: 90_000, salaryMaxMonthly: 99_000 }), blank, NOW)
    const newer = scoreJob(job({ roleId: null, categoryIds: [HEALTH] }), blank, NOW)
    expect(newer.score).toBeGreaterThan(older.score)
    expect(Number.isFinite(newer.score)).toBe(true)
  })
})

describe('scoreJob: skills and the salary floor', () => {
  it('ranks a React job above a Java backend and a ₹17–21k data-entry job for a React/TypeScript developer expecting 12 LPA', () => {
    const dev = candidate({ salaryMonthly: 100_000, experienceMonths: 36, skillKeys: ['react', 'reactjs', 'typescript'], hasDrivingLicence: null, hasTwoWheeler: null })
    const itJob = { roleId: ROLE_WAREHOUSE, categoryIds: [DELIVERY], requiresDrivingLicence: false, requiresTwoWheeler: false, experienceMinMonths: 24, experienceMaxMonths: 60 }
    const react = job({ ...itJob, skills: ['React', 'TypeScript', 'Redux'], salaryMinMonthly: 80_000, salaryMaxMonthly: 125_000 })
    const java = job({ ...itJob, skills: ['Java', 'Spring Boot', 'SQL'], salaryMinMonthly: 80_000, salaryMaxMonthly: 125_000 })
    const dataEntry = job({ ...itJob, skills: ['Typing speed', 'MS Excel'], salaryMinMonthly: 17_000, salaryMaxMonthly: 21_000, experienceMinMonths: 0, experienceMaxMonths: null })
    const [r, j, d] = [react, java, dataEntry].map((x) => scoreJob(x, dev, NOW).score)
    expect(r).toBeGreaterThan(j)
    expect(j).toBeGreaterThan(d)
    // the same data-entry job without the floor would sit much closer
    expect(r - d).toBeGreaterThan(r - scoreJob(dataEntry, { ...dev, salaryBasis: 'current' }, NOW).score + 10)
  })
})

describe('maxScoreForRole', () => {
  it('is the ceiling of a role tier: no job in it can score more', () => {
    const c = candidate()
    const perfectSameCategory = job({ roleId: ROLE_WAREHOUSE, categoryIds: [DELIVERY], postedAt: NOW })
    const s = scoreJob(perfectSameCategory, c, NOW).score
    expect(s).toBeCloseTo(maxScoreForRole(MATCH_PARAMS.role.sameCategory), 9)
    expect(maxScoreForRole(MATCH_PARAMS.role.exact)).toBe(100)
    expect(maxScoreForRole(MATCH_PARAMS.role.related)).toBeLessThan(maxScoreForRole(MATCH_PARAMS.role.sameCategory))
  })
})

describe('compareMatches (ties)', () => {
  it('breaks equal scores by newer first, then by id, deterministically', () => {
    const t1 = new Date('2026-11-30T00:00:00Z')
    const t2 = new Date('2026-11-29T00:00:00Z')
    const list = [
      { id: 'a', score: 80, postedAt: t2 },
      { id: 'b', score: 80, postedAt: t1 },
      { id: 'c', score: 90, postedAt: t2 },
      { id: 'd', score: 80, postedAt: t2 },
    ]
    expect([...list].sort(compareMatches).map((x) => x.id)).toEqual(['c', 'b', 'd', 'a'])
    expect([...list].reverse().sort(compareMatches).map((x) => x.id)).toEqual(['c', 'b', 'd', 'a'])
  })
})

describe('isPlausible (the indexed pre-filter)', () => {
  it('keeps the role or a plausible category inside a box around a candidate city, or remote', () => {
    const c = candidate()
    expect(isPlausible(job(), c)).toBe(true)
    expect(isPlausible(job({ lat: thane.lat, lng: thane.lng }), c)).toBe(true)
    expect(isPlausible(job({ lat: 28.6139, lng: 77.209 }), c)).toBe(false)
    expect(isPlausible(job({ lat: 28.6139, lng: 77.209, workMode: 'remote' }), c)).toBe(true)
    expect(isPlausible(job({ roleId: ROLE_WAREHOUSE, categoryIds: [HEALTH] }), c)).toBe(false)
    expect(isPlausible(job({ roleId: null, categoryIds: [TRANSPORT] }), c)).toBe(true)
  })

  it('drops a condition the candidate has no data for', () => {
    expect(isPlausible(job({ roleId: null, categoryIds: [HEALTH], lat: 28.6, lng: 77.2 }), candidate({ roleId: null, sameCategoryIds: [], relatedCategories: [], anchors: [] }))).toBe(true)
  })

})
