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
