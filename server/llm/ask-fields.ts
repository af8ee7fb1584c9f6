import type { BaseChatModel } from '@langchain/core/language_models/chat_models'
import type { BaseMessage } from '@langchain/core/messages'
import { z } from 'zod'

/**
 * The one way our extraction passes ask a model for fields (resumes and job postings): a
 * structured-output call with a time limit and a few attempts, then our own validation field by
 * field, so one wrongly typed field does not sink the others. Never throws: failures are written
 * into the report and answered with null.
 */

export type FieldReport = { attempts: number; error?: string; rejected: Array<{ key: string; reason: string }> }

class TimeoutError extends Error {}

async function withTimeout<T>(run: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      reject(new TimeoutError(`no answer within ${ms} ms`))
    }, ms)
  })
  const call = run(controller.signal)
  // a late failure of the abandoned call must not surface as an unhandled rejection
  call.catch(() => {})
  try {
    return await Promise.race([call, timeout])
  } finally {
    clearTimeout(timer)
  }
}

export async function askForFields<K extends string>(
  input: {
    model: BaseChatModel
    /** the structured-output schema sent to the model */
    schema: z.ZodTypeAny
    /** the structured output's name (shown to the model) */
    name: string
    messages: BaseMessage[]
    asked: readonly K[]
    /** our own check of each asked field */
    fields: Readonly<Record<K, z.ZodTypeAny>>
    timeoutMs: number
    attempts: number
  },
  report: FieldReport,
): Promise<{ valid: Partial<Record<K, unknown>>; raw: Record<string, unknown> } | null> {
  let raw: unknown = undefined
  for (let i = 0; i < input.attempts; i++) {
    report.attempts = i + 1
    try {
      const chain = input.model.withStructuredOutput(input.schema, { name: input.name })
      raw = await withTimeout((signal) => chain.invoke(input.messages, { signal }), input.timeoutMs)
      delete report.error
      break
    } catch (err) {
      report.error = err instanceof TimeoutError ? `timeout: ${err.message}` : err instanceof Error ? err.message : String(err)
      raw = undefined
    }
  }
  if (raw === undefined) return null
  const obj = z.record(z.unknown()).safeParse(raw)
  if (!obj.success) {
    report.error = 'model output is not an object'
    return null
  }
  const valid: Partial<Record<K, unknown>> = {}
  for (const key of input.asked) {
    if (obj.data[key] === undefined || obj.data[key] === null) continue
    const r = input.fields[key].safeParse(obj.data[key])
    if (r.success) valid[key] = r.data
    else report.rejected.push({ key, reason: `invalid: ${r.error.issues[0]?.message ?? 'wrong type'}` })
  }
  return { valid, raw: obj.data }
}
