import { z } from 'zod'

/**
 * The one vocabulary for resume facts. Question-template keys, extractor output
 * and the stored resume JSON all use these names, so extraction fills the bot's
 * answers directly and the bot asks only what is still missing.
 *
 * NOTE: values are already normalised here (ISO dates, ₹ per month, months of
 * experience, canonical city/skill names). Raw text never reaches this shape.
 */
export const educationEntrySchema = z.object({
  institution: z.string().min(1).max(200).nullable(),
  degree: z.string().min(1).max(200).nullable(),
  year: z.number().int().min(1950).max(2100).nullable(),
})

/** the company of a work entry the candidate marked "Self-employed" */
export const SELF_EMPLOYED = 'Self-employed'

export const workEntrySchema = z.object({
  company: z.string().min(1).max(200).nullable(),
  title: z.string().min(1).max(200).nullable(),
  /** `YYYY-MM` or `YYYY` */
  start: z.string().regex(/^\d{4}(-\d{2})?$/).nullable(),
  /** `YYYY-MM`, `YYYY` or `present` */
  end: z.string().regex(/^(\d{4}(-\d{2})?|present)$/).nullable(),
  /** how long, when no dates were given ("2 years" at a dhaba): months; absent on extracted entries */
  months: z.number().int().min(1).max(720).nullable().optional(),
})

/**
 * Expected pay as the candidate gave it: a range ("₹20k – 25k" stays 20 000 – 25 000), one figure
 * being `min === max`. ₹ per month; white-collar answers given in LPA are converted (LPA × 100000 / 12).
 * NOTE: resumes saved before ranges were kept stored one number (the range's lower bound); it is
 * read as `{ min: n, max: n }`, so every reader sees one shape.
 */
export const salaryRangeSchema = z.preprocess(
  (value) => (typeof value === 'number' ? { min: value, max: value } : value),
  z
    .object({ min: z.number().int().min(0).max(10_000_000), max: z.number().int().min(0).max(10_000_000) })
    .strict()
    .refine((r) => r.min <= r.max, 'The lower figure must not be above the higher one'),
)
export type SalaryRange = z.infer<typeof salaryRangeSchema>

export const answerValueSchemas = {
  full_name: z.string().trim().min(2).max(80),
  email: z.string().trim().email().max(254),
  /** E.164, e.g. +919876543210 */
  phone: z.string().regex(/^\+\d{8,15}$/),
  /** ISO `YYYY-MM-DD` */
  date_of_birth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  gender: z.enum(['male', 'female', 'other']),
  /** canonical city name from the city dataset */
  current_location: z.string().trim().min(2).max(100),
  languages: z.array(z.string().trim().min(2).max(40)).max(20),
  links: z.array(z.string().trim().min(3).max(300)).max(20),
  skills: z.array(z.string().trim().min(1).max(60)).max(60),
  education: z.array(educationEntrySchema).max(20),
  /** 10th | 12th | iti | diploma | graduate | post_graduate | below_10th */
  highest_education: z.string().trim().min(2).max(60),
  work_history: z.array(workEntrySchema).max(40),
  /** total experience, overlaps merged; 0 = fresher */
  experience_months: z.number().int().min(0).max(720),
  /** a range, ₹ per month (see `salaryRangeSchema`); matching uses its lower bound as the candidate's floor */
  expected_salary_monthly: salaryRangeSchema,
  current_salary_monthly: z.number().int().min(0).max(10_000_000),
  certifications: z.array(z.string().trim().min(2).max(120)).max(30),
  has_driving_licence: z.boolean(),
  /** storage key of the uploaded licence file */
  driving_licence_file: z.string().min(1).max(300),
  /** two_wheeler | lmv | hmv | transport */
  licence_type: z.array(z.string()).max(4),
  owns_vehicle: z.boolean(),
  /** two_wheeler | four_wheeler | none */
  vehicle_type: z.string(),
  about: z.string().trim().max(2000),

  // Role-specific answers asked by the AIVI bot (question templates in seeds/data/question-templates.ts).
  /** delivery apps need one */
  has_smartphone: z.boolean(),
  /** telecalling: calls (voice) or chat/email/back-office (non_voice) */
  process_type: z.enum(['voice', 'non_voice']),
  shift_preference: z.enum(['day', 'night', 'rotational', 'any']),
  iti_certified: z.boolean(),
  /** a trade/professional certificate other than ITI (nursing, B.Ed, beautician, security training…) */
  has_certification: z.boolean(),
  /** e.g. "ITI Electrician", "GNM Nursing", "B.Ed" */
  certification_name: z.string().trim().min(2).max(120),
  /** months worked in the candidate's trade (skilled trades); total is experience_months */
  trade_experience_months: z.number().int().min(0).max(720),
  own_tools: z.boolean(),
  notice_period: z.enum(['immediate', '15_days', '30_days', '60_days', '90_days']),
  preferred_work_mode: z.enum(['onsite', 'remote', 'hybrid']),
  /** absolute http(s) URLs, normalised (scheme added) */
  portfolio_url: z.string().url().max(300),
  github_url: z.string().url().max(300),
  linkedin_url: z.string().url().max(300),
  /** teaching: subjects the candidate can teach */
  subjects: z.array(z.string().trim().min(1).max(60)).max(30),
  teaching_levels: z.array(z.enum(['pre_primary', 'primary', 'middle', 'secondary', 'senior_secondary', 'college', 'competitive_exams'])).max(7),
  willing_to_relocate: z.boolean(),
  /**
   * canonical city names where the candidate wants to work. The profile owns them (the basic-profile
   * gate asks them of everyone; decision 010): readers copy them in from the profile, no question asks them.
   */
  preferred_locations: z.array(z.string().trim().min(2).max(100)).max(20),
} as const

export type AnswerKey = keyof typeof answerValueSchemas
export type Answers = { [K in AnswerKey]?: z.infer<(typeof answerValueSchemas)[K]> }

export const answersSchema = z.object(answerValueSchemas).partial()
/** Answers as they may sit in `resumes.data` (older shapes included), before `answersSchema` reads them. */
export type StoredAnswers = z.input<typeof answersSchema>

export const ANSWER_KEYS = Object.keys(answerValueSchemas) as AnswerKey[]
