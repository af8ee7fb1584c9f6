import { describe, expect, it } from 'vitest'
import { extractJd } from './extract-jd'
import { toFixtureShape } from './jd-schema'

// Realistic postings written for these tests, one per style the extractor must read.

const WHATSAPP = `Delivery Boys wanted urgently 🚚
Quickship Logistics Pvt Ltd
Place: Kondapur, Hyderabad
Salary: ₹15000 - ₹18000
Experience: Any Experience
Qualification: 10th Pass
Gender: Male
Shift timing: Day Shift
Job hours: Full time
25 Vacancies

Other details:
👉 Own bike must with valid driving licence
👉 Salary: 15k + incentives up to 8k per month
👉 Language: Telugu, Hindi
👉 Registration fee Rs 500 refundable after joining
✅ Only boys can apply
📞 Call 98765 43210`

const HINGLISH = `Urgent requirement of Telecaller for our Andheri office
Salary 12000 se 15000 per month
Experience: fresher bhi chalega / freshers can apply
Hindi aur English bolna aana chahiye, fluent Hindi must
Walk-in interview: 10 am to 4 pm, Monday to Saturday
Venue: 2nd floor, Sai Complex, Andheri East, Mumbai 400069`

const NAUKRI = `Senior Data Analyst
Acme Analytics
Hybrid - Pune

Experience: 3 - 6 years
Salary: 15-20 Lacs P.A.
Openings: 2

Job description
Build dashboards in Power BI and write SQL for the finance team.
Mentor two junior analysts.

Role: Data Analyst
Industry Type: IT Services & Consulting
Department: Data Science & Analytics
Employment Type: Full Time, Permanent
Role Category: Business Intelligence & Analytics

Education
UG: Any Graduate
PG: Any Postgraduate

Key Skills
SQL, Power BI, Python, Stakeholder Management, Data Modeling`

const CORPORATE = `Backend Engineer
Orbit Fintech
Bengaluru, Karnataka, India

About Us
Orbit is a fast-growing fintech company. Our teams use Kafka, Kubernetes and Terraform every day.

What you will do
• Design REST APIs in Node.js and TypeScript
• Own PostgreSQL schemas and query performance

Requirements
• 4+ years of experience building backend services
• Strong knowledge of Node.js, TypeScript and PostgreSQL
• A graduation degree is mandatory

Perks and benefits
• Health insurance, free lunch, MacBook`

const CAREER_PAGE = `Careers
Join Sunrise Hospital

Staff Nurse
Eligibility: GNM / B.Sc Nursing
Experience: 1-3 yrs
Location: Whitefield
Salary:
• Rs. 22,000 to 28,000 per month
Night shift allowance extra.`

describe('extractJd: fields per style', () => {
  it('reads a WhatsApp / Lokal card post', () => {
    const x = extractJd(WHATSAPP)
    expect(x.title).toBe('Delivery Boys')
    expect(x.company).toBe('Quickship Logistics Pvt Ltd')
    expect(x.city).toBe('Hyderabad')
    expect(x.locality).toBe('Kondapur')
    // the body ("15k + incentives up to 8k") disagrees with the card (15000 - 18000): the body wins, marked low
    expect([x.salary_min_monthly_inr, x.salary_max_monthly_inr]).toEqual([15000, 15000])
    expect(x.confidence.salary).toBe('low')
    expect(x.incentive_monthly_inr).toBe(8000)
    expect([x.experience_min_months, x.experience_max_months]).toEqual([0, null])
    expect(x.education).toBe('10th Pass')
    expect(x.employment_type).toBe('full_time')
    expect(x.shift).toBe('day')
    expect(x.openings).toBe(25)
    expect(x.requirements).toEqual({ driving_licence: true, two_wheeler: true, languages: ['Telugu', 'Hindi'] })
    expect(x.role?.slug).toBe('delivery-boy')
    expect(x.category?.slug).toBe('delivery-logistics')
    expect(x.interview?.phone).toBe('+919876543210')
  })

  it('flags candidate-paid fees and gender wording instead of dropping them', () => {
    const x = extractJd(WHATSAPP)
    expect(x.fee_flags.map((f) => f.text)).toEqual(['Registration fee'])
    expect(x.gender_flags.map((f) => f.text)).toEqual(['Gender: Male', 'Only boys'])
    // "Delivery Boys wanted" names the role: not a gender flag
    expect(x.gender_flags.some((f) => /delivery/i.test(f.context))).toBe(false)
    const clean = extractJd('Cashier\nRetail Mart\nPune\n\nNo registration fee. Male / female both can apply.\nGender: Male / Female')
    expect(clean.fee_flags).toEqual([])
    expect(clean.gender_flags).toEqual([])
  })

  it('reads a Hinglish post: range with "se", locality, walk-in details', () => {
    const x = extractJd(HINGLISH)
    expect(x.title).toBe('Telecaller')
    expect(x.city).toBe('Mumbai')
    expect([x.salary_min_monthly_inr, x.salary_max_monthly_inr]).toEqual([12000, 15000])
    expect([x.experience_min_months, x.experience_max_months]).toEqual([0, null])
    expect(x.requirements.languages).toEqual(['Hindi', 'English'])
    expect(x.interview).toMatchObject({ walk_in: true, time: '10 am to 4 pm' })
    expect(x.interview?.address).toContain('Sai Complex')
    expect(x.pin_code).toBe('400069')
  })

  it('reads a Naukri page: header card, footer card, Key Skills as the list', () => {
    const x = extractJd(NAUKRI)
    expect(x.title).toBe('Senior Data Analyst')
    expect(x.company).toBe('Acme Analytics')
    expect(x.city).toBe('Pune')
    expect(x.work_mode).toBe('hybrid')
    expect([x.salary_min_monthly_inr, x.salary_max_monthly_inr]).toEqual([125000, 166667])
    expect([x.experience_min_months, x.experience_max_months]).toEqual([36, 72])
    expect(x.openings).toBe(2)
    expect(x.employment_type).toBe('full_time')
    expect(x.education).toBe('Any Graduate')
    expect(x.skills).toEqual(['SQL', 'Power BI', 'Python', 'Stakeholder Management', 'Data Modeling'])
    expect(x.confidence).toMatchObject({ salary: 'high', experience: 'high', skills: 'high' })
    expect(x.role?.slug).toBe('data-analyst')
  })

  it('takes skills from requirements, never from the about-us text', () => {
    const x = extractJd(CORPORATE)
    expect(x.skills).toEqual(expect.arrayContaining(['REST APIs', 'Node.js', 'TypeScript', 'PostgreSQL']))
    for (const s of ['Kafka', 'Kubernetes', 'Terraform']) expect(x.skills).not.toContain(s)
    expect([x.experience_min_months, x.experience_max_months]).toEqual([48, null])
    expect(x.confidence.experience).toBe('low')
    expect(x.education).toBe('Graduate')
    expect(x.city).toBe('Bengaluru')
    expect(x.confidence.skills).toBe('low')
  })

  it('reads a career page: title from the first job line, value on the next line, locality roll-up', () => {
    const x = extractJd(CAREER_PAGE)
    expect(x.title).toBe('Staff Nurse')
    expect(x.city).toBe('Bengaluru')
    expect(x.education).toBe('GNM / B.Sc Nursing')
    expect([x.experience_min_months, x.experience_max_months]).toEqual([12, 36])
    expect([x.salary_min_monthly_inr, x.salary_max_monthly_inr]).toEqual([22000, 28000])
    expect(x.shift).toBe('night')
    expect(x.role?.slug).toBe('staff-nurse')
  })

  it('prefers null to a guess', () => {
    const x = extractJd('Careers\nWe are always looking for great people. Send your CV to jobs@example.com.')
    const f = toFixtureShape(x)
    expect(f).toEqual({
      title: null,
      company: null,
      city: null,
      work_mode: null,
      employment_type: null,
      salary_min_monthly_inr: null,
      salary_max_monthly_inr: null,
      experience_min_months: null,
      experience_max_months: null,
      skills: [],
      education: null,
      requirements: { driving_licence: null, two_wheeler: null, languages: [] },
      openings: null,
    })
    expect(x.interview?.email).toBe('jobs@example.com')
    // "experience in any of the tools" is not "any experience"; "Rs 2-3 lakh" investment talk is not pay without a pay word
    const y = extractJd('Java Developer\nAcme\nIndia\n\nExperience in any of the Linux flavours.\nOur clients raised Rs 2 crore last year.')
    expect([y.experience_min_months, y.experience_max_months, y.salary_min_monthly_inr, y.city]).toEqual([null, null, null, null])
  })

  it('lets the body refine the card but not override it with per-skill years', () => {
    const card = 'Field Sales Executive\nSagar Traders\nPlace: Nalgonda\nExperience: 3-5 Years\n\nOther details:\nCandidate should have 3-4 years experience in field sales.'
    expect(extractJd(card)).toMatchObject({ experience_min_months: 36, experience_max_months: 48 })
    const naukri = 'Python Developer\nAcme\nChennai\n\nExperience: 2 - 4 years\nSalary: Not Disclosed\n\nJob description\nWe need 8+ years of experience with Python.'
    expect(extractJd(naukri)).toMatchObject({ experience_min_months: 24, experience_max_months: 48, salary_min_monthly_inr: null })
  })

  it('aggregates multi-role pay and reads Telugu currency marks', () => {
    const x = extractJd('Branch Head and Field Assistants wanted\nAsha Finance Ltd\nPlace: Warangal\n\nOther details:\n✅ BH CTC-రూ. 24,000\n✅ FA CTC- 16,000 నుండి 18,000')
    expect([x.salary_min_monthly_inr, x.salary_max_monthly_inr]).toEqual([16000, 24000])
  })

  it('reads employment type from labels: contract wins over full-time in a type list', () => {
    expect(extractJd('HTML Developer\n\nJob Types: Full-time, Contract').employment_type).toBe('contract')
    expect(extractJd('Marketing Intern\nBrightway\nDelhi\n\nStipend: 8000 per month').employment_type).toBe('internship')
    expect(extractJd('Marketing Intern\nBrightway\nDelhi\n\nStipend: 8000 per month').salary_min_monthly_inr).toBe(8000)
  })
})
