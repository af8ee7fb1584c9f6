import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation, useRevalidator } from '@remix-run/react'
import { TRPCError } from '@trpc/server'
import { NOT_SELECTED_TEMPLATE_KEYS, NOT_SELECTED_TEMPLATES } from '#server/applications/application-status'
import { FormAlert } from '~/components/auth-layout'
import { ApplicationStatusChip, StatusTimeline } from '~/components/applications/application-status'
import { formatInterviewDate, formatInterviewTime, formatIstDateTime, istToday } from '~/components/applications/ist-time'
import { formatMobile } from '~/components/applications/application-card'
import { ApplicantAvatar, scoreWords } from '~/components/employer/applicants'
import { EmployerNav } from '~/components/employer/employer-nav'
import { Button } from '~/components/ui/button'
import { Badge, Card } from '~/components/ui/card'
import { controlClasses, Input, Textarea } from '~/components/ui/field'
import { requireEmployer } from '~/utils/auth.server'
import { formatInr } from '~/utils/format'
import { withFormErrors } from '~/utils/form-errors.server'
import { useNotificationEvents } from '~/utils/live-notifications'
import { MapPin } from 'lucide-react'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const NOT_FOUND = 'We could not find this applicant among your jobs.'

const DONE = {
  shortlisted: 'Shortlisted. Their mobile number is shown below, and they have been told.',
  interview: 'Interview scheduled. The candidate has the date, time and place.',
  hired: 'Hired. The candidate has been told — congratulations!',
  not_selected: 'Marked not selected. The candidate got your message.',
  note: 'Note saved. Only you can see it.',
} as const
type Done = keyof typeof DONE
const isDone = (v: string | null): v is Done => v !== null && v in DONE

const VEHICLE: Record<string, string> = { two_wheeler: 'Two-wheeler', four_wheeler: 'Four-wheeler', none: 'None' }

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.a.candidate.name} — applicant — AIVIUE` : 'Applicant — AIVIUE' }]

function idsFrom(params: { jobId?: string; applicationId?: string }) {
  const jobId = params.jobId ?? ''
  const applicationId = params.applicationId ?? ''
  if (!UUID.test(jobId) || !UUID.test(applicationId)) throw new Response(NOT_FOUND, { status: 404 })
  return { jobId, applicationId }
}

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  requireEmployer(context, request)
  const { jobId, applicationId } = idsFrom(params)
  try {
    const a = await context.trpc.applicants.get({ applicationId })
    const templates = NOT_SELECTED_TEMPLATE_KEYS.map((key) => ({ key, label: NOT_SELECTED_TEMPLATES[key].label }))
    // an applicant of another of the employer's jobs: its own address
    if (a.job.id !== jobId) throw redirect(`/employer/jobs/${a.job.id}/applicants/${a.applicationId}`)
    const done = new URL(request.url).searchParams.get('done')
    return { a, templates, done: isDone(done) ? done : null, today: istToday() }
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') throw new Response(NOT_FOUND, { status: 404 })
    throw error
  }
}

const str = (form: FormData, key: string) => {
  const v = form.get(key)
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
}

type ActionResult = { intent: string; formError: string | null; fieldErrors: Record<string, string[] | undefined> }

/** Every step is a plain form (works before JavaScript); post → redirect → get, so a reload never repeats it. */
export async function action({ context, request, params }: ActionFunctionArgs): Promise<ActionResult> {
  requireEmployer(context, request)
  const { jobId, applicationId } = idsFrom(params)
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  const back = (done: Done) => redirect(`/employer/jobs/${jobId}/applicants/${applicationId}?done=${done}`)
  const failed = (r: { formError: string | null; fieldErrors: Record<string, string[] | undefined>; code: string }): ActionResult => {
    if (r.code === 'NOT_FOUND') throw new Response(NOT_FOUND, { status: 404 })
    return { intent, formError: r.formError, fieldErrors: r.fieldErrors }
  }

  if (intent === 'shortlist' || intent === 'hire' || intent === 'not_selected') {
    const template = str(form, 'template')
    const r = await withFormErrors(() =>
      context.trpc.applicants.act({
        applicationIds: [applicationId],
        action: intent,
        message: intent === 'shortlist' ? undefined : str(form, 'message'),
        template: intent === 'not_selected' && template ? (template as 'filled_elsewhere') : undefined,
      }),
    )
    if (!r.ok) return failed(r)
    const one = r.value.results[0]
    if (one && !one.ok) return { intent, formError: one.error, fieldErrors: {} }
    throw back(intent === 'shortlist' ? 'shortlisted' : intent === 'hire' ? 'hired' : 'not_selected')
  }
  if (intent === 'interview') {
    const r = await withFormErrors(() =>
      context.trpc.applicants.scheduleInterview({
        applicationId,
        date: str(form, 'date') ?? '',
        time: str(form, 'time') ?? '',
        place: str(form, 'place') ?? '',
        contactName: str(form, 'contactName'),
        notes: str(form, 'notes'),
      }),
    )
    if (!r.ok) return failed(r)
    throw back('interview')
  }
  if (intent === 'note') {
    const r = await withFormErrors(() => context.trpc.applicants.note({ applicationId, text: str(form, 'text') ?? '' }))
    if (!r.ok) return failed(r)
    throw back('note')
  }
  return { intent, formError: 'This form is out of date. Please reload the page.', fieldErrors: {} }
}

function Section({ id, title, children, className }: { id: string; title: string; children: React.ReactNode; className?: string }) {
  return (
    <Card className={className}>
      <section aria-labelledby={id} className="space-y-3">
        <h2 id={id} className="text-lg font-bold text-ink-900">
          {title}
        </h2>
        {children}
      </section>
    </Card>
  )
}

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="py-1.5">
      <dt className="text-xs font-semibold uppercase tracking-wide text-ink-700">{label}</dt>
      <dd className="text-sm text-ink-900 [overflow-wrap:anywhere]">{value}</dd>
    </div>
  )
}

const OPEN = new Set(['applied', 'viewed', 'shortlisted', 'interview'])

export default function Applicant() {
  const { a, templates, done, today } = useLoaderData<typeof loader>()
  const data = useActionData<typeof action>()
  const navigation = useNavigation()
  const revalidator = useRevalidator()
  const busy = navigation.state !== 'idle'
  const busyWith = (intent: string) => busy && navigation.formData?.get('intent') === intent
  const errorsFor = (intent: string) => (data?.intent === intent ? data : null)
  const open = OPEN.has(a.status)
  const canShortlist = a.status === 'applied' || a.status === 'viewed'

  // the candidate withdrew (or the job closed) while this page is open
  useNotificationEvents((n) => {
    if (!n || n.applicationId === a.applicationId) revalidator.revalidate()
  })

  const interviewErrors = errorsFor('interview')
  const c = a.candidate
  return (
    <>
      <EmployerNav />
      <main id="main" className="mx-auto max-w-4xl space-y-4 px-4 py-8">
        <Link to={`/employer/jobs/${a.job.id}/applicants`} className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline">
          ← Applicants for {a.job.title}
        </Link>

        <Card className="space-y-3" data-testid="applicant-header">
          <div className="flex items-start justify-between gap-3">
            <div className="flex min-w-0 items-center gap-3">
              <ApplicantAvatar name={c.name} photoUrl={c.photoUrl} size="lg" />
              <div className="min-w-0">
                <h1 className="break-words text-2xl font-extrabold text-ink-900">{c.name}</h1>
                <p className="text-sm text-ink-700">
                  {c.cityName ? <MapPin aria-hidden className="mr-0.5 inline h-3.5 w-3.5 align-[-0.15em]" /> : null}
                  {[c.cityName, c.age !== null ? `${c.age} years` : null, c.preferredRole].filter(Boolean).join(' · ')}
                </p>
                <p className="text-xs text-ink-700">Applied {formatIstDateTime(a.appliedAt)}</p>
              </div>
            </div>
            <ApplicationStatusChip status={a.status} />
          </div>
          {a.score !== null ? (
            <p>
              <Badge tone="teal">
                {a.score}% · {scoreWords(a.score)}
              </Badge>
            </p>
          ) : null}
          {a.reasons.length ? (
            <ul className="list-inside list-disc text-sm text-ink-900" aria-label="Why this applicant" data-testid="applicant-reasons">
              {a.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : null}
          <div className="rounded-xl bg-brand-50 px-4 py-3" data-testid="applicant-contact">
            <p className="text-xs font-semibold uppercase tracking-wide text-ink-700">Mobile number</p>
            {a.mobile ? (
              <p className="text-lg font-bold text-ink-900">
                <a href={`tel:${a.mobile}`} className="text-brand-800 underline">
                  {formatMobile(a.mobile)}
                </a>
                {c.email ? <span className="block break-all text-sm font-normal text-ink-900">{c.email}</span> : null}
              </p>
            ) : (
              <p className="text-sm text-ink-900">Shown after you shortlist this applicant.</p>
            )}
          </div>
          <p role="status" className="text-sm font-semibold text-teal-800">
            {done ? DONE[done] : ''}
          </p>
        </Card>

        <Section id="actions-heading" title={open ? 'Next step' : 'Decision'}>
          {open ? (
            <div className="space-y-4">
              <FormAlert message={data && data.intent !== 'interview' && data.intent !== 'note' ? data.formError : null} />
              <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
                {canShortlist ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="shortlist" />
                    <Button type="submit" variant="teal" disabled={busy} className="w-full sm:w-auto">
                      {busyWith('shortlist') ? 'Shortlisting…' : 'Shortlist'}
                    </Button>
                  </Form>
                ) : null}
                <details className="rounded-xl border border-brand-100 bg-white/70 sm:min-w-[14rem]">
                  <summary className="flex min-h-[44px] cursor-pointer items-center px-3 font-semibold text-brand-800">Hire</summary>
                  <Form method="post" className="space-y-2 p-3">
                    <input type="hidden" name="intent" value="hire" />
                    <Textarea name="message" label="Message to the candidate (optional)" rows={2} maxLength={1000} placeholder="Congratulations! Please join on Monday at 9 am with your documents." />
                    <Button type="submit" disabled={busy} className="w-full">
                      {busyWith('hire') ? 'Saving…' : `Hire ${c.name.split(' ')[0]}`}
                    </Button>
                  </Form>
                </details>
                <details className="rounded-xl border border-brand-100 bg-white/70 sm:min-w-[14rem]">
                  <summary className="flex min-h-[44px] cursor-pointer items-center px-3 font-semibold text-brand-800">Not selected</summary>
                  <Form method="post" className="space-y-2 p-3">
                    <input type="hidden" name="intent" value="not_selected" />
                    <label className="block text-sm font-semibold text-ink-900">
                      Polite message
                      <select name="template" className={`${controlClasses} mt-1`} defaultValue={templates[0]?.key}>
                        {templates.map((t) => (
                          <option key={t.key} value={t.key}>
                            {t.label}
                          </option>
                        ))}
                      </select>
                    </label>
                    <Textarea name="message" label="Or write your own (optional)" rows={2} maxLength={1000} />
                    <Button type="submit" variant="secondary" disabled={busy} className="w-full">
                      {busyWith('not_selected') ? 'Saving…' : 'Send and mark not selected'}
                    </Button>
                  </Form>
                </details>
              </div>
              <Form method="post" className="space-y-3 rounded-xl border border-brand-100 bg-white/70 p-4" aria-labelledby="interview-heading" data-testid="interview-form">
                <h3 id="interview-heading" className="font-bold text-ink-900">
                  {a.interview ? 'Move the interview' : 'Schedule an interview'}
                </h3>
                <input type="hidden" name="intent" value="interview" />
                <FormAlert message={interviewErrors?.formError} />
                <div className="grid gap-3 sm:grid-cols-2">
                  <Input name="date" type="date" label="Date" required min={today} defaultValue={a.interview?.date ?? ''} errors={interviewErrors?.fieldErrors.date} />
                  <Input name="time" type="time" label="Time" required defaultValue={a.interview?.time ?? '10:00'} errors={interviewErrors?.fieldErrors.time} />
                </div>
                <Input name="place" label="Place (address)" required maxLength={300} autoComplete="street-address" defaultValue={a.interview?.place ?? ''} placeholder="Shop 4, MG Road, Pune" errors={interviewErrors?.fieldErrors.place} />
                <Input name="contactName" label="Whom to ask for (optional)" maxLength={80} defaultValue={a.interview?.contactName ?? ''} hint="Empty: your name." errors={interviewErrors?.fieldErrors.contactName} />
                <Textarea name="notes" label="Notes for the candidate (optional)" rows={2} maxLength={1000} defaultValue={a.interview?.notes ?? ''} placeholder="Bring your licence and two photos." errors={interviewErrors?.fieldErrors.notes} />
                <Button type="submit" disabled={busy} className="w-full sm:w-auto">
                  {busyWith('interview') ? 'Scheduling…' : a.interview ? 'Move interview' : 'Schedule interview'}
                </Button>
              </Form>
            </div>
          ) : (
            <p className="text-sm text-ink-900">
              {a.status === 'withdrawn' ? 'The candidate withdrew this application.' : a.status === 'position_filled' ? 'The job is closed, so this application is settled.' : 'You have decided on this application.'}
              {a.decisionMessage ? <span className="mt-1 block text-ink-700">Your message: “{a.decisionMessage}”</span> : null}
            </p>
          )}
          {a.interview ? (
            <div className="rounded-xl bg-teal-300/25 px-4 py-3 text-sm text-ink-900" data-testid="applicant-interview">
              <p className="font-bold">
                Interview: {formatInterviewDate(a.interview.date)}, {formatInterviewTime(a.interview.time)}
              </p>
              <p className="break-words">
                {a.interview.place}{' '}
                <a href={a.interview.mapUrl} target="_blank" rel="noopener noreferrer" className="font-semibold text-brand-800 underline">
                  Map<span className="sr-only"> (opens in a new tab)</span>
                </a>
              </p>
              {a.interview.contactName ? <p>Ask for {a.interview.contactName}</p> : null}
            </div>
          ) : null}
        </Section>

        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <div className="min-w-0 space-y-4">
            <Section id="resume-heading" title="Resume">
              {a.resume ? (
                <>
                  <p className="text-xs text-ink-700">
                    Version {a.resume.version} · saved {formatIstDateTime(a.resume.createdAt)}
                  </p>
                  <dl className="divide-y divide-brand-100">
                    {a.resume.summary.map((item) => (
                      <Fact key={item.key} label={item.label} value={item.display} />
                    ))}
                  </dl>
                </>
              ) : (
                <p className="text-sm text-ink-700">No resume is attached to this application.</p>
              )}
              {a.resumePdfUrl ? (
                <a href={a.resumePdfUrl} className="inline-flex min-h-[44px] items-center justify-center rounded-xl bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800" data-testid="resume-pdf">
                  Resume PDF
                </a>
              ) : null}
            </Section>
            {a.answers.length ? (
              <Section id="answers-heading" title="Answers when applying">
                <dl className="divide-y divide-brand-100">
                  {a.answers.map((x) => (
                    <Fact key={x.key} label={x.label} value={x.answer} />
                  ))}
                </dl>
              </Section>
            ) : null}
            <Section id="profile-heading" title="Profile">
              <dl className="grid gap-x-4 sm:grid-cols-2">
                <Fact label="Languages" value={c.languages.length ? c.languages.join(', ') : 'Not given'} />
                <Fact label="Driving licence" value={c.hasDrivingLicence === null ? 'Not given' : c.hasDrivingLicence ? 'Yes' : 'No'} />
                <Fact label="Own vehicle" value={c.vehicleType ? (VEHICLE[c.vehicleType] ?? c.vehicleType) : 'Not given'} />
                <Fact label="Current monthly salary" value={c.currentSalaryMonthly !== null ? `${formatInr(c.currentSalaryMonthly)} a month` : 'Not given'} />
              </dl>
              {c.aboutHtml ? (
                // sanitised on the server (allow-list) when the candidate saved it
                <div className="prose-sm break-words text-sm text-ink-900 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5" dangerouslySetInnerHTML={{ __html: c.aboutHtml }} />
              ) : null}
            </Section>
          </div>
          <div className="min-w-0 space-y-4">
            <Section id="timeline-heading" title="Progress">
              <StatusTimeline status={a.status} timeline={a.timeline} />
            </Section>
            <Section id="notes-heading" title="Private notes">
              <p className="text-xs text-ink-700">Only you see these — never the candidate.</p>
              {a.notes.length ? (
                <ul className="space-y-2" data-testid="notes">
                  {a.notes.map((n) => (
                    <li key={n.id} className="rounded-xl bg-white/80 px-3 py-2 text-sm text-ink-900">
                      <p className="whitespace-pre-line break-words">{n.text}</p>
                      <p className="text-xs text-ink-700">{formatIstDateTime(n.createdAt)}</p>
                    </li>
                  ))}
                </ul>
              ) : null}
              <Form method="post" className="space-y-2">
                <input type="hidden" name="intent" value="note" />
                <Textarea name="text" label="Add a note" rows={3} required maxLength={2000} errors={errorsFor('note')?.fieldErrors.text ?? (errorsFor('note')?.formError ? [errorsFor('note')!.formError!] : null)} />
                <Button type="submit" variant="secondary" size="sm" disabled={busy}>
                  {busyWith('note') ? 'Saving…' : 'Save note'}
                </Button>
              </Form>
            </Section>
          </div>
        </div>
      </main>
    </>
  )
}

export { EmployerErrorBoundary as ErrorBoundary } from '~/components/employer/employer-error'
