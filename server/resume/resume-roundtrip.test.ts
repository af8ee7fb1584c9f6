import { describe, expect, it } from 'vitest'
import { extractResume } from './extraction/extract'
import type { Answers } from './resume-answers'
import { renderResumePdf, type JobType } from './resume-pdf'
import { readPdf } from '../../tests/setup/read-pdf'

const NOW = new Date('2026-12-01T10:00:00Z')

const cases: Array<{ name: string; jobType: JobType; roleName: string; categoryName: string; answers: Answers; mobile: string; email: string }> = [
  {
    name: 'white-collar developer',
    jobType: 'white_collar',
    roleName: 'Frontend Developer',
    categoryName: 'Technology & IT',
    mobile: '+919876543210',
    email: 'priya.sharma@example.com',
    answers: {
      full_name: 'Priya Sharma',
      email: 'priya.sharma@example.com',
      current_location: 'Bengaluru',
      skills: ['React', 'TypeScript', 'Node.js', 'PostgreSQL'],
      experience_months: 27,
      work_history: [{ company: 'Nimbus Softworks', title: 'Frontend Developer', start: '2024-09', end: 'present' }],
      languages: ['English', 'Hindi', 'Kannada'],
      expected_salary_monthly: { min: 100_000, max: 100_000 },
    },
  },
  {
    name: 'blue-collar delivery rider',
    jobType: 'blue_collar',
    roleName: 'Delivery Boy',
    categoryName: 'Delivery & Logistics',
    mobile: '+918123456789',
    email: 'ravi.kumar@example.com',
    answers: {
      full_name: 'Ravi Kumar',
      email: 'ravi.kumar@example.com',
      current_location: 'Pune',
      experience_months: 24,
      has_driving_licence: true,
      licence_type: ['two_wheeler'],
      owns_vehicle: true,
      vehicle_type: 'two_wheeler',
      languages: ['Hindi', 'Marathi'],
      skills: ['Route planning', 'Cash handling'],
      expected_salary_monthly: { min: 18_000, max: 22_000 },
    },
  },
]

describe('round trip: every resume PDF the bot renders reads back through the extractor', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const pdf = renderResumePdf({
        answers: c.answers,
        profile: { name: c.answers.full_name!, mobileE164: c.mobile, email: c.email, city: c.answers.current_location, roleName: c.roleName, categoryName: c.categoryName },
        jobType: c.jobType,
        version: 1,
        generatedAt: NOW,
      })
      const result = await extractResume(Buffer.from(pdf), { now: NOW })
      if (!result.ok) throw new Error(`extraction failed: ${result.code}`)
      const a = result.answers
      expect(a.full_name).toBe(c.answers.full_name)
      expect(a.phone).toBe(c.mobile)
      expect(a.email).toBe(c.email)
      expect((a.skills ?? []).map((s) => s.toLowerCase())).toEqual(expect.arrayContaining((c.answers.skills ?? []).map((s) => s.toLowerCase())))
      expect(a.experience_months).toBe(c.answers.experience_months)
      // a range printed as a range reads back as the same range
      expect(a.expected_salary_monthly).toEqual(c.answers.expected_salary_monthly)
    })
  }
})

describe('round trip: education and work entries answered in the chat are printed and read back', () => {
  it('white-collar: every entry (degree, institution, year; title, company, from–to / present) and every answered field', async () => {
    const answers: Answers = {
      full_name: 'Meera Iyer',
      date_of_birth: '1996-08-14',
      current_location: 'Chennai',
      languages: ['English', 'Tamil'],
      highest_education: 'post_graduate',
      education: [
        { institution: 'Loyola College', degree: 'MBA Finance', year: 2020 },
        { institution: 'Stella Maris College', degree: 'B.Com', year: 2017 },
      ],
      skills: ['Tally', 'GST', 'MS Excel'],
      work_history: [
        { company: 'Sundaram Finance', title: 'Senior Accountant', start: '2022-04', end: 'present', months: null },
        { company: 'Ashok Leyland', title: 'Accounts Executive', start: '2020-07', end: '2022-03', months: null },
      ],
      experience_months: 53,
      notice_period: '30_days',
      preferred_work_mode: 'hybrid',
      expected_salary_monthly: { min: 75_000, max: 75_000 },
    }
    const pdf = renderResumePdf({
      answers,
      profile: { name: 'Meera Iyer', mobileE164: '+919812345678', email: 'meera.iyer@example.com', city: 'Chennai', roleName: 'Accountant', categoryName: 'Finance & Accounting' },
      jobType: 'white_collar',
      version: 1,
      generatedAt: NOW,
    })
    const { text } = await readPdf(pdf)
    const flat = text.replace(/\s+/g, ' ')
    for (const printed of ['Meera Iyer', 'Chennai', 'English', 'Tamil', 'Tally', 'GST', 'MS Excel', '4 years 5 months', '30 days', 'Hybrid', '9 LPA', '14 Aug 1996']) {
      expect(flat).toContain(printed)
    }
    for (const printed of ['MBA Finance, Loyola College, 2020', 'B.Com, Stella Maris College, 2017', 'Senior Accountant — Sundaram Finance', 'Apr 2022 – Present', 'Accounts Executive — Ashok Leyland', 'Jul 2020 – Mar 2022']) {
      expect(flat).toContain(printed)
    }

    const result = await extractResume(Buffer.from(pdf), { now: NOW })
    if (!result.ok) throw new Error(`extraction failed: ${result.code}`)
    expect(result.answers.education).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ institution: 'Loyola College', degree: 'MBA Finance', year: 2020 }),
        expect.objectContaining({ institution: 'Stella Maris College', degree: 'B.Com', year: 2017 }),
      ]),
    )
    expect(result.answers.work_history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ company: 'Sundaram Finance', title: 'Senior Accountant', start: '2022-04', end: 'present' }),
        expect.objectContaining({ company: 'Ashok Leyland', title: 'Accounts Executive', start: '2020-07', end: '2022-03' }),
      ]),
    )
  })

  it('blue-collar: previous work with dates, self-employed and "how long" entries', async () => {
    const answers: Answers = {
      full_name: 'Sunil Yadav',
      current_location: 'Lucknow',
      languages: ['Hindi'],
      work_history: [
        { company: 'Zomato', title: 'Delivery partner', start: '2023-01', end: 'present', months: null },
        { company: 'Self-employed', title: 'Tailor', start: null, end: null, months: 30 },
      ],
      experience_months: 60,
      expected_salary_monthly: { min: 18_000, max: 22_000 },
    }
    const pdf = renderResumePdf({
      answers,
      profile: { name: 'Sunil Yadav', mobileE164: '+919123456780', city: 'Lucknow', roleName: 'Delivery Boy', categoryName: 'Delivery & Logistics' },
      jobType: 'blue_collar',
      version: 1,
      generatedAt: NOW,
    })
    const flat = (await readPdf(pdf)).text.replace(/\s+/g, ' ')
    for (const printed of ['Sunil Yadav', 'Lucknow', 'Hindi', '5 years', 'Rs. 18,000 – 22,000 / month', 'Delivery partner — Zomato', 'Jan 2023 – Present', 'Tailor — Self-employed', '2 years 6 months']) {
      expect(flat).toContain(printed)
    }
    const result = await extractResume(Buffer.from(pdf), { now: NOW })
    if (!result.ok) throw new Error(`extraction failed: ${result.code}`)
    expect(result.answers.work_history).toEqual(expect.arrayContaining([expect.objectContaining({ company: 'Zomato', title: 'Delivery partner', start: '2023-01', end: 'present' })]))
  })
})
