/**
 * The answers a candidate gave while applying, as the employer reads them ("Driving licence:
 * Yes"). Pure; unknown keys (from an older form) are shown by their key, never dropped.
 */
const LABELS: Record<string, string> = {
  has_driving_licence: 'Driving licence',
  licence_type: 'Licence covers',
  vehicle_type: 'Own vehicle',
  languages: 'Languages',
  shift_ok: 'Can work the shifts',
  experience_months: 'Experience',
  highest_education: 'Highest education',
}

const VALUES: Record<string, string> = {
  two_wheeler: 'Two-wheeler',
  four_wheeler: 'Four-wheeler',
  none: 'None',
  lmv: 'Car / LMV',
  hmv: 'Heavy vehicle',
  transport: 'Transport',
  below_10th: 'Below 10th',
  '10th': '10th pass',
  '12th': '12th pass',
  iti: 'ITI',
  diploma: 'Diploma',
  graduate: 'Graduate',
  post_graduate: 'Post graduate',
}

const EXPERIENCE: Record<number, string> = { 0: 'Fresher', 6: 'Less than 1 year', 12: '1 to 2 years', 24: '2 to 5 years', 60: 'More than 5 years' }

function display(key: string, v: unknown): string {
  if (typeof v === 'boolean') return v ? 'Yes' : 'No'
  if (key === 'experience_months' && typeof v === 'number') return EXPERIENCE[v] ?? `${v} months`
  if (Array.isArray(v)) return v.length ? v.map((x) => VALUES[String(x)] ?? String(x)).join(', ') : 'None'
  return VALUES[String(v)] ?? String(v)
}

export function describeApplyAnswers(answers: Record<string, unknown>): { key: string; label: string; answer: string }[] {
  return Object.entries(answers).map(([key, v]) => ({ key, label: LABELS[key] ?? key, answer: display(key, v) }))
}
