import { TRPCError } from '@trpc/server'
import { ZodError } from 'zod'
import { isFieldErrors } from '#server/trpc/field-errors'

export type FormErrors = { formError: string | null; fieldErrors: Record<string, string[] | undefined>; code: string }

/**
 * Turns a procedure error into what a form shows: per-field messages (zod or our FieldErrors) and
 * one form-level message. Unexpected errors are rethrown so the error boundary handles them.
 */
export function toFormErrors(error: unknown): FormErrors {
  if (!(error instanceof TRPCError)) throw error
  if (error.code === 'INTERNAL_SERVER_ERROR') throw error
  const cause = error.cause
  if (cause instanceof ZodError) {
    const flat = cause.flatten()
    return { formError: flat.formErrors[0] ?? null, fieldErrors: flat.fieldErrors, code: error.code }
  }
  if (isFieldErrors(cause)) return { formError: null, fieldErrors: cause.fieldErrors, code: error.code }
  return { formError: error.message, fieldErrors: {}, code: error.code }
}

export async function withFormErrors<T>(fn: () => Promise<T>): Promise<{ ok: true; value: T } | ({ ok: false } & FormErrors)> {
  try {
    return { ok: true, value: await fn() }
  } catch (error) {
    return { ok: false, ...toFormErrors(error) }
  }
}
