import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatAnswer, toRawInput } from './answer-format'
import {
  formatDurationMonths,
  normaliseUrl,
  parseAnswer,
  parseDurationMonths,
  parseSalaryMonthly,
  parseYesNo,
  salaryToInput,
  specialAnswer,
  type ParseContext,
} from './answer-parsing'
import { findCity } from '../master-data/cities'
import type { Question } from './question-template'

const NOW = new Date(2026, 5, 15, 10, 0, 0)
const blue: ParseContext = { now: NOW, jobType: 'blue_collar', suggestedSkills: [] }
const white: ParseContext = { now: NOW, jobType: 'white_collar', suggestedSkills: ['React', 'Node.js', 'TypeScript'] }

const q = (over: Partial<Question> & Pick<Question, 'key' | 'kind'>): Question => ({ label: 'Label', prompt: 'Prompt?', required: true, ...over })

function value(question: Question, raw: unknown, ctx: ParseContext = blue): unknown {
  const result = parseAnswer(question, raw, ctx)
  if (!result.ok) throw new Error(`expected ok for ${JSON.stringify(raw)}, got "${result.message}"`)
  return result.value
}
function message(question: Question, raw: unknown, ctx: ParseContext = blue): string {
  const result = parseAnswer(question, raw, ctx)
  if (result.ok) throw new Error(`expected a rejection for ${JSON.stringify(raw)}, got ${JSON.stringify(result.value)}`)
  return result.message
}

describe('dates', () => {
  const dob = q({ key: 'date_of_birth', kind: 'date', validation: { minAgeYears: 18, maxAgeYears: 70 } })

  it('accepts dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd and ISO timestamps, storing ISO', () => {
    expect(value(dob, '12-03-1999')).toBe('1999-03-12')
    expect(value(dob, '12/03/1999')).toBe('1999-03-12')
    expect(value(dob, '1.3.1999')).toBe('1999-03-01')
    expect(value(dob, '1999-03-12')).toBe('1999-03-12')
    expect(value(dob, '1999-03-12T00:00:00.000Z')).toBe('1999-03-12')
  })

  it('says a well-formed date that does not exist is not a real date', () => {
    expect(message(dob, '31-02-2000')).toBe('31-02-2000 is not a real date — please check the day and the month (dd-mm-yyyy)')
    expect(message(dob, '12-13-1999')).toBe('12-13-1999 is not a real date — please check the day and the month (dd-mm-yyyy)')
    expect(message(dob, '1999-02-30')).toMatch(/is not a real date/)
    expect(value(dob, '29-02-2000')).toBe('2000-02-29')
  })

  it('rejects other shapes with the format hint', () => {
    for (const raw of ['1-3-99', '12 March 1999', 19990312, null]) {
      expect(message(dob, raw)).toBe('Please enter a date as dd-mm-yyyy, e.g. 12-03-1999')
    }
  })

  it('computes age against the given now: 18th birthday today passes, tomorrow fails', () => {
    expect(value(dob, '15-06-2008')).toBe('2008-06-15')
    expect(message(dob, '16-06-2008')).toBe('You must be at least 18 years old')
    expect(message(dob, '01-01-1950')).toBe('Please check the year — the age limit is 70')
    expect(message(dob, '01-01-2030')).toBe('That date is in the future — please check it')
  })
})

describe('yes / no', () => {
  it('reads booleans, English and Hinglish', () => {
    for (const raw of [true, 'yes', 'Y', 'Haan', 'haan ji', 'ji', 'हाँ', 'Yes, I have one']) expect(parseYesNo(raw)).toBe(true)
    for (const raw of [false, 'no', 'NAHI', 'nahin', 'नहीं', 'no I do not']) expect(parseYesNo(raw)).toBe(false)
    for (const raw of ['maybe', '', 1, null, ['yes']]) expect(parseYesNo(raw)).toBeNull()
  })

  it('rejects anything else with a clear message', () => {
    expect(message(q({ key: 'owns_vehicle', kind: 'yes_no' }), 'kabhi kabhi')).toBe('Please answer yes or no')
  })
})

describe('experience (free-form → months)', () => {
  it.each([
    ['2 years', 24],
    ['6 months of React', 6],
    ['fresher', 0],
    ['Fresher', 0],
    ['no experience', 0],
    ['1.5 yrs', 18],
    ['2 years 3 months', 27],
    ['2 years and 6 months', 30],
    ['2-3 years', 24],
    ['2+ years', 24],
    ['3', 36],
    ['one and a half years', 18],
    ['half a year', 6],
    ['a year', 12],
    ['2 saal', 24],
    ['6 mahine', 6],
    ['10 weeks', 2],
    ['I have 4 yrs exp in delivery', 48],
    ['2 years of Java, 1 year of React', 24],
  ])('%s → %i', (text, months) => {
    expect(parseDurationMonths(text)).toBe(months)
  })

  it('returns null for text without a duration', () => {
    expect(parseDurationMonths('lots')).toBeNull()
    expect(parseDurationMonths('')).toBeNull()
  })

  it('formats months in a form that parses back to the same number', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 720 }), (m) => parseDurationMonths(formatDurationMonths(m)) === m))
  })

  it('rejects more than 60 years as a question answer', () => {
    const exp = q({ key: 'experience_months', kind: 'text', parseAs: 'duration_months' })
    expect(value(exp, '6 months of React')).toBe(6)
    expect(message(exp, '70 years')).toBe('That seems too long — please check the number of years')
    expect(message(exp, 'lots')).toMatch(/like “2 years”/)
  })
})

describe('salary → ₹ per month', () => {
  it.each([
    ['18k', 'monthly', 18000],
    ['18,000', 'monthly', 18000],
    ['₹18000', 'monthly', 18000],
    ['Rs. 18,000/-', 'monthly', 18000],
    ['25 thousand', 'monthly', 25000],
    ['15-20k', 'monthly', 15000],
    ['15000-20000', 'monthly', 15000],
    ['5 LPA', 'monthly', 41667],
    ['5.5 lakh', 'monthly', 45833],
    ['6 lakhs per annum', 'monthly', 50000],
    ['12 LPA', 'lpa', 100000],
    ['3-5 LPA', 'lpa', 25000],
    ['12', 'lpa', 100000],
    ['50000', 'lpa', 50000],
    ['1200000', 'lpa', 100000],
    ['1 lakh per month', 'lpa', 100000],
    ['50k', 'lpa', 50000],
  ] as const)('%s (%s question) → %i', (text, unit, monthly) => {
    expect(parseSalaryMonthly(text, unit)).toBe(monthly)
  })

  it('reads bare numbers in the question unit', () => {
    expect(parseSalaryMonthly(12, 'lpa')).toBe(100000)
    expect(parseSalaryMonthly(18000, 'monthly')).toBe(18000)
    expect(parseSalaryMonthly('negotiable', 'monthly')).toBeNull()
    expect(parseSalaryMonthly(-5, 'monthly')).toBeNull()
  })

  it('uses the job type for the unit and rejects implausible amounts', () => {
    // a `salary` question from a template stored before ranges: its figure lands as min = max
    const salary = q({ key: 'expected_salary_monthly', kind: 'salary' })
    expect(value(salary, '12', white)).toEqual({ min: 100000, max: 100000 })
    expect(message(salary, '18', blue)).toBe('That looks too low for a monthly salary — e.g. 18000 or 18k')
    expect(message(salary, 'as per company', blue)).toBe('Please enter an amount, e.g. 18000 or 18k')
    expect(message(salary, '500 crore', white)).toMatch(/too high/)
  })

  it('expected salary keeps a range; sane bounds by job type confirm unusual figures and refuse absurd ones', () => {
    const salary = q({ key: 'expected_salary_monthly', kind: 'salary_range', validation: { saneForJobType: true } })
    expect(parseAnswer(salary, '20000-25000', blue)).toEqual({ ok: true, value: { min: 20000, max: 25000 } })
    expect(parseAnswer(salary, '18k', blue)).toEqual({ ok: true, value: { min: 18000, max: 18000 } })
    expect(parseAnswer(salary, '5-8 LPA', white)).toEqual({ ok: true, value: { min: 41667, max: 66667 } })
    // a rider asking ₹1.2 lakh a month: possible (a typo, usually) — asked to confirm, not refused
    expect(parseAnswer(salary, '120000 per month', blue)).toEqual({
      ok: true,
      value: { min: 120000, max: 120000 },
      unusual: '₹1,20,000 a month is much more than this kind of job usually pays.',
    })
    expect(parseAnswer(salary, '3000', blue)).toMatchObject({ ok: true, unusual: expect.stringMatching(/much less/) })
    // "₹99,99,999 per month" for a delivery rider: refused, with the same question asked again
    expect(message(salary, '₹99,99,999 per month', blue)).toBe('₹99,99,999 a month is far more than this kind of job pays — please check the amount, e.g. 18000 or 15000-20000')
    expect(message(salary, '99,99,999 per month', white)).toMatch(/^1200 LPA is far more than this kind of job pays/)
    // white collar: 40 LPA is ordinary, 80 LPA is confirmed, 6 crore a year refused
    expect(parseAnswer(salary, '40 LPA', white)).toEqual({ ok: true, value: { min: 333333, max: 333333 } })
    expect(parseAnswer(salary, '80 LPA', white)).toMatchObject({ ok: true, unusual: '80 LPA is much more than this kind of job usually pays.' })
    expect(message(salary, '6 crore per annum', white)).toMatch(/far more/)
    // without the flag (the job bot's pay) nothing changes
    expect(parseAnswer(q({ key: 'expected_salary_monthly', kind: 'salary_range' }), '120000 a month', blue)).toEqual({ ok: true, value: { min: 120000, max: 120000 } })
  })

  it('the LPA prefill form parses back to the same monthly amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 5_000_000 }), (monthly) => {
        const back = parseSalaryMonthly(salaryToInput(monthly, 'lpa'), 'lpa')
        // two decimals of LPA are ₹ 84 a month apart at most
        return back !== null && Math.abs(back - monthly) <= 42
      }),
    )
    expect(parseSalaryMonthly(salaryToInput(100000, 'lpa'), 'lpa')).toBe(100000)
  })
})

describe('links', () => {
  const github = q({ key: 'github_url', kind: 'text', required: false, validation: { format: 'url', hosts: ['github.com'], example: 'github.com/yourname' } })
  const portfolio = q({ key: 'portfolio_url', kind: 'text', required: false, validation: { format: 'url' } })

  it('adds the scheme and checks the host', () => {
    expect(value(github, 'github.com/ravi')).toBe('https://github.com/ravi')
    expect(value(github, 'https://www.github.com/ravi/')).toBe('https://www.github.com/ravi/')
    expect(value(portfolio, 'behance.net/ravi')).toBe('https://behance.net/ravi')
    expect(normaliseUrl('in.linkedin.com/in/ravi', ['linkedin.com'])).toBe('https://in.linkedin.com/in/ravi')
  })

  it('rejects non-links, other hosts and other schemes with an example', () => {
    expect(message(github, 'my github')).toBe("That doesn't look like a github.com link — e.g. github.com/yourname")
    expect(message(github, 'gitlab.com/ravi')).toBe("That doesn't look like a github.com link — e.g. github.com/yourname")
    expect(message(portfolio, 'javascript:alert(1)')).toBe("That doesn't look like a link — e.g. yourwebsite.com")
    expect(normaliseUrl('localhost:3000')).toBeNull()
  })
})

describe('text', () => {
  const name = q({ key: 'full_name', kind: 'text', validation: { minLength: 2, maxLength: 80, pattern: "^[\\p{L}\\p{M} .'-]+$", patternMessage: 'Please use letters only' } })

  it('tidies whitespace and applies length and pattern rules', () => {
    expect(value(name, '  Ravi   Kumar ')).toBe('Ravi Kumar')
    expect(value(name, 'रवि कुमार')).toBe('रवि कुमार')
    expect(message(name, 'R')).toBe('Please enter at least 2 characters')
    expect(message(name, 'Ravi123')).toBe('Please use letters only')
    expect(message(name, 'x'.repeat(81))).toBe('Please keep it under 80 characters')
    expect(message(name, '   ')).toBe('Please type your answer')
  })

  it('keeps paragraphs in long text', () => {
    const about = q({ key: 'about', kind: 'text', required: false, validation: { maxLength: 1000 } })
    expect(value(about, 'Line one.  \r\n\r\n\r\nLine   two.')).toBe('Line one.\n\nLine two.')
  })
})

describe('selects', () => {
  const languages = q({
    key: 'languages',
    kind: 'multi_select',
    suggestions: ['Hindi', 'English', 'Bengali', 'Odia'],
    aliases: { bangla: 'Bengali', oriya: 'Odia' },
    allowCustom: true,
    itemNoun: { one: 'language', other: 'languages' },
    validation: { minItems: 2, maxItems: 3 },
  })

  it('canonicalises suggestions and aliases, keeps custom entries, drops duplicates', () => {
    expect(value(languages, ['hindi', 'Bangla', 'HINDI'])).toEqual(['Hindi', 'Bengali'])
    expect(value(languages, 'english, tulu')).toEqual(['English', 'Tulu'])
    expect(value(languages, 'Hindi and Oriya')).toEqual(['Hindi', 'Odia'])
  })

  it('takes languages only from the real list (Indian languages, common spellings, world languages); anything else is asked again', () => {
    expect(value(languages, ['Hindi', 'asamiya', 'Sinhalese'])).toEqual(['Hindi', 'Assamese', 'Sinhala'])
    expect(message(languages, ['Hindi', 'asdf1234!!'])).toBe('I don\'t know a language called “asdf1234!!” — please check the spelling or pick from the list')
    expect(message(languages, 'Hindi, Klingonese')).toMatch(/“Klingonese”/)
  })

  it('enforces counts with the item noun', () => {
    expect(message(languages, ['Hindi'])).toBe('Pick at least 2 languages')
    expect(message(languages, ['Hindi', 'English', 'Odia', 'Tulu'])).toBe('Pick at most 3 languages')
    expect(message(languages, [1, 2])).toBe('Please pick from the list or type your own')
  })

  it('matches role skills spelling-insensitively', () => {
    const skills = q({ key: 'skills', kind: 'multi_select', suggestionsFromRole: true, allowCustom: true })
    expect(value(skills, ['react', 'NodeJS', 'node js', 'ReactJS', 'GraphQL'], white)).toEqual(['React', 'Node.js', 'GraphQL'])
  })

  it('refuses unknown values when custom entries are not allowed', () => {
    const licence = q({ key: 'licence_type', kind: 'multi_select', options: [{ value: 'two_wheeler', label: 'Two-wheeler' }, { value: 'lmv', label: 'Car / LMV' }] })
    expect(value(licence, ['Car / LMV', 'two_wheeler'])).toEqual(['lmv', 'two_wheeler'])
    expect(message(licence, ['bus'])).toBe('“bus” isn\'t one of the choices — please pick from the list')
    const mode = q({ key: 'preferred_work_mode', kind: 'single_select', options: [{ value: 'onsite', label: 'At the office' }, { value: 'remote', label: 'Work from home' }] })
    expect(value(mode, 'work from home')).toBe('remote')
    expect(message(mode, 'moon')).toBe('Please pick one: At the office or Work from home')
  })
})

describe('number, city, file', () => {
  it('numbers respect min/max/integer', () => {
    const years = q({ key: 'experience_months', kind: 'number', validation: { min: 0, max: 60, integer: true } })
    expect(value(years, '5 years')).toBe(5)
    expect(value(years, 7)).toBe(7)
    expect(message(years, '2.5')).toBe('Please enter a whole number')
    expect(message(years, 99)).toBe('Please enter a number between 0 and 60')
    expect(message(years, 'many')).toBe('Please enter a number')
  })

  it('cities go through the injected resolver when there is one', () => {
    const city = q({ key: 'current_location', kind: 'city' })
    const resolveCity = (input: string) => (input.toLowerCase() === 'bombay' ? 'Mumbai' : null)
    expect(value(city, 'bombay', { ...blue, resolveCity })).toBe('Mumbai')
    expect(message(city, 'Atlantis', { ...blue, resolveCity })).toBe('I couldn\'t find “Atlantis” — try the nearest city or town')
    expect(value(city, 'navi mumbai')).toBe('Navi Mumbai')
    expect(message(city, '12345')).toBe('Please type your city or town, e.g. Pune')
  })

  it('files need a key; type and size are checked when given', () => {
    const file = q({ key: 'driving_licence_file', kind: 'file', file: { accept: ['image/png', 'image/jpeg', 'application/pdf'], maxBytes: 2_000_000 } })
    expect(value(file, { fileKey: 'uploads/abc.png', mimeType: 'image/png', sizeBytes: 1000 })).toBe('uploads/abc.png')
    expect(message(file, { fileKey: 'a.zip', mimeType: 'application/zip' })).toBe('Please upload a PNG, JPG, PDF file')
    expect(message(file, { fileKey: 'a.png', sizeBytes: 3_000_000 })).toBe('That file is larger than 2 MB')
    expect(message(file, 'a.png')).toBe('Please upload the file')
  })
})

describe('special answers and display', () => {
  it('recognises skip and draft requests', () => {
    expect(specialAnswer(null)).toBe('skip')
    expect(specialAnswer({ skip: true })).toBe('skip')
    expect(specialAnswer(' Skip ')).toBe('skip')
    expect(specialAnswer({ draft: true })).toBe('draft')
    expect(specialAnswer('Write it for me')).toBe('draft')
    expect(specialAnswer('Ravi')).toBeNull()
    expect(specialAnswer(false)).toBeNull()
  })

  it('formats answers for people and back into raw input', () => {
    const salary = q({ key: 'expected_salary_monthly', kind: 'salary' })
    expect(formatAnswer(salary, 100000, 'white_collar')).toBe('12 LPA (₹1,00,000 per month)')
    expect(formatAnswer(salary, 18000, 'blue_collar')).toBe('₹18,000 per month')
    expect(toRawInput(salary, 100000, 'white_collar')).toBe('12 LPA')
    const range = q({ key: 'expected_salary_monthly', kind: 'salary_range' })
    expect(formatAnswer(range, { min: 20000, max: 25000 }, 'blue_collar')).toBe('₹20,000 – ₹25,000 per month')
    expect(formatAnswer(range, { min: 66667, max: 100000 }, 'white_collar')).toBe('8 – 12 LPA (₹66,667 – ₹1,00,000 per month)')
    expect(toRawInput(range, { min: 66667, max: 100000 }, 'white_collar')).toBe('8 - 12 LPA')
    expect(toRawInput(range, { min: 20000, max: 25000 }, 'blue_collar')).toBe('20000 - 25000')
    // ₹1 lakh a month and more round-trips (a bare lakh figure would read as per year)
    for (const v of [{ min: 150000, max: 150000 }, { min: 90000, max: 120000 }]) {
      expect(parseAnswer(range, toRawInput(range, v, 'blue_collar'), blue)).toMatchObject({ ok: true, value: v })
    }
    const exp = q({ key: 'experience_months', kind: 'text', parseAs: 'duration_months' })
    expect(formatAnswer(exp, 0, 'blue_collar')).toBe('Fresher')
    expect(toRawInput(exp, 27, 'blue_collar')).toBe('2 years 3 months')
    expect(formatAnswer(q({ key: 'date_of_birth', kind: 'date' }), '1999-03-12', 'blue_collar')).toBe('12-03-1999')
    expect(formatAnswer(undefined, [{ title: 'Driver', company: 'Ola', start: '2021', end: 'present' }], 'blue_collar')).toBe('Driver at Ola (2021 – Present)')
  })
})

describe('answers in Hindi and Hinglish', () => {
  it('reads them like the English answers, question by question', () => {
    const exp = q({ key: 'experience_months', kind: 'text', parseAs: 'duration_months' })
    const salary = q({ key: 'expected_salary_monthly', kind: 'salary' })
    const dob = q({ key: 'date_of_birth', kind: 'date', validation: { minAgeYears: 18, maxAgeYears: 70 } })
    const years = q({ key: 'experience_months', kind: 'number', validation: { min: 0, max: 60, integer: true } })
    const owns = q({ key: 'owns_vehicle', kind: 'yes_no' })
    for (const [hindi, english] of [
      ['ढाई साल', '2.5 years'],
      ['डेढ़ साल', '1.5 years'],
      ['do saal', '2 years'],
      ['६ महीने', '6 months'],
      ['फ्रेशर', 'fresher'],
    ]) expect(value(exp, hindi)).toBe(value(exp, english))
    for (const [hindi, english] of [
      ['बीस हज़ार', '20000'],
      ['bees hazaar', '20k'],
      ['१८,०००', '18,000'],
      ['पच्चीस हज़ार महीना', '25000 per month'],
    ]) expect(value(salary, hindi)).toEqual(value(salary, english))
    expect(value(salary, 'डेढ़ लाख', white)).toEqual(value(salary, '1.5 lakh', white))
    expect(value(dob, '१२-०३-१९९९')).toBe('1999-03-12')
    expect(value(years, 'पाँच')).toBe(5)
    expect(value(years, '५ साल')).toBe(5)
    expect(value(owns, 'जी हाँ')).toBe(true)
    expect(value(owns, 'जी नहीं')).toBe(false)
    expect(value(owns, 'nahin')).toBe(false)
    expect(message(owns, 'शायद')).toBe('Please answer yes or no')
  })

  it('keeps free text as typed (its digits too) and reads Devanagari city names through the real city list', () => {
    const about = q({ key: 'about', kind: 'text', validation: { maxLength: 500 } })
    expect(value(about, 'मैंने ५ साल डिलीवरी की है')).toBe('मैंने ५ साल डिलीवरी की है')
    const city = q({ key: 'current_location', kind: 'city' })
    const resolveCity = (input: string) => findCity(input)?.name ?? null
    expect(value(city, 'मुंबई', { ...blue, resolveCity })).toBe('Mumbai')
    expect(value(city, 'बंगलौर', { ...blue, resolveCity })).toBe('Bengaluru')
    expect(value(city, 'नई दिल्ली', { ...blue, resolveCity })).toBe('Delhi')
  })
})
