import { describe, expect, it } from 'vitest'
import { profileCompleteness, type CompletenessInput } from './profile-completeness'

const none: CompletenessInput = {
  basicDone: false,
  hasPhoto: false,
  hasEmail: false,
  hasAbout: false,
  hasDob: false,
  hasSalary: false,
  hasLanguages: false,
  hasIdDocument: false,
  hasResume: false,
}

describe('profileCompleteness', () => {
  it('is 0 with nothing and 100 with everything', () => {
    expect(profileCompleteness(none)).toEqual({ percent: 0, missing: expect.arrayContaining(['Basic details', 'Resume']) })
    const all = Object.fromEntries(Object.keys(none).map((k) => [k, true])) as CompletenessInput
    expect(profileCompleteness(all)).toEqual({ percent: 100, missing: [] })
  })
  it('lists what is missing, most valuable first', () => {
    const r = profileCompleteness({ ...none, basicDone: true })
    expect(r.percent).toBe(30)
    expect(r.missing[0]).toBe('Resume')
  })
})
