import { jdExtractionSchema, type JdExtraction } from './jd-schema'

/**
 * Revalidation: the last step for the offline extractor and for whatever an LLM returns. Each
 * field is checked against `jdExtractionSchema`; a field that fails is dropped (null / []) and
 * named in `dropped`, so the bot asks for it instead of publishing a wrong value. Cross-field
 * rules: a min above its max is swapped (a typo order, both figures still stand); skills and
 * languages are de-duplicated. Pure.
 */

export interface Revalidated {
  value: JdExtraction
  /** field keys whose value was dropped, with why */
  dropped: { field: string; reason: string }[]
}

const FIELD_TO_CONFIDENCE: Record<string, string> = {
  salary_min_monthly_inr: 'salary',
  salary_max_monthly_inr: 'salary',
  incentive_monthly_inr: 'incentive',
  experience_min_months: 'experience',
  experience_max_months: 'experience',
}

const EMPTY: JdExtraction = {
  title: null,
  company: null,
  city: null,
  locality: null,
  pin_code: null,
  work_mode: null,
  employment_type: null,
  shift: null,
  salary_min_monthly_inr: null,
  salary_max_monthly_inr: null,
  incentive_monthly_inr: null,
  experience_min_months: null,
  experience_max_months: null,
  skills: [],
  education: null,
  requirements: { driving_licence: null, two_wheeler: null, languages: [] },
  openings: null,
  role: null,
  category: null,
  fee_flags: [],
  gender_flags: [],
  interview: null,
  confidence: {},
}

export function emptyJdExtraction(): JdExtraction {
  return structuredClone(EMPTY)
}

function dedupe(xs: string[]): string[] {
  const seen = new Set<string>()
  return xs.filter((x) => {
    const k = x.trim().toLowerCase()
    if (!k || seen.has(k)) return false
    seen.add(k)
    return true
  })
}

export function revalidateJd(input: unknown): Revalidated {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>
  const out = emptyJdExtraction() as Record<string, unknown>
  const dropped: Revalidated['dropped'] = []
  const shape = jdExtractionSchema.shape
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (!(key in raw) || raw[key] === undefined) continue
    let v = raw[key]
    if (key === 'skills' && Array.isArray(v)) v = dedupe(v.filter((s): s is string => typeof s === 'string')).slice(0, 60)
    if (key === 'requirements' && typeof v === 'object' && v !== null) {
      const r = v as Record<string, unknown>
      v = { ...r, languages: Array.isArray(r.languages) ? dedupe(r.languages.filter((s): s is string => typeof s === 'string')) : [] }
    }
    // whole rupees / months: an LLM may send 15000.5
    if (typeof v === 'number' && /_inr$|_months$|^openings$/.test(key)) v = Math.round(v)
    const checked = shape[key].safeParse(v)
    if (checked.success) out[key] = checked.data
    else dropped.push({ field: key, reason: checked.error.issues[0]?.message ?? 'invalid' })
  }
  const x = out as JdExtraction
  for (const [lo, hi] of [
    ['salary_min_monthly_inr', 'salary_max_monthly_inr'],
    ['experience_min_months', 'experience_max_months'],
  ] as const) {
    const a = x[lo]
    const b = x[hi]
    if (a !== null && b !== null && a > b) {
      x[lo] = b
      x[hi] = a
    }
  }
  // confidence only for fields that survived
  const conf: Record<string, 'high' | 'low'> = {}
  for (const [k, c] of Object.entries(x.confidence)) conf[k] = c
  for (const d of dropped) {
    const ck = FIELD_TO_CONFIDENCE[d.field] ?? d.field
    const partner = Object.entries(FIELD_TO_CONFIDENCE).filter(([f, c]) => c === ck && f !== d.field)
    if (partner.every(([f]) => x[f as keyof JdExtraction] === null)) delete conf[ck]
    else conf[ck] = 'low'
  }
  x.confidence = conf
  return { value: jdExtractionSchema.parse(x), dropped }
}
