import { z } from 'zod'

/**
 * The vocabulary of the job-posting bot: question-template keys, what the JD extractor fills and
 * what the job is saved from. Values are normalised (₹ per month, months, canonical names).
 */
const text = (max: number) => z.string().trim().min(1).max(max)

export const JOB_EDUCATION_LEVELS = ['none', '10th', '12th', 'iti', 'diploma', 'graduate', 'postgraduate'] as const

export const jobAnswerValueSchemas = {
  title: z.string().trim().min(3).max(150),
  /** master-data role slug; the category and blue/white collar follow from it */
  role: z.string().regex(/^[a-z0-9][a-z0-9-]{1,60}$/),
  company_name: z.string().trim().min(2).max(120),
  /** canonical city name from the city dataset */
  city: z.string().trim().min(2).max(100),
  locality: text(80),
  pin_code: z.string().regex(/^[1-9]\d{5}$/),
  work_mode: z.enum(['onsite', 'remote', 'hybrid']),
  employment_type: z.enum(['full_time', 'part_time', 'contract', 'internship']),
  shift: z.enum(['day', 'night', 'rotational']),
  /** fixed pay, ₹ per month */
  salary_range: z
    .object({ min: z.number().int().min(1000).max(10_000_000), max: z.number().int().min(1000).max(10_000_000) })
    .strict()
    .refine((r) => r.min <= r.max, 'The lower figure must not be above the higher one'),
  /** average monthly incentive, shown apart from fixed pay; 0 = none */
  incentive_monthly: z.number().int().min(0).max(1_000_000),
  experience_range: z
    .object({ min: z.number().int().min(0).max(600), max: z.number().int().min(0).max(600).nullable() })
    .strict()
    .refine((r) => r.max === null || r.min <= r.max, 'The lower figure must not be above the higher one'),
  education: z.enum(JOB_EDUCATION_LEVELS),
  skills: z.array(z.string().trim().min(1).max(60)).max(30),
  openings: z.number().int().min(1).max(1000),
  requires_driving_licence: z.boolean(),
  /** two_wheeler | lmv | hmv | transport */
  licence_types: z.array(z.enum(['two_wheeler', 'lmv', 'hmv', 'transport'])).max(4),
  vehicle_required: z.enum(['two_wheeler', 'four_wheeler', 'none']),
  languages: z.array(z.string().trim().min(2).max(40)).max(10),
  min_languages: z.number().int().min(0).max(5),
  requires_smartphone: z.boolean(),
  interview_mode: z.enum(['walk_in', 'phone', 'video']),
  interview_address: text(300),
  interview_hours: text(120),
  description: z.string().trim().min(20).max(8000),
  /** must be false to publish: AIVIUE jobs never charge candidates */
  fee_charged: z.boolean(),
  /** what the job really needs, asked instead of a gender filter */
  real_requirement: text(300),

  // Never asked; set by the JD extractor so the bot can quote them.
  /** fee wording found in a pasted JD ("refundable deposit of ₹2000") */
  fee_wording: text(300),
  /** gender wording found in a pasted JD ("male candidates only") */
  gender_wording: text(300),
}

export type JobAnswerKey = keyof typeof jobAnswerValueSchemas
export type JobAnswers = { [K in JobAnswerKey]?: z.infer<(typeof jobAnswerValueSchemas)[K]> }
export const jobAnswersSchema = z.object(jobAnswerValueSchemas).partial()
export const JOB_ANSWER_KEYS = Object.keys(jobAnswerValueSchemas) as JobAnswerKey[]
/** keys the extractor sets and templates may test in conditions, but that are never questions */
export const JOB_HIDDEN_KEYS: readonly JobAnswerKey[] = ['fee_wording', 'gender_wording']
