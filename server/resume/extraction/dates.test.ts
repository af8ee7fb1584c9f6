import { describe, expect, it } from 'vitest'
import { findDateRanges, findPeriods, monthIndex, parseDateToken, parseFullDate } from './dates'

const ranges = (s: string) => findDateRanges(s).map((r) => [r.start, r.end])

describe('parseDateToken', () => {
  it.each([
    ['Jun 2019', '2019-06'],
    ['June, 2019', '2019-06'],
    ['Sept 2020', '2020-09'],
    ["Jun'19", '2019-06'],
    ['Oct. 2021', '2021-10'],
    ['07/2016', '2016-07'],
    ['2016-07', '2016-07'],
    ['2015', '2015'],
    ['Summer 2012', '2012'],
    ['Present', 'present'],
    ['Till Date', 'present'],
    ['current', 'present'],
    ['20XX', null],
  ])('%s → %s', (input, expected) => {
    expect(parseDateToken(input)).toBe(expected)
  })

  it('rejects what is not a date', () => {
    expect(parseDateToken('Java')).toBeUndefined()
    expect(parseDateToken('Foo 2019')).toBeUndefined()
  })
})

describe('findDateRanges', () => {
  it('reads the usual range shapes', () => {
    expect(ranges('Software Engineer  Jun 2019 – Present')).toEqual([['2019-06', 'present']])
    expect(ranges('07/2016 - 03/2018')).toEqual([['2016-07', '2018-03']])
    expect(ranges('2015-2017')).toEqual([['2015', '2017']])
    expect(ranges('Oct. 2021 – Current')).toEqual([['2021-10', 'present']])
    expect(ranges('Jan 2019 to Till Date')).toEqual([['2019-01', 'present']])
    expect(ranges('July 2013 to date working as VP')).toEqual([['2013-07', 'present']])
    expect(ranges('Sep. 2023 - Mar. 2024')).toEqual([['2023-09', '2024-03']])
    expect(ranges('Summer 2012 and 2013')).toEqual([['2012', '2013']])
    // a two-digit year glued to its month
    expect(ranges('Hyderabad from Nov 2011 to Feb17')).toEqual([['2011-11', '2017-02']])
    expect(ranges('Dec.09 - Mar.12')).toEqual([['2009-12', '2012-03']])
    // …but not a day after a spaced month, nor a day glued to its month before the year
    expect(ranges('May 15')).toEqual([])
    expect(ranges('from Nov 2011 to Feb17 2016').map(([start]) => start)).not.toContain('2017-02')
  })

  it('keeps a lone year as a one-year period and placeholders as unknown', () => {
    expect(ranges('2017')).toEqual([['2017', '2017']])
    expect(ranges('March 20XX – December 20XX')).toEqual([[null, null]])
    expect(ranges('January 20XX - Current')).toEqual([[null, 'present']])
  })

  it('ignores numbers that are not dates', () => {
    expect(ranges('+91 98765 43210')).toEqual([])
    expect(ranges('GPA: 3.66 (9.15/10.0)')).toEqual([])
    expect(ranges('Mobile: 614-555-5555')).toEqual([])
    // a GPA glued to a date keeps the date
    expect(ranges('GPA: 4.00 Aug 2012 – Dec 2013')).toEqual([['2012-08', '2013-12']])
  })

  it('findPeriods returns every period of a line in order', () => {
    expect(findPeriods('2014 - 2018 then 2019').map((r) => r.start)).toEqual(['2014', '2019'])
  })
})

describe('monthIndex', () => {
  const now = new Date('2025-06-15T00:00:00Z')
  it('counts bare years from January (start) or December (end) and present as now', () => {
    expect(monthIndex('2020', now, false)).toBe(2020 * 12)
    expect(monthIndex('2020', now, true)).toBe(2020 * 12 + 11)
    expect(monthIndex('2020-03', now, false)).toBe(2020 * 12 + 2)
    expect(monthIndex('present', now, true)).toBe(2025 * 12 + 5)
    expect(monthIndex(null, now, true)).toBeNull()
  })
})

describe('parseFullDate (date of birth)', () => {
  it.each([
    ['24th April 1996', '1996-04-24'],
    ['October 11, 1961', '1961-10-11'],
    ['12/05/1995', '1995-05-12'],
    ['12-05-1995', '1995-05-12'],
    ['1995-05-12', '1995-05-12'],
    ['05/25/1995', '1995-05-25'],
    ['12 May 1998', '1998-05-12'],
  ])('%s → %s', (input, iso) => {
    expect(parseFullDate(input)).toBe(iso)
  })

  it('rejects impossible dates', () => {
    expect(parseFullDate('31/02/1995')).toBeNull()
    expect(parseFullDate('sometime in 1995')).toBeNull()
  })
})
