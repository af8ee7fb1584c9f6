import { describe, expect, it } from 'vitest'
import type { Answers } from '../resume-answers'
import { revalidate } from './revalidate'

const now = new Date('2025-06-01T00:00:00Z')

describe('revalidate', () => {
  it('keeps valid answers untouched', () => {
    const answers: Answers = { full_name: 'Ravi Kumar', phone: '+919876543210', date_of_birth: '1995-05-12', experience_months: 48, skills: ['Driving'] }
    expect(revalidate(answers, now)).toEqual({ answers, flags: [] })
  })

  it('drops a date of birth that gives an implausible age, with a flag', () => {
    const r = revalidate({ full_name: 'Baby Kumar', date_of_birth: '2022-01-01' }, now)
    expect(r.answers).toEqual({ full_name: 'Baby Kumar' })
    expect(r.flags).toEqual([{ key: 'date_of_birth', reason: 'implausible_age', detail: 'age 3 on 2025-06-01' }])
    expect(revalidate({ date_of_birth: '1890-01-01' }, now).flags[0].reason).toBe('implausible_age')
  })

  it('drops values the answer schemas refuse', () => {
    const bad = { email: 'not-an-email', phone: '98765', gender: 'unknown', skills: ['ok', ''] } as unknown as Answers
    const r = revalidate(bad, now)
    expect(r.answers).toEqual({})
    expect(r.flags.map((f) => [f.key, f.reason])).toEqual([
      ['email', 'invalid'],
      ['phone', 'invalid'],
      ['gender', 'invalid'],
      ['skills', 'invalid'],
    ])
  })

  it('drops single bad work and education entries, keeping the rest', () => {
    const r = revalidate(
      {
        work_history: [
          { company: 'Acme', title: 'Driver', start: '2019-06', end: 'present' },
          { company: 'Backwards', title: 'Clerk', start: '2020-01', end: '2018-01' },
          { company: null, title: null, start: '2019', end: '2020' },
        ],
        education: [
          { institution: 'Pune University', degree: 'B.Com', year: 2015 },
          { institution: 'X', degree: 'Y', year: 3000 },
        ],
      },
      now,
    )
    expect(r.answers.work_history).toEqual([{ company: 'Acme', title: 'Driver', start: '2019-06', end: 'present' }])
    expect(r.answers.education).toEqual([{ institution: 'Pune University', degree: 'B.Com', year: 2015 }])
    expect(r.flags.filter((f) => f.reason === 'entry_dropped')).toHaveLength(3)
  })

  it('flags more experience than a working life allows', () => {
    const r = revalidate({ date_of_birth: '2000-01-01', experience_months: 200 }, now)
    expect(r.answers).toEqual({ date_of_birth: '2000-01-01' })
    expect(r.flags[0]).toMatchObject({ key: 'experience_months', reason: 'implausible_experience' })
  })
})
