import { describe, expect, it } from 'vitest'
import { describeFields, emptyWork, entriesFromPrefill, entriesLabel, entriesToSend, isBlankEntry } from './entries-form'

describe('entry form helpers', () => {
  it('reads the server prefill back into form entries', () => {
    expect(entriesFromPrefill('education', [{ institution: 'COEP', degree: 'B.Tech', year: '2020' }])).toEqual([{ institution: 'COEP', degree: 'B.Tech', year: '2020' }])
    expect(entriesFromPrefill('work', [{ company: '', selfEmployed: true, title: 'Tailor', duration: '2 years' }])).toEqual([
      { company: '', selfEmployed: true, title: 'Tailor', start: '', end: '', current: false, duration: '2 years' },
    ])
    expect(entriesFromPrefill('work', null)).toEqual([])
  })

  it('sends dates or "how long", never both; blank entries are left out', () => {
    const dated = { ...emptyWork(), company: 'Swiggy', title: 'Rider', start: '2023-01', current: true, end: '2024-01', duration: '1 year' }
    const undated = { ...emptyWork(), selfEmployed: true, company: 'typed before ticking', title: 'Tailor', duration: '2 years' }
    expect(isBlankEntry(emptyWork())).toBe(true)
    expect(entriesToSend([dated, emptyWork(), undated])).toEqual([
      { company: 'Swiggy', selfEmployed: false, title: 'Rider', start: '2023-01', end: '', current: true, duration: '' },
      { company: '', selfEmployed: true, title: 'Tailor', start: '', end: '', current: false, duration: '2 years' },
    ])
  })

  it('an entry re-sent unchanged is what the server prefilled (so "kept as it was" is recognised)', () => {
    const prefill = [{ company: 'Swiggy', selfEmployed: false, title: 'Rider', start: '2023-01', end: '', current: true, duration: '' }]
    expect(entriesToSend(entriesFromPrefill('work', prefill))).toEqual(prefill)
    expect(JSON.stringify(entriesToSend(entriesFromPrefill('work', prefill)))).toBe(JSON.stringify(prefill))
  })

  it('reads as the bubble shows it', () => {
    expect(describeFields({ ...emptyWork(), company: 'Swiggy', title: 'Rider', start: '2023-01', current: true })).toBe('Rider at Swiggy (Jan 2023 – Present)')
    expect(describeFields({ ...emptyWork(), selfEmployed: true, company: 'ignored', title: 'Tailor', duration: '2 years' })).toBe('Tailor, self-employed (2 years)')
    expect(entriesLabel([{ institution: 'COEP', degree: 'B.Tech', year: '2020' }, { institution: 'KV', degree: '12th', year: '2016' }])).toBe('B.Tech, COEP (2020); 12th, KV (2016)')
  })

  it('reads in Hindi on a Hindi page (month names, "अपना काम", "अभी तक")', () => {
    expect(describeFields({ ...emptyWork(), company: 'Swiggy', title: 'Rider', start: '2023-01', current: true }, 'hi')).toBe('Rider, Swiggy में (जनवरी 2023 – अभी तक)')
    expect(describeFields({ ...emptyWork(), selfEmployed: true, title: 'दर्ज़ी', duration: '2 साल' }, 'hi')).toBe('दर्ज़ी, अपना काम (2 साल)')
    expect(describeFields({ ...emptyWork(), selfEmployed: true, start: '2022-03', end: '2024-11' }, 'hi')).toBe('अपना काम (मार्च 2022 – नवंबर 2024)')
  })
})

