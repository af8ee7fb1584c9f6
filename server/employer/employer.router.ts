import { TRPCError } from '@trpc/server'
import { employerProcedure, router } from '../trpc/init'
import { countEmployerJobsByStatus, getEmployer } from './employer.repo'

export const employerRouter = router({
  me: employerProcedure.query(async ({ ctx }) => {
    const employer = await getEmployer(ctx.db, ctx.viewer.employerId)
    if (!employer) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please log in again' })
    const jobCounts = await countEmployerJobsByStatus(ctx.db, employer.id)
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
})
