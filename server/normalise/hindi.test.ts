import { describe, expect, it } from 'vitest'
import { normaliseIndianMobile } from '../candidate/mobile'
import { makeProfileSchemas } from '../candidate/profile-schema'
import { cleanText } from '../resume/extraction/layout'
import { parseDurationMonths, parseExperienceRange } from './experience'
import { languagePackSchema, vocabulary } from './language-packs'
import { LANGUAGE_PACKS } from './data/languages'
import { numberFromWords, translateNumbers } from './number-words'
import { normalisePhone } from './phone'
import { salaryMonthly, salaryRangeMonthly } from './salary'
import { expandSearchQuery } from './search-terms'
import { foldDigits, foldText } from './text'
import { yesNo } from './yes-no'

/**
 * Hindi and Hinglish answers read like the English ones: every row says what it means in English,
 * and both must give the same value (and the value stated).
 */

describe('digits of any script', () => {
  it.each([
    ['१२', '12'],
    ['४११००१', '411001'],
    ['₹१८,०००', '₹18,000'],
    ['১২', '12'], // Bengali
    ['૧૨', '12'], // Gujarati
    ['௧௨', '12'], // Tamil
    ['౧౨', '12'], // Telugu
    ['12 abc', '12 abc'],
  ])('%s → %s', (written, ascii) => {
    expect(foldDigits(written)).toBe(ascii)
    expect(foldText(written)).toBe(ascii)
  })

  it('keeps offsets: the folded text is as long as the input', () => {
    const s = 'पिन ४११००१, फ़ोन ९८७६५४३२१०'
    expect(foldDigits(s)).toHaveLength(s.length)
  })

  it('PIN codes, mobiles, dates of birth and salaries on the profile forms accept them', () => {
    const { profileUpdate } = makeProfileSchemas(new Date(2026, 5, 15))
    const parsed = profileUpdate.parse({ pinCode: '४११ ००१', dateOfBirth: '१२-०३-१९९९', currentSalaryMonthly: '१८,०००' })
    expect(parsed).toMatchObject({ pinCode: '411001', dateOfBirth: '1999-03-12', currentSalaryMonthly: 18000 })
    expect(profileUpdate.safeParse({ pinCode: '०११००१' }).success).toBe(false)
    expect(normaliseIndianMobile('+९१ ९८७६५ ४३२१०')).toEqual({ ok: true, e164: '+919876543210' })
    expect(normaliseIndianMobile('९८७६५')).toMatchObject({ ok: false })
    expect(normalisePhone('०९८७६५-४३२१०')).toEqual({ e164: '+919876543210', valid: true })
  })
})

describe('experience in Hindi and Hinglish', () => {
  it.each([
    ['दो साल', '2 years', 24],
    ['2 saal', '2 years', 24],
    ['२ साल', '2 years', 24],
    ['do saal', '2 years', 24],
    ['एक साल', '1 year', 12],
    ['ढाई साल', '2.5 years', 30],
    ['डेढ़ साल', '1.5 years', 18],
    ['डेढ साल', '1.5 years', 18], // nukta left out
    ['dedh saal', '1.5 years', 18],
    ['साढ़े तीन साल', '3.5 years', 42],
    ['sawa do saal', '2.25 years', 27],
    ['पौने दो साल', '1.75 years', 21],
    ['6 mahine', '6 months', 6],
    ['छह महीने', '6 months', 6],
    ['दो साल तीन महीने', '2 years 3 months', 27],
    ['दो साल और तीन महीने', '2 years and 3 months', 27],
    ['बारह साल', '12 years', 144],
    ['पच्चीस साल', '25 years', 300],
    ['फ्रेशर', 'fresher', 0],
    ['कोई अनुभव नहीं', 'no experience', 0],
    ['ढाई', '2.5', 30],
  ])('%s = %s = %i months', (hindi, english, months) => {
    expect(parseDurationMonths(english)).toBe(months)
    expect(parseDurationMonths(hindi)).toBe(months)
  })

  it.each([
    ['2 से 3 साल', '2 to 3 years', { min: 24, max: 36 }],
    ['कम से कम दो साल', 'at least 2 years', { min: 24, max: null }],
    ['2 साल से ज्यादा', '2 years or more', { min: 24, max: null }],
    ['फ्रेशर', 'fresher', { min: 0, max: 0 }],
    ['अनुभव की ज़रूरत नहीं', 'no experience required', { min: 0, max: null }],
  ])('a posting asking %s = %s', (hindi, english, range) => {
    expect(parseExperienceRange(english)).toEqual(range)
    expect(parseExperienceRange(hindi)).toEqual(range)
  })
})

describe('salary in Hindi and Hinglish', () => {
  it.each([
    ['बीस हज़ार', '20 thousand', 20_000],
    ['बीस हजार', '20 thousand', 20_000],
    ['bees hazaar', '20 thousand', 20_000],
    ['15 hazar', '15 thousand', 15_000],
    ['१५ हज़ार', '15 thousand', 15_000],
    ['पच्चीस हज़ार महीना', '25000 per month', 25_000],
    ['₹१८,०००', '₹18,000', 18_000],
    ['1.5 लाख', '1.5 lakh', 12_500],
    ['डेढ़ लाख', '1.5 lakh', 12_500],
    ['dedh lakh', '1.5 lakh', 12_500],
    ['सवा लाख', '1.25 lakh', 10_417],
    ['ढाई LPA', '2.5 LPA', 20_833],
    ['दो लाख पचास हज़ार', '2.5 lakh', 20_833],
    ['दो हज़ार पाँच सौ', '2500', 2_500],
    ['500 रोज़', '500 per day', 13_000],
    ['2 लाख सालाना', '2 lakh per year', 16_667],
    ['twenty five thousand', '25000', 25_000],
  ])('%s = %s = ₹%i a month', (hindi, english, monthly) => {
    expect(salaryMonthly(english)).toBe(monthly)
    expect(salaryMonthly(hindi)).toBe(monthly)
  })

  it.each([
    ['10 से 15 हज़ार', '10-15 thousand', { min: 10_000, max: 15_000 }],
    ['बीस से पच्चीस हज़ार', '20 to 25 thousand', { min: 20_000, max: 25_000 }],
    ['15 हज़ार और इंसेंटिव', '15000 + incentive', { min: 15_000, max: 15_000 }],
  ])('a range %s = %s', (hindi, english, range) => {
    expect(salaryRangeMonthly(english)).toEqual(range)
    expect(salaryRangeMonthly(hindi)).toEqual(range)
  })

  it('leaves English prose alone: a number word is pay only next to an amount word', () => {
    expect(translateNumbers('one time joining bonus', 'pay')).toBe('one time joining bonus')
    expect(salaryMonthly('15000 a month')).toBe(15_000)
    expect(salaryMonthly('Rs. 6,00,000 per annum')).toBe(50_000)
  })

  it('reads a number answer written in words', () => {
    expect(numberFromWords('पाँच')).toBe(5)
    expect(numberFromWords('twenty five')).toBe(25)
    expect(numberFromWords('१२')).toBe(12)
    expect(numberFromWords('पाँच साल')).toBeNull()
    expect(numberFromWords('kabhi')).toBeNull()
  })
})

describe('yes / no in Hindi and Hinglish', () => {
  it.each(['हाँ', 'हां', 'हा', 'जी हाँ', 'जी हां', 'हाँ जी', 'जी', 'haan', 'ha', 'haan ji', 'ji', 'ji haan', 'theek hai', 'हाँ, है', 'Yes', 'ok'])('%s is yes', (s) => {
    expect(yesNo(s)).toBe(true)
  })
  it.each(['नहीं', 'नही', 'ना', 'जी नहीं', 'नहीं जी', 'nahi', 'nahin', 'nhi', 'ji nahi', 'NAHI', 'नहीं, नहीं है', 'no'])('%s is no', (s) => {
    expect(yesNo(s)).toBe(false)
  })
  it.each(['शायद', 'kabhi kabhi', '', 'जी शायद', 'maybe'])('%s is neither', (s) => {
    expect(yesNo(s)).toBeNull()
  })
})

describe('job search words', () => {
  it.each([
    ['डिलीवरी', ['delivery']],
    ['ड्राइवर', ['driver']],
    ['सिक्योरिटी गार्ड', ['security guard']],
    ['गार्ड', ['guard']],
    ['कुक', ['cook']],
    ['रसोइया', ['cook']],
    ['मुंबई', ['Mumbai']],
  ])('%s also searches %j', (term, english) => {
    const e = expandSearchQuery(term)
    expect(e.text).toBe('')
    expect(e.groups).toEqual([[term, ...english]])
  })

  it('drops the words around the job word and keeps the rest as typed', () => {
    expect(expandSearchQuery('डिलीवरी की नौकरी चाहिए')).toEqual({ text: '', groups: [['डिलीवरी', 'delivery']] })
    expect(expandSearchQuery('ड्राइवर Ola')).toEqual({ text: 'ola', groups: [['ड्राइवर', 'driver']] })
    expect(expandSearchQuery('Delivery "Swiggy" -night')).toEqual({ text: 'Delivery "Swiggy" -night', groups: [] })
  })
})

describe('language packs', () => {
  it('every pack is valid and has a unique code', () => {
    for (const p of LANGUAGE_PACKS) expect(languagePackSchema.safeParse(p).error).toBeUndefined()
    const codes = LANGUAGE_PACKS.map((p) => p.code)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('no word means two things: yes and no, or two different numbers', () => {
    const v = vocabulary()
    expect([...v.yes].filter((w) => v.no.has(w))).toEqual([])
    const seen = new Map<string, number>()
    for (const p of v.packs) {
      for (const [w, n] of Object.entries({ ...p.numbers, ...p.multipliers })) {
        const k = w.toLowerCase()
        if (seen.has(k)) expect(seen.get(k), w).toBe(n)
        seen.set(k, n)
      }
    }
  })
})

describe('resume PDFs', () => {
  it('read any script’s digits as ASCII, keeping every character in place for alignment', () => {
    const line = 'फ़ोन: ९८७६५ ४३२१०, पिन ४११००१'
    expect(cleanText(line)).toBe('फ़ोन: 98765 43210, पिन 411001'.normalize('NFKC'))
    expect(cleanText(line)).toHaveLength(line.normalize('NFKC').length)
  })
})
