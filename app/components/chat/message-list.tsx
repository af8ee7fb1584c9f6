import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useServerMessage } from '~/i18n/server-messages'
import { Button } from '../ui/button'
import { cn } from '../ui/cn'
import type { BotCopy } from './bot-copy'
import { ProgressBar } from './progress-bar'
import { labelFor, type BotOutput, type ChatView, type TranscriptItem } from './transcript'
import type { PendingTurn } from '~/utils/use-chat'
import { CircleCheck, TriangleAlert } from 'lucide-react'

type AnswerItems = Extract<BotOutput, { type: 'preview' }>['items']

function BotBubble({ children, tone = 'plain', testId }: { children: ReactNode; tone?: 'plain' | 'error' | 'muted'; testId?: string }) {
  const { t } = useTranslation('chat')
  return (
    <div className="flex items-end gap-2" data-testid={testId}>
      <span aria-hidden className="grid h-8 w-8 shrink-0 place-items-center rounded-full bg-gradient-to-br from-brand-500 to-blush-500 text-xs font-black text-white">
        AI
      </span>
      <div
        className={cn(
          'max-w-[85%] rounded-2xl rounded-bl-sm px-4 py-2.5 text-[15px] leading-snug shadow-sm [overflow-wrap:anywhere]',
          tone === 'error' && 'border border-red-200 bg-red-50 text-red-800',
          tone === 'muted' && 'bg-white/60 italic text-ink-700',
          tone === 'plain' && 'bg-white text-ink-900',
        )}
      >
        <span className="sr-only">{t('list.bot')}</span>
        <span>{children}</span>
      </div>
    </div>
  )
}

function UserBubble({ children, footer }: { children: ReactNode; footer?: ReactNode }) {
  const { t } = useTranslation('chat')
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="max-w-[85%] whitespace-pre-line rounded-2xl rounded-br-sm bg-brand-600 px-4 py-2.5 text-[15px] leading-snug text-white shadow-sm [overflow-wrap:anywhere]">
        <span className="sr-only">{t('list.you')}</span>
        <span>{children}</span>
      </div>
      {footer}
    </div>
  )
}

/** Past this, a value in the "found" card shows its first lines (a pasted job description is the whole post); the preview shows all. */
const LONG_VALUE = 160

function AnswerList({ items, onEdit, clampLong = false }: { items: AnswerItems; onEdit?: (key: string, label: string) => void; clampLong?: boolean }) {
  const { t } = useTranslation('chat')
  return (
    <dl className="divide-y divide-brand-100">
      {items.map((item) => (
        <div key={item.key} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 py-2">
          <dt className="col-start-1 text-xs font-semibold uppercase tracking-wide text-ink-700">{item.label}</dt>
          <dd
            className={cn(
              'col-start-1 whitespace-pre-line text-sm [overflow-wrap:anywhere]',
              item.display === null ? 'italic text-ink-500' : 'text-ink-900',
              clampLong && (item.display?.length ?? 0) > LONG_VALUE && 'line-clamp-4',
            )}
          >
            {item.display ?? t('list.notAdded')}
          </dd>
          {onEdit && item.editable ? (
            <dd className="col-start-2 row-span-2 row-start-1">
              <Button variant="secondary" size="sm" className="min-h-[40px]" aria-label={t(item.display === null ? 'list.addField' : 'list.editField', { label: item.label })} onClick={() => onEdit(item.key, item.label)}>
                {item.display === null ? t('list.add') : t('list.edit')}
              </Button>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  )
}

function CardBubble({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  return (
    <div className="ml-10 rounded-2xl border border-brand-100 bg-white p-4 shadow-sm">
      <p className="font-bold text-ink-900">{title}</p>
      {subtitle ? <p className="text-sm text-ink-700">{subtitle}</p> : null}
      <div className="mt-2">{children}</div>
    </div>
  )
}

export type MessageActions = {
  readOnly: boolean
  busy: boolean
  onEdit: (questionKey: string, label: string) => void
  onRetry: (clientMessageId: string) => void
  onDismiss: (clientMessageId: string) => void
  /** the current resume's version: a "saved" card for it offers the download */
  currentResumeVersion: number | null
  /** the words that differ between the bots (card headings) */
  copy: BotCopy
}

/** The newest found-fields card stays editable while the conversation is asking or at the preview ("Is this right?"). */
function foundCardEditable(view: ChatView, seq: number): boolean {
  const step = view.state?.step
  if (view.state?.status !== 'active' || (step !== 'asking' && step !== 'preview')) return false
  for (let i = view.items.length - 1; i >= 0; i--) {
    const it = view.items[i]
    if (it?.kind === 'bot' && it.output.type === 'found_fields') return it.seq === seq
  }
  return false
}

function BotItem({ item, actions, view }: { item: Extract<TranscriptItem, { kind: 'bot' }>; actions: MessageActions; view: ChatView }) {
  const out = item.output
  const { t } = useTranslation('chat')
  switch (out.type) {
    case 'text':
      return <BotBubble>{out.text}</BotBubble>
    case 'quick_replies':
    case 'upload_request':
    case 'paste_request':
      return <BotBubble>{out.prompt}</BotBubble>
    case 'question':
      // the prompt waiting for an answer: kept in view right above its controls
      return <BotBubble testId={item.live ? 'live-question' : undefined}>{out.question.prompt}</BotBubble>
    case 'error':
      return (
        <BotBubble tone="error" testId="chat-error">
          <TriangleAlert aria-hidden className="mr-1 inline h-4 w-4 align-[-0.15em]" />
          {out.message}
        </BotBubble>
      )
    case 'stale':
      return <BotBubble tone="muted">{out.message}</BotBubble>
    case 'found_fields': {
      const editable = !actions.readOnly && foundCardEditable(view, item.seq)
      return (
        <CardBubble title={actions.copy.foundTitle} subtitle={editable ? t('list.isThisRight') : undefined}>
          <AnswerList items={out.items} onEdit={editable && !actions.busy ? actions.onEdit : undefined} clampLong />
        </CardBubble>
      )
    }
    case 'preview':
      return (
        <CardBubble title={actions.copy.previewTitle}>
          <AnswerList items={out.items} onEdit={item.live && !actions.readOnly && !actions.busy ? actions.onEdit : undefined} />
        </CardBubble>
      )
    case 'resume_confirmed':
    case 'job_confirmed':
    case 'request_about_draft':
    case 'request_extraction':
      return null
  }
}

function Item({ item, actions, view }: { item: TranscriptItem; actions: MessageActions; view: ChatView }) {
  const { t } = useTranslation('chat')
  switch (item.kind) {
    case 'bot':
      return <BotItem item={item} actions={actions} view={view} />
    case 'user': {
      const label = item.questionKey ? labelFor(view, item.questionKey) : ''
      return (
        <UserBubble
          footer={
            item.editable && !actions.readOnly && item.questionKey ? (
              <button
                type="button"
                className="min-h-[44px] rounded-lg px-3 text-xs font-semibold text-brand-800 underline hover:bg-white/60 disabled:opacity-50"
                aria-label={t('list.changeField', { label })}
                disabled={actions.busy}
                onClick={() => item.questionKey && actions.onEdit(item.questionKey, label)}
              >
                {t('list.change')}
              </button>
            ) : null
          }
        >
          {item.text}
        </UserBubble>
      )
    }
    case 'saved': {
      const current = actions.currentResumeVersion === item.version
      return (
        <div className="ml-10 rounded-2xl border border-teal-300 bg-teal-50 p-4 shadow-sm" data-testid="resume-saved">
          <p className="font-bold text-teal-800">
            <CircleCheck aria-hidden className="mr-1 inline h-5 w-5 align-[-0.2em]" />
            {t('list.saved', { version: item.version })}
          </p>
          {current ? (
            <div className="mt-3 flex flex-wrap gap-2">
              <a href="/resume/download" download className="inline-flex min-h-[44px] items-center rounded-xl bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800">
                {t('list.downloadPdf')}
              </a>
              <a href="/jobs" className="inline-flex min-h-[44px] items-center rounded-xl border border-brand-200 bg-white px-4 font-semibold text-brand-800">
                {t('list.findJobs')}
              </a>
            </div>
          ) : null}
        </div>
      )
    }
    case 'job_saved':
      return (
        <div className="ml-10 rounded-2xl border border-teal-300 bg-teal-50 p-4 shadow-sm" data-testid="job-saved">
          <p className="font-bold text-teal-800">
            <CircleCheck aria-hidden className="mr-1 inline h-5 w-5 align-[-0.2em]" />
            {t('list.jobLive')}
          </p>
          <p className="mt-1 text-sm text-ink-900">{t('list.jobLiveHint')}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <a href={`/employer/jobs/${item.jobId}`} className="inline-flex min-h-[44px] items-center rounded-xl bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800">
              {t('list.viewJob')}
            </a>
            <a href="/employer" className="inline-flex min-h-[44px] items-center rounded-xl border border-brand-200 bg-white px-4 font-semibold text-brand-800">
              {t('list.backToDashboard')}
            </a>
          </div>
        </div>
      )
  }
}

function PendingBubble({ turn, actions }: { turn: PendingTurn; actions: MessageActions }) {
  const { t } = useTranslation('chat')
  return (
    <UserBubble
      footer={
        turn.status === 'sending' ? (
          <span className="text-xs text-ink-700">{t('list.sending')}</span>
        ) : turn.status === 'waiting' ? (
          <span className="text-xs font-medium text-ink-700" data-testid="waiting-offline">
            {t('list.offlineWaiting')}
          </span>
        ) : (
          <span className="flex flex-wrap items-center justify-end gap-2 text-xs font-medium text-red-700" role="alert">
            {turn.error ?? t('list.notSent')}
            {turn.retryable ? (
              <Button size="sm" variant="secondary" onClick={() => actions.onRetry(turn.clientMessageId)}>
                {t('list.retry')}
              </Button>
            ) : null}
            <Button size="sm" variant="secondary" onClick={() => actions.onDismiss(turn.clientMessageId)}>
              {turn.retryable ? t('list.cancel') : t('list.ok')}
            </Button>
          </span>
        )
      }
    >
      <span className={turn.status !== 'failed' ? 'opacity-80' : undefined}>{turn.label}</span>
    </UserBubble>
  )
}

function TypingDots() {
  const { t } = useTranslation('chat')
  return (
    <div className="flex items-end gap-2" data-testid="typing">
      <span aria-hidden className="grid h-8 w-8 shrink-0 place-items-center rounded-full bg-gradient-to-br from-brand-500 to-blush-500 text-xs font-black text-white">
        AI
      </span>
      <div className="flex gap-1 rounded-2xl rounded-bl-sm bg-white px-4 py-3.5 shadow-sm">
        <span className="sr-only">{t('list.typing')}</span>
        {[0, 150, 300].map((delay) => (
          <span key={delay} aria-hidden className="h-2 w-2 animate-bounce rounded-full bg-brand-400" style={{ animationDelay: `${delay}ms` }} />
        ))}
      </div>
    </div>
  )
}

/** The transcript. A polite live region: screen readers hear new messages without losing their place. */
export function MessageList({
  view,
  pending,
  typing,
  notice,
  actions,
}: {
  view: ChatView
  pending: PendingTurn[]
  typing: boolean
  notice: string | null
  actions: MessageActions
}) {
  const { t } = useTranslation('chat')
  const say = useServerMessage()
  const scroller = useRef<HTMLDivElement>(null)
  const content = useRef<HTMLDivElement>(null)
  const stick = useRef(true)
  /** when the candidate last touched, wheeled or keyed the list: only their own scrolling stops it following */
  const userScrollAt = useRef(0)
  const count = view.items.length + pending.length + (typing ? 1 : 0) + (view.progress ? 1 : 0) + (notice ? 1 : 0)
  // sending something (e.g. "Edit" tapped on a card scrolled up) means following the conversation again
  const sent = pending.length
  const lastSent = useRef(sent)
  useEffect(() => {
    if (sent > lastSent.current) stick.current = true
    lastSent.current = sent
  }, [sent])
  useEffect(() => {
    const el = scroller.current
    // follow new messages unless the candidate scrolled up to read
    if (el && stick.current) el.scrollTop = el.scrollHeight
  }, [count, view.progress?.percent])
  // NOTE: the list also changes size without a new message: the answer area grows (chips, the
  // language list, salary picks) or goes away (saved), the keyboard opens, a card re-renders. A
  // shrink fires a scroll event that looks like "scrolled up"; the candidate's current question
  // must stay at the bottom, right above its controls, so every resize re-pins while following.
  useEffect(() => {
    const el = scroller.current
    const inner = content.current
    if (!el || !inner || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      if (stick.current) el.scrollTop = el.scrollHeight
    })
    observer.observe(el)
    observer.observe(inner)
    return () => observer.disconnect()
  }, [])
  const markUserScroll = () => {
    userScrollAt.current = Date.now()
  }
  return (
    <div
      ref={scroller}
      role="log"
      aria-live="polite"
      aria-relevant="additions"
      aria-label={t('list.label')}
      // focusable so the transcript can be scrolled from the keyboard
      tabIndex={0}
      // relative: the bubbles' sr-only labels are placed (and scroll) inside the list, not in the panel around it
      className="relative min-h-0 flex-1 overflow-y-auto overscroll-contain px-3 py-4"
      data-testid="message-list"
      onWheel={markUserScroll}
      onTouchMove={markUserScroll}
      onPointerDown={markUserScroll}
      onKeyDown={markUserScroll}
      onScroll={(e) => {
        const el = e.currentTarget
        const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 80
        if (atBottom) stick.current = true
        else if (Date.now() - userScrollAt.current < 1500) stick.current = false
      }}
    >
      <div ref={content} className="space-y-3">
      {view.items.map((item) => (
        <Item key={item.key} item={item} actions={actions} view={view} />
      ))}
      {pending.map((turn) => (
        <PendingBubble key={turn.clientMessageId} turn={turn} actions={actions} />
      ))}
      {view.progress ? (
        <div className="ml-10 rounded-2xl bg-white p-3 shadow-sm">
          <ProgressBar percent={view.progress.percent} label={say(view.progress.message)} />
        </div>
      ) : null}
      {typing ? <TypingDots /> : null}
      {notice ? <p className="text-center text-xs font-medium text-ink-700">{notice}</p> : null}
      </div>
    </div>
  )
}
