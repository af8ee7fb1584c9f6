import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useNavigate, useRevalidator } from '@remix-run/react'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { formatIstDateTime } from '~/components/applications/ist-time'
import { metaTitle } from '~/i18n/meta'
import { useServerMessage } from '~/i18n/server-messages'
import { ChatPanel } from '~/components/chat/chat-panel'
import type { ChatSessionSummary } from '~/components/chat/transcript'
import { Button } from '~/components/ui/button'
import { Badge, Card } from '~/components/ui/card'
import { cn } from '~/components/ui/cn'
import { requireCandidate, safeRedirect } from '~/utils/auth.server'
import { getBrowserTrpc } from '~/utils/trpc-client'
import { isTransportError, newClientMessageId } from '~/utils/use-chat'
import { FileText, MessageCircle } from 'lucide-react'

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, 'resume:title')
export const handle = { i18n: 'resume' }

export async function loader({ context, request }: LoaderFunctionArgs) {
  requireCandidate(context, request)
  const [me, resume, sessions, locale] = await Promise.all([
    context.trpc.candidate.me(),
    context.trpc.resume.current(),
    context.trpc.chat.list(),
    context.trpc.candidate.locale(),
  ])
  const active = sessions.find((s) => s.status === 'active') ?? null
  // the unfinished conversation renders with the page (another device continues where it was)
  const activeChat = active ? await context.trpc.chat.get({ sessionId: active.id }).catch(() => null) : null
  const summary = resume?.summary ?? []
  // "apply needs a resume": the job to go back to once it is saved (only a job page, never elsewhere)
  const back = safeRedirect(new URL(request.url).searchParams.get('returnTo'), '')
  return {
    returnTo: /^\/jobs\/[0-9a-f-]{36}$/i.test(back) ? back : null,
    firstName: me.fullName.split(' ')[0] ?? me.fullName,
    roleName: me.preferredRole?.name ?? null,
    resume: resume ? { id: resume.id, version: resume.version, source: resume.source, createdAt: resume.createdAt, downloadUrl: resume.downloadUrl, summary } : null,
    sessions,
    activeChat,
    locale,
  }
}

// a conversation's status: its words are `resume:history.<status>`
const STATUS_TONE: Record<string, 'teal' | 'brand'> = { active: 'teal', completed: 'brand' }

type StartOptions = { fromResume?: boolean; discardActive?: boolean }
type Pending = { kind: 'new' } | { kind: 'edit' }

function errorText(error: unknown, t: TFunction, say: (message: string) => string): string {
  if (isTransportError(error)) return t('noConnection')
  return error instanceof Error ? say(error.message) : t('generic')
}

function StartChoices({ busy, onChoose }: { busy: boolean; onChoose: (method: 'upload' | 'bot') => void }) {
  const { t } = useTranslation('resume')
  const choice = 'glass flex min-h-[7rem] w-full flex-col items-start gap-1 p-5 text-left transition hover:bg-white disabled:cursor-not-allowed disabled:opacity-60'
  return (
    <section aria-labelledby="start-heading" className="space-y-3">
      <h2 id="start-heading" className="text-lg font-bold text-white">
        {t('start.heading')}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <button type="button" className={choice} disabled={busy} onClick={() => onChoose('upload')}>
          <FileText aria-hidden className="h-8 w-8 text-brand-700" />
          <span className="text-lg font-bold text-ink-900">{t('start.upload')}</span>
          <span className="text-sm text-ink-700">{t('start.uploadHint')}</span>
        </button>
        <button type="button" className={choice} disabled={busy} onClick={() => onChoose('bot')}>
          <MessageCircle aria-hidden className="h-8 w-8 text-brand-700" />
          <span className="text-lg font-bold text-ink-900">{t('start.bot')}</span>
          <span className="text-sm text-ink-700">{t('start.botHint')}</span>
        </button>
      </div>
    </section>
  )
}

type ResumeData = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>['resume']>

function CurrentResume({ resume, busy, onEdit }: { resume: ResumeData; busy: boolean; onEdit: () => void }) {
  const { t, i18n } = useTranslation('resume')
  return (
    <Card data-testid="current-resume" className="min-w-0">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-bold text-ink-900">{t('current.heading')}</h2>
        <Badge tone="brand">{t('current.version', { version: resume.version })}</Badge>
      </div>
      <p className="mt-1 text-xs text-ink-700">
        {t('current.saved', { when: formatIstDateTime(resume.createdAt, i18n.language), source: resume.source === 'upload' ? t('current.fromPdf') : t('current.withAivi') })}
      </p>
      {/* focusable: a long resume scrolls inside the card, from the keyboard too */}
      <dl className="mt-3 max-h-80 divide-y divide-brand-100 overflow-y-auto pr-1" tabIndex={0} aria-label={t('current.answersLabel')}>
        {resume.summary.map((item) => (
          <div key={item.key} className="py-1.5">
            <dt className="text-xs font-semibold uppercase tracking-wide text-ink-700">{item.label}</dt>
            <dd className="text-sm text-ink-900 [overflow-wrap:anywhere]">{item.display}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 grid gap-2 sm:grid-cols-2">
        <a href={resume.downloadUrl} download className="inline-flex min-h-[44px] items-center justify-center rounded-xl bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800">
          {t('current.download')}
        </a>
        <Button variant="secondary" disabled={busy} onClick={onEdit}>
          {t('current.edit')}
        </Button>
        <Link to="/jobs" className="inline-flex min-h-[44px] items-center justify-center rounded-xl bg-gradient-to-r from-brand-600 to-blush-600 px-4 font-semibold text-white sm:col-span-2">
          {t('current.findJobs')}
        </Link>
      </div>
    </Card>
  )
}

function History({ sessions, openId, onOpen }: { sessions: ChatSessionSummary[]; openId: string | null; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation('resume')
  const say = useServerMessage()
  return (
    <Card className="min-w-0">
      <h2 className="text-lg font-bold text-ink-900">{t('history.heading')}</h2>
      <ul className="mt-2 space-y-2" aria-label={t('history.label')}>
        {sessions.map((s) => {
          const status = { label: s.status in STATUS_TONE ? t(`history.${s.status}`) : s.status, tone: STATUS_TONE[s.status] ?? ('neutral' as const) }
          const open = s.id === openId
          return (
            <li key={s.id}>
              <button
                type="button"
                aria-current={open ? 'true' : undefined}
                onClick={() => onOpen(s.id)}
                className={cn('flex min-h-[56px] w-full items-center justify-between gap-2 rounded-xl border px-3 py-2 text-left', open ? 'border-brand-500 bg-brand-50' : 'border-brand-100 bg-white hover:bg-brand-50')}
              >
                <span className="min-w-0">
                  <span className="block truncate text-sm font-semibold text-ink-900">{say(s.title)}</span>
                  <span className="block text-xs text-ink-700">{formatIstDateTime(s.updatedAt, i18n.language)}</span>
                </span>
                <span className="flex shrink-0 flex-col items-end gap-1">
                  <Badge tone={status.tone}>{status.label}</Badge>
                  <span className="text-xs font-semibold text-brand-800">{s.status === 'active' ? t('history.continue') : t('history.open')}</span>
                </span>
              </button>
            </li>
          )
        })}
      </ul>
    </Card>
  )
}

/** "You have an unfinished chat": continue it, or discard it and go on. Native <dialog>: focus and Escape for free. */
function UnfinishedDialog({ pending, busy, onContinue, onDiscard, onClose }: { pending: Pending | null; busy: boolean; onContinue: () => void; onDiscard: () => void; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const { t } = useTranslation('resume')
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (pending && !d.open) d.showModal()
    if (!pending && d.open) d.close()
  }, [pending])
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl bg-white p-0 shadow-glass-lg backdrop:bg-brand-900/60">
      <div className="space-y-3 p-5">
        <h2 id={titleId} className="text-lg font-bold text-ink-900">
          {t('unfinished.heading')}
        </h2>
        <p className="text-sm text-ink-700">
          {pending?.kind === 'edit' ? t('unfinished.editText') : t('unfinished.newText')}
        </p>
        <div className="grid gap-2">
          <Button onClick={onContinue} disabled={busy}>
            {t('unfinished.continue')}
          </Button>
          <Button variant="danger" onClick={onDiscard} disabled={busy}>
            {pending?.kind === 'edit' ? t('unfinished.discardEdit') : t('unfinished.discardNew')}
          </Button>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t('unfinished.cancel')}
          </Button>
        </div>
      </div>
    </dialog>
  )
}

export default function MyResume() {
  const data = useLoaderData<typeof loader>()
  const revalidator = useRevalidator()
  const active = data.sessions.find((s) => s.status === 'active') ?? null
  const [openId, setOpenId] = useState<string | null>(active?.id ?? null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const { t } = useTranslation('resume')
  const say = useServerMessage()

  // a conversation started on another device shows up here after a reload/revalidation
  useEffect(() => {
    if (openId === null && active) setOpenId(active.id)
  }, [active, openId])

  const start = useCallback(
    async (opts: StartOptions, method?: 'upload' | 'bot') => {
      setBusy(true)
      setError(null)
      try {
        const trpc = getBrowserTrpc()
        const { sessionId, created } = await trpc.http.chat.start.mutate(opts)
        // the two big buttons answer the bot's first question for the candidate
        if (method && created) {
          await trpc.http.chat.send
            .mutate({ sessionId, clientMessageId: newClientMessageId(), expectedVersion: undefined, event: { type: 'choose_method', method } })
            .catch(() => null) // the chat still offers the same choice
        }
        setOpenId(sessionId)
        setPending(null)
        revalidator.revalidate()
      } catch (e) {
        setError(errorText(e, t, say))
      } finally {
        setBusy(false)
      }
    },
    [revalidator, t, say],
  )

  const onNewChat = () => (active ? setPending({ kind: 'new' }) : void start({}))
  const onEdit = () => (active ? setPending({ kind: 'edit' }) : void start({ fromResume: true }))
  const navigate = useNavigate()
  const returnTo = data.returnTo
  // came here to apply: straight back to the job once the resume is saved
  const onSaved = useCallback(() => (returnTo ? navigate(`${returnTo}?resume=saved`) : revalidator.revalidate()), [revalidator, navigate, returnTo])

  const openSession = openId ? data.sessions.find((s) => s.id === openId) : undefined
  // a session just started is not in the list until revalidation: it is live
  const readOnly = openSession ? openSession.status !== 'active' : false
  const initial = data.activeChat && data.activeChat.session.id === openId ? data.activeChat : null
  const resume = data.resume

  // before the first resume the two big choices are the way to start: no second "New chat" beside them
  const offerNewChat = Boolean(openId || resume || data.sessions.length > 0)
  return (
    // flex gap, not space-y: the title row taken out of the flow on phones (sr-only) leaves no gap behind;
    // a conversation on a phone starts right under the app header (the page's top padding goes to the chat),
    // unless an error comes first
    <div className={cn('flex flex-col gap-4', openId && !error && 'max-md:-mt-6')}>
      {/* phones with a conversation open: the chat gets the title row's height (its header names it and has "New chat") */}
      <div className={cn('flex flex-wrap items-center justify-between gap-2', openId && 'max-md:sr-only')}>
        <h1 className="text-2xl font-extrabold text-white sm:text-3xl">{t('heading')}</h1>
        {offerNewChat ? (
          <Button variant="secondary" disabled={busy} onClick={onNewChat} className={openId ? 'max-md:hidden' : undefined}>
            {t('newChat')}
          </Button>
        ) : null}
      </div>
      {data.returnTo ? (
        // read before starting; on a phone an open conversation takes its place (saving still goes straight back to the job)
        <p
          className={cn('glass flex flex-col gap-2 p-4 text-sm font-semibold text-ink-900 sm:flex-row sm:items-center sm:justify-between', openId && 'max-md:hidden')}
          data-testid="resume-return"
        >
          <span>{resume ? t('returnReady') : t('returnFirst')}</span>
          <Link to={data.returnTo} className="inline-flex min-h-[44px] shrink-0 items-center justify-center rounded-xl bg-teal-700 px-4 text-white hover:bg-teal-800">
            {t('backToJob')}
          </Link>
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-xl bg-red-50 px-4 py-3 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0">
          {openId ? (
            <ChatPanel
              key={openId}
              sessionId={openId}
              initial={initial}
              readOnly={readOnly}
              title={openSession ? say(openSession.title) : data.roleName ? t('chatTitleRole', { role: data.roleName }) : t('chatTitle')}
              currentResumeVersion={resume?.version ?? null}
              languages={data.locale.languages}
              language={data.locale.locale}
              onSaved={onSaved}
              // a finished conversation opened from the history closes back to the resume (or the open chat)
              onClose={readOnly ? () => setOpenId(active?.id ?? null) : undefined}
              headerAction={
                offerNewChat ? (
                  <Button variant="secondary" size="sm" className="min-h-[44px] shrink-0 whitespace-nowrap md:hidden" disabled={busy} onClick={onNewChat}>
                    {t('newChat')}
                  </Button>
                ) : null
              }
              // the screen less the app header and, on phones, the bottom tab bar (wider screens: the title row);
              // phones: edge to edge, so every bubble is a line or two shorter and the question keeps its room
              className="h-[calc(100vh-8.5rem)] max-md:-mx-4 max-md:rounded-none max-md:border-x-0 supports-[height:100dvh]:h-[calc(100dvh-8.5rem)] md:h-[calc(100vh-10.5rem)] md:supports-[height:100dvh]:h-[calc(100dvh-10.5rem)]"
            />
          ) : resume ? (
            <CurrentResume resume={resume} busy={busy} onEdit={onEdit} />
          ) : (
            <StartChoices busy={busy} onChoose={(method) => void start({}, method)} />
          )}
        </div>
        <aside className="min-w-0 space-y-4" aria-label={t('asideLabel')}>
          {openId && resume ? <CurrentResume resume={resume} busy={busy} onEdit={onEdit} /> : null}
          {data.sessions.length > 0 ? <History sessions={data.sessions} openId={openId} onOpen={setOpenId} /> : null}
        </aside>
      </div>

      <UnfinishedDialog
        pending={pending}
        busy={busy}
        onClose={() => setPending(null)}
        onContinue={() => {
          if (active) setOpenId(active.id)
          setPending(null)
        }}
        onDiscard={() => void start(pending?.kind === 'edit' ? { fromResume: true } : { discardActive: true })}
      />
    </div>
  )
}
