import { describe, expect, it } from 'vitest'
import { extractResume } from './extraction/extract'
import type { Answers } from './resume-answers'
import { renderResumePdf, type JobType } from './resume-pdf'

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
