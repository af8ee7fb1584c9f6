/**
 * An error a service throws when a request cannot be done (not found, a conflict, a precondition
 * unmet). It carries a message the user can read and a code; the tRPC edge maps the code to an
 * HTTP status (server/trpc/init.ts), so services never speak tRPC or HTTP.
 */
export type DomainErrorCode = 'NOT_FOUND' | 'CONFLICT' | 'PRECONDITION_FAILED' | 'BAD_REQUEST' | 'FORBIDDEN'

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'DomainError'
  }
}
