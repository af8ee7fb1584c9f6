import { describe, expect, it } from 'vitest'
import { headNouns, titleWordCount } from './job-words'

describe('headNouns', () => {
  it('takes the last word of each alternative, not a bracketed qualifier nor a one-word modifier before a longer alternative', () => {
    expect(headNouns(['Cook / Chef', 'Van Driver (Car / LMV)', 'Home / Online Tutor', 'Billing Executive (Tally)', 'Hair Stylist / Barber'])).toEqual([
      'cook',
      'chef',
      'driver',
      'tutor',
      'executive',
      'stylist',
      'barber',
    ])
  })

  it('so words from role qualifiers are no title cue', () => {
    expect(titleWordCount('Home Loans')).toEqual({ strong: 0, weak: 0 })
    expect(titleWordCount('Tally Reports')).toEqual({ strong: 0, weak: 0 })
    expect(titleWordCount('Online Tutor').strong).toBe(1)
  })
})
