import type { z } from 'zod'
import { JOB_ANSWER_KEYS, JOB_HIDDEN_KEYS, jobAnswerValueSchemas } from '../jobs/job-answers'
import { ANSWER_KEYS, answerValueSchemas } from '../resume/resume-answers'

/**
 * The answer vocabularies of the bots that run on the one chat engine. A question template names
 * its bot; its keys, the extractor's output and the saved record all use that bot's vocabulary.
 */
export const BOT_KINDS = ['resume', 'job'] as const
export type BotKind = (typeof BOT_KINDS)[number]

export interface Vocabulary {
  kind: BotKind
  keys: readonly string[]
  valueSchemas: Readonly<Record<string, z.ZodTypeAny>>
  /** set by an extractor only; conditions and prompts may read them, no question asks them */
  hiddenKeys: readonly string[]
}

export const VOCABULARIES: Readonly<Record<BotKind, Vocabulary>> = {
  resume: { kind: 'resume', keys: ANSWER_KEYS, valueSchemas: answerValueSchemas, hiddenKeys: [] },
  job: { kind: 'job', keys: JOB_ANSWER_KEYS, valueSchemas: jobAnswerValueSchemas, hiddenKeys: JOB_HIDDEN_KEYS },
}

/** Keep only answers that fit the vocabulary (defends against a bad extraction or an old stored record). */
export function validAnswersFor(vocabulary: Vocabulary, input: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of vocabulary.keys) {
    const value = input[key]
    if (value === undefined) continue
    const checked = vocabulary.valueSchemas[key].safeParse(value)
    if (checked.success) out[key] = checked.data
  }
  return out
}
