import { formatDistanceStrict } from 'date-fns'

/** 18000 → "₹18,000"; 125000 → "₹1,25,000": the one ₹ formatter, shared with the server. */
export { formatRupees as formatInr } from '#server/format/money'

/** Compact monthly salary for cards: "₹18k–25k /month", "₹1.2L–1.5L /month". */
export function formatSalaryRange(min: number | null, max: number | null): string {
  const short = (n: number) => (n >= 100_000 ? `${trim(n / 100_000)}L` : n >= 1000 ? `${trim(n / 1000)}k` : String(n))
  if (min == null && max == null) return 'Salary not disclosed'
  if (min != null && max != null && min !== max) return `₹${short(min)}–${short(max)} /month`
  return `₹${short((min ?? max) as number)} /month`
}

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, '')
}

export function formatExperience(minMonths: number, maxMonths: number | null): string {
  const y = (m: number) => (m % 12 === 0 ? `${m / 12}` : (m / 12).toFixed(1))
  if (minMonths === 0 && (maxMonths === 0 || maxMonths === null)) return maxMonths === 0 ? 'Freshers' : 'Any experience'
  if (maxMonths === null) return `${y(minMonths)}+ yrs`
  if (minMonths === 0) return `0–${y(maxMonths)} yrs`
  return `${y(minMonths)}–${y(maxMonths)} yrs`
}

export function formatPosted(iso: string | null, now: Date = new Date()): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (now.getTime() - d.getTime() < 60 * 60 * 1000) return 'Posted just now'
  return `Posted ${formatDistanceStrict(d, now)} ago`
}

export const WORK_MODE_LABEL = { onsite: 'On-site', remote: 'Remote', hybrid: 'Hybrid' } as const
export const EMPLOYMENT_LABEL = { full_time: 'Full-time', part_time: 'Part-time', contract: 'Contract', internship: 'Internship' } as const
