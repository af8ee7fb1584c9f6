import { Link } from '@remix-run/react'
import { useId, type ReactNode } from 'react'
import type { JobCard as JobCardDto } from '#server/jobs/job-card'
import { useTranslation } from 'react-i18next'
import { employmentLabel, formatExperience, formatPosted, formatSalaryRange, workModeLabel } from '~/utils/format'
import { MatchReasons } from './match-reasons'
import { Badge } from './ui/card'
import { MapPin } from 'lucide-react'

/** The card as every job procedure returns it (server/jobs/job-card.ts); type-only, nothing server-side is bundled. */
export type JobCardData = JobCardDto

/**
 * `action`: what the candidate can do from the card (Apply, or how far the application has got).
 * With `href` the whole card is the tap target: the title link is "stretched" over the card (its
 * ::after covers it), so there is one link and no interactive element inside another; `action`
 * sits above that layer and stays its own target.
 */
export function JobCard({ job, href, reasons, now, action }: { job: JobCardData; href?: string; reasons?: string[]; now?: Date; action?: ReactNode }) {
  const whyId = useId()
  const { t, i18n } = useTranslation('jobs')
  const lng = i18n.language
  const title = href ? (
    <Link
      to={href}
      className="after:absolute after:inset-0 after:content-[''] hover:underline focus-visible:underline focus-visible:outline-none"
      data-testid="job-card-link"
    >
      {job.title}
    </Link>
  ) : (
    job.title
  )
  return (
    <article
      className={`glass relative flex h-full min-w-0 flex-col gap-3 p-4${href ? ' transition-shadow focus-within:ring-2 focus-within:ring-brand-500 hover:shadow-glass-lg' : ''}`}
      aria-label={t('card.label', { title: job.title, company: job.companyName })}
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="break-words text-base font-bold leading-snug text-ink-900">{title}</h3>
          <p className="break-words text-sm font-medium text-ink-700" data-testid="job-card-company">
            {job.companyName}
          </p>
        </div>
        {job.isDemo ? (
          <Badge tone="neutral" className="shrink-0">
            {t('card.demo')}
          </Badge>
        ) : null}
      </div>
      <ul className="flex flex-wrap gap-1.5 text-xs">
        <li>
          <Badge tone="brand">
            <MapPin aria-hidden className="h-3.5 w-3.5" />
            {job.locality ? `${job.locality}, ${job.cityName}` : job.cityName}
          </Badge>
        </li>
        <li>
          <Badge tone="teal">{formatSalaryRange(job.salaryMinMonthly, job.salaryMaxMonthly, lng)}</Badge>
        </li>
        <li>
          <Badge tone="neutral">{formatExperience(job.experienceMinMonths, job.experienceMaxMonths, lng)}</Badge>
        </li>
        <li>
          <Badge tone="pink">
            {workModeLabel(job.workMode, lng)} · {employmentLabel(job.employmentType, lng)}
          </Badge>
        </li>
      </ul>
      {reasons?.length ? (
        <div className="rounded-xl bg-teal-300/25 px-3 py-2 text-sm text-teal-800">
          <p className="font-semibold" id={whyId}>
            {t('card.why')}
          </p>
          <MatchReasons reasons={reasons} labelledBy={whyId} className="mt-1.5" />
        </div>
      ) : null}
      <p className="mt-auto text-xs text-ink-700">{formatPosted(job.publishedAt, now, lng)}</p>
      {action ? <div className="relative z-10">{action}</div> : null}
    </article>
  )
}
