import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { employerProcedure, router } from '../trpc/init'
import { employerProfileInput } from './employer-profile'
import { countOwnJobsByStatus } from '../jobs/employer-jobs.repo'
import { getEmployer } from './employer.repo'
import { EmployerMissing, loadEmployerProfile, saveEmployerProfile } from './employer.service'

/** Domain errors → tRPC codes. */
function toTrpcError(error: unknown): never {
  if (error instanceof EmployerMissing) throw new TRPCError({ code: 'UNAUTHORIZED', message: error.message })
  throw error
}

export const employerRouter = router({
  me: employerProcedure.query(async ({ ctx }) => {
    const employer = await getEmployer(ctx.db, ctx.viewer.employerId)
    if (!employer) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please log in again' })
    const jobCounts = await countOwnJobsByStatus(ctx.db, employer.id)
    return {
      id: employer.id,
      fullName: employer.full_name,
      email: employer.email,
      phone: employer.phone,
      companyName: employer.company_name,
      createdAt: employer.created_at.toISOString(),
      jobCounts,
    }
  }),

  /** The signed-in employer's own profile (the session decides whose; there is no id input). */
  profile: employerProcedure.input(z.void()).query(({ ctx }) => loadEmployerProfile(ctx.db, ctx.viewer.employerId).catch(toTrpcError)),

  /** The whole profile form at once: cleaned, checked per field (flattened zod errors), saved. */
  updateProfile: employerProcedure
    .input(employerProfileInput)
    .mutation(({ ctx, input }) => saveEmployerProfile(ctx.db, ctx.viewer.employerId, input).catch(toTrpcError)),
})
