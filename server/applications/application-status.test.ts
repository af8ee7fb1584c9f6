import { describe, expect, it } from 'vitest'
import { interviewDayIso, interviewWhen } from './application-status'

describe('the interview day in a sentence', () => {
  it('reads back the day interviewWhen wrote, for every month', () => {
    for (let month = 1; month <= 12; month++) {
      const date = `2031-${String(month).padStart(2, '0')}-0${(month % 9) + 1}`
      const when = interviewWhen({ date, time: '10:30' })
      expect(interviewDayIso(when.replace(/ at 10:30$/, ''))).toBe(date)
    }
    expect(interviewDayIso('14 Jan 2031')).toBe('2031-01-14')
  })

  it('refuses anything else (a value it cannot read is shown as it came)', () => {
    for (const text of ['Tue, 14 Janvier 2031', 'tomorrow', '2031-01-14', 'Tue, 14 Foo 2031']) expect(interviewDayIso(text)).toBeNull()
  })
})
