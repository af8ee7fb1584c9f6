import { foldText } from './text'

/**
 * Education as written → a level, so "Graduate", "Any Graduation", "B.Tech/B.E. in Any
 * Specialization" and "Bachelor's (Required)" compare equal for matching. Pure.
 */
export type EducationLevel = 'none' | 'below_10th' | '10th' | '12th' | 'iti' | 'diploma' | 'graduate' | 'postgraduate' | 'doctorate'

const LEVELS: readonly [EducationLevel, RegExp][] = [
  ['none', /\b(not required|no qualification|graduation not required|education not required|illiterate|any qualification|no education)\b/],
  ['doctorate', /\b(ph\.?\s?d|doctorate|doctoral)\b/],
  ['postgraduate', /\b(post\s*-?\s*graduat\w*|pg|m\.?\s?tech|m\.?\s?e\b|mba|pgdm|mca|m\.?\s?sc|m\.?\s?com|m\.?\s?a\b|master'?s?|md\b|ms\b)/],
  ['graduate', /\b(graduat\w*|degree|bachelor'?s?|b\.?\s?tech|b\.?\s?e\b|bca|bba|bms|b\.?\s?sc|b\.?\s?com|b\.?\s?a\b|b\.?\s?pharm|mbbs|llb|ug\b|any graduate)/],
  ['diploma', /\b(diploma|polytechnic)\b/],
  ['iti', /\b(iti|nctvt|ncvt|trade certificate)\b/],
  ['12th', /\b(12th|12 th|twelfth|hsc|higher secondary|intermediate|inter\b|puc|\+2|plus two|10\s?\+\s?2)\b/],
  ['10th', /\b(10th|10 th|tenth|ssc|matric\w*|high school|sslc)\b/],
  ['below_10th', /\b(8th|8 th|5th|below 10th|literate|can read)\b/],
]

/**
 * The lowest level a qualification text accepts ("10th/12th pass" → 10th; "Graduate or
 * Diploma" → diploma), or null when it names none.
 */
export function educationLevel(text: string): EducationLevel | null {
  const t = foldText(text).toLowerCase()
  const found = LEVELS.filter(([, re]) => re.test(t)).map(([l]) => l)
  if (found.length === 0) return null
  if (found.includes('none')) return 'none'
  const order: EducationLevel[] = ['below_10th', '10th', '12th', 'iti', 'diploma', 'graduate', 'postgraduate', 'doctorate']
  return order.find((l) => found.includes(l)) ?? null
}

// ---------------------------------------------------------------------------------------------
// The candidate's side: one degree → a level, and the highest education a resume says

/** The resume's levels (the bot's `highest_education` options), lowest first. */
export const RESUME_EDUCATION_LEVELS = ['below_10th', '10th', '12th', 'iti', 'diploma', 'graduate', 'post_graduate'] as const
export type ResumeEducationLevel = (typeof RESUME_EDUCATION_LEVELS)[number]

/**
 * One qualification a candidate holds ("B.Tech (CSE)", "ITI Electrician", "HSC") → its level, or
 * null. Unlike `educationLevel` (a job's "10th/12th pass" = the lowest it accepts), the most
 * advanced degree named wins: "M.Sc after B.Sc" is a postgraduate.
 */
export function degreeLevel(degree: string): ResumeEducationLevel | null {
  const d = degree.toLowerCase()
  if (/\b(master|m\.?\s?tech|mtech|m\.?\s?e\b|mba|mca|m\.?\s?sc|msc|m\.?\s?s\b|meng|m\.?\s?com|mcom|m\.?\s?a\b|ph\.?\s?d|doctor|pgdm|post[- ]?graduat|llm|md\b|m\.?\s?pharm|m\.?\s?ed)\b/.test(d)) return 'post_graduate'
  if (/\b(bachelor|b\.?\s?tech|btech|b\.?\s?e\b|b\.?\s?sc|bsc|bca|bba|b\.?\s?com|bcom|b\.?\s?a\b|b\.?\s?s\b|beng|llb|mbbs|bds|b\.?\s?pharm|b\.?\s?ed|graduat|degree)\b/.test(d)) return 'graduate'
  if (/\bdiploma|polytechnic\b/.test(d)) return 'diploma'
  if (/\biti\b|ncvt|scvt/.test(d)) return 'iti'
  if (/\b(12th|hsc|xii|intermediate|higher secondary|puc|class 12|std\.? 12|senior secondary)\b/.test(d)) return '12th'
  if (/\b(10th|ssc|sslc|matric|x\b|class 10|std\.? 10|high school|secondary)\b/.test(d)) return '10th'
  return null
}

/** The highest of some levels (unknown values ignored), or null. */
export function highestLevel(levels: readonly (string | null | undefined)[]): ResumeEducationLevel | null {
  let best = -1
  for (const l of levels) best = Math.max(best, RESUME_EDUCATION_LEVELS.indexOf(l as ResumeEducationLevel))
  return best >= 0 ? RESUME_EDUCATION_LEVELS[best] : null
}

/**
 * The candidate's highest education, one rule for every reader (apply requirements, uploaded and
 * bot-built resumes alike): the answered level wins — the candidate said it — else the highest
 * level among the education entries' degrees (decision 009: white-collar resumes ask entries,
 * not the level). Null when neither says.
 */
export function highestEducationOf(answered: string | null | undefined, entries: readonly { degree: string | null }[] | null | undefined): ResumeEducationLevel | null {
  // a stored answer is a level code; older or model-filled ones may be words ("B.Com")
  const said = answered ? (highestLevel([answered]) ?? degreeLevel(answered)) : null
  return said ?? highestLevel((entries ?? []).map((e) => (e.degree ? degreeLevel(e.degree) : null)))
}

/**
 * Levels of both vocabularies (job: `postgraduate`, resume: `post_graduate`) on one ladder. ITI
 * and 12th share a rung: ITI is taken after 10th and counts as 12th for most jobs.
 */
const EDUCATION_RANK: Readonly<Record<string, number>> = { none: 0, below_10th: 0, '10th': 1, '12th': 2, iti: 2, diploma: 3, graduate: 4, postgraduate: 5, post_graduate: 5, doctorate: 6 }

/** Whether a candidate's level meets a job's: known to meet → true, known not to → false, else null. */
export function meetsEducation(candidate: string | null, job: string | null): boolean | null {
  const c = candidate ? EDUCATION_RANK[candidate] : undefined
  const j = job ? EDUCATION_RANK[job] : undefined
  if (c === undefined || j === undefined) return null
  return c >= j
}
