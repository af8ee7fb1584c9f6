import { describe, expect, it } from 'vitest'
import { chooseNudge, lackingGaps, nudgeMessage, type HiddenCounts } from './nudge'

const counts = (only: Partial<HiddenCounts['only']>, involved: Partial<HiddenCounts['involved']>, all: number): HiddenCounts => ({
  only: { driving_licence: 0, two_wheeler: 0, languages: 0, ...only },
  involved: { driving_licence: 0, two_wheeler: 0, languages: 0, ...involved },
  all,
  capped: false,
})

describe('lackingGaps', () => {
  it('lists only what the candidate is known to lack', () => {
    expect(lackingGaps({ hasDrivingLicence: false, hasTwoWheeler: null, languages: null })).toEqual(['driving_licence'])
    expect(lackingGaps({ hasDrivingLicence: true, hasTwoWheeler: false, languages: ['Hindi'] })).toEqual(['two_wheeler', 'languages'])
    expect(lackingGaps({ hasDrivingLicence: null, hasTwoWheeler: null, languages: null })).toEqual([])
  })
})

describe('chooseNudge', () => {
  it('picks the gap that unlocks the most jobs by itself', () => {
    const n = chooseNudge(['driving_licence', 'languages'], counts({ driving_licence: 14, languages: 3 }, { driving_licence: 15, languages: 4 }, 18))
    expect(n).toEqual({ gaps: ['driving_licence'], jobCount: 14, jobCountIsCapped: false, message: 'Add your driving licence to see 14 more jobs near you', href: '/resume', cta: 'Update my resume' })
  })

  it('sends language gaps to the profile and counts one job in the singular', () => {
    expect(chooseNudge(['languages'], counts({ languages: 1 }, { languages: 1 }, 1))).toMatchObject({ message: 'Add the languages you speak to see 1 more job near you', href: '/profile' })
  })

  it('names gaps together when only together they unlock jobs', () => {
    const n = chooseNudge(['driving_licence', 'two_wheeler', 'languages'], counts({}, { driving_licence: 9, two_wheeler: 9 }, 9))
    expect(n).toMatchObject({ gaps: ['driving_licence', 'two_wheeler'], jobCount: 9, message: 'Add your driving licence and two-wheeler to see 9 more jobs near you', href: '/resume' })
  })

  it('says nothing when nothing is hidden', () => {
    expect(chooseNudge(['driving_licence'], counts({}, {}, 0))).toBeNull()
    expect(chooseNudge([], counts({}, {}, 0))).toBeNull()
  })

  it('breaks ties in a fixed order', () => {
    expect(chooseNudge(['two_wheeler', 'driving_licence'], counts({ driving_licence: 5, two_wheeler: 5 }, { driving_licence: 5, two_wheeler: 5 }, 10))?.gaps).toEqual(['driving_licence'])
  })

  it('says "+" when the counts are lower bounds (reading stopped at the cap)', () => {
    const n = chooseNudge(['driving_licence', 'languages'], { ...counts({ driving_licence: 60, languages: 30 }, { driving_licence: 70, languages: 41 }, 101), capped: true })
    expect(n).toMatchObject({ gaps: ['driving_licence'], jobCount: 60, jobCountIsCapped: true, message: 'Add your driving licence to see 60+ more jobs near you' })
    expect(nudgeMessage(['languages'], 1, true).message).toBe('Add the languages you speak to see 1+ more jobs near you')
  })

  it('words several gaps with a list', () => {
    expect(nudgeMessage(['driving_licence', 'two_wheeler', 'languages'], 3).message).toBe('Add your driving licence, two-wheeler and the languages you speak to see 3 more jobs near you')
  })
})
