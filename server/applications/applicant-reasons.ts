import { monthsText, salaryRangeText, salaryText } from '../matching/match-explain'
import { distanceKm, type MatchCandidate, type MatchJob, type MatchResult } from '../matching/match-score'

/**
 * Why an applicant fits, in the employer's words ("3 km from the job · 2 yrs as Delivery Boy ·
 * has a two-wheeler and licence · expects ₹20k, you offer ₹18–25k"). Pure; reads the same
 * factors the score is made of (scoreJob), so the reasons and the rank never disagree. Unlike the
 * candidate's "why it matched", a requirement the applicant lacks is said too: the employer
 * needs to know.
 */

/** From this monthly figure up people think in lakhs per annum. */
const LPA_FROM_MONTHLY = 50_000

export function applicantReasons(job: MatchJob, c: MatchCandidate, m: MatchResult): string[] {
  const reasons: string[] = []
  const f = m.factors

  const home = c.anchors.find((a) => a.kind === 'current')
  if (job.workMode === 'remote') reasons.push('Remote job: location does not matter')
  else if (home) {
    const km = distanceKm(home, job)
    reasons.push(km < 2 ? `Lives in ${job.cityName}` : `${Math.round(km)} km from the job`)
  } else if (f.location.kind === 'near' && f.location.anchor) reasons.push(`Wants to work in ${f.location.anchor.name}`)

  if (c.experienceMonths !== null) {
    if (c.experienceMonths === 0) reasons.push('Fresher')
    else reasons.push(f.role.kind === 'exact' && c.roleName ? `${monthsText(c.experienceMonths)} as ${c.roleName}` : `${monthsText(c.experienceMonths)} of experience`)
  } else if (f.role.kind === 'exact' && c.roleName) reasons.push(`Wants ${c.roleName} work`)

  if (f.skills.matched.length > 0) reasons.push(`Knows ${f.skills.matched.slice(0, 3).join(', ')}`)

  const r = f.requirements.statuses
  if (r.driving_licence === 'met' && r.two_wheeler === 'met') reasons.push('Has a two-wheeler and licence')
  else {
    if (r.driving_licence === 'met') reasons.push('Has a driving licence')
    if (r.two_wheeler === 'met') reasons.push('Has a two-wheeler')
  }
  if (r.driving_licence === 'lacking') reasons.push('No driving licence')
  if (r.two_wheeler === 'lacking') reasons.push('No two-wheeler')
  if (r.languages === 'met' && c.languages) {
    const spoken = job.requiredLanguages.length ? c.languages.filter((l) => job.requiredLanguages.includes(l)) : c.languages
    reasons.push(`Speaks ${spoken.slice(0, 3).join(', ')}`)
  } else if (r.languages === 'lacking') reasons.push('Does not speak the languages you need')

  if (c.salaryMonthly !== null && (job.salaryMinMonthly !== null || job.salaryMaxMonthly !== null)) {
    const lpa = c.salaryMonthly >= LPA_FROM_MONTHLY
    const theirs = salaryText(c.salaryMonthly, lpa)
    const yours = salaryRangeText(job.salaryMinMonthly, job.salaryMaxMonthly, lpa)
    reasons.push(c.salaryBasis === 'expected' ? `Expects ${theirs}, you offer ${yours}` : `Earns ${theirs} now, you offer ${yours}`)
  }
  return reasons
}
