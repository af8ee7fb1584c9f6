import { Form, Link, useNavigate, useRevalidator } from '@remix-run/react'
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { useServerMessage } from '~/i18n/server-messages'
import { getBrowserTrpc, retryDelayMs } from '~/utils/trpc-client'
import { isTransportError, newClientMessageId } from '~/utils/use-chat'
import { Button } from '../ui/button'
import { cn } from '../ui/cn'
import { ApplicationStatusChip } from './application-status'
import { answersFromForm, type ApplyQuestion, type PreparedApply } from './apply-answers'

export { answersFromForm, type ApplyQuestion, type PreparedApply } from './apply-answers'

/** Where a candidate without a resume goes: My Resume, and back to this job once it is saved. */
export const resumeFirstHref = (jobId: string) => `/resume?returnTo=${encodeURIComponent(`/jobs/${jobId}`)}`

/** What went wrong, in the page's language (`t` of the apply namespace; the server's sentences through the catalog). */
function errorText(error: unknown, t: TFunction, say: (message: string) => string): string {
  if (isTransportError(error)) return t('noConnection')
  return error instanceof Error && error.message ? say(error.message) : t('generic')
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Retries a call on network trouble only (an answer from the server is final). */
async function withRetries<T>(call: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await call()
    } catch (error) {
      if (i >= attempts - 1 || !isTransportError(error)) throw error
      await sleep(retryDelayMs(i))
    }
  }
}

type Phase = { kind: 'idle' } | { kind: 'working' } | { kind: 'sheet'; prepared: PreparedApply } | { kind: 'applied'; status: string; created: boolean } | { kind: 'error'; message: string }

/**
 * One tap to apply. The tap asks the server what it still needs (`applications.prepare`): nothing →
 * apply at once; unknown requirements or a hard mismatch → the sheet; no resume → My Resume.
 * The request id is made once per tap flow and reused on every retry, so a double tap or a retry
 * on a flaky network makes exactly one application. Without JavaScript the same button posts to
 * the job page's action, which does the same on the server.
 */
export function useApply(jobId: string, initialStatus: string | null, initialRequestId?: string) {
  const navigate = useNavigate()
  const revalidator = useRevalidator()
  const [phase, setPhase] = useState<Phase>(initialStatus ? { kind: 'applied', status: initialStatus, created: false } : { kind: 'idle' })
  const busy = useRef(false)
  const requestId = useRef<string | null>(initialRequestId ?? null)
  const { t } = useTranslation('apply')
  const say = useServerMessage()

  // a status that changed underneath (a revalidation after a live update) wins
  useEffect(() => {
    if (initialStatus) setPhase((p) => (p.kind === 'applied' && p.status === initialStatus ? p : { kind: 'applied', status: initialStatus, created: false }))
  }, [initialStatus])

  const submit = useCallback(
    async (answers: Record<string, unknown> | undefined) => {
      requestId.current ??= newClientMessageId()
      const clientRequestId = requestId.current
      setPhase({ kind: 'working' })
      try {
        const result = await withRetries(() => getBrowserTrpc().http.applications.submit.mutate({ jobId, clientRequestId, answers }))
        setPhase({ kind: 'applied', status: result.status, created: result.created })
        revalidator.revalidate()
      } catch (error) {
        setPhase({ kind: 'error', message: errorText(error, t, say) })
      }
    },
    [jobId, revalidator, t, say],
  )

  const start = useCallback(
    async (prepared?: PreparedApply) => {
      if (busy.current) return
      busy.current = true
      try {
        setPhase({ kind: 'working' })
        const p = prepared ?? (await withRetries(() => getBrowserTrpc().http.applications.prepare.query({ jobId })))
        if (p.alreadyApplied) return setPhase({ kind: 'applied', status: p.alreadyApplied.status, created: false })
        if (!p.hasResume) {
          navigate(resumeFirstHref(jobId))
          return
        }
        if (p.questions.length || p.hardMismatches.length) return setPhase({ kind: 'sheet', prepared: p })
        await submit(undefined)
      } catch (error) {
        setPhase({ kind: 'error', message: errorText(error, t, say) })
      } finally {
        busy.current = false
      }
    },
    [jobId, navigate, submit, t, say],
  )

  const confirm = useCallback(
    async (answers: Record<string, unknown>) => {
      if (busy.current) return
      busy.current = true
      try {
        await submit(answers)
      } finally {
        busy.current = false
      }
    },
    [submit],
  )

  const cancel = useCallback(() => setPhase({ kind: 'idle' }), [])
  return { phase, start, confirm, cancel }
}

/** "Applied ✓" (or where the application has got to), with the way to follow it. */
export function AppliedState({ status, compact }: { status: string; compact?: boolean }) {
  const { t } = useTranslation('apply')
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="applied-state">
      {status === 'applied' ? (
        <span className="inline-flex min-h-[36px] items-center gap-1 rounded-xl bg-teal-700/10 px-3 text-sm font-bold text-teal-800">{t('appliedMark')}</span>
      ) : (
        <ApplicationStatusChip status={status} />
      )}
      <Link to="/applications" className={cn('inline-flex min-h-[44px] items-center text-sm font-semibold text-brand-800 underline', compact && 'text-xs')}>
        {t('myApplications')}
      </Link>
    </div>
  )
}

function QuestionField({ q, idPrefix }: { q: ApplyQuestion; idPrefix: string }) {
  const { t } = useTranslation('apply')
  // the questions and their options are the server's English sentences
  const say = useServerMessage()
  const name = `answer.${q.key}`
  const options = q.kind === 'yes_no' ? [{ value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }] : (q.options ?? []).map((o) => ({ ...o, label: say(o.label) }))
  const type = q.kind === 'multi_select' ? 'checkbox' : 'radio'
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-sm font-semibold text-ink-900">{say(q.label)}</legend>
      {q.kind === 'multi_select' ? <p className="text-xs text-ink-700">{t('pickAll')}</p> : null}
      <div className="flex flex-wrap gap-2">
        {options.map((o) => {
          const id = `${idPrefix}-${q.key}-${o.value}`
          return (
            <label key={o.value} htmlFor={id} className="inline-flex min-h-[44px] cursor-pointer items-center gap-2 rounded-xl border border-brand-200 bg-white px-3 text-sm font-semibold text-ink-900 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input id={id} type={type} name={name} value={o.value} required={type === 'radio'} className="h-4 w-4 accent-brand-700" />
              {o.label}
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}

/**
 * What the job still needs to know, and what it needs that the candidate lacks — said plainly
 * before they apply. A plain form: posts to the job page's action without JavaScript.
 */
export function ApplySheet({
  jobId,
  jobTitle,
  prepared,
  busy,
  error,
  clientRequestId,
  onConfirm,
  onCancel,
}: {
  jobId: string
  jobTitle: string
  prepared: PreparedApply
  busy: boolean
  error?: string | null
  clientRequestId?: string
  onConfirm?: (answers: Record<string, unknown>) => void
  onCancel?: () => void
}) {
  const idPrefix = useId()
  const { t } = useTranslation('apply')
  const say = useServerMessage()
  const onSubmit = onConfirm
    ? (e: FormEvent<HTMLFormElement>) => {
        e.preventDefault()
        onConfirm(answersFromForm(new FormData(e.currentTarget), prepared.questions))
      }
    : undefined
  const asks = prepared.questions.length > 0
  return (
    <Form method="post" action={`/jobs/${jobId}`} onSubmit={onSubmit} className="space-y-4" data-testid="apply-sheet" aria-label={t('sheetLabel', { title: jobTitle })}>
      <input type="hidden" name="intent" value="apply" />
      <input type="hidden" name="confirmed" value="1" />
      {clientRequestId ? <input type="hidden" name="clientRequestId" value={clientRequestId} /> : null}
      {prepared.hardMismatches.length ? (
        <div className="rounded-xl border border-blush-400/60 bg-blush-400/10 px-4 py-3" data-testid="apply-mismatches">
          <p className="font-bold text-ink-900">{t('before')}</p>
          <ul className="mt-1 list-inside list-disc text-sm text-ink-900">
            {prepared.hardMismatches.map((m) => (
              <li key={m}>{say(m)}</li>
            ))}
          </ul>
          <p className="mt-2 text-xs text-ink-700">{t('stillApply')}</p>
        </div>
      ) : null}
      {asks ? (
        <div className="space-y-4">
          <p className="text-sm text-ink-700">{t('questions', { count: prepared.questions.length })}</p>
          {prepared.questions.map((q) => (
            <QuestionField key={q.key} q={q} idPrefix={idPrefix} />
          ))}
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-xl bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button type="submit" disabled={busy} className="w-full sm:w-auto">
          {busy ? t('applying') : prepared.hardMismatches.length ? t('applyAnyway') : t('applyNow')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={busy} className="w-full sm:w-auto">
            {t('cancel')}
          </Button>
        ) : null}
      </div>
    </Form>
  )
}

/** The sheet as a bottom sheet over a list of cards (native <dialog>: focus and Escape for free). */
function ApplyDialog({ open, title, children, onClose }: { open: boolean; title: string; children: React.ReactNode; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const { t } = useTranslation('apply')
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) d.showModal()
    if (!open && d.open) d.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="mb-0 mt-auto w-full max-w-lg rounded-t-2xl bg-white p-0 shadow-glass-lg backdrop:bg-brand-900/60 sm:m-auto sm:rounded-2xl"
    >
      <div className="max-h-[85vh] space-y-3 overflow-y-auto p-5">
        <h2 id={titleId} className="break-words text-lg font-bold text-ink-900">
          {t('dialogTitle', { title })}
        </h2>
        {open ? children : null}
      </div>
    </dialog>
  )
}

/** The Apply button as a job card shows it: one tap, the sheet in a dialog when something is unknown. */
export function CardApply({ jobId, jobTitle, status }: { jobId: string; jobTitle: string; status: string | null }) {
  const apply = useApply(jobId, status)
  const { t } = useTranslation('apply')
  const { phase } = apply
  if (phase.kind === 'applied') return <AppliedState status={phase.status} compact />
  const working = phase.kind === 'working'
  return (
    <div className="space-y-2">
      <Form
        method="post"
        action={`/jobs/${jobId}`}
        onSubmit={(e) => {
          e.preventDefault()
          void apply.start()
        }}
      >
        <input type="hidden" name="intent" value="apply" />
        <Button type="submit" size="sm" disabled={working} aria-label={t('applyFor', { title: jobTitle })} className="w-full" data-testid="card-apply">
          {working ? t('applying') : t('apply')}
        </Button>
      </Form>
      {phase.kind === 'error' ? (
        <p role="alert" className="text-xs font-medium text-red-800">
          {phase.message}
        </p>
      ) : null}
      <ApplyDialog open={phase.kind === 'sheet'} title={jobTitle} onClose={apply.cancel}>
        {phase.kind === 'sheet' ? <ApplySheet jobId={jobId} jobTitle={jobTitle} prepared={phase.prepared} busy={false} onConfirm={(a) => void apply.confirm(a)} onCancel={apply.cancel} /> : null}
      </ApplyDialog>
    </div>
  )
}
