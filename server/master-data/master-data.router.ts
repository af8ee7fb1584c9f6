import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { publicProcedure, router } from '../trpc/init'
import { getCityById, searchCities } from './cities'
import { categoryJobCounts, listCategories, listRolesByCategory, listRolesWithCategories } from './master-data.repo'

export const masterDataRouter = router({
  categories: publicProcedure.query(async ({ ctx }) => {
    const rows = await listCategories(ctx.db, ctx.locale)
    return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name }))
  }),
  categoriesWithCounts: publicProcedure.query(async ({ ctx }) => {
    const rows = await categoryJobCounts(ctx.db, ctx.locale)
    return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, jobCount: r.job_count }))
  }),
  rolesByCategory: publicProcedure.input(z.object({ categoryId: z.string().uuid() })).query(async ({ ctx, input }) => {
    const rows = await listRolesByCategory(ctx.db, input.categoryId, ctx.locale)
    return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, jobType: r.job_type, suggestedSkills: r.suggested_skills }))
  }),
  roles: publicProcedure.query(async ({ ctx }) => {
    const rows = await listRolesWithCategories(ctx.db, ctx.locale)
    return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, jobType: r.job_type, categoryIds: r.category_ids }))
  }),
  searchCities: publicProcedure
    .input(z.object({ query: z.string().trim().min(1).max(60), limit: z.number().int().min(1).max(20).default(8) }))
    .query(({ input }) => searchCities(input.query, input.limit).map((c) => ({ id: c.id, name: c.name, state: c.state }))),
  city: publicProcedure.input(z.object({ id: z.string().min(1).max(120) })).query(({ input }) => {
    const c = getCityById(input.id)
    if (!c) throw new TRPCError({ code: 'NOT_FOUND', message: 'Unknown city' })
    return { id: c.id, name: c.name, state: c.state }
  }),
})
