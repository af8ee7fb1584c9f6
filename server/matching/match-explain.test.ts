import { describe, expect, it } from 'vitest'
import { getCityById } from '../master-data/cities'
import { explain, monthlyText, monthsText, salaryRangeText } from './match-explain'
import { anchor, DELIVERY, deliveryJob, NOW, riderCandidate, ROLE_DELIVERY, ROLE_WAREHOUSE, TRANSPORT } from '../../tests/helpers/match-fixtures'
import { scoreJob, type MatchCandidate, type MatchJob } from './match-score'

const ROLE = ROLE_DELIVERY
const OTHER_ROLE = ROLE_WAREHOUSE
const city = (id: string) => getCityById(id)!
const rider: MatchCandidate = riderCandidate()

// the shared job, as an older posting with no experience ceiling that needs no licence
const delivery: MatchJob = deliveryJob({
  roleId: ROLE,
  experienceMaxMonths: null,
  requiresDrivingLicence: false,
  postedAt: new Date(NOW.getTime() - 3 * 86_400_000),
})

const reasons = (j: MatchJob, c: MatchCandidate) => explain(j, c, scoreJob(j, c, NOW))

describe('explain', () => {
  it('says why, in the candidate’s words', () => {
    expect(reasons(delivery, rider)).toEqual([
      'Delivery Boy',
      'In Andheri East, Mumbai',
      'Knows Two-wheeler riding, Route knowledge, UPI payments',
      '₹18–25k fits your ₹20k',
      'needs a two-wheeler: you have one',
    ])
  })

  it('names a nearby city by distance, a preferred city, and the metro nearest a small town', () => {
    const thane = city('thane-mh')
    expect(reasons({ ...delivery, lat: thane.lat, lng: thane.lng, cityName: 'Thane', locality: null }, rider)[1]).toMatch(/^\d+ km from Mumbai$/)
    const pune = city('pune-mh')
    const withPune = { ...rider, anchors: [anchor('mumbai-mh'), anchor('pune-mh', 'preferred')] }
    expect(reasons({ ...delivery, lat: pune.lat, lng: pune.lng, cityName: 'Pune', locality: null }, withPune)[1]).toBe('In Pune, your preferred city')
    const smallTown = { ...rider, anchors: [anchor('mumbai-mh', 'metro')], homeCityName: 'Sangamner' }
    expect(reasons(delivery, smallTown)[1]).toBe('In Andheri East, Mumbai, the metro nearest Sangamner')
  })

  it('explains category matches and remote work', () => {
    expect(reasons({ ...delivery, roleId: OTHER_ROLE, categoryIds: [DELIVERY] }, rider)[0]).toBe('Delivery & Logistics job')
    expect(reasons({ ...delivery, roleId: OTHER_ROLE, categoryIds: [TRANSPORT] }, rider)[0]).toBe('Related field: Transportation & Driving')
    const delhi = city('delhi-dl')
    expect(reasons({ ...delivery, workMode: 'remote', lat: delhi.lat, lng: delhi.lng }, rider)).toContain('Remote: work from anywhere')
  })

  it('uses LPA for white-collar salaries and says when a job pays more', () => {
    const dev = { ...rider, salaryMonthly: 100_000 }
    const job = { ...delivery, salaryMinMonthly: 80_000, salaryMaxMonthly: 125_000 }
    expect(reasons(job, dev)).toContain('₹9.6–15 LPA fits your 12 LPA')
    expect(reasons({ ...delivery, salaryMinMonthly: 22_000, salaryMaxMonthly: 26_000 }, rider)).toContain('₹22–26k: more than your ₹20k')
    expect(reasons(delivery, { ...rider, salaryBasis: 'current' })).toContain('₹18–25k fits your current ₹20k')
  })

  it('mentions languages and experience when they fit, and fresher jobs for freshers', () => {
    const telecall = { ...delivery, requiresTwoWheeler: false, minLanguages: 2, requiredLanguages: ['Hindi', 'Marathi'], experienceMinMonths: 12, experienceMaxMonths: 36 }
    const r = reasons(telecall, rider)
    expect(r).toContain('needs Hindi and Marathi: you speak both')
    expect(r).toContain('your 2 yrs fit 1–3 yrs')
    expect(reasons({ ...delivery, requiredLanguages: ['Marathi', 'Hindi'] }, { ...rider, languages: ['Hindi'] })).toContain('needs Marathi or Hindi: you speak Hindi')
    const twoOf = { ...delivery, minLanguages: 2, requiredLanguages: ['Hindi', 'English', 'Marathi'] }
    expect(reasons(twoOf, rider)).toContain('needs 2 of Hindi, English, Marathi: you speak Hindi and Marathi')
    expect(reasons({ ...delivery, experienceMaxMonths: 12 }, { ...rider, experienceMonths: 0 })).toContain('Freshers welcome')
  })

  it('never gives a reason for missing data or for a factor that counted against the job', () => {
    const blank: MatchCandidate = { ...rider, anchors: [], experienceMonths: null, salaryMonthly: null, hasTwoWheeler: null, languages: null, skillKeys: null }
    expect(reasons(delivery, blank)).toEqual(['Delivery Boy'])
    const poor = { ...delivery, salaryMinMonthly: 10_000, salaryMaxMonthly: 15_000, experienceMinMonths: 60, lat: 28.61, lng: 77.2 }
    expect(reasons(poor, rider)).toEqual(['Delivery Boy', 'Knows Two-wheeler riding, Route knowledge, UPI payments', 'needs a two-wheeler: you have one'])
    // listed skills the candidate lacks: no skills reason
    expect(reasons({ ...delivery, skills: ['Forklift operation'] }, rider).some((x) => x.startsWith('Knows'))).toBe(false)
    expect(reasons({ ...delivery, salaryMinMonthly: null, salaryMaxMonthly: null }, rider).some((x) => x.includes('₹'))).toBe(false)
  })

  it('names the job’s skills the candidate has (at most three, in the job’s spelling)', () => {
    const dev = { ...rider, skillKeys: ['react', 'reactjs', 'typescript', 'ts'] }
    expect(reasons({ ...delivery, skills: ['ReactJS', 'TypeScript', 'Redux'] }, dev)).toContain('Knows ReactJS, TypeScript')
    expect(reasons({ ...delivery, skills: ['Two-wheeler riding', 'Route knowledge', 'UPI payments', 'Cash handling'] }, rider)).toContain(
      'Knows Two-wheeler riding, Route knowledge, UPI payments',
    )
  })

  it('says when a job pays far below the expected salary', () => {
    const dev = { ...rider, salaryMonthly: 100_000 }
    const dataEntry = { ...delivery, salaryMinMonthly: 17_000, salaryMaxMonthly: 21_000 }
    const r = reasons(dataEntry, dev)
    expect(r[r.length - 1]).toBe('Pays ₹17–21k, below your ₹1 lakh expectation')
    expect(reasons({ ...delivery, salaryMinMonthly: 10_000, salaryMaxMonthly: 12_000 }, rider)).toContain('Pays ₹10–12k, below your ₹20k expectation')
    // a little below (inside the tolerance) is not "far below"; a current salary is not a floor
    expect(reasons({ ...delivery, salaryMinMonthly: 15_000, salaryMaxMonthly: 16_000 }, rider).some((x) => x.startsWith('Pays'))).toBe(false)
    expect(reasons(dataEntry, { ...dev, salaryBasis: 'current' }).some((x) => x.startsWith('Pays'))).toBe(false)
    expect(monthlyText(150_000)).toBe('₹1.5 lakh')
    expect(monthlyText(20_000)).toBe('₹20k')
  })

  it('marks jobs posted today as new', () => {
    expect(reasons({ ...delivery, postedAt: new Date(NOW.getTime() - 3_600_000) }, rider)).toContain('New today')
  })
})

describe('formatting', () => {
  it('formats salary ranges and months', () => {
    expect(salaryRangeText(18_000, 25_000, false)).toBe('₹18–25k')
    expect(salaryRangeText(18_500, 18_500, false)).toBe('₹18.5k')
    expect(salaryRangeText(18_000, null, false)).toBe('₹18k+')
    expect(salaryRangeText(500, 1500, false)).toBe('₹500–1.5k')
    expect(salaryRangeText(100_000, 150_000, true)).toBe('₹12–18 LPA')
    expect(monthsText(0)).toBe('no experience')
    expect(monthsText(1)).toBe('1 month')
    expect(monthsText(12)).toBe('1 yr')
    expect(monthsText(30)).toBe('2.5 yrs')
  })
})
