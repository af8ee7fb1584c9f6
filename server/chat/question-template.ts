import { z } from 'zod'
import { conditionKeys, conditionSchema } from './conditions'
import { templateTranslationsSchema, translationProblems } from './template-translations'
import { BOT_KINDS, VOCABULARIES, type Vocabulary } from './vocabulary'

/**
 * A question template is data: stored as JSON in the database and validated
 * with `questionTemplateSchema` whenever it is loaded, so a bad edit is caught
 * before a candidate ever sees it.
 */
export const QUESTION_KINDS = [
  'text',
  'yes_no',
  'single_select',
  'multi_select',
  'date',
  'number',
  'salary',
  'file',
  'city',
  /** a pay range, stored as `{ min, max }` ₹ per month ("15k–20k", "2.5-3 LPA") */
  'salary_range',
  /** an experience range, stored as `{ min, max | null }` months ("fresher", "1-3 years", "2+ yrs") */
  'experience_range',
  /**
   * a list of entries, each a small form (`entry` says which): education (institution, degree or
   * course, year of passing) or work (company or "self-employed", title, from–to or "currently
   * working here", or how long). Stored in the resume JSON's own entry shape.
   */
  'entries',
] as const
export type QuestionKind = (typeof QUESTION_KINDS)[number]

/** Profile fields a question can be prefilled from (then only confirmed). */
export const PROFILE_FIELDS = ['name', 'dateOfBirth', 'currentCity', 'languages', 'companyName', 'about'] as const
export type ProfileField = (typeof PROFILE_FIELDS)[number]

export const SALARY_UNITS = ['monthly', 'lpa'] as const
export type SalaryUnit = (typeof SALARY_UNITS)[number]

/** what one entry of an `entries` question holds */
export const ENTRY_KINDS = ['education', 'work'] as const
export type EntryKind = (typeof ENTRY_KINDS)[number]

export const FILE_MIME_TYPES = ['image/png', 'image/jpeg', 'application/pdf'] as const

/** a key of the template's bot vocabulary (checked against it in `questionTemplateSchema`) */
const answerKeySchema = z.string().regex(/^[a-z][a-z0-9_]{0,59}$/)
type AnswerKey = string

export const optionSchema = z.object({ value: z.string().min(1).max(60), label: z.string().min(1).max(120) }).strict()
export type QuestionOption = z.infer<typeof optionSchema>

/** `value` is raw input the salary parser understands ("15000-20000", "3-5 LPA"); a `salary` question stores a range's lower bound, a `salary_range` one the range. */
export const quickPickSchema = z.object({ label: z.string().min(1).max(40), value: z.string().min(1).max(40), unit: z.enum(SALARY_UNITS) }).strict()
export type QuickPick = z.infer<typeof quickPickSchema>

export const validationSchema = z
  .object({
    minItems: z.number().int().min(0).optional(),
    maxItems: z.number().int().min(1).optional(),
    minAgeYears: z.number().int().min(0).optional(),
    maxAgeYears: z.number().int().min(1).optional(),
    /** number kind: the number itself; salary kind: ₹ per month after conversion */
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    /** yes_no: answering yes is refused with this message (e.g. a job that charges candidates a fee) */
    refuseYes: z.string().min(1).max(300).optional(),
    /** JavaScript regex source (compiled with the `u` flag), tested against the tidied text */
    pattern: z.string().max(300).optional(),
    patternMessage: z.string().max(200).optional(),
    format: z.enum(['url', 'email']).optional(),
    /** url format: allowed hosts; subdomains count (in.linkedin.com matches linkedin.com) */
    hosts: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).min(1).optional(),
    minLength: z.number().int().min(0).optional(),
    /** text: whole answer; multi_select: each custom entry */
    maxLength: z.number().int().min(1).max(8000).optional(),
    /** shown in error messages and as the input placeholder, e.g. "github.com/yourname" */
    example: z.string().max(80).optional(),
    /**
     * salary kinds: check the figure against what the role's job type usually pays
     * (`server/chat/salary-bounds.ts`): unusual → "is that right?", absurd → refused, asked again
     */
    saneForJobType: z.boolean().optional(),
  })
  .strict()
export type QuestionValidation = z.infer<typeof validationSchema>

export const fileSpecSchema = z
  .object({ accept: z.array(z.enum(FILE_MIME_TYPES)).min(1), maxBytes: z.number().int().positive().max(10_000_000) })
  .strict()
export type FileSpec = z.infer<typeof fileSpecSchema>

export const questionSchema = z
  .object({
    key: answerKeySchema,
    /** short name for the preview card and found-fields card, e.g. "Date of birth" */
    label: z.string().min(1).max(60),
    /** may contain {name}, {role} and {answer_key} (a text answer, e.g. what an extractor flagged) */
    prompt: z.string().min(1).max(500),
    /** a different prompt while a condition holds (e.g. quoting fee wording found in a pasted JD) */
    promptIf: z.object({ when: conditionSchema, prompt: z.string().min(1).max(600) }).strict().optional(),
    kind: z.enum(QUESTION_KINDS),
    required: z.boolean(),
    options: z.array(optionSchema).min(1).max(40).optional(),
    suggestions: z.array(z.string().min(1).max(60)).max(60).optional(),
    /** multi_select: prepend the role's suggested skills (given at runtime) to `suggestions` */
    suggestionsFromRole: z.boolean().optional(),
    /** lower-case alias → canonical suggestion/option, e.g. bangla → Bengali */
    aliases: z.record(z.string().min(1), z.string().min(1)).optional(),
    allowCustom: z.boolean().optional(),
    /** multi_select: nouns for messages ("Pick at least 2 languages") */
    itemNoun: z.object({ one: z.string().min(1), other: z.string().min(1) }).strict().optional(),
    /** salary: unit the candidate answers in; when absent the role's job type decides (blue → monthly, white → LPA) */
    salaryUnit: z.enum(SALARY_UNITS).optional(),
    quickPicks: z.array(quickPickSchema).max(12).optional(),
    validation: validationSchema.optional(),
    when: conditionSchema.optional(),
    fromProfile: z.enum(PROFILE_FIELDS).optional(),
    /** confirm prompt for a profile-prefilled answer; {value} is the shown value */
    confirmPrompt: z.string().min(1).max(300).optional(),
    file: fileSpecSchema.optional(),
    /** text: free-form duration ("2 years", "6 months of React", "fresher") stored as months */
    parseAs: z.enum(['duration_months']).optional(),
    /** entries: what one entry holds */
    entry: z.enum(ENTRY_KINDS).optional(),
    /** optional entries: a button that answers "none" (an empty list), e.g. "Fresher"; shown instead of Skip */
    noneLabel: z.string().min(1).max(40).optional(),
    /**
     * text with parseAs duration_months: prefilled with the total of the work entries answered earlier under this key (overlaps merged);
     * when those entries later add up differently, the answered total is worked out again and confirmed (chat-machine `rederiveTotals`)
     */
    prefillFrom: answerKeySchema.optional(),
    /** text: the candidate may ask the bot to write it ("Write it for me") */
    draftable: z.boolean().optional(),
    /** draftable: the answers the draft is written from; a change to one asks for the text to be checked again (absent: all of them) */
    draftFrom: z.array(answerKeySchema).max(40).optional(),
  })
  .strict()
export type Question = z.infer<typeof questionSchema>

/** one valid stored entry of each kind: an entries question's key must accept it */
const ENTRY_SAMPLES: Record<EntryKind, Record<string, unknown>> = {
  education: { institution: 'Government Polytechnic', degree: 'Diploma', year: 2015 },
  work: { company: 'Swiggy', title: 'Delivery partner', start: '2021-03', end: 'present' },
}

type AnswerShape = 'boolean' | 'number' | 'string' | 'array' | 'object'

/** What kind of value a vocabulary key stores, read off its zod schema. */
function answerShape(schema: z.ZodTypeAny): AnswerShape {
  let inner: z.ZodTypeAny = schema
  // preprocess/refine wrappers nest (a stored shape read two ways, then checked)
  while (inner instanceof z.ZodEffects) inner = inner.innerType()
  if (inner instanceof z.ZodBoolean) return 'boolean'
  if (inner instanceof z.ZodNumber) return 'number'
  if (inner instanceof z.ZodArray) return 'array'
  if (inner instanceof z.ZodObject) return 'object'
  return 'string'
}

function expectedShape(q: Question): AnswerShape {
  switch (q.kind) {
    case 'yes_no':
      return 'boolean'
    case 'number':
    case 'salary':
      return 'number'
    case 'multi_select':
    case 'entries':
      return 'array'
    case 'salary_range':
    case 'experience_range':
      return 'object'
    case 'text':
      return q.parseAs === 'duration_months' ? 'number' : 'string'
    default:
      return 'string'
  }
}

const PROFILE_FIELD_KIND: Record<ProfileField, QuestionKind> = {
  name: 'text',
  dateOfBirth: 'date',
  currentCity: 'city',
  languages: 'multi_select',
  companyName: 'text',
  about: 'text',
}

function checkQuestion(q: Question, vocabulary: Vocabulary, earlier: Set<AnswerKey>, issue: (message: string) => void): void {
  const schema = vocabulary.valueSchemas[q.key]
  if (!schema || vocabulary.hiddenKeys.includes(q.key)) return issue(`"${q.key}" is not a ${vocabulary.kind} answer key`)
  const only = (field: keyof Question, kinds: QuestionKind[]) => {
    if (q[field] !== undefined && !kinds.includes(q.kind)) issue(`"${field}" is not allowed on a ${q.kind} question`)
  }
  only('options', ['single_select', 'multi_select'])
  only('suggestions', ['multi_select'])
  only('suggestionsFromRole', ['multi_select'])
  only('itemNoun', ['multi_select'])
  only('allowCustom', ['single_select', 'multi_select'])
  only('salaryUnit', ['salary', 'salary_range'])
  only('quickPicks', ['salary', 'salary_range'])
  only('file', ['file'])
  only('parseAs', ['text'])
  only('draftable', ['text'])
  only('entry', ['entries'])
  only('noneLabel', ['entries'])
  if (q.noneLabel !== undefined && q.required) issue('noneLabel needs an optional question')
  if (q.prefillFrom !== undefined) {
    if (q.parseAs !== 'duration_months') issue('prefillFrom needs parseAs "duration_months"')
    if (!earlier.has(q.prefillFrom)) issue(`prefillFrom refers to "${q.prefillFrom}", which is not an earlier question`)
  }
  if (q.kind === 'entries') {
    if (!q.entry) issue('an entries question needs "entry" (education or work)')
    else if (!schema.safeParse([ENTRY_SAMPLES[q.entry]]).success) issue(`"${q.key}" does not store ${q.entry} entries`)
  }
  if (q.draftFrom !== undefined && !q.draftable) issue('draftFrom needs draftable')

  // NOTE: a `salary` question may fill a range key (its figure is read as min = max): templates stored
  // before expected salary became a range keep loading for the conversations that started on them
  const salaryIntoRange = q.kind === 'salary' && answerShape(schema) === 'object'
  if (answerShape(schema) !== expectedShape(q) && !salaryIntoRange) issue(`a ${q.kind} question cannot fill "${q.key}" (stores a ${answerShape(schema)})`)
  if (q.kind === 'single_select' && (q.options?.length ?? 0) < 2) issue('a single_select question needs at least 2 options')
  if (q.kind === 'multi_select' && !q.options && !q.suggestions && !q.suggestionsFromRole && !q.allowCustom) {
    issue('a multi_select question needs options, suggestions or allowCustom')
  }
  if (q.kind === 'file' && !q.file) issue('a file question needs "file" (accept, maxBytes)')
  if (q.draftable && q.required) issue('a draftable question must be optional')

  for (const option of q.options ?? []) {
    const sample = q.kind === 'multi_select' ? [option.value] : option.value
    if (!schema.safeParse(sample).success) issue(`option "${option.value}" is not a valid value for "${q.key}"`)
  }
  if (q.allowCustom && q.kind === 'single_select' && !schema.safeParse('Custom answer').success) {
    issue(`"${q.key}" only takes fixed values, so allowCustom is not possible`)
  }

  if (q.fromProfile && PROFILE_FIELD_KIND[q.fromProfile] !== q.kind) issue(`fromProfile "${q.fromProfile}" needs a ${PROFILE_FIELD_KIND[q.fromProfile]} question`)
  for (const key of [...conditionKeys(q.when), ...conditionKeys(q.promptIf?.when)]) {
    if (!earlier.has(key) && !vocabulary.hiddenKeys.includes(key)) issue(`condition refers to "${key}", which is not an earlier question`)
  }
  if (q.validation?.refuseYes !== undefined && q.kind !== 'yes_no') issue('refuseYes only applies to yes_no questions')
  if (q.validation?.saneForJobType && q.kind !== 'salary' && q.kind !== 'salary_range') issue('saneForJobType only applies to salary questions')

  const v = q.validation
  if (!v) return
  if (v.pattern !== undefined) {
    try {
      new RegExp(v.pattern, 'u')
    } catch {
      issue(`pattern ${v.pattern} is not a valid regular expression`)
    }
  }
  if (v.minItems !== undefined && v.maxItems !== undefined && v.minItems > v.maxItems) issue('minItems > maxItems')
  if (v.min !== undefined && v.max !== undefined && v.min > v.max) issue('min > max')
  if (v.minAgeYears !== undefined && v.maxAgeYears !== undefined && v.minAgeYears > v.maxAgeYears) issue('minAgeYears > maxAgeYears')
  if (v.minLength !== undefined && v.maxLength !== undefined && v.minLength > v.maxLength) issue('minLength > maxLength')
  if ((v.format !== undefined || v.hosts !== undefined) && q.kind !== 'text') issue('format/hosts only apply to text questions')
  if (v.hosts !== undefined && v.format !== 'url') issue('hosts needs format "url"')
}

export const questionTemplateSchema = z
  .object({
    /** role family key, e.g. "delivery"; roles link to one family */
    family: z.string().regex(/^[a-z][a-z-]{1,40}$/),
    version: z.number().int().min(1),
    /** whose vocabulary the keys come from: the resume bot (default) or the job-posting bot */
    bot: z.enum(BOT_KINDS).default('resume'),
    questions: z.array(questionSchema).min(1).max(80),
    /** the words in other languages (`question_templates.translations`, docs/decisions/016) */
    translations: templateTranslationsSchema.default({}),
  })
  .strict()
  .superRefine((template, ctx) => {
    for (const problem of translationProblems(template.questions, template.translations)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['translations'], message: problem })
    }
    const earlier = new Set<AnswerKey>()
    template.questions.forEach((q, index) => {
      const issue = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['questions', index], message: `${q.key}: ${message}` })
      if (earlier.has(q.key)) issue('duplicate question key')
      checkQuestion(q, VOCABULARIES[template.bot], earlier, issue)
      earlier.add(q.key)
    })
  })
export type QuestionTemplate = z.infer<typeof questionTemplateSchema>

/** Validate a template loaded from JSON (the database); throws a readable error naming every problem. */
export function parseQuestionTemplate(json: unknown): QuestionTemplate {
  const result = questionTemplateSchema.safeParse(json)
  if (result.success) return result.data
  const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
  throw new Error(`Invalid question template: ${problems}`)
}
