import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { EmptyJobs, JobGrid } from '~/components/jobs/job-grid'
import { NudgeCard } from '~/components/jobs/nudge-card'
import { ButtonLink } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { useTranslation } from 'react-i18next'
import { metaTitle } from '~/i18n/meta'
import { useServerMessage } from '~/i18n/server-messages'

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, 'home:title')
export const handle = { i18n: 'home' }

export async function loader({ context }: LoaderFunctionArgs) {
  const [me, recs] = await Promise.all([context.trpc.candidate.me(), context.trpc.matching.recommendations({ limit: 6 })])
  return { me, recs, now: new Date().toISOString() }
}

export default function Home() {
  const { me, recs, now } = useLoaderData<typeof loader>()
  const resume = me.resume
  const { t } = useTranslation('home')
  const serverMessage = useServerMessage()
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-extrabold text-white sm:text-3xl">{t('greeting', { name: me.fullName.split(' ')[0] })}</h1>
      <div className="grid gap-4 md:grid-cols-2">
        <Card data-testid="resume-status">
          <h2 className="text-lg font-bold text-ink-900">{t('resume.heading')}</h2>
          {resume.status === 'none' ? (
            <>
              <p className="mt-1 text-sm text-ink-700">{t('resume.none')}</p>
              <ButtonLink to="/resume" className="mt-4">
                {t('resume.start')}
              </ButtonLink>
            </>
          ) : resume.status === 'in_progress' ? (
            <>
              <p className="mt-1 text-sm text-ink-700">{t('resume.inProgress')}</p>
              <ButtonLink to="/resume" className="mt-4">
                {t('resume.continue')}
              </ButtonLink>
            </>
          ) : (
            <>
              <p className="mt-1 text-sm text-ink-700">{t('resume.ready', { version: resume.current?.version })}</p>
              <div className="mt-4 flex flex-wrap gap-2">
                <ButtonLink to="/resume">{t('resume.view')}</ButtonLink>
                <a href={`/resume/download`} className="inline-flex min-h-[44px] items-center rounded-xl border border-brand-200 bg-white/85 px-4 font-semibold text-brand-800">
                  {t('resume.download')}
                </a>
              </div>
            </>
          )}
        </Card>
        <Card data-testid="profile-completeness">
          <div className="flex items-center justify-between">
            <h2 className="text-lg font-bold text-ink-900">{t('completeness.heading')}</h2>
            <span className="text-2xl font-black text-brand-700">{me.completeness.percent}%</span>
          </div>
          <div className="mt-3 h-3 overflow-hidden rounded-full bg-brand-100" role="progressbar" aria-valuenow={me.completeness.percent} aria-valuemin={0} aria-valuemax={100} aria-label={t('completeness.heading')}>
            <div className="h-full rounded-full bg-gradient-to-r from-teal-400 to-brand-500" style={{ width: `${me.completeness.percent}%` }} />
          </div>
          {me.completeness.missing.length ? (
            <p className="mt-3 text-sm text-ink-700">
              {t('completeness.add', { items: me.completeness.missing.slice(0, 3).map(serverMessage).join(', ') })}{' '}
              <Link to="/profile" className="font-semibold text-brand-700 underline">
                {t('completeness.complete')}
              </Link>
            </p>
          ) : (
            <p className="mt-3 text-sm text-teal-800">{t('completeness.done')}</p>
          )}
        </Card>
      </div>
      <section aria-labelledby="top-jobs">
        <div className="flex items-center justify-between">
          <h2 id="top-jobs" className="text-xl font-extrabold text-white">
            {t('jobsForYou')}
          </h2>
          <Link to="/jobs" className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline">
            {t('exploreMore')}
          </Link>
        </div>
        <div className="mt-4 space-y-4" data-testid="top-jobs">
          {recs.nudge ? <NudgeCard nudge={recs.nudge} /> : null}
          {recs.items.length ? (
            <JobGrid jobs={recs.items} now={new Date(now)} label={t('jobsForYou')} />
          ) : (
            <EmptyJobs title={t('empty.title')} testId="top-jobs-empty">
              <p>{t('empty.body')}</p>
              <p className="flex flex-wrap justify-center gap-3">
                <ButtonLink to="/jobs#explore">{t('exploreMore')}</ButtonLink>
                <ButtonLink to="/profile" variant="secondary">
                  {t('empty.preferences')}
                </ButtonLink>
              </p>
            </EmptyJobs>
          )}
        </div>
      </section>
    </div>
  )
}
