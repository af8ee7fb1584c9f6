import { describe, expect, it } from 'vitest'
import { JOB_POSTING_TEMPLATE } from '../../seeds/data/job-posting-template'
import { extractJd } from './jd-extraction/extract-jd'
import { adaptPayQuestion, adaptRoleQuestion, answersFromExtraction, draftJobDescription, educationLevelOf } from './job-posting'

const question = (key: string) => JOB_POSTING_TEMPLATE.questions.find((q) => q.key === key)!

describe('job posting rules (pure)', () => {
  it('a Naukri-style page becomes answers in the job vocabulary; unsure values are marked for confirmation', () => {
    const text = [
      'Senior Accountant',
      'Kaveri Textiles Pvt Ltd',
      'Hybrid - Coimbatore',
      'Experience: 3 - 6 years',
      'Salary: 4-6 Lacs P.A.',
      'Openings: 2',
      'Job description',
      'Maintain books of accounts in Tally, GST returns and TDS filing.',
      'Employment Type: Full Time, Permanent',
      'Education',
      'UG: B.Com in Any Specialization',
      'Key Skills',
      'Tally, GST, TDS, Accounting',
    ].join('\n')
    const { answers, unconfirmed } = answersFromExtraction(extractJd(text), text)
    expect(answers).toMatchObject({
      title: 'Senior Accountant',
      city: 'Coimbatore',
      work_mode: 'hybrid',
      employment_type: 'full_time',
      salary_range: { min: 33333, max: 50000 },
      experience_range: { min: 36, max: 72 },
      education: 'graduate',
      openings: 2,
    })
    expect(answers.skills).toEqual(expect.arrayContaining(['Tally', 'GST']))
    expect(answers.description).toContain('Maintain books of accounts')
    // every value fits the vocabulary and nothing unsure is left unmarked as sure
    for (const key of unconfirmed) expect(answers[key as keyof typeof answers]).toBeDefined()
    expect(answers.fee_wording).toBeUndefined()
    expect(answers.gender_wording).toBeUndefined()
  })

  it('fee and gender wording are kept as quotes for the bot, never as filters', () => {
    const text = 'Office boy wanted in Indore\nSalary 9000\nOnly female candidates apply\nSecurity deposit Rs 1500 refundable after 6 months'
    const { answers } = answersFromExtraction(extractJd(text), text)
    expect(answers.gender_wording).toMatch(/female/i)
    expect(answers.fee_wording).toMatch(/deposit/i)
    expect(Object.keys(answers).filter((k) => /gender/.test(k))).toEqual(['gender_wording'])
  })

  it('education text → the bot level', () => {
    expect(educationLevelOf('B.Tech/B.E. in Any Specialization')).toBe('graduate')
    expect(educationLevelOf('MBA/PGDM')).toBe('postgraduate')
    expect(educationLevelOf('12th Pass')).toBe('12th')
    expect(educationLevelOf('ITI Electrician')).toBe('iti')
    expect(educationLevelOf('10th pass')).toBe('10th')
    expect(educationLevelOf('Graduation Not Required')).toBe('none')
    expect(educationLevelOf(null)).toBeNull()
  })

  it('pay quick picks come from live jobs only when there are enough of them', () => {
    const q = question('salary_range')
    expect(adaptPayQuestion(q, { p25: 18000, p75: 24000, jobs: 2 }, 'Delivery Boy', 'Pune')).toBe(q)
    expect(adaptPayQuestion(q, null, 'Delivery Boy', 'Pune')).toBe(q)
    const adapted = adaptPayQuestion(q, { p25: 18100, p75: 23900, jobs: 12 }, 'Delivery Boy', 'Pune')
    expect(adapted.prompt).toContain('Most Delivery Boy jobs in Pune on AIVIUE pay ₹18,000 – ₹24,000 a month')
    expect(adapted.quickPicks?.[0]).toEqual({ label: '₹18,000 – ₹24,000 (typical)', value: '18000-24000', unit: 'monthly' })
  })

  it('role options follow the title, and any role name typed is accepted', () => {
    const adapted = adaptRoleQuestion(question('role'), { title: 'Staff Nurse for ICU' })
    expect(adapted.options?.[0]).toEqual({ value: 'staff-nurse', label: expect.stringMatching(/nurse/i) })
    expect(adapted.options!.length).toBeLessThanOrEqual(6)
    expect(adapted.allowCustom).toBe(true)
    expect(adapted.aliases?.['security guard']).toBe('security-guard')
  })

  it('a drafted description says what was answered and that no fee is charged', () => {
    const text = draftJobDescription(
      { title: 'Delivery Executive', company_name: 'Swift Couriers', openings: 5, city: 'Pune', salary_range: { min: 16000, max: 19000 }, vehicle_required: 'two_wheeler', requires_driving_licence: true },
      'Delivery Boy',
    )
    expect(text).toContain('Swift Couriers is hiring 5 people as Delivery Executive in Pune')
    expect(text).toContain('₹16,000 – ₹19,000 per month')
    expect(text).toContain('a valid driving licence, their own two-wheeler')
    expect(text).toContain('No fees are charged')
  })
})
