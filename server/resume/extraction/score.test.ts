import { describe, expect, it } from 'vitest'
import { aggregate, aggregateSet, formatReport, formatSetReport, fuzzyDiff, jaccard, normaliseItem, scoreFile, scoreSetFile, tokens, type FixtureEntry, type SetEntry } from './score'

const empty: FixtureEntry = { name: null, email: null, phone: null, location: null, links: [], skills: [], education: [], experience: [], languages: [] }

describe('normalisation', () => {
  it('keeps + # . inside tokens and trims punctuation at the ends', () => {
    expect(normaliseItem(' C++ ')).toBe('c++')
    expect(normaliseItem('C#,')).toBe('c#')
    expect(normaliseItem('Node.js')).toBe('node.js')
    expect(normaliseItem('PHP.')).toBe('php')
    expect(normaliseItem('(SQL)')).toBe('sql')
  })

  it('drops stop words and punctuation for token sets', () => {
    expect([...tokens('Krisol Infosoft Pvt. Ltd')]).toEqual(['krisol', 'infosoft'])
    expect(jaccard('Georgia Institute of Technology', 'GEORGIA INSTITUTE OF TECHNOLOGY, Atlanta')).toBeCloseTo(0.75)
    expect(jaccard('Google', 'Facebook')).toBe(0)
  })
})

describe('scoreFile', () => {
  const expected: FixtureEntry = {
    name: 'Sourabh Bajaj',
    email: 'hi@example.com',
    phone: '919876543210',
    location: 'Bengaluru / Bangalore',
    links: ['github.com/someone'],
    skills: ['Python', 'C++', 'SQL'],
    education: [{ institution: 'Georgia Institute of Technology', degree: 'MS', year: 2015 }],
    experience: [
      { company: 'Google', title: 'Software Engineer', start: '2016-07', end: 'present' },
      { company: 'Coursera', title: 'Senior Engineer', start: '2014-01', end: '2016-06' },
    ],
    languages: ['English'],
  }

  it('scores a perfect extraction as perfect', () => {
    const s = scoreFile(expected, { ...expected, name: 'SOURABH  BAJAJ', email: 'HI@example.com', phone: '9876543210', location: 'bangalore' })
    expect([s.name, s.email, s.phone, s.location]).toEqual([true, true, true, true])
    expect(s.skills).toEqual({ tp: 3, fp: 0, fn: 0 })
    expect(s.companies).toEqual({ tp: 2, fp: 0, fn: 0 })
    expect(s.dates).toEqual({ agree: 4, total: 4 })
  })

  it('counts misses, extras and date disagreements', () => {
    const s = scoreFile(expected, {
      ...empty,
      name: 'Someone Else',
      location: 'Pune',
      skills: ['python', 'Java'],
      experience: [{ company: 'Google Inc', title: 'Engineer', start: '2016-08', end: 'present' }],
    })
    expect([s.name, s.email, s.phone, s.location]).toEqual([false, false, false, false])
    expect(s.skills).toEqual({ tp: 1, fp: 1, fn: 2 })
    expect(s.companies).toEqual({ tp: 1, fp: 0, fn: 1 })
    expect(s.titles).toEqual({ tp: 0, fp: 1, fn: 2 })
    expect(s.dates).toEqual({ agree: 1, total: 2 })
  })

  it('treats null = null as right and uses a city resolver when given', () => {
    const s = scoreFile(empty, empty)
    expect([s.name, s.email, s.phone, s.location]).toEqual([true, true, true, true])
    const same = scoreFile({ ...empty, location: 'Bombay' }, { ...empty, location: 'Mumbai' }, { sameCity: (a, b) => [a, b].sort().join() === 'bombay,mumbai' })
    expect(same.location).toBe(true)
  })
})

describe('aggregate', () => {
  it('micro-averages P/R/F1 and prints a table', () => {
    const a = scoreFile({ ...empty, skills: ['a', 'b'] }, { ...empty, skills: ['a', 'c'] })
    const b = scoreFile({ ...empty, skills: ['d'] }, { ...empty, skills: ['d'] })
    const r = aggregate([a, b])
    expect(r.skills).toMatchObject({ tp: 2, fp: 1, fn: 1 })
    expect(r.skills.precision).toBeCloseTo(2 / 3)
    expect(r.skills.f1).toBeCloseTo(2 / 3)
    expect(r.name).toEqual({ correct: 2, total: 2, accuracy: 1 })
    expect(formatReport(r)).toMatch(/skills\s+P \/ R \/ F1\s+66\.7% \/ 66\.7% \/ 66\.7%/)
  })
})

describe('scoreSetFile (set-level labels)', () => {
  const labels: SetEntry = {
    name: 'Asha Rao',
    location: 'Hyderabad',
    companies_set: ['Oracle', 'Infosys Ltd'],
    titles_set: ['QA Analyst', 'Test Analyst'],
    institutions_set: ['Osmania University'],
  }

  it('scores distinct extracted values against each set', () => {
    const s = scoreSetFile(labels, {
      ...empty,
      name: 'ASHA RAO',
      location: 'Hyderabad',
      experience: [
        { company: 'Oracle', title: 'QA Analyst', start: '2016-03', end: 'present' },
        { company: 'Oracle', title: 'Test Analyst', start: '2015-01', end: '2016-02' },
        { company: 'Infosys Limited', title: 'Present', start: '2011-11', end: '2014-12' },
      ],
      education: [
        { institution: 'Osmania University', degree: 'MCA', year: 2011 },
        { institution: 'Osmania University', degree: 'B.Sc', year: 2008 },
      ],
    })
    expect([s.name, s.location, s.email]).toEqual([true, true, null])
    // the same company twice is one value of the set
    expect(s.companies).toEqual({ tp: 2, fp: 0, fn: 0 })
    expect(s.titles).toEqual({ tp: 2, fp: 1, fn: 0 })
    expect(s.institutions).toEqual({ tp: 1, fp: 0, fn: 0 })
  })

  it('leaves unannotated email and location out of their accuracy', () => {
    const a = scoreSetFile({ ...labels, location: null }, { ...empty, name: 'Asha Rao', location: 'Pune' })
    const b = scoreSetFile(labels, { ...empty, name: 'Someone', location: 'Pune' })
    const r = aggregateSet([a, b])
    expect(r.location).toEqual({ correct: 0, total: 1, accuracy: 0 })
    expect(r.email.total).toBe(0)
    expect(r.name).toEqual({ correct: 1, total: 2, accuracy: 0.5 })
    expect(r.companies).toMatchObject({ tp: 0, fp: 0, fn: 4 })
    expect(formatSetReport(r)).toMatch(/companies\s+P \/ R \/ F1/)
  })
})

describe('fuzzyDiff', () => {
  it('names the matched pairs, the values read but not labelled and the labels missed', () => {
    expect(fuzzyDiff(['Sharma Traders Pvt Ltd', 'Lotus Foods'], ['Sharma Traders', 'Store Supervisor', null])).toEqual({
      matched: [['Sharma Traders Pvt Ltd', 'Sharma Traders']],
      extra: ['Store Supervisor'],
      missed: ['Lotus Foods'],
    })
  })
})
