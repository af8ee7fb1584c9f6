import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { Fragment } from 'react'
import { JobCard } from '~/components/job-card'
import { CategoryIcon } from '~/components/category-icon'
import { ButtonLink } from '~/components/ui/button'
import { Footer } from '~/components/ui/footer'
import { Navbar } from '~/components/ui/navbar'
import { FileText, MessageCircle, Zap } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { translator } from '~/i18n/i18n'
import { localeOfMatches } from '~/i18n/meta'

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), 'landing')
  return [{ title: t('candidate.title') }, { name: 'description', content: t('candidate.description') }]
}
export const handle = { i18n: 'landing' }

export async function loader({ context }: LoaderFunctionArgs) {
  const [hotJobs, categories] = await Promise.all([context.trpc.jobs.hot({ limit: 8 }), context.trpc.masterData.categoriesWithCounts()])
  // a signed-in candidate's category tile opens Explore filtered by it; a visitor's, sign-up
  return { hotJobs, categories, signedIn: context.viewer?.kind === 'candidate', now: new Date().toISOString() }
}

/** Explore filtered by one category (starting, like all of Explore, at the candidate's city). */
const categoryHref = (categoryId: string, signedIn: boolean) => (signedIn ? `/jobs?category=${categoryId}#explore` : '/signup')

const steps = ['signUp', 'build', 'matched'] as const

const whyAivi = [
  { icon: MessageCircle, key: 'simple' },
  { icon: FileText, key: 'pdf' },
  { icon: Zap, key: 'saved' },
] as const

export default function CandidateLanding() {
  const { hotJobs, categories, signedIn, now } = useLoaderData<typeof loader>()
  const nowDate = new Date(now)
  const { t } = useTranslation('landing')
  return (
    <>
      <Navbar
        logoTo="/candidate"
        phoneAction={
          <ButtonLink to="/signup" variant="secondary" size="sm">
            {t('common:nav.signUp')}
          </ButtonLink>
        }
      >
        <ButtonLink to="/" variant="ghost" size="sm">
          {t('common:nav.forEmployers')}
        </ButtonLink>
        <ButtonLink to="/login" variant="ghost" size="sm">
          {t('common:nav.login')}
        </ButtonLink>
        <ButtonLink to="/signup" variant="secondary" size="sm">
          {t('common:nav.signUp')}
        </ButtonLink>
      </Navbar>
      <main id="main" className="mx-auto max-w-6xl px-4">
        <section className="py-12 text-center text-white md:py-20">
          <h1 className="text-4xl font-black leading-tight sm:text-6xl">{t('candidate.heading')}</h1>
          <p className="mx-auto mt-4 max-w-2xl text-lg text-white/90">
            {t('candidate.intro')}
          </p>
          <div className="mt-6 flex flex-wrap justify-center gap-3">
            <ButtonLink to="/signup" size="lg">
              {t('candidate.create')}
            </ButtonLink>
            <ButtonLink to="/login" size="lg" variant="secondary">
              {t('candidate.haveAccount')}
            </ButtonLink>
          </div>
        </section>

        <section aria-labelledby="how" className="py-6">
          <h2 id="how" className="text-2xl font-extrabold text-white sm:text-3xl">
            {t('candidate.how')}
          </h2>
          <ol className="mt-6 grid gap-4 md:grid-cols-3">
            {steps.map((s, i) => (
              <li key={s} className="glass p-5">
                <span className="grid h-9 w-9 place-items-center rounded-full bg-gradient-to-br from-teal-400 to-brand-500 font-bold text-white">{i + 1}</span>
                <h3 className="mt-3 text-lg font-bold text-ink-900">{t(`candidate.steps.${s}.title`)}</h3>
                <p className="mt-1 text-sm text-ink-700">{t(`candidate.steps.${s}.body`)}</p>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="hot" className="py-8">
          <h2 id="hot" className="text-2xl font-extrabold text-white sm:text-3xl">
            {t('candidate.hot')}
          </h2>
          {hotJobs.length ? (
            <ul className="mt-6 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="hot-jobs">
              {hotJobs.map((job) => (
                <li key={job.id}>
                  {/* the public job page: the posting and a sign-up prompt to apply */}
                  <JobCard job={job} now={nowDate} href={`/job/${job.id}`} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="glass mt-6 p-5 text-ink-700">{t('candidate.noHot')}</p>
          )}
        </section>

        <section aria-labelledby="why-aivi" className="py-8">
          <h2 id="why-aivi" className="text-2xl font-extrabold text-white sm:text-3xl">
            {t('candidate.why')}
          </h2>
          <div className="mt-6 grid gap-4 md:grid-cols-3">
            {whyAivi.map((w) => (
              <div key={w.key} className="glass p-5">
                <w.icon aria-hidden className="h-8 w-8 text-brand-700" />
                <h3 className="mt-2 text-lg font-bold text-ink-900">{t(`candidate.whyItems.${w.key}.title`)}</h3>
                <p className="mt-1 text-sm text-ink-700">{t(`candidate.whyItems.${w.key}.body`)}</p>
              </div>
            ))}
          </div>
        </section>

        <section aria-labelledby="categories" className="py-8">
          <h2 id="categories" className="text-2xl font-extrabold text-white sm:text-3xl">
            {t('candidate.categories')}
          </h2>
          <ul className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid="categories">
            {categories.map((c) => (
              <li key={c.id}>
                {/* phones: icon above the name, so a two-column tile gives the name its full width and
                    "Manufacturing" fits on a line (beside the icon it broke mid-word at 360 px) */}
                <Link
                  to={categoryHref(c.id, signedIn)}
                  className="glass flex h-full min-h-[44px] flex-col items-start gap-2 p-3 hover:shadow-glass-lg sm:flex-row sm:items-center sm:gap-3 sm:p-4"
                  data-testid="category-tile"
                >
                  <CategoryIcon slug={c.slug} className="h-7 w-7 shrink-0 text-brand-700" />
                  <span className="min-w-0">
                    <span className="block text-sm font-bold text-ink-900">
                      {/* each word kept whole: a line may break between words, never inside one ("E-|commerce") */}
                      {c.name.split(' ').map((w, i) => (
                        <Fragment key={i}>
                          {i > 0 ? ' ' : null}
                          <span className="whitespace-nowrap">{w}</span>
                        </Fragment>
                      ))}
                    </span>
                    <span className="block text-xs text-ink-700">
                      {t('candidate.jobCount', { count: c.jobCount })}
                    </span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section className="py-10">
          <div className="glass flex flex-col items-center gap-4 p-8 text-center">
            <h2 className="text-2xl font-extrabold text-ink-900">{t('candidate.cta')}</h2>
            <p className="max-w-xl text-ink-700">{t('candidate.ctaBody')}</p>
            <ButtonLink to="/signup" size="lg">
              {t('candidate.start')}
            </ButtonLink>
          </div>
        </section>
      </main>
      <Footer />
    </>
  )
}
