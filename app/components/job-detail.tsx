import type { ReactNode } from 'react'
import type { JobDetail } from '#server/jobs/job-card'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { employmentLabel, formatExperience, formatPosted, formatSalaryRange, workModeLabel } from '~/utils/format'
import { Badge, Card } from './ui/card'
import { MapPin } from 'lucide-react'

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs font-semibold uppercase tracking-wide text-ink-500">{label}</dt>
      <dd className="text-base font-semibold text-ink-900">{value}</dd>
    </div>
  )
}

function requirementLines(job: JobDetail, t: TFunction<'jobs'>): string[] {
  const { minLanguages: n, languages } = job.requirements
  return [
    job.requirements.drivingLicence ? t('detail.licence') : null,
    job.requirements.twoWheeler ? t('detail.twoWheeler') : null,
    languages.length
      ? n > 1 && languages.length > n
        ? t('detail.atLeastOf', { n, languages: languages.join(', ') })
        : t('detail.languages', { languages: languages.join(', ') })
      : n > 1
        ? t('detail.atLeastLanguages', { n })
        : null,
    job.education ? t('detail.education', { education: job.education }) : null,
  ].filter((x): x is string => x !== null)
}

/**
 * A job as candidates read it: the summary card, then `between` (the candidate's "why it
 * matches", the employer's controls), then the description, requirements and skills. Shared by
 * the candidate's job page and the employer's manage page, so an employer sees exactly that.
 * `posted` replaces the "Posted …" line (a draft has never been posted).
 */
export function JobDetailView({ job, now, between, posted }: { job: JobDetail; now: Date; between?: ReactNode; posted?: ReactNode }) {
  const { t, i18n } = useTranslation('jobs')
  const lng = i18n.language
  const requirements = requirementLines(job, t)
  return (
    <>
      <Card className="space-y-4">
        <header className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 id="job-title" className="break-words text-2xl font-extrabold text-ink-900">
              {job.title}
            </h1>
            <p className="font-semibold text-ink-700">{job.companyName}</p>
            <p className="flex items-start gap-1 text-sm text-ink-700">
              <MapPin aria-hidden className="mt-0.5 h-4 w-4 shrink-0" />
              <span>
              {job.locality ? `${job.locality}, ` : ''}
              {job.cityName}, {job.state}
              </span>
            </p>
          </div>
          {job.isDemo ? <Badge tone="neutral">{t('card.demo')}</Badge> : null}
        </header>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Fact label={t('detail.salary')} value={formatSalaryRange(job.salaryMinMonthly, job.salaryMaxMonthly, lng)} />
          <Fact label={t('detail.experience')} value={formatExperience(job.experienceMinMonths, job.experienceMaxMonths, lng)} />
          <Fact label={t('detail.workMode')} value={workModeLabel(job.workMode, lng)} />
          <Fact label={t('detail.jobType')} value={employmentLabel(job.employmentType, lng)} />
          <Fact label={t('detail.openings')} value={String(job.openings)} />
          {job.roleName ? <Fact label={t('detail.role')} value={job.roleName} /> : null}
        </dl>
        {job.categoryNames.length ? (
          <ul className="flex flex-wrap gap-1.5" aria-label={t('detail.categories')}>
            {job.categoryNames.map((c) => (
              <li key={c}>
                <Badge tone="brand">{c}</Badge>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="text-xs text-ink-700">{posted ?? formatPosted(job.publishedAt, now, lng)}</p>
      </Card>

      {between}

      <Card className="space-y-4">
        <section aria-labelledby="about-job">
          <h2 id="about-job" className="text-lg font-bold text-ink-900">
            {t('detail.about')}
          </h2>
          <p className="mt-1 whitespace-pre-line break-words text-ink-900">{job.description}</p>
        </section>
        {requirements.length ? (
          <section aria-labelledby="job-needs">
            <h2 id="job-needs" className="text-lg font-bold text-ink-900">
              {t('detail.needs')}
            </h2>
            <ul className="mt-1 list-inside list-disc text-ink-900">
              {requirements.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {job.skills.length ? (
          <section aria-labelledby="job-skills">
            <h2 id="job-skills" className="text-lg font-bold text-ink-900">
              {t('detail.skills')}
            </h2>
            <ul className="mt-2 flex flex-wrap gap-1.5">
              {job.skills.map((s) => (
                <li key={s}>
                  <Badge tone="teal">{s}</Badge>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </Card>
    </>
  )
}
