import { differenceInYears, parseISO } from 'date-fns'
import { answerValueSchemas, educationEntrySchema, workEntrySchema, type AnswerKey, type Answers } from '../resume-answers'

/**
 * Revalidation: every extracted value goes through the same zod schemas the bot's answers use.
 * What fails is dropped and flagged (so the bot asks for it) instead of being stored. On top of
 * the schemas, plausibility checks a schema cannot express: a date of birth giving an age under 14
 * or over 80, experience longer than a working life, a work period ending before it starts.
 */

export interface Flag {
  key: AnswerKey
  /** machine-readable reason */
  /** `stated_disagrees`: the resume's claimed total experience differs from its dated employment */
  reason: 'invalid' | 'implausible_age' | 'implausible_experience' | 'entry_dropped' | 'truncated' | 'stated_disagrees'
  detail: string
}

export interface Revalidated {
  answers: Answers
  flags: Flag[]
}

const MIN_AGE = 14
const MAX_AGE = 80

function ageOn(dobIso: string, now: Date): number | null {
  const d = parseISO(dobIso)
  if (Number.isNaN(d.getTime())) return null
  return differenceInYears(now, d)
}

function periodOk(start: string | null, end: string | null): boolean {
  if (!start || !end || end === 'present') return true
  return start.slice(0, 7) <= end.slice(0, 7) || start.slice(0, 4) <= end.slice(0, 4)
}

export function revalidate(input: Answers, now: Date): Revalidated {
  const flags: Flag[] = []
  const out: Record<string, unknown> = {}

  for (const key of Object.keys(input) as AnswerKey[]) {
    const value: unknown = input[key]
    if (value === undefined || value === null) continue

    if (key === 'work_history' && Array.isArray(value)) {
      const kept = value.filter((e) => {
        const r = workEntrySchema.safeParse(e)
        const ok = r.success && periodOk(r.data.start, r.data.end) && !!(r.data.company || r.data.title)
        if (!ok) flags.push({ key, reason: 'entry_dropped', detail: JSON.stringify(e).slice(0, 200) })
        return ok
      })
      if (kept.length > 40) flags.push({ key, reason: 'truncated', detail: `${kept.length} entries` })
      if (kept.length) out[key] = kept.slice(0, 40)
      continue
    }
    if (key === 'education' && Array.isArray(value)) {
      const kept = value.filter((e) => {
        const r = educationEntrySchema.safeParse(e)
        const ok = r.success && !!(r.data.institution || r.data.degree)
        if (!ok) flags.push({ key, reason: 'entry_dropped', detail: JSON.stringify(e).slice(0, 200) })
        return ok
      })
      if (kept.length) out[key] = kept.slice(0, 20)
      continue
    }

    const schema = answerValueSchemas[key]
    const r = schema.safeParse(value)
    if (!r.success) {
      flags.push({ key, reason: 'invalid', detail: r.error.issues.map((i) => i.message).join('; ').slice(0, 200) })
      continue
    }
    out[key] = r.data
  }

  // plausibility
  if (typeof out.date_of_birth === 'string') {
    const age = ageOn(out.date_of_birth, now)
    if (age === null || age < MIN_AGE || age > MAX_AGE) {
      flags.push({ key: 'date_of_birth', reason: 'implausible_age', detail: `age ${age ?? 'unknown'} on ${now.toISOString().slice(0, 10)}` })
      delete out.date_of_birth
    } else if (typeof out.experience_months === 'number' && out.experience_months > (age - MIN_AGE) * 12) {
      flags.push({ key: 'experience_months', reason: 'implausible_experience', detail: `${out.experience_months} months at age ${age}` })
      delete out.experience_months
    }
  }
  return { answers: out as Answers, flags }
}
