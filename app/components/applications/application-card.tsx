import { Form, Link, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useServerMessage } from '~/i18n/server-messages'
import type { CandidateApplicationView } from '#server/applications/applications.service'
import { formatSalaryRange } from '~/utils/format'
import { Button } from '../ui/button'
import { cn } from '../ui/cn'
import { ApplicationStatusChip, StatusTimeline } from './application-status'
import { formatInterviewDate, formatInterviewTime, formatIstDateTime } from './ist-time'
import { CalendarDays, MapPin } from 'lucide-react'

export type CandidateApplication = CandidateApplicationView

/** Until the employer decides (an interview is not a decision), the candidate may withdraw. */
const WITHDRAWABLE = new Set(['applied', 'viewed', 'shortlisted', 'interview'])

/** "+919876543210" → "+91 98765 43210" */
export function formatMobile(e164: string): string {
  const m = /^\+91(\d{5})(\d{5})$/.exec(e164)
  return m ? `+91 ${m[1]} ${m[2]}` : e164
}

function InterviewDetails({ interview, upcoming }: { interview: NonNullable<CandidateApplication['interview']>; upcoming: boolean }) {
  const { t, i18n } = useTranslation('applications')
  const locale = i18n.language
  return (
    <section className={cn('rounded-xl px-4 py-3', upcoming ? 'bg-teal-300/25' : 'bg-white/70')} aria-label={t('card.interview')} data-testid="interview-details">
      <h4 className="font-bold text-ink-900">{upcoming ? (
          <>
            <CalendarDays aria-hidden className="mr-1 inline h-4 w-4 align-[-0.15em]" />
            {t('card.yourInterview')}
          </>
        ) : (
          t('card.interview')
        )}</h4>
      <dl className="mt-1 grid gap-1 text-sm text-ink-900 sm:grid-cols-[auto_1fr] sm:gap-x-3">
        <dt className="font-semibold text-ink-700">{t('card.when')}</dt>
        <dd>
          {formatInterviewDate(interview.date, locale)}, {formatInterviewTime(interview.time, locale)}
        </dd>
        <dt className="font-semibold text-ink-700">{t('card.where')}</dt>
        <dd className="break-words">
          {interview.place}{' '}
          <a href={interview.mapUrl} target="_blank" rel="noopener noreferrer" className="whitespace-nowrap font-semibold text-brand-800 underline">
            {t('card.openInMaps')}<span className="sr-only">{t('card.newTab')}</span>
          </a>
        </dd>
        {interview.contactName ? (
          <>
            <dt className="font-semibold text-ink-700">{t('card.askFor')}</dt>
            <dd className="break-words">{interview.contactName}</dd>
          </>
        ) : null}
        {interview.notes ? (
          <>
            <dt className="font-semibold text-ink-700">{t('card.notes')}</dt>
            <dd className="whitespace-pre-line break-words">{interview.notes}</dd>
          </>
        ) : null}
      </dl>
    </section>
  )
}

/**
 * One application as the candidate follows it: the job, where it has got to (the timeline), the
 * interview, the employer's phone when they chose to share it, what to do next, and Withdraw
 * while the employer has not decided (a plain form; the <details> asks "are you sure?" without JS).
 */
export function ApplicationCard({ app, headingLevel = 2 }: { app: CandidateApplication; headingLevel?: 2 | 3 }) {
  const navigation = useNavigation()
  const withdrawing = navigation.state !== 'idle' && navigation.formData?.get('applicationId') === app.id
  const H = headingLevel === 2 ? 'h2' : 'h3'
  const { t, i18n } = useTranslation('applications')
  const locale = i18n.language
  // the next step, the employer's template messages: English sentences from the server
  const say = useServerMessage()
  const job = app.job
  return (
    <article id={`application-${app.id}`} className="glass min-w-0 scroll-mt-20 space-y-4 p-4 sm:p-5" aria-labelledby={`app-title-${app.id}`} data-testid="application" data-status={app.status}>
      <header className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <H id={`app-title-${app.id}`} className="break-words text-lg font-bold leading-snug text-ink-900">
            {job.status === 'published' ? (
              <Link to={`/jobs/${job.id}`} className="inline-flex min-h-[44px] items-center hover:underline focus:underline">
                {job.title}
              </Link>
            ) : (
              job.title
            )}
          </H>
          <p className="break-words text-sm font-medium text-ink-700">{job.companyName}</p>
          <p className="text-xs text-ink-700">
            <MapPin aria-hidden className="mr-0.5 inline h-3.5 w-3.5 align-[-0.15em]" />
            {job.locality ? `${job.locality}, ${job.cityName}` : job.cityName} · {formatSalaryRange(job.salaryMinMonthly, job.salaryMaxMonthly, locale)}
          </p>
        </div>
        <ApplicationStatusChip status={app.status} />
      </header>

      <div className="grid gap-4 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
        <StatusTimeline status={app.status} timeline={app.timeline} />
        <div className="min-w-0 space-y-3">
          <div className="rounded-xl bg-brand-50 px-4 py-3" data-testid="next-step">
            <p className="text-xs font-semibold uppercase tracking-wide text-ink-700">{t('card.nextStep')}</p>
            <p className="text-sm text-ink-900">{say(app.nextStep)}</p>
          </div>
          {app.decisionMessage && (app.status === 'hired' || app.status === 'not_selected') ? (
            <blockquote className="rounded-xl border-l-4 border-brand-300 bg-white/70 px-4 py-2 text-sm text-ink-900">
              <p className="text-xs font-semibold text-ink-700">{t('card.messageFrom', { company: job.companyName })}</p>
              <p className="break-words">{say(app.decisionMessage)}</p>
            </blockquote>
          ) : null}
          {app.interview ? <InterviewDetails interview={app.interview} upcoming={app.status === 'interview'} /> : null}
          {app.employerPhone ? (
            <p className="text-sm text-ink-900" data-testid="employer-phone">
              {t('card.employerPhone')}{' '}
              <a href={`tel:${app.employerPhone}`} className="font-semibold text-brand-800 underline">
                {formatMobile(app.employerPhone)}
              </a>
            </p>
          ) : null}
        </div>
      </div>

      <footer className="flex flex-wrap items-center justify-between gap-2 border-t border-brand-100 pt-3">
        <p className="text-xs text-ink-700">{t('card.applied', { when: formatIstDateTime(app.appliedAt, locale) })}</p>
        {WITHDRAWABLE.has(app.status) ? (
          <details className="group">
            <summary className="inline-flex min-h-[44px] cursor-pointer list-none items-center rounded-lg px-2 text-sm font-semibold text-red-700 underline [&::-webkit-details-marker]:hidden">
              {t('card.withdraw')}
            </summary>
            <Form method="post" action="/applications" className="mt-2 space-y-2 rounded-xl bg-red-50 p-3">
              <p className="text-sm text-ink-900">{t('card.withdrawConfirm', { title: job.title })}</p>
              <input type="hidden" name="intent" value="withdraw" />
              <input type="hidden" name="applicationId" value={app.id} />
              <Button type="submit" variant="danger" size="sm" disabled={withdrawing}>
                {withdrawing ? t('card.withdrawing') : t('card.yesWithdraw')}
              </Button>
            </Form>
          </details>
        ) : null}
      </footer>
    </article>
  )
}
