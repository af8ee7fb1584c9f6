import { z } from 'zod'
import { findCity, getCityById, searchCities, type City } from '../master-data/cities'
import { DEFAULT_RADIUS_KM, EXPLORE_MAX_PAGE, EXPLORE_PAGE_SIZE, EXPLORE_SORTS, WORK_MODES } from './explore-params'

/** "Explore all jobs": the procedure input, and reading it from the page's URL (server only: the city dataset). */
export const exploreInputSchema = z.object({
  q: z.string().trim().max(100, 'Search at most 100 characters').optional(),
  categoryId: z.string().uuid('Unknown category').optional(),
  roleId: z.string().uuid('Unknown role').optional(),
  cityId: z
    .string()
    .max(120)
    .refine((id) => getCityById(id) !== null, 'Unknown city')
    .optional(),
  radiusKm: z.number().int().min(0).max(200).default(DEFAULT_RADIUS_KM),
  /** ₹ per month the job should pay at least (its maximum reaches it) */
  salaryMin: z.number().int().min(0).max(10_000_000).optional(),
  /** the candidate's experience: jobs whose range includes it */
  experienceMonths: z.number().int().min(0).max(720).optional(),
  workMode: z.enum(WORK_MODES).optional(),
  sort: z.enum(EXPLORE_SORTS).default('relevance'),
  page: z.number().int().min(1).max(EXPLORE_MAX_PAGE).default(1),
  pageSize: z.number().int().min(1).max(50).default(EXPLORE_PAGE_SIZE),
})
export type ExploreInput = z.input<typeof exploreInputSchema>
export type ExploreQuery = z.output<typeof exploreInputSchema>

const intParam = (v: string | null) => {
  if (v === null || v.trim() === '') return undefined
  const n = Number(v.replace(/[,\s₹]/g, ''))
  return Number.isInteger(n) && n >= 0 ? n : undefined
}

/**
 * The city from the picker: `cityId` (picked with JavaScript) or the typed `cityName`; pagination
 * links carry `city` (an id). NOTE: the picker keeps its hidden id when the text is cleared or
 * retyped, so a submitted name wins over a stale id.
 */
function cityFromParams(params: URLSearchParams): City | null {
  const id = params.get('city') ?? params.get('cityId')
  const typed = params.get('cityName')
  if (typed === null) return id ? getCityById(id) : null
  const name = typed.trim()
  if (!name) return null
  const byId = id ? getCityById(id) : null
  if (byId && byId.name.toLowerCase() === name.toLowerCase()) return byId
  return findCity(name) ?? searchCities(name, 1)[0] ?? null
}

/**
 * Lenient: a hand-edited URL with a bad value drops that filter instead of failing the page.
 * Returns the procedure input and the resolved city (for the picker's initial value). With no
 * city parameter at all, `defaultCityId` (the signed-in candidate's city) is the city, and
 * `cityIsDefault` says so (it is where the list starts, not a filter the candidate set).
 */
export function parseExploreParams(
  params: URLSearchParams,
  opts: { defaultCityId?: string | null } = {},
): { input: ExploreQuery; city: City | null; cityIsDefault: boolean } {
  const cityChosen = params.has('city') || params.has('cityId') || params.has('cityName')
  const fallback = !cityChosen && opts.defaultCityId ? getCityById(opts.defaultCityId) : null
  const city = fallback ?? cityFromParams(params)
  const pick = <K extends keyof ExploreQuery>(key: K, raw: unknown): Partial<ExploreQuery> => {
    const field = exploreInputSchema.shape[key]
    const parsed = field.safeParse(raw)
    return parsed.success && parsed.data !== undefined ? ({ [key]: parsed.data } as Partial<ExploreQuery>) : {}
  }
  const text = (name: string) => {
    const v = params.get(name)?.trim()
    return v ? v : undefined
  }
  const raw = {
    ...pick('q', text('q')?.slice(0, 100)),
    ...pick('categoryId', text('category')),
    ...pick('roleId', text('role')),
    ...(city ? { cityId: city.id } : {}),
    ...pick('radiusKm', intParam(params.get('radius'))),
    ...pick('salaryMin', intParam(params.get('salary'))),
    ...pick('experienceMonths', intParam(params.get('exp'))),
    ...pick('workMode', text('mode')),
    ...pick('sort', text('sort')),
    ...pick('page', intParam(params.get('page'))),
  }
  return { input: exploreInputSchema.parse(raw), city, cityIsDefault: fallback !== null }
}

