import type { ReactNode } from 'react'
import type { JobDetail } from '#server/jobs/job-card'
import { EMPLOYMENT_LABEL, formatExperience, formatPosted, formatSalaryRange, WORK_MODE_LABEL } from '~/utils/format'
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

function requirementLines(job: JobDetail): string[] {
  return [
    job.requirements.drivingLicence ? 'A valid driving licence' : null,
    job.requirements.twoWheeler ? 'Your own two-wheeler' : null,
    job.requirements.languages.length
      ? job.requirements.minLanguages > 1 && job.requirements.languages.length > job.requirements.minLanguages
        ? `At least ${job.requirements.minLanguages} of ${job.requirements.languages.join(', ')}`
        : `Languages: ${job.requirements.languages.join(', ')}`
      : job.requirements.minLanguages > 1
        ? `At least ${job.requirements.minLanguages} languages`
        : null,
    job.education ? `Education: ${job.education}` : null,
  ].filter((x): x is string => x !== null)
}

/**
 * A job as candidates read it: the summary card, then `between` (the candidate's "why it
 * matches", the employer's controls), then the description, requirements and skills. Shared by
 * the candidate's job page and the employer's manage page, so an employer sees exactly that.
 * `posted` replaces the "Posted …" line (a draft has never been posted).
 */
export function JobDetailView({ job, now, between, posted }: { job: JobDetail; now: Date; between?: ReactNode; posted?: ReactNode }) {
  const requirements = requirementLines(job)
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
          {job.isDemo ? <Badge tone="neutral">Demo</Badge> : null}
        </header>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Fact label="Salary" value={formatSalaryRange(job.salaryMinMonthly, job.salaryMaxMonthly)} />
          <Fact label="Experience" value={formatExperience(job.experienceMinMonths, job.experienceMaxMonths)} />
          <Fact label="Work mode" value={WORK_MODE_LABEL[job.workMode]} />
          <Fact label="Job type" value={EMPLOYMENT_LABEL[job.employmentType]} />
          <Fact label="Openings" value={String(job.openings)} />
          {job.roleName ? <Fact label="Role" value={job.roleName} /> : null}
        </dl>
        {job.categoryNames.length ? (
          <ul className="flex flex-wrap gap-1.5" aria-label="Categories">
            {job.categoryNames.map((c) => (
              <li key={c}>
                <Badge tone="brand">{c}</Badge>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="text-xs text-ink-700">{posted ?? formatPosted(job.publishedAt, now)}</p>
      </Card>

      {between}

      <Card className="space-y-4">
        <section aria-labelledby="about-job">
          <h2 id="about-job" className="text-lg font-bold text-ink-900">
            About the job
          </h2>
          <p className="mt-1 whitespace-pre-line break-words text-ink-900">{job.description}</p>
        </section>
        {requirements.length ? (
          <section aria-labelledby="job-needs">
            <h2 id="job-needs" className="text-lg font-bold text-ink-900">
              What you need
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
              Skills
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
