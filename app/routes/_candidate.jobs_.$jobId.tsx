import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from '@remix-run/react'
import { TRPCError } from '@trpc/server'
import { ButtonLink } from '~/components/ui/button'
import { JobDetailView } from '~/components/job-detail'
import { Card } from '~/components/ui/card'
import { requireCandidate } from '~/utils/auth.server'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.result.job.title} at ${data.result.job.companyName} — AIVIUE` : 'Job — AIVIUE' },
]

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  requireCandidate(context, request)
  const id = params.jobId ?? ''
  if (!UUID.test(id)) throw new Response('We could not find this job.', { status: 404 })
  try {
    const result = await context.trpc.jobs.get({ id })
    const match = result.status === 'published' ? await context.trpc.matching.job({ jobId: id }) : null
    return { result, match, now: new Date().toISOString() }
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') throw new Response('We could not find this job. It may have been removed.', { status: 404 })
    throw error
  }
}

export default function JobDetailPage() {
  const { result, match, now } = useLoaderData<typeof loader>()

  if (result.status === 'closed') {
    return (
      <Card className="mx-auto max-w-2xl text-center" data-testid="job-closed">
        <p className="text-4xl" aria-hidden>
          🔒
        </p>
        <h1 className="mt-2 text-xl font-extrabold text-ink-900">{result.job.title}</h1>
        <p className="text-ink-700">
          {result.job.companyName} · {result.job.cityName}
        </p>
        <p className="mt-3 font-semibold text-ink-900" role="status">
          {result.message}
        </p>
        <ButtonLink to="/jobs" className="mt-4">
          Explore more jobs
        </ButtonLink>
      </Card>
    )
  }

  const job = result.job
  return (
    <article className="mx-auto max-w-3xl space-y-4" aria-labelledby="job-title">
      <Link to="/jobs" className="text-sm font-semibold text-white underline">
        ← All jobs
      </Link>
      <JobDetailView
        job={job}
        now={new Date(now)}
        between={
          <>
            {match?.reasons.length ? (
              <Card data-testid="job-why">
                <div className="rounded-xl bg-teal-300/25 px-4 py-3">
                  <h2 className="text-lg font-bold text-teal-800">Why it matches you</h2>
                  <ul className="mt-2 list-inside list-disc text-ink-900">
                    {match.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </div>
              </Card>
            ) : null}
            {match?.missing.length ? (
              <Card data-testid="job-missing">
                <h2 className="text-lg font-bold text-ink-900">Before you apply</h2>
                <ul className="mt-2 space-y-2">
                  {match.missing.map((m) => (
                    <li key={m.gap} className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
                      <span className="text-ink-900">{m.message}</span>
                      <Link to={m.href} className="font-semibold text-brand-800 underline">
                        {m.cta}
                      </Link>
                    </li>
                  ))}
                </ul>
              </Card>
            ) : null}
          </>
        }
      />
      <p className="text-center">
        <ButtonLink to="/jobs" variant="secondary">
          Explore more jobs
        </ButtonLink>
      </p>
    </article>
  )
}

export function ErrorBoundary() {
  const error = useRouteError()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <Card className="mx-auto max-w-2xl text-center">
      <p className="text-4xl font-black text-brand-700">{notFound ? 404 : 500}</p>
      <p className="mt-2 text-ink-900">{notFound ? String(error.data) : 'Something went wrong. Please try again.'}</p>
      <ButtonLink to="/jobs" className="mt-4">
        Explore more jobs
      </ButtonLink>
    </Card>
  )
}
