import { describe, expect, it } from 'vitest'
import { highestEducationOf, meetsEducation } from './education'
import {
  canonicalCity,
  canonicalLanguage,
  canonicalSkills,
  educationLevel,
  findPlacesInText,
  languagesIn,
  normaliseUrl,
  parseDurationMonths,
  parseExperienceRange,
  parseSalary,
  resolvePlace,
  salaryMonthly,
  salaryRangeMonthly,
} from '.'

describe('salary → ₹ per month', () => {
  it.each([
    ['15k', 15000, 15000],
    ['₹15,000/-', 15000, 15000],
    ['Rs. 15000 only', 15000, 15000],
    ['18000 - 25000+', 18000, 25000],
    ['₹18000 - ₹25000', 18000, 25000],
    ['Salary: 15000 to 18000', 15000, 18000],
    ['18,000/- upto 25,000/- will be given', 18000, 25000],
    ['upto 25000', null, 25000],
    ['Up to ₹17,000.00 per month', null, 17000],
    ['minimum 15000', 15000, null],
    ['15000+', 15000, null],
    ['2.5 LPA', 20833, 20833],
    ['3-5 lakh per annum', 25000, 41667],
    ['15-20 Lacs P.A.', 125000, 166667],
    ['50,000-2 Lacs P.A.', 4167, 16667],
    ['50,000-70,000 P.A.', 4167, 5833],
    ['CTC 18,000', 18000, 18000],
    ['CTC 6,00,000', 50000, 50000],
    ['₹20–25 L/yr', 166667, 208333],
    ['1.2 crore p.a.', 1000000, 1000000],
    ['2 Cr', 1666667, 1666667],
    ['25000 per month', 25000, 25000],
    ['25000/month', 25000, 25000],
    ['25,000 p.m.', 25000, 25000],
    ['3,00,000 per year', 25000, 25000],
    ['600000', 50000, 50000],
    ['500 per day', 13000, 13000],
    ['₹600 daily', 15600, 15600],
    ['Rs 100 per hour', 20800, 20800],
    ['15 to 20 thousand', 15000, 20000],
    ['10000 se 15000', 10000, 15000],
    ['15 hazar', 15000, 15000],
    ['CTC- 17,000 నుండి 18,000', 17000, 18000],
    ['BH CTC-రూ. 23,000', 23000, 23000],
  ])('%s → %s – %s', (text, min, max) => {
    const s = parseSalary(text)
    expect(s?.min ?? null).toBe(min)
    expect(s?.max ?? null).toBe(max)
  })

  it('keeps incentives apart from fixed pay', () => {
    expect(parseSalary('15k + incentives up to 10k')).toMatchObject({ min: 15000, max: 15000, incentiveMin: null, incentiveMax: 10000 })
    expect(parseSalary('₹12,000 - ₹15,000 per month + incentive 2000-5000')).toMatchObject({ min: 12000, max: 15000, incentiveMin: 2000, incentiveMax: 5000 })
    // "15k +" is "15k and more" only without an incentive after it
    expect(parseSalary('Salary 15000 + Incentives + PF')).toMatchObject({ min: 15000, max: 15000, incentiveMax: null })
  })

  it('says whether the period was written', () => {
    expect(parseSalary('5 LPA')).toMatchObject({ period: 'year', periodStated: true })
    expect(parseSalary('18000')).toMatchObject({ period: 'month', periodStated: false })
    expect(parseSalary('500 per day')).toMatchObject({ period: 'day', periodStated: true })
  })

  it('reads bare numbers as LPA only when asked in LPA', () => {
    expect(salaryMonthly('12', { bareUnit: 'lpa' })).toBe(100000)
    expect(salaryMonthly('12')).toBe(12)
    expect(salaryMonthly('50000', { bareUnit: 'lpa' })).toBe(50000)
  })

  it('returns null without a figure', () => {
    for (const t of ['negotiable', 'Not Disclosed', 'Depends on experience/work', 'As per company norms', '']) expect(parseSalary(t)).toBeNull()
  })
})

describe('salary → a range of ₹ per month (expected salary keeps its range)', () => {
  it.each([
    ['₹20k – 25k', { min: 20_000, max: 25_000 }],
    ['20000-25000', { min: 20_000, max: 25_000 }],
    ['18000', { min: 18_000, max: 18_000 }],
    ['upto 25000', { min: 25_000, max: 25_000 }],
    ['3-5 LPA', { min: 25_000, max: 41_667 }],
    ['Rs. 20,000 – 25,000 / month', { min: 20_000, max: 25_000 }],
    ['150000 per month', { min: 150_000, max: 150_000 }],
  ])('%s', (text, range) => {
    expect(salaryRangeMonthly(text)).toEqual(range)
  })
  it('nothing that reads as pay is null', () => {
    expect(salaryRangeMonthly('as per company norms')).toBeNull()
  })
})

describe('experience → months', () => {
  it.each([
    ['fresher', 0, 0],
    ['Freshers only', 0, 0],
    ['0-2 yrs', 0, 24],
    ['0 - 2 years', 0, 24],
    ['2+ years', 24, null],
    ['2 + yrs', 24, null],
    ['5 years and above', 60, null],
    ['minimum 2 years', 24, null],
    ['At least one year in MFI industry', 12, null],
    ['6 months', 6, 6],
    ['Less than 1 year', 0, 12],
    ['upto 3 years', 0, 36],
    ['any experience', 0, null],
    ['Freshers or experienced can apply', 0, null],
    ['2 years 3 months', 27, 27],
    ['1.5 yrs', 18, 18],
    ['3 - 6 years', 36, 72],
    ['3 to 7years of experience', 36, 84],
    ['1-3 Years', 12, 36],
    ['0 years', 0, 0],
    ['Candidate should have 3-4 years experience in field sales', 36, 48],
    ['2 saal', 24, 24],
  ])('%s → %s – %s', (text, min, max) => {
    expect(parseExperienceRange(text)).toEqual({ min, max })
  })

  it('reads bare numbers and "Any" only as the value of an experience field', () => {
    expect(parseExperienceRange('0 To 2', { labelled: true })).toEqual({ min: 0, max: 24 })
    expect(parseExperienceRange('0 To 2')).toBeNull()
    expect(parseExperienceRange('Any', { labelled: true })).toEqual({ min: 0, max: null })
    expect(parseExperienceRange('experience in any of the Linux flavours')).toBeNull()
    expect(parseExperienceRange('Not required', { labelled: true })).toEqual({ min: 0, max: null })
  })

  it('gives one duration for a person (the lower bound of a range, the longest of several)', () => {
    expect(parseDurationMonths('2-3 years')).toBe(24)
    expect(parseDurationMonths('2 Year(s) 4 Month(s)')).toBe(28)
    expect(parseDurationMonths('2 years of Java, 1 year of React')).toBe(24)
    expect(parseDurationMonths('no experience')).toBe(0)
  })
})

describe('places → city', () => {
  it.each([
    ['Ameerpet', 'Hyderabad', 'Ameerpet'],
    ['Kondapur', 'Hyderabad', 'Kondapur'],
    ['Ameerpet, Hyderabad', 'Hyderabad', 'Ameerpet'],
    ['Andheri East', 'Mumbai', 'Andheri East'],
    ['Andheri', 'Mumbai', 'Andheri'],
    ['Whitefield', 'Bengaluru', 'Whitefield'],
    ['Bengaluru( Koramangala )', 'Bengaluru', 'Koramangala'],
    ['Thane', 'Thane', null],
    ['Navi Mumbai', 'Navi Mumbai', null],
    ['Teachers Colony, Narayanpet', 'Narayanpet', 'Teachers Colony'],
    ['Dwarka, Delhi', 'Delhi', 'Dwarka'],
    ['Hyderabad, Chennai, Bengaluru', 'Hyderabad', null],
    ['Noida, Uttar Pradesh', 'Noida', null],
    ['Bengaluru, KA, India', 'Bengaluru', null],
    ['Greater Chennai Area', 'Chennai', null],
    ['Mumbai (All Areas)', 'Mumbai', null],
    ['Hiring office located in Vadodara', 'Vadodara', null],
    ['Delhi / NCR', 'Delhi', null],
    ['Bangalore/ Bengaluru', 'Bengaluru', null],
    ['Gurgaon', 'Gurugram', null],
    ['Pune-411041', 'Pune', null],
  ])('%s → %s (%s)', (text, city, locality) => {
    expect(resolvePlace(text)).toMatchObject({ city, locality, known: true })
  })

  it('gives no city for remote, pan-India, a state or a country', () => {
    for (const t of ['Remote', 'Pan India', 'India', 'Karnataka', '']) expect(resolvePlace(t)).toBeNull()
  })

  it('keeps an unknown town as written only when asked', () => {
    expect(resolvePlace('Zzyzxpur')).toBeNull()
    expect(resolvePlace('Zzyzxpur', { allowUnknown: true })).toEqual({ city: 'Zzyzxpur', locality: null, known: false })
  })

  it('spots cities and localities in prose, not everyday words', () => {
    const found = findPlacesInText('We are based in South Delhi. Our warehouse near Whitefield is open. Erode the cost at the camp.')
    expect(found.map((f) => f.city)).toEqual(['Delhi', 'Bengaluru'])
  })

  it('canonicalCity rolls localities up too', () => {
    expect(canonicalCity('Bombay')).toBe('Mumbai')
    expect(canonicalCity('Kondapur')).toBe('Hyderabad')
    expect(canonicalCity('Atlantis')).toBeNull()
  })
})

describe('skills, languages, education, links', () => {
  it('canonicalises skills through the one dictionary', () => {
    expect(canonicalSkills(['ReactJS', 'react js', 'nodejs', 'ms-excel', 'HTML5', 'html'])).toEqual(['React', 'Node.js', 'MS Excel', 'HTML'])
  })

  it('canonicalises languages and finds them in text', () => {
    expect(canonicalLanguage('Bangla')).toBe('Bengali')
    expect(canonicalLanguage('oriya')).toBe('Odia')
    expect(canonicalLanguage('Tulu ')).toBe('Tulu')
    expect(canonicalLanguage('Klingon')).toBe('Klingon')
    expect(languagesIn('Language: Telugu, Hindi, & Basic English')).toEqual(['Telugu', 'Hindi', 'English'])
    expect(languagesIn('हिंदी और अंग्रेजी')).toEqual(['Hindi', 'English'])
  })

  it.each([
    ['10th Pass', '10th'],
    ['SSC / Matriculation', '10th'],
    ['12th pass', '12th'],
    ['ITI Fitter', 'iti'],
    ['Diploma,B.tech,M.tech,BCA,MCA', 'diploma'],
    ['Any Graduate', 'graduate'],
    ['B.Tech/B.E. in Any Specialization', 'graduate'],
    ["Bachelor's (Required)", 'graduate'],
    ['M.Sc. Nursing (any speciality)', 'postgraduate'],
    ['Graduation Not Required', 'none'],
    ['Not Required', 'none'],
    ['PhD in Statistics', 'doctorate'],
  ])('education %s → %s', (text, level) => {
    expect(educationLevel(text)).toBe(level)
  })

  it('normalises links', () => {
    expect(normaliseUrl('github.com/ravi')).toBe('https://github.com/ravi')
    expect(normaliseUrl('https://www.linkedin.com/in/ravi/', ['linkedin.com'])).toBe('https://www.linkedin.com/in/ravi/')
    expect(normaliseUrl('javascript:alert(1)')).toBeNull()
    expect(normaliseUrl('gitlab.com/ravi', ['github.com'])).toBeNull()
  })
})

describe('the candidate’s highest education (one rule for bot and uploaded resumes)', () => {
  it('an answered level wins; else the highest level among the entries’ degrees; else unknown', () => {
    const entries = [{ degree: '12th (Science)' }, { degree: 'B.Sc Physics' }, { degree: null }]
    expect(highestEducationOf(null, entries)).toBe('graduate')
    expect(highestEducationOf(undefined, [{ degree: 'ITI Fitter' }, { degree: 'SSC' }])).toBe('iti')
    expect(highestEducationOf(null, [{ degree: 'M.Tech' }, { degree: 'B.Tech' }])).toBe('post_graduate')
    expect(highestEducationOf('12th', entries)).toBe('12th')
    // an answer in words (older or model-filled resumes) is read as a degree
    expect(highestEducationOf('B.Com', [])).toBe('graduate')
    expect(highestEducationOf(null, [{ degree: 'Computer course' }])).toBeNull()
    expect(highestEducationOf(null, null)).toBeNull()
  })

  it('compares both vocabularies on one ladder; unknown is neither met nor unmet', () => {
    expect(meetsEducation('post_graduate', 'postgraduate')).toBe(true)
    expect(meetsEducation('iti', '12th')).toBe(true)
    expect(meetsEducation('iti', 'diploma')).toBe(false)
    expect(meetsEducation('10th', 'graduate')).toBe(false)
    expect(meetsEducation(null, 'graduate')).toBeNull()
    expect(meetsEducation('graduate', null)).toBeNull()
  })
})
