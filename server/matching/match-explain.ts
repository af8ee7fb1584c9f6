import { languagesNeededFromList, spokenFromList, type MatchCandidate, type MatchJob, type MatchResult } from './match-score'

/**
 * "Why it matched", in the candidate's words: one short phrase per factor that actually helped,
 * e.g. "Delivery Boy · In Andheri East, Mumbai · Knows React, TypeScript · ₹18–25k fits your ₹20k
 * · needs a two-wheeler: you have one". Pure. A factor that is unknown on either side or that
 * counted against the job says nothing — except the salary floor: a job paying far below the
 * candidate's expectation ranks lower, and its last reason says why ("Pays ₹17–21k, below your
 * ₹1 lakh expectation"). No reason is ever invented.
 */

/** From this monthly figure up people think in lakhs per annum (white-collar offers). */
const LPA_FROM_MONTHLY = 50_000

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toString()

function money(n: number, lpa: boolean): string {
  if (lpa) return oneDecimal((n * 12) / 100_000)
  return n >= 1000 ? `${oneDecimal(n / 1000)}k` : String(n)
}

/** "₹18–25k", "₹18k+", "₹9.6–15 LPA" in the unit of the candidate's own figure. */
export function salaryRangeText(min: number | null, max: number | null, lpa: boolean): string {
  const unit = lpa ? ' LPA' : ''
  const strip = (s: string) => (lpa ? s : s.replace(/k$/, ''))
  if (min !== null && max !== null && min !== max) {
    const lo = money(min, lpa)
    const hi = money(max, lpa)
    // "₹18–25k": one unit suffix when both ends are in thousands
    const sameK = !lpa && lo.endsWith('k') && hi.endsWith('k')
    return `₹${sameK ? strip(lo) : lo}–${hi}${unit}`
  }
  if (min !== null && max === null) return `₹${money(min, lpa)}+${unit}`
  return `₹${money((max ?? min) as number, lpa)}${unit}`
}

/** A monthly figure as people say it: 20000 → "₹20k", 100000 → "₹1 lakh", 150000 → "₹1.5 lakh". */
export function monthlyText(n: number): string {
  return n >= 100_000 ? `₹${oneDecimal(n / 100_000)} lakh` : `₹${money(n, false)}`
}

/** Skills named in a reason, at most. */
const SKILLS_NAMED = 3

export function salaryText(n: number, lpa: boolean): string {
  return lpa ? `${money(n, true)} LPA` : `₹${money(n, false)}`
}

/** 0 → "no experience", 6 → "6 months", 30 → "2.5 yrs". */
export function monthsText(months: number): string {
  if (months === 0) return 'no experience'
  if (months < 12) return `${months} month${months === 1 ? '' : 's'}`
  const years = oneDecimal(months / 12)
  return `${years} yr${years === '1' ? '' : 's'}`
}

function experienceRangeText(min: number, max: number | null): string {
  const y = (m: number) => oneDecimal(m / 12)
  if (max === null) return `${y(min)}+ yrs`
  if (min === 0) return `up to ${y(max)} yr${max === 12 ? '' : 's'}`
  return `${y(min)}–${y(max)} yrs`
}

function languageList(langs: readonly string[], conjunction: 'and' | 'or'): string {
  if (langs.length <= 1) return langs.join('')
  return `${langs.slice(0, -1).join(', ')} ${conjunction} ${langs[langs.length - 1]}`
}

/** "needs Hindi and English: you speak both", "needs 2 of Hindi, English, Marathi: you speak Hindi and English" */
function languageReason(job: MatchJob, languages: readonly string[]): string {
  const list = job.requiredLanguages
  if (list.length === 0) return `needs ${job.minLanguages} languages: you speak ${languages.length}`
  const needed = languagesNeededFromList(job)
  const spoken = spokenFromList(job, languages)
  if (needed === list.length) return `needs ${languageList(list, 'and')}: you speak ${list.length === 1 ? 'it' : list.length === 2 ? 'both' : 'them all'}`
  const ask = needed === 1 ? languageList(list, 'or') : `${needed} of ${list.join(', ')}`
  return `needs ${ask}: you speak ${languageList(spoken, 'and')}`
}

export function explain(job: MatchJob, c: MatchCandidate, m: MatchResult): string[] {
  const reasons: string[] = []
  const f = m.factors

  if (f.role.kind === 'exact') reasons.push(c.roleName ?? 'Your preferred role')
  else if (f.role.kind === 'same_category' && f.role.categoryName) reasons.push(`${f.role.categoryName} job`)
  else if (f.role.kind === 'related' && f.role.categoryName) reasons.push(`Related field: ${f.role.categoryName}`)

  if (f.location.kind === 'remote') reasons.push('Remote: work from anywhere')
  else if (f.location.kind === 'near' && f.location.anchor && f.location.km !== null) {
    const { anchor, km } = f.location
    const place = job.locality ? `${job.locality}, ${job.cityName}` : job.cityName
    if (anchor.kind === 'metro') {
      reasons.push(km < 2 ? `In ${place}, the metro nearest ${c.homeCityName ?? 'you'}` : `${Math.round(km)} km from ${anchor.name}, the metro nearest ${c.homeCityName ?? 'you'}`)
    } else if (km < 2) {
      reasons.push(anchor.kind === 'preferred' ? `In ${place}, your preferred city` : `In ${place}`)
    } else {
      reasons.push(`${Math.round(km)} km from ${anchor.name}`)
    }
  }

  if (f.skills.matched.length > 0) reasons.push(`Knows ${f.skills.matched.slice(0, SKILLS_NAMED).join(', ')}`)

  if (c.salaryMonthly !== null && (f.salary.kind === 'fits' || f.salary.kind === 'above')) {
    const lpa = c.salaryMonthly >= LPA_FROM_MONTHLY
    const yours = `your ${c.salaryBasis === 'current' ? 'current ' : ''}${salaryText(c.salaryMonthly, lpa)}`
    const range = salaryRangeText(job.salaryMinMonthly, job.salaryMaxMonthly, lpa)
    reasons.push(f.salary.kind === 'fits' ? `${range} fits ${yours}` : `${range}: more than ${yours}`)
  }

  const r = f.requirements.statuses
  if (r.driving_licence === 'met') reasons.push('needs a driving licence: you have one')
  if (r.two_wheeler === 'met') reasons.push('needs a two-wheeler: you have one')
  if (r.languages === 'met') reasons.push(languageReason(job, c.languages ?? []))

  if (f.experience.kind === 'inside' && c.experienceMonths !== null) {
    if (c.experienceMonths === 0 && job.experienceMinMonths === 0) reasons.push('Freshers welcome')
    else if (job.experienceMinMonths > 0 || job.experienceMaxMonths !== null) reasons.push(`your ${monthsText(c.experienceMonths)} fit ${experienceRangeText(job.experienceMinMonths, job.experienceMaxMonths)}`)
  }

  if (f.recency.ageDays < 1) reasons.push('New today')

  if (f.salaryFloor.below && c.salaryMonthly !== null) {
    reasons.push(`Pays ${salaryRangeText(job.salaryMinMonthly, job.salaryMaxMonthly, false)}, below your ${monthlyText(c.salaryMonthly)} expectation`)
  }

  return reasons
}
