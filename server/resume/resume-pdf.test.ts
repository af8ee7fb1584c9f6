import { describe, expect, it } from 'vitest'
import { QUESTION_TEMPLATES } from '../../seeds/data/question-templates'
import { ROLES } from '../../seeds/data/roles'
import { parseAnswer } from '../chat/answer-parsing'
import { evaluateCondition } from '../chat/conditions'
import { validRaw } from '../../tests/helpers/chat-machine-helpers'
import { readPdf } from '../../tests/setup/read-pdf'
import type { Answers } from './resume-answers'
import {
  formatExperience,
  formatInr,
  formatIsoDate,
  formatLpa,
  formatMonthlySalary,
  formatPhone,
  formatYearMonth,
  headlineTitle,
  PDF_FIELDS,
  pdfSafeText,
  renderResumePdf,
  type ResumePdfInput,
} from './resume-pdf'


/** role families whose roles are white-collar (the PDF variant follows the job type) */
const WHITE_FAMILIES = new Set(ROLES.filter((r) => r.jobType === 'white_collar').map((r) => r.templateFamily as string))

const GENERATED_AT = new Date('2026-06-01T04:30:00Z')

const RIDER: ResumePdfInput = {
  answers: {
    full_name: 'Ravi Kumar',
    experience_months: 38,
    expected_salary_monthly: { min: 20_000, max: 25_000 },
    has_driving_licence: true,
    licence_type: ['two_wheeler', 'lmv'],
    owns_vehicle: true,
    vehicle_type: 'two_wheeler',
    languages: ['Hindi', 'Marathi', 'English'],
    highest_education: '12th',
    skills: ['Route planning', 'Cash handling'],
    work_history: [{ company: 'Swiggy', title: 'Delivery Executive', start: '2021-03', end: 'present' }],
    date_of_birth: '1998-05-12',
    preferred_locations: ['Pune', 'Pimpri-Chinchwad'],
  },
  profile: { name: 'Ravi Kumar', mobileE164: '+919876543210', email: 'ravi@example.com', city: 'Pune', roleName: 'Delivery Boy', categoryName: 'Delivery & Logistics' },
  jobType: 'blue_collar',
  version: 2,
  generatedAt: GENERATED_AT,
}

const DEVELOPER: ResumePdfInput = {
  answers: {
    full_name: 'Priya Sharma',
    email: 'priya.sharma@example.com',
    current_location: 'Bengaluru',
    experience_months: 30,
    expected_salary_monthly: { min: 100_000, max: 100_000 },
    skills: ['React', 'Node.js', 'TypeScript', 'PostgreSQL'],
    work_history: [
      { company: 'Flipkart', title: 'Software Engineer', start: '2023-01', end: 'present' },
      { company: 'Infosys', title: 'Associate Engineer', start: '2021-07', end: '2022-12' },
    ],
    education: [{ degree: 'B.Tech Computer Science', institution: 'VIT Vellore', year: 2021 }],
    links: ['https://github.com/priya'],
    about: 'Full-stack engineer focused on React and Node.js.',
  },
  profile: { name: 'Priya Sharma', mobileE164: '+918765432109', roleName: 'Software Developer', categoryName: 'Technology & IT' },
  jobType: 'white_collar',
  version: 1,
  generatedAt: GENERATED_AT,
}

describe('renderResumePdf', () => {
  it('blue collar: one page with contact, role, experience, licence, languages and salary in Rs./month', async () => {
    const bytes = renderResumePdf(RIDER)
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-')
    const { text, pages } = await readPdf(bytes)
    expect(pages).toBe(1)
    for (const fact of [
      'Ravi Kumar',
      '+91 98765 43210',
      'ravi@example.com',
      'Pune',
      // the headline is the current job's title, not the preferred role
      'Delivery Executive · Delivery & Logistics',
      '3 years 2 months',
      // the range the candidate picked, not its lower bound
      'Rs. 20,000 – 25,000 / month',
      // the profile's preferred job locations, where a delivery employer looks for them
      'Pune, Pimpri-Chinchwad',
      'Yes (Two-wheeler, LMV (car))',
      'Two-wheeler',
      'Hindi, Marathi, English',
      'Route planning',
      'Delivery Executive — Swiggy',
      'Mar 2021 – Present',
      '12th pass',
      '12 May 1998',
      'Resume version 2',
      '1 Jun 2026',
    ]) {
      expect(text).toContain(fact)
    }
    expect(text).not.toContain('₹')
    expect(text).not.toContain('LPA')
  })

  it('white collar: summary, skills, work history, education, links and salary in LPA', async () => {
    const { text, pages } = await readPdf(renderResumePdf(DEVELOPER))
    expect(pages).toBe(1)
    for (const fact of [
      'Priya Sharma',
      '+91 87654 32109',
      'priya.sharma@example.com',
      'Bengaluru',
      'Software Engineer · ',
      'Full-stack engineer focused on React and Node.js.',
      'React',
      'PostgreSQL',
      'Software Engineer — Flipkart',
      'Jul 2021 – Dec 2022',
      'B.Tech Computer Science, VIT Vellore, 2021',
      'https://github.com/priya',
      '2 years 6 months',
      'Rs. 12 LPA',
    ]) {
      expect(text).toContain(fact)
    }
    expect(text).not.toContain('/ month')
  })

  it('headline: the most recent job title (current first), else the preferred role', () => {
    const job = (title: string, start: string, end: string) => ({ company: 'X', title, start, end })
    expect(headlineTitle({ work_history: [job('Database Administrator', '2017-07', '2021-03'), job('Senior Database Administrator', '2021-04', 'present')] })).toBe('Senior Database Administrator')
    expect(headlineTitle({ work_history: [job('Team Lead', '2019-01', '2022-12'), job('Analyst', '2015', '2018')] })).toBe('Team Lead')
    expect(headlineTitle({ work_history: [{ company: 'Swiggy', title: null, start: '2021', end: 'present' }] })).toBeNull()
    expect(headlineTitle({})).toBeNull()
  })

  it('prints nothing that is not in the input', async () => {
    const { text } = await readPdf(
      renderResumePdf({ ...RIDER, answers: {}, profile: { name: 'Asha', mobileE164: '+917012345678', roleName: 'Cook', categoryName: 'Food & Hospitality' } }),
    )
    expect(text).toContain('Asha')
    expect(text).toContain('+91 70123 45678')
    expect(text).toContain('Cook')
    for (const absent of ['Fresher', 'Rs.', 'licence', 'LICENCE', 'Vehicle', 'VEHICLE', 'Languages', 'LANGUAGES', '@', 'Date of birth', 'KEY FACTS']) {
      expect(text).not.toContain(absent)
    }
  })

  it('prints values given only in Devanagari in Latin letters (jsPDF cannot shape Devanagari; employers read English)', async () => {
    const { text } = await readPdf(
      renderResumePdf({ ...RIDER, answers: { ...RIDER.answers, full_name: 'सुनील यादव', current_location: 'पुणे', skills: ['रूट प्लानिंग', 'Cash handling'] } }),
    )
    expect(text).toContain('Sunil Yadav')
    expect(text).toContain('Rut Planing')
    expect(text).toContain('Cash handling')
    expect(text).not.toMatch(/[\u0900-\u097F]/)
  })

  it('says "No" for answered no, and omits unanswered facts', async () => {
    const { text } = await readPdf(renderResumePdf({ ...RIDER, answers: { has_driving_licence: false, experience_months: 0 } }))
    expect(text).toContain('Fresher')
    // one grid row: labels on one text line, values on the line below (pdf2json lists lines bottom-up)
    expect(text).toMatch(/EXPERIENCE +DRIVING LICENCE/)
    expect(text).toMatch(/Fresher +No\r\nEXPERIENCE/)
    expect(text).not.toContain('OWN VEHICLE')
  })

  it('keeps maximal content on one page, truncated with an ellipsis', async () => {
    const words = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ')
    const answers: Answers = {
      full_name: 'Venkata Narasimha Raju Subramanian Iyer Ramachandran Krishnamurthy',
      experience_months: 720,
      expected_salary_monthly: { min: 10_000_000, max: 10_000_000 },
      languages: Array.from({ length: 20 }, (_, i) => `Language${i}`),
      skills: Array.from({ length: 60 }, (_, i) => `Skill ${i} ${'x'.repeat(40)}`),
      work_history: Array.from({ length: 40 }, (_, i) => ({ company: `Company ${words(20, 'c')}`, title: `Title${i}`, start: '2001-01', end: 'present' })),
      education: Array.from({ length: 20 }, () => ({ degree: `Degree ${words(15, 'd')}`, institution: 'Inst', year: 2000 })),
      certifications: Array.from({ length: 30 }, (_, i) => `Cert ${i} ${words(10, 'k')}`),
      links: Array.from({ length: 20 }, (_, i) => `https://example.com/${'a'.repeat(250)}${i}`),
      about: words(330, 'about').slice(0, 2000),
    }
    for (const jobType of ['blue_collar', 'white_collar'] as const) {
      const started = performance.now()
      const bytes = renderResumePdf({ ...DEVELOPER, answers, jobType })
      expect(performance.now() - started).toBeLessThan(2000)
      const { text, pages } = await readPdf(bytes)
      expect(pages).toBe(1)
      expect(text).toContain('Venkata Narasimha')
      // pdf2json's text layer reads the WinAnsi ellipsis back as three dots
      expect(text).toContain('...')
      expect(text).toContain('Title0')
      expect(text).not.toContain('Title39')
      expect(text).toContain('Resume version 1')
    }
  })

  it('never prints garbage for characters the standard fonts lack', async () => {
    const { text } = await readPdf(
      renderResumePdf({
        ...RIDER,
        answers: { full_name: 'Ravi Kumār रवि', about: 'I earn ₹18,000 — “fast” delivery ✓ 🚀' },
      }),
    )
    expect(text).toContain('Ravi Kumar')
    expect(text).toContain('I earn Rs. 18,000 — “fast” delivery')
    // jspdf's 2-byte fallback shows up as NUL bytes in the text layer
    expect(text).not.toContain('\u0000')
  })
})

describe('formatters', () => {
  it('formatInr groups the Indian way', () => {
    expect(formatInr(18000)).toBe('18,000')
    expect(formatInr(125000)).toBe('1,25,000')
    expect(formatInr(10_000_000)).toBe('1,00,00,000')
    expect(formatInr(999)).toBe('999')
    expect(formatInr(0)).toBe('0')
    expect(formatMonthlySalary(18000)).toBe('Rs. 18,000 / month')
  })

  it('formatLpa converts monthly rupees to lakhs per annum', () => {
    expect(formatLpa(100000)).toBe('12 LPA')
    expect(formatLpa(54167)).toBe('6.5 LPA')
    expect(formatLpa(35417)).toBe('4.25 LPA')
  })

  it('formatExperience uses years and months', () => {
    expect(formatExperience(0)).toBe('Fresher')
    expect(formatExperience(1)).toBe('1 month')
    expect(formatExperience(6)).toBe('6 months')
    expect(formatExperience(12)).toBe('1 year')
    expect(formatExperience(14)).toBe('1 year 2 months')
    expect(formatExperience(38)).toBe('3 years 2 months')
  })

  it('formats phones and dates', () => {
    expect(formatPhone('+919876543210')).toBe('+91 98765 43210')
    expect(formatPhone('garbage')).toBe('garbage')
    expect(formatYearMonth('2021-03')).toBe('Mar 2021')
    expect(formatYearMonth('2021')).toBe('2021')
    expect(formatYearMonth('present')).toBe('Present')
    expect(formatIsoDate('1998-05-12')).toBe('12 May 1998')
  })

  it('pdfSafeText keeps CP1252, folds accents, replaces ₹ and drops the rest', () => {
    expect(pdfSafeText('₹18,000')).toBe('Rs. 18,000')
    expect(pdfSafeText('Kumār  Ṇaidu')).toBe('Kumar Naidu')
    expect(pdfSafeText('café – “ok” • €5 ©')).toBe('café – “ok” • €5 ©')
    // Devanagari is written in Latin letters now (issue 14 item 5), emoji still dropped
    expect(pdfSafeText('रवि Kumar 🚀')).toBe('Ravi Kumar')
    expect(pdfSafeText('a\tb\u00adc')).toBe('a bc')
  })
})

describe('every answered field reaches the PDF, or is left out by the written rule (PDF_FIELDS)', () => {
  const NOW = new Date('2026-06-01T04:30:00Z')
  const flat = (t: string) => t.replace(/\s+/g, ' ').toLowerCase()

  it('every key any template asks is named in PDF_FIELDS', () => {
    const keys = new Set(QUESTION_TEMPLATES.flatMap((t) => t.questions.map((q) => q.key)))
    expect([...keys].filter((k) => !(k in PDF_FIELDS))).toEqual([])
  })

  it.each(QUESTION_TEMPLATES.map((t) => [t.family, t] as const))('%s: a resume answering every question (yes to every follow-up) prints each printed field', async (_family, template) => {
    const jobType = WHITE_FAMILIES.has(template.family) ? 'white_collar' : 'blue_collar'
    const ctx = { now: NOW, jobType, suggestedSkills: ['Cash handling'] } as const
    const answers: Record<string, unknown> = {}
    for (const q of template.questions) {
      if (!evaluateCondition(q.when, answers)) continue
      const raw = q.kind === 'yes_no' ? true : q.key === 'about' ? 'Punctual and careful with every delivery.' : validRaw(q, jobType, ctx.suggestedSkills)
      const parsed = parseAnswer(q, raw, ctx)
      expect(parsed.ok, `${template.family}.${q.key}`).toBe(true)
      if (parsed.ok) answers[q.key] = parsed.value
    }
    const input: ResumePdfInput = {
      answers: answers as Answers,
      profile: { name: 'Ravi Kumar', mobileE164: '+919876543210', roleName: 'Role', categoryName: 'Category' },
      jobType,
      version: 1,
      generatedAt: NOW,
    }
    const text = flat((await readPdf(renderResumePdf(input))).text)
    for (const key of Object.keys(answers)) {
      const rule = PDF_FIELDS[key]
      expect(rule, key).toBeDefined()
      if (!rule || 'leftOut' in rule) continue
      const value = answers[key]
      // printed as the value itself (section titles are letter-spaced, so the value is what can be read back)
      if (key === 'full_name' || key === 'current_location' || key === 'certification_name') expect(text, key).toContain(flat(String(value)))
      else {
        const labels = rule.printedAs.replace(/\s*\(.*\)$/, '').split(' / ')
        expect(labels.some((l) => text.includes(flat(l))), `${template.family}.${key} printed as ${rule.printedAs}`).toBe(true)
      }
      if (typeof value === 'string' && /^https?:/.test(value)) expect(text.replace(/ /g, ''), key).toContain(value.toLowerCase().replace(/^https?:\/\//, ''))
    }
  })
})
