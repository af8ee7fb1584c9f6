import { renderResumePdf } from '../../resume-pdf'
import { readPdfText, closePdfWorkers } from '../pdf-text'
import { extractResume } from '../extract'
import type { Answers } from '../../resume-answers'
const answers: Answers = {
  full_name: 'Ramesh Kumar Yadav', email: 'ramesh.yadav@gmail.com', phone: '+919876543210', current_location: 'Pune',
  skills: ['Two-wheeler Driving', 'Route Knowledge', 'Cash Handling', 'Customer Service'], languages: ['Hindi', 'Marathi', 'English'],
  work_history: [
    { company: 'Swiggy', title: 'Delivery Executive', start: '2021-03', end: 'present' },
    { company: 'Zomato Media Pvt Ltd', title: 'Delivery Partner', start: '2019-06', end: '2021-02' },
  ],
  experience_months: 48, expected_salary_monthly: 22000, has_driving_licence: true, licence_type: ['two_wheeler'], owns_vehicle: true, vehicle_type: 'two_wheeler',
  education: [{ institution: 'Zilla Parishad High School, Pune', degree: '10th', year: 2015 }], highest_education: '10th',
  date_of_birth: '1998-05-12', gender: 'male', about: 'Hard-working delivery executive with 4 years of experience in food delivery across Pune.',
  certifications: ['ITI Electrician (NCVT)'], links: ['linkedin.com/in/ramesh-yadav'],
}
for (const jobType of ['blue_collar', 'white_collar'] as const) {
  const pdf = renderResumePdf({ answers, profile: { name: 'Ramesh', mobileE164: '+919876543210', roleName: 'Delivery Boy', categoryName: 'Delivery & Logistics' }, jobType, version: 1, generatedAt: new Date('2025-06-01') })
  const t = await readPdfText(pdf)
  if (t.ok) for (const l of t.layout.lines) console.log(l.column[0], l.y.toFixed(2), l.x.toFixed(1), l.size, l.bold ? 'b' : ' ', l.text.replace(/\t/g, ' ⟂ '))
  const r = await extractResume(pdf, { now: new Date('2025-06-01') })
  console.log(JSON.stringify(r.ok ? { ...r.answers, about: undefined } : r, null, 0), r.ok && r.flags)
}
await closePdfWorkers()
