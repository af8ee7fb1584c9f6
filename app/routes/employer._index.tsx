import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { EmployerJobList, NoJobsYet, STATUS_LABEL, StatusTabs, type JobStatus } from '~/components/employer/employer-jobs'
import { EmployerNav } from '~/components/employer/employer-nav'
import { JobDrafts } from '~/components/employer/job-drafts'
import { Pagination } from '~/components/jobs/pagination'
import { isSessionIntent, SessionList } from '~/components/session-list'
import { ButtonLink } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { requireEmployer } from '~/utils/auth.server'
import { loadJobDrafts } from '~/utils/job-drafts.server'
import { loadSessionList, sessionAction } from '~/utils/sessions.server'

export const meta: MetaFunction = () => [{ title: 'Employer dashboard — AIVIUE' }]

const STATUSES: readonly JobStatus[] = ['published', 'draft', 'closed']

export async function loader({ context, request }: LoaderFunctionArgs) {
  requireEmployer(context, request)
  // a hand-edited address falls back to "All" / page 1 rather than an error page
  const params = new URL(request.url).searchParams
  const status = STATUSES.find((s) => s === params.get('status')) ?? null
  const page = Math.min(Math.max(Number.parseInt(params.get('page') ?? '1', 10) || 1, 1), 10_000)
  const [employer, jobs, sessions, drafts] = await Promise.all([
    context.trpc.employer.me(),
    context.trpc.employerJobs.list({ status: status ?? undefined, page }),
    loadSessionList(context),
    loadJobDrafts(context),
  ])
  return { employer, jobs, status, sessions, drafts, now: new Date().toISOString() }
}

export async function action({ context, request }: ActionFunctionArgs) {
  requireEmployer(context, request)
  const form = await request.formData()
  const intent = form.get('intent')
  if (!isSessionIntent(intent)) return { intent: 'logout-other-sessions' as const, ok: false, message: 'This form is out of date. Please reload the page.' }
  return sessionAction(context, intent, form)
}

export default function EmployerDashboard() {
  const { employer, jobs, status, sessions, drafts, now } = useLoaderData<typeof loader>()
  const sessionResult = useActionData<typeof action>()
  const hasAnyJob = jobs.counts.published + jobs.counts.draft + jobs.counts.closed > 0
  return (
    <>
      <EmployerNav />
      <main id="main" className="mx-auto max-w-4xl space-y-6 px-4 py-8">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="min-w-0">
            <p className="text-sm font-semibold text-white/85">Dashboard</p>
            <h1 className="break-words text-3xl font-extrabold text-white">{employer.companyName}</h1>
          </div>
          {/* a new employer gets the button inside the explanation below instead */}
          {hasAnyJob ? (
            <ButtonLink to="/employer/jobs/new" size="lg" className="w-full sm:w-auto">
              Post a job
            </ButtonLink>
          ) : null}
        </div>
        {/* unfinished job posts with AIVI, resumable on any device */}
        <JobDrafts drafts={drafts} />
        {hasAnyJob ? (
          <section aria-labelledby="jobs-heading" className="space-y-4">
            <h2 id="jobs-heading" className="text-xl font-bold text-white">
              Your jobs
            </h2>
            <StatusTabs current={status} counts={jobs.counts} />
            {jobs.items.length ? (
              <EmployerJobList jobs={jobs.items} now={new Date(now)} />
            ) : (
              <Card>
                <p className="text-ink-900">{status ? `No ${STATUS_LABEL[status].toLowerCase()} jobs.` : 'No jobs on this page.'}</p>
              </Card>
            )}
            <Pagination page={jobs.page} pageCount={jobs.pageCount} query={status ? `status=${status}` : ''} basePath="/employer" hash="#jobs-heading" />
          </section>
        ) : (
          <NoJobsYet />
        )}
        <Card>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-lg font-bold text-ink-900">Your account</h2>
            <Link to="/employer/profile" className="inline-flex min-h-[44px] items-center text-sm font-semibold text-brand-800 underline">
              Edit company profile
            </Link>
          </div>
          <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-semibold text-ink-700">Name</dt>
              <dd>{employer.fullName}</dd>
            </div>
            <div>
              <dt className="font-semibold text-ink-700">Email</dt>
              <dd className="break-all">{employer.email}</dd>
            </div>
            <div>
              <dt className="font-semibold text-ink-700">Phone</dt>
              <dd>{employer.phone}</dd>
            </div>
            <div>
              <dt className="font-semibold text-ink-700">Member since</dt>
              <dd>{new Date(employer.createdAt).toLocaleDateString('en-IN', { day: 'numeric', month: 'short', year: 'numeric' })}</dd>
            </div>
          </dl>
        </Card>
        <Card>
          <section aria-labelledby="sessions-heading" className="space-y-4">
            <div>
              <h2 id="sessions-heading" className="text-lg font-bold text-ink-900">
                Where you're logged in
              </h2>
              <p className="text-sm text-ink-700">Every phone or computer where your account is open. Don't recognise one? Log it out.</p>
            </div>
            <SessionList sessions={sessions} result={sessionResult} />
          </section>
        </Card>
      </main>
    </>
  )
}
