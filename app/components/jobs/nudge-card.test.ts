import { describe, expect, it } from 'vitest'
import type { ProfileGap } from '#server/matching/match-score'
import { nudgeMessage } from '#server/matching/nudge'
import { translator } from '~/i18n/i18n'
import { nudgeText } from './nudge-card'

// every non-empty set of gaps, in the server's fixed order
const ORDER: ProfileGap[] = ['driving_licence', 'two_wheeler', 'languages']
const SETS = [1, 2, 3, 4, 5, 6, 7].map((bits) => ORDER.filter((_, i) => bits & (1 << i)))

describe('the profile-gap nudge in the page’s language', () => {
  it('English says exactly what the server says, for every set of gaps and count', () => {
    const t = translator('en', 'jobs')
    for (const gaps of SETS) for (const n of [1, 2, 14, 1200]) expect(nudgeText(t, gaps, n)).toBe(nudgeMessage(gaps, n).message)
  })

  it('Hindi has no English words left', () => {
    const t = translator('hi', 'jobs')
    expect(nudgeText(t, ['driving_licence'], 14)).toBe('अपना ड्राइविंग लाइसेंस जोड़ें और पास की 14 और नौकरियाँ देखें')
    expect(nudgeText(t, ['driving_licence', 'two_wheeler'], 1)).toBe('अपना ड्राइविंग लाइसेंस और टू-व्हीलर जोड़ें और पास की 1 और नौकरी देखें')
    for (const gaps of SETS) expect(nudgeText(t, gaps, 3)).not.toMatch(/[A-Za-z]/)
  })
})
