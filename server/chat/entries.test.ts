import { describe, expect, it } from 'vitest'
import { describeEntryValue, describeTypedEntries, entriesToForm, parseEntries, workEntriesMonths } from './entries'

const NOW = new Date(2026, 5, 15)
const ctx = { now: NOW, birthYear: 1998 }
const education = { entry: 'education' as const, required: true, validation: { minItems: 1, maxItems: 6 } }
const work = { entry: 'work' as const, required: false, validation: { maxItems: 8 } }

describe('education entries', () => {
  it('stores institution, degree and year; blank entries are dropped', () => {
    const r = parseEntries(education, [{ degree: ' B.Com ', institution: 'Fergusson  College', year: '2019' }, { degree: '', institution: '', year: '' }, { degree: '12th', institution: 'KV Pune', year: 2016 }], ctx)
    expect(r).toEqual({
      ok: true,
      value: [
        { institution: 'Fergusson College', degree: 'B.Com', year: 2019 },
        { institution: 'KV Pune', degree: '12th', year: 2016 },
      ],
    })
  })

  it.each([
    [[], 'Please add at least 1 qualification — for example your 12th or your degree.'],
    [[{ institution: 'KV', degree: '', year: '2016' }], 'Entry 1: which degree or course? E.g. B.Com, 12th, ITI.'],
    [[{ degree: 'BA', year: '2016' }], 'Entry 1: which school, college or institute?'],
    [[{ degree: 'BA', institution: 'Wilson College', year: '16' }], 'Entry 1: the year of passing as 4 digits, e.g. 2019.'],
    [[{ degree: 'BA', institution: 'Wilson College', year: '2040' }], 'Entry 1: 2040 is too far ahead (latest 2032).'],
    [[{ degree: 'BA', institution: 'Wilson College', year: '2019' }, { degree: '10th', institution: 'ZP School', year: '2001' }], 'Entry 2: 2001 is before you were 10 — check the year.'],
    ['B.Com', 'Please add your education using the form.'],
    [[{ degree: 'BA', institution: 'X', year: '2019', extra: 1 }], 'Entry 1: that doesn’t look right — please fill in the form again.'],
  ])('%j is refused: %s', (raw, message) => {
    expect(parseEntries(education, raw, ctx)).toEqual({ ok: false, message })
  })

  it('an expected year of passing (still studying) is accepted', () => {
    expect(parseEntries(education, [{ degree: 'B.Tech', institution: 'COEP', year: '2028' }], ctx).ok).toBe(true)
  })
})

describe('work entries', () => {
  it('from–to, currently working (present), self-employed and "how long"', () => {
    const r = parseEntries(
      work,
      [
        { company: 'Swiggy', title: 'Delivery partner', start: '2023-03', current: true },
        { company: 'Tata Motors', title: 'Helper', start: '06-2019', end: 'Feb 2023' },
        { selfEmployed: true, company: 'ignored', title: 'Tailor', duration: '2 saal' },
        { company: 'Dhaba', title: 'Cook', start: '2017', end: '2018' },
      ],
      ctx,
    )
    expect(r).toEqual({
      ok: true,
      value: [
        { company: 'Swiggy', title: 'Delivery partner', start: '2023-03', end: 'present', months: null },
        { company: 'Tata Motors', title: 'Helper', start: '2019-06', end: '2023-02', months: null },
        { company: 'Self-employed', title: 'Tailor', start: null, end: null, months: 24 },
        { company: 'Dhaba', title: 'Cook', start: '2017', end: '2018', months: null },
      ],
    })
  })

  it('an empty list is an answer ("Fresher" / "No previous work")', () => {
    expect(parseEntries(work, [], ctx)).toEqual({ ok: true, value: [] })
  })

  it.each([
    [[{ title: 'Rider', start: '2021-01', current: true }], 'Entry 1: type the employer, or tick “Self-employed”.'],
    [[{ company: 'Swiggy', start: '2021-01', current: true }], 'Entry 1: what was your job there?'],
    [[{ company: 'Swiggy', title: 'Rider' }], 'Entry 1: add from–to dates, or how long.'],
    [[{ company: 'Swiggy', title: 'Rider', duration: 'long time' }], 'Entry 1: say how long, like “2 years” or “6 months”.'],
    [[{ company: 'Swiggy', title: 'Rider', start: '2021-01' }], 'Entry 1: when did you leave? Or tick “Currently working here”.'],
    [[{ company: 'Swiggy', title: 'Rider', start: 'soon', current: true }], 'Entry 1: “soon” is not a month and year, e.g. 03-2021.'],
    [[{ company: 'Swiggy', title: 'Rider', start: '2027-01', current: true }], 'Entry 1: the start is in the future — please check it.'],
    [[{ company: 'Swiggy', title: 'Rider', start: '2021-01', end: '2026-09' }], 'Entry 1: end in the future? Tick “Currently working here”.'],
    [[{ company: 'Swiggy', title: 'Rider', start: '2022-05', end: '2021-01' }], 'Entry 1: the end is before the start — check the dates.'],
    [[{ company: 'A1', title: 'Rider', start: '2021', end: '2022' }, { company: 'Farm', title: 'Helper', start: '2008', end: '2010' }], 'Entry 2: that start is before you were 14 — check it.'],
  ])('%j is refused: %s', (raw, message) => {
    expect(parseEntries(work, raw, ctx)).toEqual({ ok: false, message })
  })
})

describe('round trip and totals', () => {
  it('stored entries → form → the same stored entries (an edited answer re-sent unchanged)', () => {
    const stored = [
      { company: 'Swiggy', title: 'Delivery partner', start: '2023-03', end: 'present', months: null },
      { company: 'Self-employed', title: 'Tailor', start: null, end: null, months: 30 },
      { company: 'Dhaba', title: 'Cook', start: '2017', end: '2018-04', months: null },
    ]
    expect(parseEntries(work, entriesToForm('work', stored), ctx)).toEqual({ ok: true, value: stored })
    const edu = [{ institution: 'COEP', degree: 'B.Tech', year: 2020 }]
    expect(parseEntries(education, entriesToForm('education', edu), ctx)).toEqual({ ok: true, value: edu })
  })

  it('total months: dated periods merged (overlaps once, present = now), plus "how long" entries', () => {
    const total = workEntriesMonths(
      [
        { start: '2024-01', end: 'present', months: null },
        { start: '2023-06', end: '2024-03', months: null },
        { start: null, end: null, months: 12 },
      ],
      NOW,
    )
    // Jun 2023 → Jun 2026 = 36 months (the extractor's rule), + 12
    expect(total).toBe(48)
  })

  it('a refused answer reads as typed in the transcript', () => {
    expect(
      describeTypedEntries([
        { company: 'Zomato', title: 'Delivery partner', start: '', current: false },
        { selfEmployed: true, company: 'x', title: 'Tailor', duration: '2 years' },
        { company: 'Swiggy', title: 'Rider', start: '2023-01', current: true },
      ]),
    ).toBe('Delivery partner at Zomato; Tailor, self-employed (2 years); Rider at Swiggy (Jan 2023 – Present)')
    expect(describeTypedEntries([{ degree: 'B.Com', institution: 'Stella Maris', year: '2040' }])).toBe('B.Com, Stella Maris (2040)')
  })

  it('reads as a person would', () => {
    expect(describeEntryValue('work', { company: 'Swiggy', title: 'Rider', start: '2023-03', end: 'present' })).toBe('Rider at Swiggy (Mar 2023 – Present)')
    expect(describeEntryValue('work', { company: 'Self-employed', title: 'Tailor', start: null, end: null, months: 30 })).toBe('Tailor, self-employed (2 years 6 months)')
    expect(describeEntryValue('education', { institution: 'COEP', degree: 'B.Tech', year: 2020 })).toBe('B.Tech, COEP (2020)')
  })
})
