import { jsPDF } from 'jspdf'
import { afterAll, describe, expect, it } from 'vitest'
import type { Answers } from '../resume-answers'
import { renderResumePdf, type JobType } from '../resume-pdf'
import { h, layoutFromLines } from '../../../tests/helpers/test-layout'
import { degreeLevel as educationLevel } from '../../normalise/education'
import { makeResumePdf, type ResumeSpec } from '../../../tests/fixtures/make-resume-pdf'
import { extractFromLayout, extractResume, toFixtureShape } from './extract'
import { experienceToMonths } from './normalise'
import { closePdfWorkers } from './pdf-text'

const NOW = new Date('2025-06-01T00:00:00Z')
afterAll(() => closePdfWorkers())

const delivery: Answers = {
  full_name: 'Ramesh Kumar Yadav',
  email: 'ramesh.yadav@gmail.com',
  phone: '+919876543210',
  current_location: 'Pune',
  skills: ['Two-wheeler Driving', 'Route Knowledge', 'Cash Handling'],
  languages: ['Hindi', 'Marathi'],
  work_history: [
    { company: 'Swiggy', title: 'Delivery Executive', start: '2021-03', end: 'present' },
    { company: 'Zomato Media Pvt Ltd', title: 'Delivery Partner', start: '2019-06', end: '2021-02' },
  ],
  // the union of the dated jobs (Jun 2019 – May 2025), which is what the extractor reads back
  experience_months: 71,
  expected_salary_monthly: { min: 22_000, max: 22_000 },
  has_driving_licence: true,
  licence_type: ['two_wheeler'],
  owns_vehicle: true,
  vehicle_type: 'two_wheeler',
  education: [{ institution: 'Zilla Parishad High School', degree: '10th', year: 2015 }],
  date_of_birth: '1998-05-12',
}

describe('round trip: the bot’s own resume PDFs read back', () => {
  for (const jobType of ['blue_collar', 'white_collar'] as JobType[]) {
    it(jobType, async () => {
      const pdf = renderResumePdf({
        answers: delivery,
        profile: { name: 'Ramesh', mobileE164: '+919876543210', roleName: 'Delivery Boy', categoryName: 'Delivery & Logistics' },
        jobType,
        version: 1,
        generatedAt: NOW,
      })
      const r = await extractResume(pdf, { now: NOW })
      if (!r.ok) throw new Error(r.code)
      const a = r.answers
      expect(a.full_name).toBe(delivery.full_name)
      expect(a.phone).toBe(delivery.phone)
      expect(a.email).toBe(delivery.email)
      expect(a.skills).toEqual(delivery.skills)
      expect(a.work_history).toEqual(delivery.work_history)
      expect(a.experience_months).toBe(delivery.experience_months)
      expect(a.expected_salary_monthly).toEqual({ min: 22_000, max: 22_000 })
      expect(a.languages).toEqual(delivery.languages)
      expect(a.current_location).toBe('Pune')
      expect(a.has_driving_licence).toBe(true)
      expect(r.flags).toEqual([])
    })
  }
})

describe('header fields the PDF runs together', () => {
  // a header line whose email, phone and city are drawn as separate strings side by side: pdf2json
  // joins them with no space (its raw text too), so only the item positions tell them apart
  for (const gapMm of [0, 1.5]) {
    it(`reads email, phone and city drawn ${gapMm} mm apart`, async () => {
      const doc = new jsPDF({ unit: 'mm', format: 'a4' })
      doc.setFont('helvetica', 'bold').setFontSize(22).text('Ravi Kumar', 18, 22)
      doc.setFont('helvetica', 'normal').setFontSize(10)
      let x = 18
      for (const t of ['ravi.kumar@gmail.com', '+91 98765 43210', 'Pune, Maharashtra']) {
        doc.text(t, x, 30)
        x += doc.getTextWidth(t) + gapMm
      }
      doc.text('Experience', 18, 45)
      doc.text('Software Engineer at Infosys, Jan 2020 - Present', 18, 52)
      const r = await extractResume(new Uint8Array(doc.output('arraybuffer')), { now: NOW })
      if (!r.ok) throw new Error(r.code)
      expect(r.fixtureShape).toMatchObject({ email: 'ravi.kumar@gmail.com', phone: '919876543210', location: 'Pune' })
    })
  }
})

describe('a title and its right-aligned dates, each drawn as one text item', () => {
  // jsPDF and report writers draw a field per call: no two items on a line touch, so the width
  // calibration once measured only the gaps, widths came out ~3× too large and a long title ran
  // into its date ("Senior Database AdministratorApr 2017 – Present")
  const spec = (title: string): ResumeSpec => ({
    name: 'Meera Iyer',
    email: 'meera.iyer@example.com',
    phone: '+91 98450 12345',
    location: 'Chennai, Tamil Nadu',
    education: [{ org: 'Anna University', role: 'B.E. Computer Science', dates: '2011 – 2015' }],
    experience: [
      { org: 'Axis Bank', place: 'Chennai', role: title, dates: 'Apr 2017 – Present', bullets: ['Ran forty PostgreSQL clusters for the retail bank with streaming replication.'] },
      { org: 'Infosys Limited', place: 'Chennai', role: 'Database Administrator', dates: 'Jul 2015 – Mar 2017', bullets: ['Upgraded Oracle 11g databases to 12c with zero data loss.'] },
    ],
  })
  for (const title of ['Senior Database Administrator', 'Regional Operations Manager', 'Store Manager']) {
    it(`reads "${title}" and "Apr 2017 – Present" apart`, async () => {
      const r = await extractResume(makeResumePdf(spec(title)), { now: NOW })
      if (!r.ok) throw new Error(r.code)
      expect(r.answers.work_history?.[0]).toMatchObject({ company: 'Axis Bank', title, start: '2017-04', end: 'present' })
      expect(r.answers.work_history?.[1]).toMatchObject({ company: 'Infosys Limited', title: 'Database Administrator', start: '2015-07', end: '2017-03' })
      expect(r.answers.education).toEqual([{ institution: 'Anna University', degree: 'B.E. Computer Science', year: 2015 }])
    })
  }
})

describe('an Indian bio-data resume', () => {
  it('fills the answers a blue-collar template asks', async () => {
    const doc = new jsPDF({ unit: 'mm', format: 'a4' })
    let y = 20
    const put = (t: string, size = 11, style: 'normal' | 'bold' = 'normal') => {
      doc.setFont('helvetica', style)
      doc.setFontSize(size)
      doc.text(t, 20, y)
      y += size * 0.55
    }
    put('BIO-DATA', 16, 'bold')
    put('Name : Suresh Babu Patil')
    put("Father's Name : Babu Rao Patil")
    put('Date of Birth : 12/05/1995')
    put('Gender : Male')
    put('Mobile No. : 098765 43210')
    put('Address : H.No 12, Gandhi Nagar, Nagpur - 440001')
    put('WORK EXPERIENCE', 12, 'bold')
    put('Driver at Shree Ganesh Travels, Nagpur (Jun 2019 - Present)')
    put('EDUCATIONAL QUALIFICATION', 12, 'bold')
    put('SSC from Maharashtra State Board in 2011 with 62%')
    put('KEY SKILLS', 12, 'bold')
    put('• Four wheeler driving  • Route knowledge  • GPS navigation')
    put('PERSONAL DETAILS', 12, 'bold')
    put('Languages Known : Hindi, Marathi')
    put('Driving Licence : LMV (valid till 2030)')
    put('Expected Salary : 2.4 LPA')
    put('Total Experience : 5 yrs 11 months')
    put('DECLARATION', 12, 'bold')
    put('I hereby declare that the above information is true.')
    put('Place : Nagpur')
    const r = await extractResume(new Uint8Array(doc.output('arraybuffer')), { now: NOW, roleSkills: ['GPS Navigation', 'Loading'] })
    if (!r.ok) throw new Error(r.code)
    expect(r.answers).toMatchObject({
      full_name: 'Suresh Babu Patil',
      phone: '+919876543210',
      current_location: 'Nagpur',
      date_of_birth: '1995-05-12',
      gender: 'male',
      languages: ['Hindi', 'Marathi'],
      skills: ['Four-wheeler Driving', 'Route Knowledge', 'GPS navigation'],
      work_history: [{ company: 'Shree Ganesh Travels', title: 'Driver', start: '2019-06', end: 'present' }],
      education: [{ institution: 'Maharashtra State Board', degree: 'SSC', year: 2011 }],
      highest_education: '10th',
      experience_months: 72,
      expected_salary_monthly: { min: 20_000, max: 20_000 },
      has_driving_licence: true,
      licence_type: ['lmv'],
    })
    expect(r.confidence.full_name).toBe('high')
    expect(r.confidence.highest_education).toBe('low')
    expect(r.confidence.phone).toBe('high')
    // the fixture shape keeps what was written
    expect(r.fixtureShape).toMatchObject({ phone: '09876543210', skills: ['Four wheeler driving', 'Route knowledge', 'GPS navigation'] })
    expect(r.sectionedText).toMatch(/## EXPERIENCE: WORK EXPERIENCE\nDriver at Shree Ganesh Travels/)
  })

  it('passes refusals through', async () => {
    expect(await extractResume(Buffer.from('hello'), { now: NOW })).toMatchObject({ ok: false, code: 'not_pdf' })
  })
})

describe('toFixtureShape', () => {
  it('maps answers to the README shape', () => {
    expect(toFixtureShape({ full_name: 'A B', phone: '+919876543210', skills: ['React'] }, { skills: ['reactjs'] })).toEqual({
      name: 'A B',
      email: null,
      phone: '919876543210',
      location: null,
      links: [],
      skills: ['reactjs'],
      education: [],
      experience: [],
      languages: [],
    })
  })
})

describe('educationLevel', () => {
  it.each([
    ['MCA (Computers)', 'post_graduate'],
    ['B.E. in Computer Engineering', 'graduate'],
    ['Diploma (Network Security)', 'diploma'],
    ['ITI (Fitter)', 'iti'],
    ['HSC', '12th'],
    ['Class 10', '10th'],
    ['Gardening', null],
  ])('%s → %s', (degree, level) => {
    expect(educationLevel(degree)).toBe(level)
  })
})

describe('total experience', () => {
  const run = (lines: Parameters<typeof layoutFromLines>[0]) => extractFromLayout(layoutFromLines(lines), [], { now: NOW })

  it('is the union of dated jobs; a different stated total is flagged, not used', () => {
    const r = run([
      { text: 'Kavita Nair', size: 16 },
      'Total Experience: 10 years',
      h('Work Experience'),
      'Cashier | Reliance Smart | Jan 2020 – Dec 2020',
      'Store Assistant | DMart | Jun 2020 – Jun 2021',
    ])
    // Jan 2020 – Jun 2021, overlap merged ("Jan 2019 – Jan 2020" counts 12)
    expect(r.answers.experience_months).toBe(17)
    expect(r.flags).toContainEqual(expect.objectContaining({ key: 'experience_months', reason: 'stated_disagrees' }))
  })

  it('takes the stated total only when no job is dated', () => {
    const r = run([{ text: 'Kavita Nair', size: 16 }, '6 Yrs. of IT Experience in Manual and Automation testing.', h('Work Experience'), 'Test Engineer', 'Infosys Ltd - Pune'])
    expect(r.answers.experience_months).toBe(experienceToMonths('6 Yrs.'))
    expect(r.confidence.experience_months).toBe('low')
  })

  it('gives a student no work experience from projects or positions of responsibility', () => {
    const r = run([
      { text: 'Rahul Verma', size: 16 },
      h('Education'),
      'B.Tech (CSE), XYZ College of Engineering, 2015 – 2019, 8.2 CGPA',
      h('Academic Projects'),
      'Library Management System | Developer | Jan 2018 – Apr 2018',
      h('Positions of Responsibility'),
      'Sports Head, Student Council\t2017 – Present',
    ])
    expect(r.answers.work_history).toBeUndefined()
    expect(r.answers.experience_months).toBeUndefined()
  })
})
