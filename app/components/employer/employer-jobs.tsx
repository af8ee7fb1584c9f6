import { Link } from '@remix-run/react'
import type { EmployerJobListItem } from '#server/jobs/employer-jobs.service'
import { formatPosted, formatSalaryRange } from '~/utils/format'
import { ButtonLink } from '../ui/button'
import { Badge, Card } from '../ui/card'
import { cn } from '../ui/cn'
import { Circle, ClipboardList, MapPin, Pencil, Square } from 'lucide-react'

export type JobStatus = EmployerJobListItem['status']
export type StatusCounts = Record<JobStatus, number>

export const STATUS_LABEL: Record<JobStatus, string> = { published: 'Published', draft: 'Draft', closed: 'Closed' }
const STATUS_TONE = { published: 'teal', draft: 'neutral', closed: 'pink' } as const

// India is one time zone; the server may run in UTC, and both renders must agree
const IST_DATE = new Intl.DateTimeFormat('en-IN', { timeZone: 'Asia/Kolkata', day: 'numeric', month: 'short', year: 'numeric' })
export const formatIstDate = (iso: string) => IST_DATE.format(new Date(iso))

export function StatusChip({ status }: { status: JobStatus }) {
  return (
    <Badge tone={STATUS_TONE[status]} className="shrink-0">
      {status === 'published' ? <Circle aria-hidden className="h-3 w-3 fill-current" /> : status === 'draft' ? <Pencil aria-hidden className="h-3 w-3" /> : <Square aria-hidden className="h-3 w-3 fill-current" />}
      {STATUS_LABEL[status]}
    </Badge>
  )
}

/** When a job was last in the news: posted, closed, or (a draft) last saved. */
export function statusLine(job: { status: JobStatus; publishedAt: string | null; closedAt: string | null; updatedAt: string }, now: Date): string {
  if (job.status === 'published') return formatPosted(job.publishedAt, now)
  if (job.status === 'closed') return job.closedAt ? `Closed on ${formatIstDate(job.closedAt)}` : 'Closed'
  return `Draft, last saved ${formatIstDate(job.updatedAt)}`
}

const TABS: Array<{ status: JobStatus | null; label: string }> = [
  { status: null, label: 'All' },
  { status: 'published', label: 'Published' },
  { status: 'draft', label: 'Drafts' },
  { status: 'closed', label: 'Closed' },
]

/** Plain links (`?status=…`), so the filter works without JavaScript and can be bookmarked. */
export function StatusTabs({ current, counts }: { current: JobStatus | null; counts: StatusCounts }) {
  const total = counts.published + counts.draft + counts.closed
  return (
    <nav aria-label="Jobs by status">
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {TABS.map((t) => {
          const active = t.status === current
          const n = t.status ? counts[t.status] : total
          return (
            <li key={t.label}>
              <Link
                to={t.status ? `/employer?status=${t.status}` : '/employer'}
                aria-current={active ? 'page' : undefined}
                data-testid={`tab-${t.status ?? 'all'}`}
                className={cn(
                  'flex min-h-[44px] items-center justify-between gap-2 rounded-xl px-3 py-2 font-semibold',
                  active ? 'bg-brand-700 text-white shadow-glass' : 'bg-white/85 text-brand-800 hover:bg-white',
                )}
              >
                <span>{t.label}</span>
                <span className={cn('rounded-full px-2 text-sm font-black', active ? 'bg-white/20' : 'bg-brand-100')}>{n}</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

export function EmployerJobList({ jobs, now }: { jobs: EmployerJobListItem[]; now: Date }) {
  return (
    <ul className="grid gap-3 md:grid-cols-2" data-testid="employer-jobs">
      {jobs.map((job) => (
        <li key={job.id}>
          <article className="glass flex h-full min-w-0 flex-col gap-2 p-4" aria-label={`${job.title}, ${STATUS_LABEL[job.status]}`}>
            <div className="flex items-start justify-between gap-2">
              <h3 className="min-w-0 break-words text-base font-bold leading-snug text-ink-900">
                <Link to={`/employer/jobs/${job.id}`} className="hover:underline focus:underline">
                  {job.title}
                </Link>
              </h3>
              <StatusChip status={job.status} />
            </div>
            <p className="text-sm text-ink-700">
              <MapPin aria-hidden className="mr-0.5 inline h-3.5 w-3.5 align-[-0.15em]" />
              {job.locality ? `${job.locality}, ${job.cityName}` : job.cityName} · {formatSalaryRange(job.salaryMinMonthly, job.salaryMaxMonthly)}
            </p>
            <p className="mt-auto text-xs text-ink-700">{statusLine(job, now)}</p>
          </article>
        </li>
      ))}
    </ul>
  )
}

/** A new employer: what happens next, and the one button that starts it. No invented numbers. */
export function NoJobsYet() {
  return (
    <Card className="space-y-3 text-center" data-testid="no-jobs">
      <ClipboardList aria-hidden className="mx-auto h-10 w-10 text-brand-700" />
      <h2 className="text-xl font-extrabold text-ink-900">Post your first job</h2>
      <p className="mx-auto max-w-md text-ink-700">
        Paste a job description or answer a few questions from AIVI. You will see a preview before anything goes live, and candidates
        near you can find the job as soon as you publish it.
      </p>
      <ButtonLink to="/employer/jobs/new" size="lg">
        Post a job
      </ButtonLink>
    </Card>
  )
}
