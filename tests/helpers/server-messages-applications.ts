import { ApplicationNotFound, JobNotOpen, ResumeNeeded } from '../../server/applications/applications.service'
import { APPLICATION_STATUSES, candidateNotice, HIRED_MESSAGE, NOT_SELECTED_TEMPLATES, nextStepText, withdrawTransition } from '../../server/applications/application-status'
import { applyQuestions, checkApplyAnswers, hardMismatches, type RequirementFacts, type RequirementJob } from '../../server/applications/apply-requirements'
import type { ApplicationInterview } from '../../server/db/schema'

/**
 * Every sentence the server says to a candidate about applying and applications that the pages
 * show, produced by the real functions over a table of inputs (the Hindi catalog must know each:
 * app/i18n/server-messages-applications.test.ts). Job titles with " at " in them, employers' own
 * messages and the like are user content: they arrive inside these sentences as they were typed.
 */
export function applicationMessages(): string[] {
  const out = new Set<string>()
  const jobs = [
    { title: 'Delivery Rider', companyName: 'Swift Parcels Pvt Ltd' },
    { title: 'Security Guard (Night)', companyName: 'SafeHands' },
  ]
  const interviews: ApplicationInterview[] = [
    { date: '2031-01-14', time: '10:30', place: 'Plot 12, MIDC, Pune', mapUrl: 'https://maps.example', contactName: 'Ramesh', notes: null },
    { date: '2030-12-01', time: '16:00', place: 'Andheri office', mapUrl: 'https://maps.example', contactName: null, notes: 'Bring ID' },
  ]
  for (const status of APPLICATION_STATUSES) {
    out.add(nextStepText(status, null))
    for (const interview of interviews) out.add(nextStepText(status, interview))
    for (const job of jobs) {
      const extras = [{}, ...interviews.map((interview) => ({ interview })), ...Object.values(NOT_SELECTED_TEMPLATES).map((t) => ({ message: t.text })), { message: HIRED_MESSAGE }]
      for (const extra of extras) {
        const { title, body } = candidateNotice(status, job, extra)
        out.add(title)
        out.add(body)
      }
    }
    const w = withdrawTransition(status)
    if (!w.ok) out.add(w.reason)
  }
  for (const t of Object.values(NOT_SELECTED_TEMPLATES)) out.add(t.text)
  out.add(HIRED_MESSAGE)
  for (const E of [JobNotOpen, ApplicationNotFound, ResumeNeeded]) out.add(new E().message)

  // the apply sheet: questions, options, what is lacking, and what a bad answer gets
  const base: RequirementJob = {
    requiresDrivingLicence: false,
    requiresTwoWheeler: false,
    minLanguages: 0,
    requiredLanguages: [],
    experienceMinMonths: 0,
    licenceTypes: [],
    vehicleRequired: null,
    shift: null,
    education: null,
  }
  const unknown: RequirementFacts = {
    hasDrivingLicence: null,
    hasTwoWheeler: null,
    languages: null,
    experienceMonths: null,
    licenceTypes: null,
    vehicleType: null,
    shiftPreference: null,
    highestEducation: null,
  }
  const jobsToTry: RequirementJob[] = [
    { ...base, requiresDrivingLicence: true },
    ...['two_wheeler', 'lmv', 'hmv', 'transport'].map((t) => ({ ...base, licenceTypes: [t] })),
    { ...base, requiresTwoWheeler: true },
    { ...base, vehicleRequired: 'four_wheeler' },
    { ...base, minLanguages: 3 },
    { ...base, requiredLanguages: ['Hindi'] },
    { ...base, requiredLanguages: ['Hindi', 'Marathi'] },
    { ...base, requiredLanguages: ['Hindi', 'Marathi', 'English'] },
    { ...base, minLanguages: 2, requiredLanguages: ['Hindi', 'Marathi', 'English'] },
    { ...base, shift: 'night' },
    { ...base, shift: 'rotational' },
    ...[1, 6, 12, 24, 30].map((m) => ({ ...base, experienceMinMonths: m })),
    ...['10th pass', '12th', 'ITI', 'diploma', 'graduate', 'post_graduate'].map((education) => ({ ...base, education })),
  ]
  const lacking: RequirementFacts = {
    hasDrivingLicence: false,
    hasTwoWheeler: false,
    languages: ['Tamil'],
    experienceMonths: 0,
    licenceTypes: [],
    vehicleType: 'none',
    shiftPreference: 'day',
    highestEducation: 'below_10th',
  }
  const wrongLicence: RequirementFacts = { ...lacking, hasDrivingLicence: true, licenceTypes: ['tractor'] }
  for (const job of jobsToTry) {
    const questions = applyQuestions(job, unknown)
    for (const q of questions) {
      out.add(q.label)
      for (const o of q.options ?? []) if (q.key !== 'languages') out.add(o.label)
    }
    for (const facts of [lacking, wrongLicence]) for (const m of hardMismatches(job, facts)) out.add(m)
    const check = checkApplyAnswers(questions, { ...Object.fromEntries(questions.map((q) => [q.key, q.kind === 'yes_no' ? 'maybe' : ['x']])), extra: true })
    if (!check.ok) Object.values(check.fieldErrors).forEach((m) => m.forEach((x) => out.add(x)))
    const missing = checkApplyAnswers(questions, {})
    if (!missing.ok) Object.values(missing.fieldErrors).forEach((m) => m.forEach((x) => out.add(x)))
    const badSingle = checkApplyAnswers(questions, Object.fromEntries(questions.map((q) => [q.key, 'nope'])))
    if (!badSingle.ok) Object.values(badSingle.fieldErrors).forEach((m) => m.forEach((x) => out.add(x)))
  }
  // licence types named together
  for (const m of hardMismatches({ ...base, licenceTypes: ['two_wheeler', 'lmv'] }, lacking)) out.add(m)
  return [...out]
}

/**
 * Refusals written inline in the apply service (they need the database to happen): the test checks
 * they are still in the source word for word, and that the catalog knows them.
 */
export const INLINE_APPLY_REFUSALS = [
  'This job is closed and no longer takes applications.',
  'Please answer the questions about this job.',
  'You have already applied to this job.',
  'Your account was not found. Please log in again.',
]
