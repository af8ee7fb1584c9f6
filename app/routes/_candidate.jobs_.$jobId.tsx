import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { TRPCError } from '@trpc/server'
import { answersFromForm, resumeFirstHref } from '~/components/applications/apply'
import { JobApply } from '~/components/applications/job-apply'
import { ButtonLink } from '~/components/ui/button'
import { JobDetailView } from '~/components/job-detail'
import { MatchReasons } from '~/components/match-reasons'
import { Card } from '~/components/ui/card'
import { requireCandidate } from '~/utils/auth.server'
import { withFormErrors } from '~/utils/form-errors.server'
import { RouteErrorCard } from '~/components/ui/route-error-card'
import { Lock } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { translator } from '~/i18n/i18n'
import { localeOf } from '~/i18n/i18n.server'
import { localeOfMatches } from '~/i18n/meta'
import { useServerMessage } from '~/i18n/server-messages'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translator(localeOfMatches(matches), 'jobs')
  return [{ title: data ? t('detail.title', { title: data.result.job.title, company: data.result.job.companyName }) : t('detail.fallbackTitle') }]
}
export const handle = { i18n: 'jobs' }

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  requireCandidate(context, request)
  const id = params.jobId ?? ''
  if (!UUID.test(id)) throw new Response('We could not find this job.', { status: 404 })
  try {
    const result = await context.trpc.jobs.get({ id })
    const published = result.status === 'published'
    const [match, prepared] = published ? await Promise.all([context.trpc.matching.job({ jobId: id }), context.trpc.applications.prepare({ jobId: id })]) : [null, null]
    const url = new URL(request.url)
    return {
      result,
      match,
      prepared,
      // the sheet open from the start: a tap on Apply without JavaScript (the action sent us here)
      sheetOpen: url.searchParams.get('apply') === '1',
      resumeSaved: url.searchParams.get('resume') === 'saved',
      // one request id per page view for the no-JavaScript sheet: a resubmitted form applies once
      applyRequestId: crypto.randomUUID(),
      now: new Date().toISOString(),
    }
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') throw new Response('We could not find this job. It may have been removed.', { status: 404 })
    throw error
  }
}

const UUIDISH = /^[0-9a-f-]{8,64}$/i

/** Apply without JavaScript: the same decisions the button makes in the browser, made here. */
export async function action({ context, request, params }: ActionFunctionArgs) {
  requireCandidate(context, request)
  const jobId = params.jobId ?? ''
  if (!UUID.test(jobId)) throw new Response('We could not find this job.', { status: 404 })
  const form = await request.formData()
  const t = translator(await localeOf(request), 'jobs')
  if (form.get('intent') !== 'apply') return { applyError: t('detail.outOfDate') }
  const prepared = await withFormErrors(() => context.trpc.applications.prepare({ jobId }))
  if (!prepared.ok) {
    if (prepared.code === 'NOT_FOUND') throw new Response('We could not find this job. It may have been removed.', { status: 404 })
    return { applyError: prepared.formError ?? t('detail.failed') }
  }
  const p = prepared.value
  if (p.alreadyApplied) throw redirect(`/jobs/${jobId}`)
  if (!p.hasResume) throw redirect(resumeFirstHref(jobId))
  const asks = p.questions.length > 0 || p.hardMismatches.length > 0
  if (asks && form.get('confirmed') !== '1') throw redirect(`/jobs/${jobId}?apply=1#apply`)
  const sent = String(form.get('clientRequestId') ?? '')
  const clientRequestId = UUIDISH.test(sent) ? sent : crypto.randomUUID()
  const applied = await withFormErrors(() => context.trpc.applications.submit({ jobId, clientRequestId, answers: asks ? answersFromForm(form, p.questions) : undefined }))
  if (!applied.ok) return { applyError: applied.formError ?? Object.values(applied.fieldErrors).flat()[0] ?? t('detail.failed') }
  // post → redirect → get: a reload never applies twice
  throw redirect(`/jobs/${jobId}`)
}

export default function JobDetailPage() {
  const { result, match, prepared, sheetOpen, resumeSaved, applyRequestId, now } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation('jobs')
  const say = useServerMessage()

  if (result.status === 'closed') {
    return (
      <Card className="mx-auto max-w-2xl text-center" data-testid="job-closed">
        <Lock aria-hidden className="mx-auto h-10 w-10 text-brand-700" />
        <h1 className="mt-2 text-xl font-extrabold text-ink-900">{result.job.title}</h1>
        <p className="text-ink-700">
          {result.job.companyName} · {result.job.cityName}
        </p>
        <p className="mt-3 font-semibold text-ink-900" role="status">
          {say(result.message)}
        </p>
        <ButtonLink to="/jobs" className="mt-4">
          {t('detail.explore')}
        </ButtonLink>
      </Card>
    )
  }

  const job = result.job
  return (
    <article className="mx-auto max-w-3xl space-y-4" aria-labelledby="job-title">
      <Link to="/jobs" className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline">
        {t('detail.allJobs')}
      </Link>
      <JobDetailView
        job={job}
        now={new Date(now)}
        between={
          <>
            {prepared ? (
              <JobApply
                jobId={job.id}
                jobTitle={job.title}
                prepared={prepared}
                sheetOpen={sheetOpen}
                resumeSaved={resumeSaved}
                requestId={applyRequestId}
                serverError={actionData?.applyError ?? null}
              />
            ) : null}
            {match?.reasons.length ? (
              <Card data-testid="job-why">
                <div className="rounded-xl bg-teal-300/25 px-4 py-3">
                  <h2 id="job-why-heading" className="text-lg font-bold text-teal-800">
                    {t('detail.whyMatches')}
                  </h2>
                  <MatchReasons reasons={match.reasons} labelledBy="job-why-heading" className="mt-2 [&>li]:text-sm" />
                </div>
              </Card>
            ) : null}
            {match?.missing.length ? (
              <Card data-testid="job-missing">
                <h2 className="text-lg font-bold text-ink-900">{t('detail.beforeApply')}</h2>
                <ul className="mt-2 space-y-2">
                  {match.missing.map((m) => (
                    <li key={m.gap} className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
                      <span className="text-ink-900">{say(m.message)}</span>
                      <Link to={m.href} className="inline-flex min-h-[44px] items-center font-semibold text-brand-800 underline">
                        {say(m.cta)}
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
          {t('detail.explore')}
        </ButtonLink>
      </p>
    </article>
  )
}

export function ErrorBoundary() {
  const { t } = useTranslation('jobs')
  return (
    <RouteErrorCard className="mx-auto max-w-2xl">
      <ButtonLink to="/jobs">{t('detail.explore')}</ButtonLink>
    </RouteErrorCard>
  )
}
