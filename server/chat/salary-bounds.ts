import { formatRupees } from '../format/money'
import type { JobType } from './answer-parsing'
import { en, fill, type ChatMessages } from './messages'

/**
 * What a candidate's expected pay may sensibly be, by the role's job type (the bot never asks the
 * collar; the role decides). Pure. All figures are ₹ per month, whatever unit the candidate typed.
 *
 * - inside `usual`: accepted as it is;
 * - outside `usual` but inside `possible`: the bot asks "is that right?" (a typo of one zero is
 *   the common case: "180000" for 18 000), and keeps the figure when the candidate says yes;
 * - outside `possible`: refused with a clear message and the same question asked again
 *   ("₹99,99,999 per month" for a delivery rider is a slip, never a real expectation).
 *
 * Blue collar is paid monthly: ₹5 000 – ₹75 000 covers part-time helpers to senior drivers and
 * supervisors; ₹3 lakh a month is beyond any blue-collar wage. White collar is quoted in LPA:
 * 1 – 60 LPA is the ordinary band; up to 5 crore a year a senior leader might ask for.
 */
export interface SalaryBounds {
  usual: { min: number; max: number }
  possible: { min: number; max: number }
}

export const SALARY_BOUNDS: Readonly<Record<JobType, SalaryBounds>> = {
  blue_collar: { usual: { min: 5_000, max: 75_000 }, possible: { min: 1_000, max: 300_000 } },
  white_collar: { usual: { min: 8_000, max: 500_000 }, possible: { min: 1_000, max: 4_166_667 } },
}

export type SalaryCheck = { verdict: 'usual' } | { verdict: 'unusual'; message: string } | { verdict: 'absurd'; message: string }

const lpa = (monthly: number) => `${Math.round(((monthly * 12) / 100_000) * 100) / 100} LPA`

/** How a figure is shown in the messages: in the unit the candidate answers in. */
function shown(monthly: number, jobType: JobType, w: ChatMessages['parse']): string {
  return jobType === 'white_collar' ? lpa(monthly) : fill(w.perMonthAmount, { amount: formatRupees(monthly) })
}

/** Check a range (one figure: min = max) against the job type's bounds; messages in the words given (English by default). */
export function checkExpectedSalary(range: { min: number; max: number }, jobType: JobType, w: ChatMessages['parse'] = en.parse): SalaryCheck {
  const b = SALARY_BOUNDS[jobType]
  const example = jobType === 'white_collar' ? w.payExampleWhite : w.payExampleBlue
  if (range.max > b.possible.max) return { verdict: 'absurd', message: fill(w.payFarMore, { amount: shown(range.max, jobType, w), example }) }
  if (range.min < b.possible.min) return { verdict: 'absurd', message: fill(w.payTooLow, { amount: shown(range.min, jobType, w), example }) }
  if (range.max > b.usual.max) return { verdict: 'unusual', message: fill(w.payMuchMore, { amount: shown(range.max, jobType, w) }) }
  if (range.min < b.usual.min) return { verdict: 'unusual', message: fill(w.payMuchLess, { amount: shown(range.min, jobType, w) }) }
  return { verdict: 'usual' }
}
