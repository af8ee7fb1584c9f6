import { describe, expect, it } from 'vitest'
import { retryDelayMs } from '~/utils/trpc-client'
import { choicesOf, findChoice, formatDateTyping, isCompleteDate, labelsFor, prefillText, salaryAnswer, salaryRangeAnswer, splitCustom } from './answer-input'
import { connectionState } from './connection-indicator'
import { translator } from '~/i18n/i18n'
import { checkFileBytes, sniffMime } from './upload'

const en = translator('en', 'chat')

describe('date typing', () => {
  it('inserts dashes as digits are typed and turns a pasted ISO date around', () => {
    expect(formatDateTyping('1')).toBe('1')
    expect(formatDateTyping('120')).toBe('12-0')
    expect(formatDateTyping('12031999')).toBe('12-03-1999')
    expect(formatDateTyping('12/03/1999 extra 55')).toBe('12-03-1999')
    expect(formatDateTyping('1999-03-12')).toBe('12-03-1999')
    // deleting back over a dash never leaves a dangling one
    expect(formatDateTyping('12-')).toBe('12')
    expect(isCompleteDate('12-03-1999')).toBe(true)
    expect(isCompleteDate('12-03-199')).toBe(false)
  })

  it('shows an ISO prefill as dd-mm-yyyy', () => {
    expect(prefillText({ kind: 'date', prefill: '1999-03-12', salaryUnit: null })).toBe('12-03-1999')
    expect(prefillText({ kind: 'salary', prefill: '12 LPA', salaryUnit: 'lpa' })).toBe('12')
    expect(prefillText({ kind: 'number', prefill: 5, salaryUnit: null })).toBe('5')
    expect(prefillText({ kind: 'text', prefill: { fileKey: 'x' }, salaryUnit: null })).toBe('')
  })
})

describe('salary', () => {
  it('adds the unit the field shows to a bare number', () => {
    expect(salaryAnswer('12', 'lpa', en)).toEqual({ value: '12 LPA', label: '12 LPA' })
    expect(salaryAnswer('18,000', 'monthly', en)).toEqual({ value: '18000', label: '₹18,000 per month' })
    // the bubble in the page's language; what is sent stays the server's English
    expect(salaryAnswer('1,50,000', 'monthly', translator('hi', 'chat'))).toEqual({ value: '150000 per month', label: '₹1,50,000 हर महीने' })
    // the field says per month: a lakh or more typed there is not read as a yearly figure
    expect(salaryAnswer('1,50,000', 'monthly', en)).toEqual({ value: '150000 per month', label: '₹1,50,000 per month' })
    expect(salaryRangeAnswer('100000-150000', 'monthly', en)).toEqual({ value: '100000-150000 per month', label: '₹1,00,000 – ₹1,50,000 per month' })
    expect(salaryAnswer('15k - 20k', 'monthly', en)).toEqual({ value: '15k - 20k', label: '15k - 20k' })
  })
})

describe('choices', () => {
  it('lists options then suggestions without repeats and matches typed text case-insensitively', () => {
    const choices = choicesOf({ options: [{ value: 'two_wheeler', label: 'Two-wheeler' }], suggestions: ['React', 'react', 'Node.js'] })
    expect(choices.map((c) => c.value)).toEqual(['two_wheeler', 'React', 'Node.js'])
    expect(findChoice(choices, 'TWO-WHEELER')?.value).toBe('two_wheeler')
    expect(labelsFor(['two_wheeler', 'Kotlin'], choices)).toBe('Two-wheeler, Kotlin')
    expect(splitCustom(' Excel,  tally ;\n')).toEqual(['Excel', 'tally'])
  })
})

describe('file checks', () => {
  const rules = { accept: ['image/png', 'image/jpeg', 'application/pdf'], maxBytes: 2_000_000 }
  it('reads the real type from the first bytes', () => {
    expect(sniffMime(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png')
    expect(sniffMime(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf')
    expect(sniffMime(new TextEncoder().encode('<html>'))).toBeNull()
  })
  it('refuses empty, oversize and wrong-type files with a message', () => {
    expect(checkFileBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 1000, rules, en)).toEqual({ ok: true, mime: 'image/jpeg' })
    expect(checkFileBytes(new Uint8Array(), 0, rules, en)).toMatchObject({ ok: false })
    const big = checkFileBytes(new Uint8Array([0xff, 0xd8, 0xff]), 2_500_000, rules, en)
    expect(big.ok === false && big.message).toContain('2.5 MB')
    const html = checkFileBytes(new TextEncoder().encode('<html>'), 100, rules, en)
    expect(html.ok === false && html.message).toBe('Please choose a PNG, JPG or PDF file.')
  })
  it('says what a refused file really is, in the page’s language', () => {
    const pdfOnly = { accept: ['application/pdf'], maxBytes: 2_000_000 }
    const png = checkFileBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 5000, pdfOnly, en)
    expect(png).toEqual({ ok: false, message: 'This file is a PNG image, not a PDF file. Please choose a PDF file.' })
    const docx = checkFileBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), 5000, pdfOnly, en)
    expect(docx.ok === false && docx.message).toBe('This file is a Word (.docx) or ZIP file, not a PDF file. Please choose a PDF file.')
    const doc = checkFileBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 5000, rules, en)
    expect(doc.ok === false && doc.message).toBe('This file is an old Word (.doc) file, not a PNG, JPG or PDF file. Please choose a PNG, JPG or PDF file.')
    const hi = translator('hi', 'chat')
    expect(checkFileBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 5000, rules, hi)).toEqual({
      ok: false,
      message: 'यह फ़ाइल पुरानी Word (.doc) फ़ाइल है, PNG, JPG या PDF फ़ाइल नहीं। कृपया PNG, JPG या PDF फ़ाइल चुनें।',
    })
    expect(checkFileBytes(new Uint8Array([0xff, 0xd8, 0xff]), 2_500_000, rules, hi)).toEqual({ ok: false, message: 'यह फ़ाइल 2.5 MB की है — सीमा 2 MB है। कृपया छोटी फ़ाइल चुनें।' })
  })
})

describe('connection', () => {
  it('reads live / reconnecting / offline from the socket state', () => {
    expect(connectionState({ status: 'open', failures: 0, everOpened: true }).state).toBe('live')
    expect(connectionState({ status: 'connecting', failures: 0, everOpened: false }).state).toBe('connecting')
    expect(connectionState({ status: 'closed', failures: 1, everOpened: true }).state).toBe('reconnecting')
    expect(connectionState({ status: 'closed', failures: 3, everOpened: true }).state).toBe('overHttp')
  })
  it('says the device is offline (no network at all) whatever the socket last said', () => {
    expect(connectionState({ status: 'open', failures: 0, everOpened: true }, false)).toEqual({ state: 'offline', tone: 'off' })
  })
  it('backs off exponentially with jitter, capped at 10 s', () => {
    expect(retryDelayMs(0, () => 0)).toBe(250)
    expect(retryDelayMs(0, () => 1)).toBe(500)
    expect(retryDelayMs(3, () => 0.5)).toBe(3000)
    expect(retryDelayMs(30, () => 1)).toBe(10_000)
    expect(retryDelayMs(30, () => 0)).toBe(5000)
  })
})

describe('pay range (a job’s fixed pay)', () => {
  it('reads a typed range as rupees per month, or adds LPA where the field is in lakh per year', () => {
    expect(salaryRangeAnswer('15000-20000', 'monthly', en)).toEqual({ value: '15000-20000', label: '₹15,000 – ₹20,000 per month' })
    expect(salaryRangeAnswer(' 15,000 to 20,000 ', 'monthly', en)).toEqual({ value: '15000-20000', label: '₹15,000 – ₹20,000 per month' })
    expect(salaryRangeAnswer('4-6', 'lpa', en)).toEqual({ value: '4-6 LPA', label: '4 – 6 LPA' })
    // one amount is a fixed pay; anything else goes as typed for the server to parse
    expect(salaryRangeAnswer('18000', 'monthly', en)).toEqual({ value: '18000', label: '₹18,000 per month' })
    expect(salaryRangeAnswer('18k - 22k', 'monthly', en)).toEqual({ value: '18k - 22k', label: '18k - 22k' })
  })

  it('shows an LPA range prefill without the unit the field already shows', () => {
    expect(prefillText({ kind: 'salary_range', prefill: '4 - 6 LPA', salaryUnit: 'lpa' })).toBe('4 - 6')
    expect(prefillText({ kind: 'salary_range', prefill: '16000 - 19000', salaryUnit: 'monthly' })).toBe('16000 - 19000')
  })
})
