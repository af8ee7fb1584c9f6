import type { ExploreQuery } from './explore-input.server'

export type { ExploreInput, ExploreQuery } from './explore-input.server'

/**
 * "Explore all jobs": the shareable URL the GET form produces, and the choices it offers. Pure and
 * light, for the page's browser code too; reading a URL into the procedure input needs the city
 * dataset, so that half is `explore-input.server.ts` (it kept the whole world's cities — 8 MB —
 * in the jobs page's browser bundle). URL names are short
 * (`?q=rider&city=mumbai-mh&radius=25&sort=newest&page=2`).
 */
export const EXPLORE_SORTS = ['relevance', 'newest', 'salary'] as const
export type ExploreSort = (typeof EXPLORE_SORTS)[number]
export const WORK_MODES = ['onsite', 'remote', 'hybrid'] as const
/** 0 = that city only */
export const RADIUS_OPTIONS_KM = [0, 10, 25, 50, 100] as const
export const DEFAULT_RADIUS_KM = 25
export const EXPLORE_PAGE_SIZE = 18
export const EXPLORE_MAX_PAGE = 500
/**
 * `city=any`: the candidate chose "anywhere". Without any city parameter a signed-in candidate's
 * list starts at their own city, so a cleared city must say so in the URL (pagination, links).
 */
export const ANY_CITY = 'any'

/**
 * The URL for an explore query (used for pagination links); defaults are left out. `anyCity`:
 * write "no city" as `city=any` (for a signed-in candidate, no parameter means their own city).
 */
export function exploreSearchParams(q: Partial<ExploreQuery>, opts: { anyCity?: boolean } = {}): URLSearchParams {
  const out = new URLSearchParams()
  if (q.q) out.set('q', q.q)
  if (q.categoryId) out.set('category', q.categoryId)
  if (q.roleId) out.set('role', q.roleId)
  if (q.cityId) out.set('city', q.cityId)
  else if (opts.anyCity) out.set('city', ANY_CITY)
  if (q.cityId && q.radiusKm !== undefined && q.radiusKm !== DEFAULT_RADIUS_KM) out.set('radius', String(q.radiusKm))
  if (q.salaryMin !== undefined) out.set('salary', String(q.salaryMin))
  if (q.experienceMonths !== undefined) out.set('exp', String(q.experienceMonths))
  if (q.workMode) out.set('mode', q.workMode)
  if (q.sort && q.sort !== 'relevance') out.set('sort', q.sort)
  if (q.page && q.page > 1) out.set('page', String(q.page))
  return out
}

/** Any filter or search set (the page then leads with results instead of recommendations). */
export function hasExploreFilters(q: ExploreQuery): boolean {
  return Boolean(q.q || q.categoryId || q.roleId || q.cityId || q.salaryMin !== undefined || q.experienceMonths !== undefined || q.workMode)
}
