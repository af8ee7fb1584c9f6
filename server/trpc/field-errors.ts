import { TRPCError } from '@trpc/server'

const BRAND = Symbol.for('aiviue.FieldErrors')

/** Per-field messages found after input parsing (e.g. a role outside the chosen category). */
export class FieldErrors extends Error {
  readonly [BRAND] = true
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super('field errors')
  }
}

/**
 * NOTE: not `instanceof`: the Remix server build bundles its own copy of this module, so an error
 * thrown by the server's copy is not an instance of the app's class (the message then showed as a
 * form-level alert instead of under its field). The brand is a registered symbol both copies share.
 */
export function isFieldErrors(e: unknown): e is FieldErrors {
  return typeof e === 'object' && e !== null && (e as { [BRAND]?: unknown })[BRAND] === true && typeof (e as { fieldErrors?: unknown }).fieldErrors === 'object'
}

/** A BAD_REQUEST whose `zodError` has the same shape as flattened zod errors, so forms need one path. */
export function throwFieldErrors(fieldErrors: Record<string, string[]>): never {
  throw new TRPCError({ code: 'BAD_REQUEST', message: Object.values(fieldErrors)[0]?.[0] ?? 'Invalid input', cause: new FieldErrors(fieldErrors) })
}
