import { z } from 'zod'

/**
 * What the JD extractor returns, as a zod schema (the revalidation step and the LLM pass check
 * against it). Money is ₹ per month, experience in months; null = the posting does not say.
 */

export const confidenceSchema = z.enum(['high', 'low'])
export type Confidence = z.infer<typeof confidenceSchema>

/** A piece of the posting the bot must raise with the employer (fees, gender wording). */
export const flagSpanSchema = z.object({
  /** the words that triggered the flag */
  text: z.string().min(1).max(200),
  /** the whole line they sit in */
  context: z.string().max(500),
  /** 0-based line of the folded posting */
  line: z.number().int().min(0),
})
export type FlagSpan = z.infer<typeof flagSpanSchema>

export const workModeSchema = z.enum(['onsite', 'remote', 'hybrid'])
export const employmentTypeSchema = z.enum(['full_time', 'part_time', 'contract', 'internship'])
export const shiftSchema = z.enum(['day', 'night', 'rotational'])

/** Hard limits: a value outside them is dropped (null), never clamped. */
export const JD_LIMITS = {
  salaryMonthlyMin: 1_000,
  salaryMonthlyMax: 5_000_000,
  incentiveMonthlyMax: 1_000_000,
  /** 50 years */
  experienceMonthsMax: 600,
  openingsMax: 10_000,
  skillsMax: 60,
} as const

const money = z.number().int().min(JD_LIMITS.salaryMonthlyMin).max(JD_LIMITS.salaryMonthlyMax)
const months = z.number().int().min(0).max(JD_LIMITS.experienceMonthsMax)
const shortText = (max: number) => z.string().trim().min(1).max(max)

export const jdExtractionSchema = z.object({
  title: shortText(150).nullable(),
  company: shortText(120).nullable(),
  city: shortText(60).nullable(),
  locality: shortText(80).nullable(),
  pin_code: z.string().regex(/^[1-9]\d{5}$/).nullable(),
  work_mode: workModeSchema.nullable(),
  employment_type: employmentTypeSchema.nullable(),
  shift: shiftSchema.nullable(),
  salary_min_monthly_inr: money.nullable(),
  salary_max_monthly_inr: money.nullable(),
  incentive_monthly_inr: z.number().int().min(100).max(JD_LIMITS.incentiveMonthlyMax).nullable(),
  experience_min_months: months.nullable(),
  experience_max_months: months.nullable(),
  skills: z.array(shortText(60)).max(JD_LIMITS.skillsMax),
  education: shortText(300).nullable(),
  requirements: z.object({
    driving_licence: z.boolean().nullable(),
    two_wheeler: z.boolean().nullable(),
    languages: z.array(shortText(40)).max(20),
  }),
  openings: z.number().int().min(1).max(JD_LIMITS.openingsMax).nullable(),
  role: z.object({ slug: z.string().min(1), name: z.string().min(1), score: z.number().min(0).max(1) }).nullable(),
  category: z.object({ slug: z.string().min(1), name: z.string().min(1) }).nullable(),
  fee_flags: z.array(flagSpanSchema),
  gender_flags: z.array(flagSpanSchema),
  interview: z
    .object({
      walk_in: z.boolean(),
      address: shortText(300).nullable(),
      time: shortText(120).nullable(),
      phone: z.string().regex(/^\+\d{8,15}$/).nullable(),
      email: z.string().email().nullable(),
    })
    .nullable(),
  /** per filled field: `low` when inferred from prose or when sources disagreed — the bot confirms those */
  confidence: z.record(z.string(), confidenceSchema),
})
export type JdExtraction = z.infer<typeof jdExtractionSchema>

/** Field keys that carry a confidence. */
export type JdFieldKey =
  | 'title'
  | 'company'
  | 'city'
  | 'work_mode'
  | 'employment_type'
  | 'shift'
  | 'salary'
  | 'incentive'
  | 'experience'
  | 'skills'
  | 'education'
  | 'openings'
  | 'driving_licence'
  | 'two_wheeler'
  | 'languages'
  | 'role'

/** The fixtures' shape (shared/fixtures/jds/README.md): the same keys, nothing more. */
export interface JdFixtureShape {
  title: string | null
  company: string | null
  city: string | null
  work_mode: 'onsite' | 'remote' | 'hybrid' | null
  employment_type: 'full_time' | 'part_time' | 'contract' | 'internship' | null
  salary_min_monthly_inr: number | null
  salary_max_monthly_inr: number | null
  experience_min_months: number | null
  experience_max_months: number | null
  skills: string[]
  education: string | null
  requirements: { driving_licence: boolean | null; two_wheeler: boolean | null; languages: string[] }
  openings: number | null
}

export const jdFixtureSchema = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  city: z.string().nullable(),
  work_mode: workModeSchema.nullable(),
  employment_type: employmentTypeSchema.nullable(),
  salary_min_monthly_inr: z.number().nullable(),
  salary_max_monthly_inr: z.number().nullable(),
  experience_min_months: z.number().nullable(),
  experience_max_months: z.number().nullable(),
  skills: z.array(z.string()),
  education: z.string().nullable(),
  requirements: z.object({ driving_licence: z.boolean().nullable(), two_wheeler: z.boolean().nullable(), languages: z.array(z.string()) }),
  openings: z.number().nullable(),
})

export function toFixtureShape(x: JdExtraction): JdFixtureShape {
  return {
    title: x.title,
    company: x.company,
    city: x.city,
    work_mode: x.work_mode,
    employment_type: x.employment_type,
    salary_min_monthly_inr: x.salary_min_monthly_inr,
    salary_max_monthly_inr: x.salary_max_monthly_inr,
    experience_min_months: x.experience_min_months,
    experience_max_months: x.experience_max_months,
    skills: x.skills,
    education: x.education,
    requirements: { ...x.requirements, languages: [...x.requirements.languages] },
    openings: x.openings,
  }
}
