import { z } from 'zod'

/**
 * Conditions decide whether a question applies, from earlier answers only.
 *
 * NOTE: an unanswered key makes every leaf false except `answered: false`, so
 * `{ not: { key: 'x', equals: true } }` holds while `x` is still unanswered.
 * Templates may only refer to keys of EARLIER questions (enforced by the
 * template schema), which is what lets one ordered pass re-evaluate them.
 */
export type Scalar = string | number | boolean
/** a key of the template's bot vocabulary (checked when the template is parsed) */
type AnswerKey = string
type Answers = Readonly<Record<string, unknown>>

export type ConditionLeaf =
  | { key: AnswerKey; equals: Scalar }
  | { key: AnswerKey; in: Scalar[] }
  /** array answer contains this value (e.g. licence_type includes 'hmv') */
  | { key: AnswerKey; includes: string }
  | { key: AnswerKey; answered: boolean }
  | { key: AnswerKey; gt: number }
  | { key: AnswerKey; gte: number }
  | { key: AnswerKey; lt: number }
  | { key: AnswerKey; lte: number }

export type Condition = ConditionLeaf | { all: Condition[] } | { any: Condition[] } | { not: Condition }

const answerKey = z.string().regex(/^[a-z][a-z0-9_]{0,59}$/)
const scalar = z.union([z.string(), z.number(), z.boolean()])

const leafSchema = z.union([
  z.object({ key: answerKey, equals: scalar }).strict(),
  z.object({ key: answerKey, in: z.array(scalar).min(1) }).strict(),
  z.object({ key: answerKey, includes: z.string() }).strict(),
  z.object({ key: answerKey, answered: z.boolean() }).strict(),
  z.object({ key: answerKey, gt: z.number() }).strict(),
  z.object({ key: answerKey, gte: z.number() }).strict(),
  z.object({ key: answerKey, lt: z.number() }).strict(),
  z.object({ key: answerKey, lte: z.number() }).strict(),
])

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    leafSchema,
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
)

function compareNumber(value: unknown, test: (n: number) => boolean): boolean {
  return typeof value === 'number' && test(value)
}

export function evaluateCondition(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers))
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers))
  if ('not' in condition) return !evaluateCondition(condition.not, answers)

  const value: unknown = answers[condition.key]
  const present = value !== undefined
  if ('answered' in condition) return present === condition.answered
  if (!present) return false
  if ('equals' in condition) return value === condition.equals
  if ('in' in condition) return condition.in.some((v) => v === value)
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes)
  if ('gt' in condition) return compareNumber(value, (n) => n > condition.gt)
  if ('gte' in condition) return compareNumber(value, (n) => n >= condition.gte)
  if ('lt' in condition) return compareNumber(value, (n) => n < condition.lt)
  return compareNumber(value, (n) => n <= condition.lte)
}

/** Every answer key a condition reads (used to check templates refer only to earlier questions). */
export function conditionKeys(condition: Condition | undefined): AnswerKey[] {
  if (!condition) return []
  if ('all' in condition) return condition.all.flatMap(conditionKeys)
  if ('any' in condition) return condition.any.flatMap(conditionKeys)
  if ('not' in condition) return conditionKeys(condition.not)
  return [condition.key]
}
