import type { ReactNode } from 'react'
import { CardApply } from '~/components/applications/apply'
import { JobCard, type JobCardData } from '~/components/job-card'
import { Search } from 'lucide-react'
import { useTranslation } from 'react-i18next'

/** `applicationStatus`: set for a signed-in candidate who applied (null or absent: not applied). */
export type GridJob = JobCardData & { reasons?: string[]; applicationStatus?: string | null }

/** The responsive card grid every candidate job list uses: one column on phones, up to three on desktop; each card has Apply. */
export function JobGrid({ jobs, now, label, testId }: { jobs: GridJob[]; now: Date; label: string; testId?: string }) {
  return (
    // NOTE: explicit grid-cols-1 (minmax(0, 1fr)): an implicit auto column grows to the longest
    // unbreakable line (a truncated company name) and pushes a 360 px phone sideways
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={label} data-testid={testId}>
      {jobs.map((job) => (
        <li key={job.id}>
          <JobCard
            job={job}
            href={`/jobs/${job.id}`}
            reasons={job.reasons}
            now={now}
            action={<CardApply jobId={job.id} jobTitle={job.title} status={job.applicationStatus ?? null} />}
          />
        </li>
      ))}
    </ul>
  )
}

/** Placeholder cards while the next page loads (shown from useNavigation state). */
export function JobGridSkeleton({ count = 6, label }: { count?: number; label?: string }) {
  const { t } = useTranslation('jobs')
  label ??= t('loading')
  return (
    <div role="status" aria-live="polite" aria-label={label} data-testid="jobs-skeleton">
      <span className="sr-only">{label}…</span>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-hidden>
        {Array.from({ length: count }, (_, i) => (
          <li key={i} className="glass flex h-44 flex-col gap-3 p-4">
            <div className="skeleton h-5 w-3/4" />
            <div className="skeleton h-4 w-1/2" />
            <div className="flex gap-2">
              <div className="skeleton h-5 w-20 rounded-full" />
              <div className="skeleton h-5 w-24 rounded-full" />
            </div>
            <div className="skeleton mt-auto h-10 w-full rounded-xl" />
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Never an empty page: what to do when a list has nothing. */
export function EmptyJobs({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <div className="glass p-6 text-center" data-testid={testId}>
      <Search aria-hidden className="mx-auto h-10 w-10 text-brand-700" />
      <h3 className="mt-2 text-lg font-bold text-ink-900">{title}</h3>
      <div className="mt-2 space-y-3 text-sm text-ink-700">{children}</div>
    </div>
  )
}
