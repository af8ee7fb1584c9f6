/**
 * tRPC in three parts: (1) the context type comes from ./context, (2) initialisation with the
 * error formatter, (3) the router factory and the procedures every router builds on.
 * `t` itself is never exported.
 */
import { initTRPC, TRPCError } from '@trpc/server'
import { ZodError } from 'zod'
import type { Context } from './context'
import { FieldErrors, isFieldErrors } from './field-errors'
import { findInputProblem } from './input-hygiene'
import { isAllowedOrigin } from '../auth/origin'
import { DomainError } from '../domain-error'
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/database'
import { releaseWhenDone } from '../realtime/subscription-slots'

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const zodError =
      error.cause instanceof ZodError
        ? error.cause.flatten()
        : isFieldErrors(error.cause)
          ? { formErrors: [], fieldErrors: error.cause.fieldErrors }
          : null
    return {
      ...shape,
      // never leak stack traces or internals of unexpected errors
      message: error.code === 'INTERNAL_SERVER_ERROR' ? 'Something went wrong on our side. Please try again.' : shape.message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, zodError },
    }
  },
})

export const router = t.router
export const createCallerFactory = t.createCallerFactory

const logErrors = t.middleware(async ({ ctx, path, type, next }) => {
  const result = await next()
  // services throw domain errors; this is where they become tRPC codes
  if (!result.ok && result.error.cause instanceof DomainError) {
    throw new TRPCError({ code: result.error.cause.code, message: result.error.cause.message, cause: result.error.cause })
  }
  if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR') {
    // a WebSocket context logs through the root logger (no child per socket): name the connection
    const at = { path, type, ...(ctx.transport === 'ws' ? { transport: ctx.transport, connectionId: ctx.requestId } : {}) }
    // a database restart or failover is an outage, not a bug: a clear 503 the client may retry
    if (isDatabaseUnavailable(result.error)) {
      ctx.log.warn({ err: result.error.cause ?? result.error, ...at }, 'database unavailable')
      throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE })
    }
    ctx.log.error({ err: result.error.cause ?? result.error, ...at }, 'procedure failed')
  }
  return result
})

/** NUL bytes, broken encoding, absurd nesting or sizes: refused before any schema or query sees them. */
const inputHygiene = t.middleware(async ({ getRawInput, next }) => {
  const problem = findInputProblem(await getRawInput())
  if (problem) {
    const field = problem.path || 'input'
    throw new TRPCError({ code: 'BAD_REQUEST', message: problem.message, cause: new FieldErrors({ [field]: [problem.message] }) })
  }
  return next()
})

/** Mutations over HTTP (or Remix actions) must come from our own pages: a CSRF guard beside SameSite=Lax. */
const sameOrigin = t.middleware(({ ctx, type, next }) => {
  if (type === 'mutation' && ctx.transport !== 'ws' && !isAllowedOrigin(ctx.services.env, ctx.origin, ctx.host)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Cross-origin request refused' })
  }
  return next()
})

/** Every subscription holds a slot (per connection, per user) until its stream ends. */
const subscriptionCap = t.middleware(async ({ ctx, type, next }) => {
  if (type !== 'subscription') return next()
  const v = ctx.viewer
  const userKey = v ? (v.kind === 'candidate' ? `c:${v.candidateId}` : `e:${v.employerId}`) : `ip:${ctx.ip}`
  const release = ctx.services.subscriptionSlots.acquire(ctx.requestId, userKey)
  if (!release) throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'Too many live streams open. Close a tab or reload the page.' })
  const result = await next().catch((error: unknown) => {
    release()
    throw error
  })
  const data: unknown = result.ok ? result.data : undefined
  if (!data || typeof data !== 'object' || !(Symbol.asyncIterator in data)) {
    release()
    return result
  }
  return { ...result, data: releaseWhenDone(data as AsyncIterable<unknown>, release) }
})

export const publicProcedure = t.procedure.use(logErrors).use(sameOrigin).use(inputHygiene).use(subscriptionCap)

/**
 * For procedures that set or clear the session cookie (sign-up, login, logout). A WebSocket
 * has no response to carry a Set-Cookie, so they are refused there before anything is written.
 */
export const cookieProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.transport === 'ws') {
    throw new TRPCError({ code: 'METHOD_NOT_SUPPORTED', message: 'Sign-up, login and logout work over HTTP only, not over the WebSocket.' })
  }
  return next()
})

export const candidateProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.viewer?.kind !== 'candidate') {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please log in as a candidate' })
  }
  return next({ ctx: { ...ctx, viewer: ctx.viewer } })
})

export const employerProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.viewer?.kind !== 'employer') {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please log in as an employer' })
  }
  return next({ ctx: { ...ctx, viewer: ctx.viewer } })
})
