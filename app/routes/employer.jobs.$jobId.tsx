import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { TRPCError } from '@trpc/server'
import { FormAlert } from '~/components/auth-layout'
import { formatIstDate, StatusChip } from '~/components/employer/employer-jobs'
import { EmployerNav } from '~/components/employer/employer-nav'
import { JobDetailView } from '~/components/job-detail'
import { Button, ButtonLink } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { requireEmployer } from '~/utils/auth.server'
import { withFormErrors } from '~/utils/form-errors.server'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const NOT_FOUND = 'We could not find this job among yours.'

const DONE = {
  closed: 'Job closed. Candidates no longer see it.',
  republished: 'Job published again. It shows as new to candidates.',
  duplicated: 'Copy saved as a draft. Edit it with AIVI, then publish it.',
} as const
type Done = keyof typeof DONE
const isDone = (v: string | null): v is Done => v !== null && v in DONE

const STATUS_NOTE = {
  published: 'Live: candidates find it in their matches and in search.',
  closed: 'Closed: candidates can no longer find it or apply.',
  draft: 'Draft: candidates do not see it until it is published.',
} as const

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.job.title} — manage — AIVIUE` : 'Job — AIVIUE' }]

function jobIdFrom(params: { jobId?: string }): string {
  const id = params.jobId ?? ''
  if (!UUID.test(id)) throw new Response(NOT_FOUND, { status: 404 })
  return id
}

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  requireEmployer(context, request)
  const id = jobIdFrom(params)
  try {
    const [job, applicants] = await Promise.all([context.trpc.employerJobs.get({ id }), context.trpc.applicants.list({ jobId: id })])
    const done = new URL(request.url).searchParams.get('done')
    return { job, applicantCounts: applicants.counts, done: isDone(done) ? done : null, now: new Date().toISOString() }
  } catch (error) {
    // another employer's job reads exactly like a missing one
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') throw new Response(NOT_FOUND, { status: 404 })
    throw error
  }
}

const INTENTS = ['close', 'republish', 'duplicate'] as const
type Intent = (typeof INTENTS)[number]

export async function action({ context, request, params }: ActionFunctionArgs) {
  requireEmployer(context, request)
  const id = jobIdFrom(params)
  const intent = String((await request.formData()).get('intent') ?? '')
  if (!(INTENTS as readonly string[]).includes(intent)) return { formError: 'This form is out of date. Please reload the page.' }
  const call = { close: context.trpc.employerJobs.close, republish: context.trpc.employerJobs.republish, duplicate: context.trpc.employerJobs.duplicate }[intent as Intent]
  const result = await withFormErrors(() => call({ id }))
  if (!result.ok) {
    if (result.code === 'NOT_FOUND') throw new Response(NOT_FOUND, { status: 404 })
    return { formError: result.formError ?? 'That did not work. Please try again.' }
  }
  // post → redirect → get: a reload never repeats the change
  const done: Done = intent === 'close' ? 'closed' : intent === 'republish' ? 'republished' : 'duplicated'
  throw redirect(`/employer/jobs/${result.value.id}?done=${done}`)
}

function ActionButton({ intent, children, variant }: { intent: Intent; children: string; variant: 'primary' | 'secondary' | 'danger' }) {
  const navigation = useNavigation()
  const busy = navigation.state !== 'idle' && navigation.formData?.get('intent') === intent
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <Button type="submit" variant={variant} disabled={navigation.state !== 'idle'} className="w-full sm:w-auto">
        {busy ? 'Working…' : children}
      </Button>
    </Form>
  )
}

/** How many applied and where they stand, and the way to the ranked list. */
function ApplicantsSummary({ jobId, counts }: { jobId: string; counts: Record<string, number> }) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0)
  const waiting = counts.applied ?? 0
  const parts = [
    waiting ? `${waiting} new` : null,
    counts.shortlisted ? `${counts.shortlisted} shortlisted` : null,
    counts.interview ? `${counts.interview} to interview` : null,
    counts.hired ? `${counts.hired} hired` : null,
  ].filter(Boolean)
  return (
    <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="applicants-summary">
      <div>
        <h2 className="text-lg font-bold text-ink-900">Applicants</h2>
        <p className="text-sm text-ink-700">{total === 0 ? 'No one has applied yet.' : `${total} applied${parts.length ? ` · ${parts.join(' · ')}` : ''}`}</p>
      </div>
      <ButtonLink to={`/employer/jobs/${jobId}/applicants`} variant={total ? 'primary' : 'secondary'} className="w-full sm:w-auto">
        {total ? `See applicants (${total})` : 'Applicants'}
      </ButtonLink>
    </Card>
  )
}

export default function ManageJob() {
  const { job, applicantCounts, done, now } = useLoaderData<typeof loader>()
  const data = useActionData<typeof action>()
  const posted = job.status === 'draft' ? 'Not published yet' : job.status === 'closed' && job.closedAt ? `Closed on ${formatIstDate(job.closedAt)}` : undefined
  return (
    <>
      <EmployerNav />
      <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-8">
        <Link to="/employer" className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline">
          ← Dashboard
        </Link>
        <p className="text-sm text-white/85">This is how candidates see your job.</p>
        <article className="space-y-4" aria-labelledby="job-title">
          <JobDetailView
            job={job}
            now={new Date(now)}
            posted={posted}
            between={
              <>
                <ApplicantsSummary jobId={job.id} counts={applicantCounts} />
                <Card className="space-y-3" data-testid="job-manage">
                  <section aria-labelledby="manage-heading" className="space-y-3">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <h2 id="manage-heading" className="text-lg font-bold text-ink-900">
                        Manage this job
                      </h2>
                      <StatusChip status={job.status} />
                    </div>
                    <p className="text-sm text-ink-700">{STATUS_NOTE[job.status]}</p>
                    <p role="status" className="text-sm font-semibold text-teal-800">
                      {done ? DONE[done] : ''}
                    </p>
                    <FormAlert message={data?.formError} />
                    <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
                      {job.status === 'published' ? <ActionButton intent="close" variant="danger">Close job</ActionButton> : null}
                      {job.status === 'closed' ? <ActionButton intent="republish" variant="primary">Republish</ActionButton> : null}
                      <ActionButton intent="duplicate" variant="secondary">
                        Duplicate
                      </ActionButton>
                      <ButtonLink to={`/employer/jobs/${job.id}/edit`} variant="secondary" className="w-full sm:w-auto">
                        {job.status === 'draft' ? 'Continue with AIVI' : 'Edit with AIVI'}
                      </ButtonLink>
                    </div>
                    {job.status === 'published' ? <p className="text-xs text-ink-700">Closing stops new applications at once. You can republish it later.</p> : null}
                  </section>
                </Card>
              </>
            }
          />
        </article>
      </main>
    </>
  )
}

export { EmployerErrorBoundary as ErrorBoundary } from '~/components/employer/employer-error'
