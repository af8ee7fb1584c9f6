import type { MatchCandidate, ProfileGap } from './match-score'

/**
 * Profile-gap nudge: of the requirements the candidate is known to lack, the one whose absence
 * hides the most of their otherwise plausible jobs nearby ("Add your driving licence to see 14
 * more jobs near you"). Pure: the counts come from one COUNT … FILTER query (matching.repo.ts).
 */
export type Nudge = {
  gaps: ProfileGap[]
  /** jobs that would appear once the gaps are filled (at least this many when `jobCountIsCapped`) */
  jobCount: number
  jobCountIsCapped: boolean
  message: string
  /** where the candidate adds it: the resume bot asks licence and vehicle, the profile holds languages */
  href: '/resume' | '/profile'
  cta: string
}

/**
 * `only`: jobs hidden by that gap alone; `involved`: hidden jobs that gap takes part in; `all`:
 * jobs hidden by any gap (what filling all of them would unlock). `capped`: only the first
 * NUDGE_SCAN_CAP plausible jobs nearby were read, so every count is a lower bound ("14+ more jobs").
 */
export type HiddenCounts = { only: Record<ProfileGap, number>; involved: Record<ProfileGap, number>; all: number; capped: boolean }

/**
 * The nudge reads at most this many of the candidate's plausible jobs nearby. An exact count reads
 * every one of them (thousands in a metro at 200 k jobs), so it would grow with the table; past
 * this many, the counts are lower bounds and the message says "+".
 */
export const NUDGE_SCAN_CAP = 400

const GAP_ORDER: readonly ProfileGap[] = ['driving_licence', 'two_wheeler', 'languages']

const NOUN: Record<ProfileGap, string> = {
  driving_licence: 'your driving licence',
  two_wheeler: 'your two-wheeler',
  languages: 'the languages you speak',
}

/** Requirements the candidate is known not to meet (unknown ones hide nothing). */
export function lackingGaps(c: Pick<MatchCandidate, 'hasDrivingLicence' | 'hasTwoWheeler' | 'languages'>): ProfileGap[] {
  const gaps: ProfileGap[] = []
  if (c.hasDrivingLicence === false) gaps.push('driving_licence')
  if (c.hasTwoWheeler === false) gaps.push('two_wheeler')
  // languages are "known" once any are listed; a short list hides jobs that need more
  if (c.languages !== null) gaps.push('languages')
  return gaps
}

function joinNouns(gaps: ProfileGap[]): string {
  const nouns = gaps.map((g, i) => (i === 0 ? NOUN[g] : NOUN[g].replace(/^your /, '')))
  return nouns.length <= 1 ? nouns.join('') : `${nouns.slice(0, -1).join(', ')} and ${nouns[nouns.length - 1]}`
}

export function nudgeMessage(gaps: ProfileGap[], jobCount: number, capped = false): Pick<Nudge, 'message' | 'href' | 'cta'> {
  const jobs = `${jobCount}${capped ? '+' : ''} more job${jobCount === 1 && !capped ? '' : 's'}`
  const href = gaps.every((g) => g === 'languages') ? '/profile' : '/resume'
  return {
    message: `Add ${joinNouns(gaps)} to see ${jobs} near you`,
    href,
    cta: href === '/profile' ? 'Update my profile' : 'Update my resume',
  }
}

/**
 * The single gap that unlocks the most jobs by itself wins (of the counted ones, when capped) (ties in a fixed order: licence,
 * two-wheeler, languages). When no single gap unlocks anything but together they do (a delivery
 * job needs both licence and two-wheeler), the nudge names them together.
 */
export function chooseNudge(lacking: readonly ProfileGap[], counts: HiddenCounts): Nudge | null {
  let best: ProfileGap | null = null
  for (const g of GAP_ORDER) {
    if (lacking.includes(g) && counts.only[g] > 0 && (best === null || counts.only[g] > counts.only[best])) best = g
  }
  const capped = counts.capped
  if (best) return { gaps: [best], jobCount: counts.only[best], jobCountIsCapped: capped, ...nudgeMessage([best], counts.only[best], capped) }
  if (counts.all <= 0) return null
  const gaps = GAP_ORDER.filter((g) => lacking.includes(g) && counts.involved[g] > 0)
  return { gaps, jobCount: counts.all, jobCountIsCapped: capped, ...nudgeMessage(gaps, counts.all, capped) }
}
