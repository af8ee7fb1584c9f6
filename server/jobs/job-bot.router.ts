import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { sharedChatProcedures } from '../chat/chat.router'
import type { ChatOwner } from '../chat/chat.repo'
import { startOrContinue } from '../chat/chat.service'
import { sessionBudget } from '../chat/session-budget'
import type { Context } from '../trpc/context'
import { employerProcedure, router } from '../trpc/init'
import { findActiveJobSession, jobBotRuntime } from './job-bot'

const employerOwner = (ctx: Context): ChatOwner => {
  if (ctx.viewer?.kind !== 'employer') throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please log in as an employer' })
  return { kind: 'employer', employerId: ctx.viewer.employerId }
}

/**
 * The job-posting bot (employers) on the same chat engine as the resume bot: paste a JD or answer
 * questions → preview → publish. `start` with a `jobId` re-opens that job prefilled ("Edit"); an
 * unfinished edit of it continues. Drafts are these conversations, listed by `list`.
 */
export const jobBotRouter = router({
  start: employerProcedure
    .input(z.object({ jobId: z.string().uuid('Unknown job').optional(), discardActive: z.boolean().optional() }).default({}))
    .mutation(({ ctx, input }) => {
      const owner = employerOwner(ctx)
      return startOrContinue({ services: ctx.services, owner, runtime: jobBotRuntime }, input, findActiveJobSession(owner, input.jobId), sessionBudget(ctx.services, owner))
    }),
  ...sharedChatProcedures(employerProcedure, employerOwner, jobBotRuntime),
})
