import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation, useRevalidator } from '@remix-run/react'
import { TRPCError } from '@trpc/server'
import { useState } from 'react'
import { APPLICANT_FILTERS, ApplicantRow, ApplicantTabs, SharePhoneToggle, type ApplicantFilter } from '~/components/employer/applicants'
import { EmployerNav } from '~/components/employer/employer-nav'
import { Button } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { controlClasses } from '~/components/ui/field'
import { requireEmployer } from '~/utils/auth.server'
import { withFormErrors } from '~/utils/form-errors.server'
import { useNotificationEvents } from '~/utils/live-notifications'
import { Inbox } from 'lucide-react'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const NOT_FOUND = 'We could not find this job among yours.'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Applicants: ${data.list.job.title} — AIVIUE` : 'Applicants — AIVIUE' }]

function jobIdFrom(params: { jobId?: string }): string {
  const id = params.jobId ?? ''
  if (!UUID.test(id)) throw new Response(NOT_FOUND, { status: 404 })
  return id
}

const asFilter = (v: string | null): ApplicantFilter | null => APPLICANT_FILTERS.find((s) => s === v) ?? null

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  requireEmployer(context, request)
  const jobId = jobIdFrom(params)
  const url = new URL(request.url)
  const status = asFilter(url.searchParams.get('status'))
  const cursor = url.searchParams.get('cursor')?.slice(0, 400) || null
  // the rank of the page's first applicant (carried in "More applicants" links)
  const from = cursor ? Math.min(Math.max(Number.parseInt(url.searchParams.get('from') ?? '1', 10) || 1, 1), 1_000_000) : 1
  try {
    const list = await context.trpc.applicants.list({ jobId, status: status ?? undefined, cursor })
    return { list, status, paged: Boolean(cursor), from }
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') throw new Response(NOT_FOUND, { status: 404 })
    // an old "more" link: start again from the top of the ranking
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST' && cursor) {
      return { list: await context.trpc.applicants.list({ jobId, status: status ?? undefined }), status, paged: false, from: 1 }
    }
    throw error
  }
}

const BULK = ['shortlist', 'not_selected'] as const
type Bulk = (typeof BULK)[number]
const isBulk = (v: unknown): v is Bulk => typeof v === 'string' && (BULK as readonly string[]).includes(v)

/** Bulk shortlist / not selected on the ticked applicants, and the share-phone switch. Plain forms. */
export async function action({ context, request, params }: ActionFunctionArgs) {
  requireEmployer(context, request)
  const jobId = jobIdFrom(params)
  const form = await request.formData()
  const intent = form.get('intent')
  if (intent === 'share-phone') {
    const share = form.get('share') === 'true'
    const r = await withFormErrors(() => context.trpc.employerJobs.setSharePhone({ id: jobId, share }))
    if (!r.ok) return { ok: false, message: r.formError ?? 'That did not work. Please try again.' }
    return { ok: true, message: r.value.sharePhone ? 'Applicants of this job now see your phone number.' : 'Your phone number is hidden from applicants.' }
  }
  if (!isBulk(intent)) return { ok: false, message: 'This form is out of date. Please reload the page.' }
  const ids = form.getAll('applicationIds').filter((v): v is string => typeof v === 'string' && UUID.test(v))
  if (ids.length === 0) return { ok: false, message: 'Tick at least one applicant first.' }
  const template = String(form.get('template') ?? '')
  const r = await withFormErrors(() =>
    context.trpc.applicants.act({
      applicationIds: ids,
      action: intent,
      template: intent === 'not_selected' && template ? (template as 'filled_elsewhere') : undefined,
    }),
  )
  if (!r.ok) return { ok: false, message: r.formError ?? Object.values(r.fieldErrors).flat()[0] ?? 'That did not work. Please try again.' }
  const changed = r.value.results.filter((x) => x.ok && x.changed).length
  const failed = r.value.results.filter((x) => !x.ok)
  const done = intent === 'shortlist' ? 'shortlisted' : 'marked not selected'
  const message = `${changed} applicant${changed === 1 ? '' : 's'} ${done}.${failed.length ? ` ${failed.length} could not be: ${failed[0]?.error ?? ''}` : ''}`
  return { ok: failed.length === 0, message }
}

export default function Applicants() {
  const { list, status, paged, from } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const revalidator = useRevalidator()
  const busy = navigation.state !== 'idle'
  const [live, setLive] = useState<string | null>(null)
  const basePath = `/employer/jobs/${list.job.id}/applicants`

  // a new applicant, or one who withdrew: re-read the ranking
  useNotificationEvents((n) => {
    if (n && n.jobId !== list.job.id) return
    revalidator.revalidate()
    if (n?.kind === 'new_application') setLive('A new applicant arrived — the list is up to date.')
    else if (n) setLive(n.title)
  })

  const selectable = list.items.some((i) => i.status !== 'withdrawn' && i.status !== 'position_filled')
  return (
    <>
      <EmployerNav />
      <main id="main" className="mx-auto max-w-4xl space-y-4 px-4 py-8">
        <Link to={`/employer/jobs/${list.job.id}`} className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline">
          ← {list.job.title}
        </Link>
        <div>
          <p className="text-sm font-semibold text-white/85">Applicants</p>
          <h1 className="break-words text-2xl font-extrabold text-white sm:text-3xl">{list.job.title}</h1>
          <p className="text-sm text-white/85">Best match first: ranked by the same score candidates see, with the reasons from your side.</p>
        </div>

        <Card>
          <SharePhoneToggle share={list.job.sharePhone} busy={busy} />
        </Card>

        <p role="status" className="min-h-[1.25rem] text-sm font-semibold text-white" data-testid="applicants-status">
          {result?.message ?? live ?? ''}
        </p>

        <ApplicantTabs basePath={basePath} current={status} counts={list.counts} />

        {list.items.length === 0 ? (
          <Card className="text-center" data-testid="applicants-empty">
            <Inbox aria-hidden className="mx-auto h-10 w-10 text-brand-700" />
            <p className="mt-2 font-semibold text-ink-900">{status ? 'No applicants with this status.' : 'No applicants yet.'}</p>
            <p className="text-sm text-ink-700">
              {list.job.status === 'published' ? 'You will see each one here the moment they apply — and get a notification.' : 'Candidates can apply once the job is published.'}
            </p>
          </Card>
        ) : (
          <>
            {selectable ? (
              <Form method="post" id="bulk-actions" className="glass flex flex-col gap-2 p-3 sm:flex-row sm:flex-wrap sm:items-end" aria-label="Act on the ticked applicants">
                <p className="text-sm font-semibold text-ink-900 sm:basis-full">Tick applicants below, then:</p>
                <Button type="submit" name="intent" value="shortlist" variant="teal" disabled={busy} data-testid="bulk-shortlist">
                  Shortlist
                </Button>
                <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
                  <label className="text-xs font-semibold text-ink-700">
                    Message for “not selected”
                    <select name="template" className={`${controlClasses} mt-1`} defaultValue="filled_elsewhere">
                      {list.notSelectedTemplates.map((t) => (
                        <option key={t.key} value={t.key}>
                          {t.label}
                        </option>
                      ))}
                    </select>
                  </label>
                  <Button type="submit" name="intent" value="not_selected" variant="secondary" disabled={busy} data-testid="bulk-not-selected">
                    Not selected
                  </Button>
                </div>
              </Form>
            ) : null}
            <ol className="space-y-3" aria-label="Applicants, best match first" data-testid="applicants">
              {list.items.map((item, i) => (
                <li key={item.applicationId}>
                  <ApplicantRow item={item} rank={from + i} href={`${basePath}/${item.applicationId}`} selectable={item.status !== 'withdrawn' && item.status !== 'position_filled'} />
                </li>
              ))}
            </ol>
            <nav aria-label="More applicants" className="flex justify-between gap-2">
              {paged ? (
                <Link to={status ? `${basePath}?status=${status}` : basePath} className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline">
                  ← Best matches
                </Link>
              ) : (
                <span />
              )}
              {list.nextCursor ? (
                <Link to={`${basePath}?${new URLSearchParams({ ...(status ? { status } : {}), cursor: list.nextCursor, from: String(from + list.items.length) }).toString()}`} className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline">
                  More applicants →
                </Link>
              ) : null}
            </nav>
          </>
        )}
      </main>
    </>
  )
}

export { EmployerErrorBoundary as ErrorBoundary } from '~/components/employer/employer-error'
