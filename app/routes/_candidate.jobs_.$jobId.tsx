import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from '@remix-run/react'
import { TRPCError } from '@trpc/server'
import { ButtonLink } from '~/components/ui/button'
import { Badge, Card } from '~/components/ui/card'
import { requireCandidate } from '~/utils/auth.server'
import { EMPLOYMENT_LABEL, formatExperience, formatPosted, formatSalaryRange, WORK_MODE_LABEL } from '~/utils/format'

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

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs font-semibold uppercase tracking-wide text-ink-500">{label}</dt>
      <dd className="text-base font-semibold text-ink-900">{value}</dd>
    </div>
  )
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
  const requirements = [
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

  return (
    <article className="mx-auto max-w-3xl space-y-4" aria-labelledby="job-title">
      <Link to="/jobs" className="text-sm font-semibold text-white underline">
        ← All jobs
      </Link>
      <Card className="space-y-4">
        <header className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 id="job-title" className="break-words text-2xl font-extrabold text-ink-900">
              {job.title}
            </h1>
            <p className="font-semibold text-ink-700">{job.companyName}</p>
            <p className="text-sm text-ink-700">
              📍 {job.locality ? `${job.locality}, ` : ''}
              {job.cityName}, {job.state}
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
        <p className="text-xs text-ink-700">{formatPosted(job.publishedAt, new Date(now))}</p>
      </Card>

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

      <Card className="space-y-4">
        <section aria-labelledby="about-job">
          <h2 id="about-job" className="text-lg font-bold text-ink-900">
            About the job
          </h2>
          <p className="mt-1 whitespace-pre-line text-ink-900">{job.description}</p>
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
