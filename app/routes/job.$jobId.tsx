import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { TRPCError } from '@trpc/server'
import { JobDetailView } from '~/components/job-detail'
import { ButtonLink } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { Footer } from '~/components/ui/footer'
import { Navbar } from '~/components/ui/navbar'
import { RouteErrorCard } from '~/components/ui/route-error-card'
import { useTranslation } from 'react-i18next'
import { translator } from '~/i18n/i18n'
import { localeOfMatches } from '~/i18n/meta'
import { useServerMessage } from '~/i18n/server-messages'

/**
 * A published job for anyone (hot jobs on the landing pages, shared links): exactly what
 * `jobs.get` makes public — the posting, never the employer's contact or anything about
 * applicants — and a sign-up prompt to apply. A signed-in candidate goes to their own job page
 * (/jobs/:jobId), which has Apply and "why it matches you".
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translator(localeOfMatches(matches), 'jobs')
  if (!data) return [{ title: t('detail.fallbackTitle') }]
  const { title, companyName: company, cityName: city } = data.result.job
  return [{ title: t('detail.title', { title, company }) }, { name: 'description', content: t('detail.description', { title, company, city }) }]
}
export const handle = { i18n: 'jobs' }

export async function loader({ context, params }: LoaderFunctionArgs) {
  const id = params.jobId ?? ''
  if (!UUID.test(id)) throw new Response('We could not find this job.', { status: 404 })
  if (context.viewer?.kind === 'candidate') throw redirect(`/jobs/${id}`)
  try {
    const result = await context.trpc.jobs.get({ id })
    return { result, now: new Date().toISOString() }
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') throw new Response('We could not find this job. It may have been removed.', { status: 404 })
    throw error
  }
}

function PublicShell({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation()
  return (
    <>
      <Navbar
        logoTo="/candidate"
        phoneAction={
          <ButtonLink to="/signup" variant="secondary" size="sm">
            {t('nav.signUp')}
          </ButtonLink>
        }
      >
        <ButtonLink to="/login" variant="ghost" size="sm">
          {t('nav.login')}
        </ButtonLink>
        <ButtonLink to="/signup" variant="secondary" size="sm">
          {t('nav.signUp')}
        </ButtonLink>
      </Navbar>
      <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-8">
        {children}
      </main>
      <Footer />
    </>
  )
}

export default function PublicJobPage() {
  const { result, now } = useLoaderData<typeof loader>()
  const { t } = useTranslation('jobs')
  const say = useServerMessage()
  if (result.status === 'closed') {
    return (
      <PublicShell>
        <Card className="text-center" data-testid="job-closed">
          <h1 className="text-xl font-extrabold text-ink-900">{result.job.title}</h1>
          <p className="text-ink-700">
            {result.job.companyName} · {result.job.cityName}
          </p>
          <p className="mt-3 font-semibold text-ink-900" role="status">
            {say(result.message)}
          </p>
          <ButtonLink to="/candidate" className="mt-4">
            {t('public.seeOpen')}
          </ButtonLink>
        </Card>
      </PublicShell>
    )
  }
  const job = result.job
  // both ways in come back to this job (inside the app, where "Apply" is)
  const back = encodeURIComponent(`/jobs/${job.id}`)
  const signIn = `/login?redirectTo=${back}`
  const signUp = `/signup?redirectTo=${back}`
  return (
    <PublicShell>
      <article className="space-y-4" aria-labelledby="job-title">
        <JobDetailView
          job={job}
          now={new Date(now)}
          between={
            <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="signup-to-apply">
              <div>
                <h2 className="text-lg font-bold text-ink-900">{t('public.signUpToApply')}</h2>
                <p className="text-sm text-ink-700">{t('public.pitch')}</p>
              </div>
              <div className="flex flex-col gap-2 sm:items-end">
                <ButtonLink to={signUp} data-testid="signup-to-apply-link">
                  {t('public.signUpToApply')}
                </ButtonLink>
                <ButtonLink to={signIn} variant="secondary">
                  {t('public.logIn')}
                </ButtonLink>
              </div>
            </Card>
          }
        />
      </article>
    </PublicShell>
  )
}

export function ErrorBoundary() {
  const { t } = useTranslation('jobs')
  return (
    <PublicShell>
      <RouteErrorCard>
        <ButtonLink to="/candidate">{t('public.seeOpen')}</ButtonLink>
      </RouteErrorCard>
    </PublicShell>
  )
}
