/**
 * tRPC in three parts: (1) the context type comes from ./context, (2) initialisation with the
 * error formatter, (3) the router factory and the procedures every router builds on.
 * `t` itself is never exported.
 */
import { initTRPC, TRPCError } from '@trpc/server'
import { ZodError } from 'zod'
import type { Context } from './context'
import { FieldErrors } from './field-errors'
import { isAllowedOrigin } from '../auth/origin'

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const zodError =
      error.cause instanceof ZodError
        ? error.cause.flatten()
        : error.cause instanceof FieldErrors
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
  if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR') {
    ctx.log.error({ err: result.error.cause ?? result.error, path, type }, 'procedure failed')
  }
  return result
})

/** Mutations over HTTP (or Remix actions) must come from our own pages: a CSRF guard beside SameSite=Lax. */
const sameOrigin = t.middleware(({ ctx, type, next }) => {
  if (type === 'mutation' && ctx.transport !== 'ws' && !isAllowedOrigin(ctx.services.env, ctx.origin, ctx.host)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Cross-origin request refused' })
  }
  return next()
})

export const publicProcedure = t.procedure.use(logErrors).use(sameOrigin)

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
