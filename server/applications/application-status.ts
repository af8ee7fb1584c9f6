import type { ApplicationInterview, ApplicationStatus } from '../db/schema'

/**
 * The life of an application, pure: which changes are allowed from which status, what the
 * candidate is told at each step, and the polite message templates. No I/O.
 *
 * applied → viewed → shortlisted → interview → hired | not_selected | position_filled | withdrawn
 */
export const APPLICATION_STATUSES = ['applied', 'viewed', 'shortlisted', 'interview', 'hired', 'not_selected', 'position_filled', 'withdrawn'] as const satisfies readonly ApplicationStatus[]

/** Waiting on the employer: closing the job turns these into position_filled. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ['applied', 'viewed', 'shortlisted', 'interview']

/**
 * The candidate may withdraw until the employer decides (hired / not selected). An interview is
 * not a decision: someone who found another job should be able to say so before turning up.
 */
export const WITHDRAWABLE_STATUSES: readonly ApplicationStatus[] = OPEN_STATUSES

/** From these on, the employer sees the candidate's mobile (and keeps seeing it). */
export const CONTACT_REVEALING_STATUSES: readonly ApplicationStatus[] = ['shortlisted', 'interview', 'hired']

export type EmployerAction = 'shortlist' | 'hire' | 'not_selected'
export const EMPLOYER_ACTIONS = ['shortlist', 'hire', 'not_selected'] as const satisfies readonly EmployerAction[]

const ACTION_TARGET: Record<EmployerAction, ApplicationStatus> = { shortlist: 'shortlisted', hire: 'hired', not_selected: 'not_selected' }

/** Which statuses each employer step may start from. */
const ACTION_FROM: Record<EmployerAction | 'interview', readonly ApplicationStatus[]> = {
  shortlist: ['applied', 'viewed'],
  // scheduling again moves the interview
  interview: ['applied', 'viewed', 'shortlisted', 'interview'],
  hire: ['applied', 'viewed', 'shortlisted', 'interview'],
  not_selected: ['applied', 'viewed', 'shortlisted', 'interview'],
}

const WHY_NOT: Record<ApplicationStatus, string> = {
  applied: 'This application is new.',
  viewed: 'This application is already open.',
  shortlisted: 'This candidate is already shortlisted.',
  interview: 'An interview is already scheduled.',
  hired: 'This candidate is already hired.',
  not_selected: 'This candidate was already marked not selected.',
  position_filled: 'This job is closed, so its applications are settled.',
  withdrawn: 'The candidate withdrew this application.',
}

export type Transition = { ok: true; to: ApplicationStatus; unchanged: boolean } | { ok: false; reason: string }

/**
 * The employer's step from `current`. Repeating a step that already happened (a double click)
 * is fine and changes nothing; a step that makes no sense from here says why.
 */
export function employerTransition(step: EmployerAction | 'interview', current: ApplicationStatus): Transition {
  const to = step === 'interview' ? 'interview' : ACTION_TARGET[step]
  if (current === to && step !== 'interview') return { ok: true, to, unchanged: true }
  if (ACTION_FROM[step].includes(current)) return { ok: true, to, unchanged: false }
  return { ok: false, reason: WHY_NOT[current] }
}

export function withdrawTransition(current: ApplicationStatus): Transition {
  if (current === 'withdrawn') return { ok: true, to: 'withdrawn', unchanged: true }
  if (WITHDRAWABLE_STATUSES.includes(current)) return { ok: true, to: 'withdrawn', unchanged: false }
  if (current === 'hired') return { ok: false, reason: 'You were hired for this job, so it cannot be withdrawn here. Please speak to the employer.' }
  return { ok: false, reason: 'The employer has already decided on this application, so there is nothing to withdraw.' }
}

export function revealsContact(status: ApplicationStatus): boolean {
  return CONTACT_REVEALING_STATUSES.includes(status)
}

// ---------------------------------------------------------------------------------------------
// Words

/** Polite "not selected" messages, so an employer never has to write one. */
export const NOT_SELECTED_TEMPLATES = {
  filled_elsewhere: {
    label: 'We went with another candidate',
    text: 'Thank you for applying. We have chosen another candidate for this job. We wish you the very best and hope you find the right job soon.',
  },
  experience: {
    label: 'Looking for more experience',
    text: 'Thank you for applying. For this job we need someone with more experience. Please keep building your skills, and do apply to our future openings.',
  },
  location: {
    label: 'Too far from the job',
    text: 'Thank you for applying. This job needs someone who lives closer to the workplace. We wish you luck with jobs nearer to you.',
  },
  requirements: {
    label: "Doesn't meet a requirement",
    text: 'Thank you for applying. This job has a requirement your profile does not meet yet. We wish you the very best in your search.',
  },
} as const
export type NotSelectedTemplate = keyof typeof NOT_SELECTED_TEMPLATES
export const NOT_SELECTED_TEMPLATE_KEYS = Object.keys(NOT_SELECTED_TEMPLATES) as [NotSelectedTemplate, ...NotSelectedTemplate[]]
export const DEFAULT_NOT_SELECTED: NotSelectedTemplate = 'filled_elsewhere'

export const HIRED_MESSAGE = 'Congratulations! The employer will contact you with your joining date and documents.'

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "Tue, 14 Jan 2031 at 10:30" — the date as written (no time-zone shift: it is the employer's local date). */
export function interviewWhen(i: Pick<ApplicationInterview, 'date' | 'time'>): string {
  const [y, m, d] = i.date.split('-').map(Number)
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]
  return `${weekday}, ${d} ${MONTHS[m - 1]} ${y} at ${i.time}`
}

/**
 * The day part of `interviewWhen` read back ("Tue, 14 Jan 2031" → "2031-01-14"), so a page can
 * write the day of a server sentence in its own language; null for anything else.
 */
export function interviewDayIso(text: string): string | null {
  const m = /^(?:[A-Z][a-z]{2}, )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(text.trim())
  const month = m ? MONTHS.indexOf(m[2]) : -1
  return m && month >= 0 ? `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}` : null
}

/** A Google Maps search for the place (with the job's city when the place does not name it). */
export function mapSearchUrl(place: string, cityName: string | null): string {
  const query = cityName && !place.toLowerCase().includes(cityName.toLowerCase()) ? `${place}, ${cityName}` : place
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`
}

/** What the candidate should do now, in one sentence. */
export function nextStepText(status: ApplicationStatus, interview: ApplicationInterview | null): string {
  switch (status) {
    case 'applied':
      return 'The employer will look at your application. We will tell you as soon as they do.'
    case 'viewed':
      return 'The employer has seen your application. Keep your phone close: they may call you.'
    case 'shortlisted':
      return 'You are shortlisted! The employer may call you to fix an interview.'
    case 'interview':
      return interview
        ? `Go for your interview on ${interviewWhen(interview)} at ${interview.place}${interview.contactName ? ` and ask for ${interview.contactName}` : ''}. Carry your resume and an ID proof.`
        : 'Your interview is being scheduled. We will send you the details.'
    case 'hired':
      return HIRED_MESSAGE
    case 'not_selected':
      return 'Do not lose heart: apply to more jobs that match you.'
    case 'position_filled':
      return 'This job is closed now. Look at other jobs that match you.'
    case 'withdrawn':
      return 'You withdrew this application. You can apply again while the job is open.'
  }
}

/** The candidate's notification for a status change. */
export function candidateNotice(
  status: ApplicationStatus,
  job: { title: string; companyName: string },
  extra: { interview?: ApplicationInterview | null; message?: string | null } = {},
): { title: string; body: string } {
  const at = `${job.title} at ${job.companyName}`
  switch (status) {
    case 'applied':
      return { title: 'Application sent', body: `You applied for ${at}.` }
    case 'viewed':
      return { title: 'Your application was seen', body: `${job.companyName} looked at your application for ${job.title}.` }
    case 'shortlisted':
      return { title: 'You are shortlisted', body: `${job.companyName} shortlisted you for ${job.title}.` }
    case 'interview':
      return {
        title: 'Interview scheduled',
        body: extra.interview ? `${at}: ${interviewWhen(extra.interview)}, ${extra.interview.place}.` : `${job.companyName} wants to interview you for ${job.title}.`,
      }
    case 'hired':
      return { title: 'You are hired!', body: `${job.companyName} hired you for ${job.title}. ${extra.message ?? HIRED_MESSAGE}` }
    case 'not_selected':
      return { title: 'Application update', body: `${at}: ${extra.message ?? NOT_SELECTED_TEMPLATES[DEFAULT_NOT_SELECTED].text}` }
    case 'position_filled':
      return { title: 'Position filled', body: `${at} is closed and no longer hiring.` }
    case 'withdrawn':
      return { title: 'Application withdrawn', body: `You withdrew your application for ${at}.` }
  }
}
