import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { zMobile } from '../candidate/mobile'
import { findCandidateByMobile, insertCandidate } from '../candidate/candidate.repo'
import { chatLanguageSchema, languageFromAcceptLanguage } from '../chat/messages'
import { zPersonName } from '../normalise/person-name'
import { findEmployerByEmail, insertEmployer } from '../employer/employer.repo'
import type { Context } from '../trpc/context'
import { cookieProcedure, publicProcedure, router } from '../trpc/init'
import { consumeOrThrow } from './rate-limit'
import { createSession, listLiveSessions, ownerOf, revokeOwnedSessions, revokeSession } from './session.repo'
import { deviceKind, deviceLabel } from './session-device'
import { verifyMobileOwnership } from './verify-mobile'

export const SESSION_REVOKED_CHANNEL = 'session_revoked'

const fullName = zPersonName('Please enter your full name')
/** `locale`: the language the sign-up page was shown in (else the browser's Accept-Language) */
export const candidateSignUpInput = z.object({ mobile: zMobile, fullName, locale: chatLanguageSchema.optional() })

const employerEmail = z.string({ required_error: 'Please enter your email' }).trim().toLowerCase().email('Please enter a valid email address').max(254)

async function startSession(ctx: Context, owner: { candidateId: string } | { employerId: string }) {
  const id = await createSession(ctx.db, owner, ctx.services.now(), { userAgent: ctx.userAgent, ip: ctx.ip })
  ctx.setCookie(await ctx.services.sessionCookie.serialize(id))
}

/** Ends sessions now: the rows first, then every instance closes their sockets (ids only on the wire). */
async function endSessions(ctx: Context, sessionIds: string[]) {
  for (const id of sessionIds) await ctx.services.pubsub.publish(SESSION_REVOKED_CHANNEL, id)
}

/** Candidates and employers alike: the procedures about one's own sessions. */
const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please log in' })
  return next({ ctx: { ...ctx, viewer: ctx.viewer } })
})

function limitAuth(ctx: Context, identifier: string) {
  return consumeOrThrow([
    [ctx.services.limiters.authByIp, ctx.ip],
    [ctx.services.limiters.authByIdentifier, identifier],
  ])
}

/** what a candidate is told when sign-up or login cannot go on (exported: the pages translate them) */
export const AUTH_MESSAGES = {
  alreadyRegistered: 'This mobile number is already registered. Please log in instead.',
  noAccount: 'There is no account with this mobile number. Please sign up first.',
}

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => (ctx.viewer ? { kind: ctx.viewer.kind } : null)),

  candidateSignUp: cookieProcedure.input(candidateSignUpInput).mutation(async ({ ctx, input }) => {
    await limitAuth(ctx, `signup:${input.mobile}`)
    const verification = await verifyMobileOwnership(input.mobile)
    if (!verification.verified) throw new TRPCError({ code: 'FORBIDDEN', message: verification.message })
    // the language the candidate signed up in is the first guess; they can switch at any time
    const locale = input.locale ?? languageFromAcceptLanguage(ctx.acceptLanguage)
    const inserted = await insertCandidate(ctx.db, { mobile: input.mobile, fullName: input.fullName, verified: true, locale })
    if (!inserted) {
      throw new TRPCError({ code: 'CONFLICT', message: AUTH_MESSAGES.alreadyRegistered })
    }
    await startSession(ctx, { candidateId: inserted.id })
    ctx.log.info({ candidateId: inserted.id }, 'candidate signed up')
    return { candidateId: inserted.id }
  }),

  candidateLogin: cookieProcedure.input(z.object({ mobile: zMobile })).mutation(async ({ ctx, input }) => {
    await limitAuth(ctx, `login:${input.mobile}`)
    const found = await findCandidateByMobile(ctx.db, input.mobile)
    if (!found) throw new TRPCError({ code: 'NOT_FOUND', message: AUTH_MESSAGES.noAccount })
    const verification = await verifyMobileOwnership(input.mobile)
    if (!verification.verified) throw new TRPCError({ code: 'FORBIDDEN', message: verification.message })
    await startSession(ctx, { candidateId: found.id })
    return { candidateId: found.id }
  }),

  employerSignUp: cookieProcedure
    .input(
      z.object({
        fullName,
        email: employerEmail,
        phone: zMobile,
        companyName: z.string().trim().min(2, 'Company name must be at least 2 characters').max(120, 'Company name must be at most 120 characters'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await limitAuth(ctx, `esignup:${input.email}`)
      const inserted = await insertEmployer(ctx.db, input)
      if (!inserted) throw new TRPCError({ code: 'CONFLICT', message: 'This email is already registered. Please log in instead.' })
      await startSession(ctx, { employerId: inserted.id })
      return { employerId: inserted.id }
    }),

  employerLogin: cookieProcedure.input(z.object({ email: employerEmail })).mutation(async ({ ctx, input }) => {
    await limitAuth(ctx, `elogin:${input.email}`)
    const found = await findEmployerByEmail(ctx.db, input.email)
    if (!found) throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no employer account with this email. Please sign up first.' })
    await startSession(ctx, { employerId: found.id })
    return { employerId: found.id }
  }),

  logout: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.viewer) {
      await revokeSession(ctx.db, ctx.viewer.sessionId)
      await endSessions(ctx, [ctx.viewer.sessionId])
    }
    if (ctx.transport !== 'ws') ctx.setCookie(await ctx.services.sessionCookie.serialize('', { maxAge: 0 }))
    return { ok: true as const }
  }),

  /** "Where you're logged in": the caller's own live sessions, this one marked. Never the row id (the cookie's secret). */
  sessions: signedInProcedure.query(async ({ ctx }) => {
    const rows = await listLiveSessions(ctx.db, ownerOf(ctx.viewer), ctx.services.now())
    const sessions = rows.map((r) => ({
      id: r.public_id,
      current: r.id === ctx.viewer.sessionId,
      device: deviceLabel(r.user_agent),
      kind: deviceKind(r.user_agent),
      ipPrefix: r.ip_prefix,
      createdAt: r.created_at.toISOString(),
      lastSeenAt: r.last_seen_at.toISOString(),
    }))
    // this device first, then the most recently used
    return { sessions: [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)] }
  }),

  /** Logs one of the caller's sessions out everywhere; someone else's id is NOT_FOUND and changes nothing. */
  revokeSession: signedInProcedure.input(z.object({ id: z.string().uuid('Unknown session') })).mutation(async ({ ctx, input }) => {
    const ended = await revokeOwnedSessions(ctx.db, ownerOf(ctx.viewer), { publicId: input.id }, ctx.services.now())
    if (ended.length === 0) throw new TRPCError({ code: 'NOT_FOUND', message: 'This session has already ended.' })
    await endSessions(ctx, ended)
    const endedCurrent = ended.includes(ctx.viewer.sessionId)
    if (endedCurrent && ctx.transport !== 'ws') ctx.setCookie(await ctx.services.sessionCookie.serialize('', { maxAge: 0 }))
    return { ended: ended.length, endedCurrent }
  }),

  /** "Log out of all other devices": every session of the caller but this one. */
  logoutOtherSessions: signedInProcedure.mutation(async ({ ctx }) => {
    const ended = await revokeOwnedSessions(ctx.db, ownerOf(ctx.viewer), { allExcept: ctx.viewer.sessionId }, ctx.services.now())
    await endSessions(ctx, ended)
    ctx.log.info({ ended: ended.length }, 'logged out of other sessions')
    return { ended: ended.length }
  }),
})
