import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useNavigation } from '@remix-run/react'
import { TRPCError } from '@trpc/server'
import { parseExploreParams } from '#server/jobs/explore-input.server'
import { ANY_CITY, EXPLORE_SORTS, exploreSearchParams, hasExploreFilters, RADIUS_OPTIONS_KM, WORK_MODES } from '#server/jobs/explore-params'
import { ExploreFilters } from '~/components/jobs/explore-filters'
import { EmptyJobs, JobGrid, JobGridSkeleton } from '~/components/jobs/job-grid'
import { NudgeCard } from '~/components/jobs/nudge-card'
import { Pagination } from '~/components/jobs/pagination'
import { requireCandidate } from '~/utils/auth.server'
import { useTranslation } from 'react-i18next'
import { metaTitle } from '~/i18n/meta'

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, 'jobs:title')
export const handle = { i18n: 'jobs' }

const RECOMMENDATIONS_PER_PAGE = 6

export async function loader({ context, request }: LoaderFunctionArgs) {
  requireCandidate(context, request)
  const url = new URL(request.url)
  const citySet = ['city', 'cityId', 'cityName'].some((k) => url.searchParams.has(k))
  // the list starts at the candidate's own city (a parameter — even city=any — overrides it)
  const me = citySet ? null : await context.trpc.candidate.me()
  const parsed = parseExploreParams(url.searchParams, { defaultCityId: me?.currentCity?.id ?? null })
  const { cityIsDefault } = parsed
  let { input, city } = parsed
  // the candidate's own city is where the list starts, not a filter they chose
  const filtersActive = hasExploreFilters({ ...input, cityId: cityIsDefault ? undefined : input.cityId })
  // recommendations lead the first, unfiltered page; searching or paging is about the results
  const showRecommendations = input.page === 1 && !filtersActive
  const moreCursor = url.searchParams.get('more')?.slice(0, 400) || null
  const recommendations = async () => {
    try {
      return await context.trpc.matching.recommendations({ limit: RECOMMENDATIONS_PER_PAGE, cursor: moreCursor })
    } catch (error) {
      // an old "more" link: start again from the best matches
      if (error instanceof TRPCError && error.code === 'BAD_REQUEST' && moreCursor) return context.trpc.matching.recommendations({ limit: RECOMMENDATIONS_PER_PAGE })
      throw error
    }
  }
  let [explore, recs, categories, roles] = await Promise.all([
    context.trpc.jobs.explore(input),
    showRecommendations ? recommendations() : Promise.resolve(null),
    context.trpc.masterData.categories(),
    context.trpc.masterData.roles(),
  ])
  // nothing near the city the list started at (not one the candidate chose): never a dead end,
  // the same search across India, and the page says so
  let widenedFrom: string | null = null
  if (cityIsDefault && city && explore.total === 0) {
    widenedFrom = city.name
    input = { ...input, cityId: undefined }
    city = null
    explore = await context.trpc.jobs.explore(input)
  }
  return {
    widenedFrom,
    explore,
    recs,
    isMore: Boolean(moreCursor),
    values: input,
    city: city ? { id: city.id, name: city.name, state: city.state } : null,
    categories,
    roles,
    // handed over so no server module (and its city dataset) reaches the browser bundle
    options: { radii: [...RADIUS_OPTIONS_KM], sorts: [...EXPLORE_SORTS], workModes: [...WORK_MODES] },
    query: exploreSearchParams({ ...input, page: 1 }, { anyCity: true }).toString(),
    // the same search anywhere in India
    anywhereQuery: exploreSearchParams({ ...input, cityId: undefined, page: 1 }, { anyCity: true }).toString(),
    filtersActive,
    now: new Date().toISOString(),
  }
}

export default function Jobs() {
  const { explore, recs, isMore, values, city, categories, roles, options, query, anywhereQuery, filtersActive, widenedFrom, now } = useLoaderData<typeof loader>()
  const navigation = useNavigation()
  const { t } = useTranslation('jobs')
  const loading = navigation.state === 'loading' && navigation.location.pathname === '/jobs'
  const nowDate = new Date(now)
  const from = (explore.page - 1) * explore.pageSize + 1
  const to = from + explore.items.length - 1
  // Indian grouping ("1,20,000"), Latin digits in every language, as ₹ amounts are written
  const n = explore.total.toLocaleString('en-IN')
  const totalText = explore.totalIsCapped ? t('explore.countCapped', { n }) : t('explore.count', { n, count: explore.total })

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-extrabold text-white sm:text-3xl">{t('heading')}</h1>

      {recs ? (
        <section id="for-you" aria-labelledby="for-you-title" className="space-y-4" data-testid="recommendations">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="for-you-title" className="text-xl font-extrabold text-white">
              {isMore ? t('moreForYou') : t('forYou')}
            </h2>
            {isMore ? (
              <Link to="/jobs" className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline">
                {t('backToBest')}
              </Link>
            ) : null}
          </div>
          {recs.nudge ? <NudgeCard nudge={recs.nudge} /> : null}
          {loading ? (
            <JobGridSkeleton count={3} label={t('loadingForYou')} />
          ) : recs.items.length ? (
            <JobGrid jobs={recs.items} now={nowDate} label={t('forYou')} />
          ) : (
            <EmptyJobs title={isMore ? t('empty.allSeen') : t('empty.noMatch')} testId="recommendations-empty">
              <p>{t('empty.body')}</p>
              <p className="flex flex-wrap justify-center gap-3">
                <a href="#explore" className="inline-flex min-h-[44px] items-center font-semibold text-brand-800 underline">
                  {t('empty.explore')}
                </a>
                <Link to="/profile" className="inline-flex min-h-[44px] items-center font-semibold text-brand-800 underline">
                  {t('empty.preferences')}
                </Link>
              </p>
            </EmptyJobs>
          )}
          {recs.nextCursor && !loading ? (
            <p className="text-center">
              <Link to={`/jobs?more=${encodeURIComponent(recs.nextCursor)}#for-you`} className="inline-flex min-h-[44px] items-center rounded-xl bg-white/85 px-4 font-semibold text-brand-800">
                {t('moreForYou')}
              </Link>
            </p>
          ) : null}
        </section>
      ) : (
        <p>
          <Link to="/jobs" className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline">
            {t('backToForYou')}
          </Link>
        </p>
      )}

      <section id="explore" aria-labelledby="explore-title" className="scroll-mt-20 space-y-4">
        <h2 id="explore-title" className="text-xl font-extrabold text-white">
          {t('explore.heading')}
        </h2>
        <ExploreFilters values={values} city={city} categories={categories} roles={roles} options={options} open={filtersActive} />
        {widenedFrom ? (
          <p className="text-sm font-semibold text-white" data-testid="explore-widened">
            {t('explore.widened', { city: widenedFrom })}
          </p>
        ) : null}
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <p className="text-sm font-semibold text-white" aria-live="polite" data-testid="explore-count">
            {explore.total === 0 ? t('explore.none') : explore.items.length ? t('explore.showing', { from, to, total: totalText }) : totalText}
            {city ? t('explore.near', { city: city.name }) : ''}
            {explore.orderedBy === 'match' ? t('explore.bestFirst') : ''}
          </p>
          {city ? (
            <Link to={`/jobs?${anywhereQuery}#explore`} className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline" data-testid="explore-anywhere">
              {t('explore.anywhere')}
            </Link>
          ) : null}
        </div>
        {loading ? (
          <JobGridSkeleton />
        ) : explore.items.length ? (
          <>
            <JobGrid jobs={explore.items} now={nowDate} label={t('explore.all')} testId="explore-results" />
            <Pagination page={explore.page} pageCount={explore.pageCount} query={query} />
            {explore.totalIsCapped && explore.page === explore.pageCount ? (
              <p className="text-center text-sm font-semibold text-white">{t('explore.capped')}</p>
            ) : null}
          </>
        ) : explore.total > 0 ? (
          <EmptyJobs title={t('empty.pastLast')} testId="explore-empty">
            <Link to={`/jobs?${query}#explore`} className="inline-flex min-h-[44px] items-center font-semibold text-brand-800 underline">
              {t('empty.firstPage')}
            </Link>
          </EmptyJobs>
        ) : (
          <ExploreEmpty values={values} query={query} />
        )}
      </section>
    </div>
  )
}

function ExploreEmpty({ values, query }: { values: { q?: string; cityId?: string; radiusKm: number }; query: string }) {
  const { t } = useTranslation('jobs')
  const without = (...keys: string[]) => {
    const p = new URLSearchParams(query)
    for (const k of keys) p.delete(k)
    return `/jobs?${p.toString()}#explore`
  }
  const wider = () => {
    const p = new URLSearchParams(query)
    p.set('radius', '100')
    return `/jobs?${p.toString()}#explore`
  }
  return (
    <EmptyJobs title={t('empty.filters')} testId="explore-empty">
      <p>{t('empty.fewer')}</p>
      <ul className="flex flex-wrap justify-center gap-x-4 gap-y-2">
        {values.q ? (
          <li>
            <Link to={without('q')} className="inline-flex min-h-[44px] items-center font-semibold text-brand-800 underline">
              {t('empty.without', { q: values.q })}
            </Link>
          </li>
        ) : null}
        {values.cityId && values.radiusKm < 100 ? (
          <li>
            <Link to={wider()} className="inline-flex min-h-[44px] items-center font-semibold text-brand-800 underline">
              {t('empty.within100')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to={`/jobs?city=${ANY_CITY}#explore`} className="inline-flex min-h-[44px] items-center font-semibold text-brand-800 underline">
            {t('empty.explore')}
          </Link>
        </li>
      </ul>
    </EmptyJobs>
  )
}
