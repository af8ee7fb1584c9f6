import { TRPCError } from '@trpc/server'

/** Per-field messages found after input parsing (e.g. a role outside the chosen category). */
export class FieldErrors extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super('field errors')
  }
}

/** A BAD_REQUEST whose `zodError` has the same shape as flattened zod errors, so forms need one path. */
export function throwFieldErrors(fieldErrors: Record<string, string[]>): never {
  throw new TRPCError({ code: 'BAD_REQUEST', message: Object.values(fieldErrors)[0]?.[0] ?? 'Invalid input', cause: new FieldErrors(fieldErrors) })
}
