import { describe, expect, it } from 'vitest'
import { describeSessionTimes, formatIst } from './session-times'

describe('session times', () => {
  it('formats in India time whatever the server zone', () => {
    // 21:40 UTC is 03:10 the next morning in Asia/Kolkata (UTC+5:30)
    expect(formatIst('2026-12-04T21:40:00.000Z')).toBe('5 Dec 2026, 3:10 am')
    expect(formatIst('2026-12-05T09:34:00.000Z')).toBe('5 Dec 2026, 3:04 pm')
  })

  it('says "just now" for this device and inside the last-seen window, else how long ago', () => {
    const now = new Date('2026-12-05T12:00:00.000Z')
    const base = { createdAt: '2026-12-01T06:30:00.000Z', current: false }
    expect(describeSessionTimes({ ...base, lastSeenAt: '2026-12-05T11:57:00.000Z' }, now).lastSeen).toBe('just now')
    expect(describeSessionTimes({ ...base, current: true, lastSeenAt: '2026-12-05T08:00:00.000Z' }, now).lastSeen).toBe('just now')
    expect(describeSessionTimes({ ...base, lastSeenAt: '2026-12-05T09:00:00.000Z' }, now)).toEqual({
      firstSeen: '1 Dec 2026, 12:00 pm',
      lastSeen: '3 hours ago',
      lastSeenExact: '5 Dec 2026, 2:30 pm',
    })
    expect(describeSessionTimes({ ...base, lastSeenAt: '2026-11-20T12:00:00.000Z' }, now).lastSeen).toBe('15 days ago')
  })

  it('says it in Hindi for a Hindi page: "अभी", "3 घंटे पहले", the month in Hindi, digits 0–9', () => {
    const now = new Date('2026-12-05T12:00:00.000Z')
    const base = { createdAt: '2026-12-01T06:30:00.000Z', current: false }
    expect(describeSessionTimes({ ...base, current: true, lastSeenAt: '2026-12-05T08:00:00.000Z' }, now, 'hi').lastSeen).toBe('अभी')
    const hi = describeSessionTimes({ ...base, lastSeenAt: '2026-12-05T09:00:00.000Z' }, now, 'hi')
    expect(hi.lastSeen).toBe('3 घंटे पहले')
    expect(hi.firstSeen).toBe('1 दिसंबर 2026, 12:00')
    expect(describeSessionTimes({ ...base, lastSeenAt: '2026-11-20T12:00:00.000Z' }, now, 'hi').lastSeen).toBe('15 दिन पहले')
  })
})
