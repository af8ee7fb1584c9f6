import { useRevalidator } from '@remix-run/react'
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import { Button } from '../ui/button'
import { cn } from '../ui/cn'
import { useChat } from '~/utils/use-chat'
import { useTranslation } from 'react-i18next'
import { useBotCopy } from './bot-copy'
import { Composer, type SendFn } from './composer'
import { ConnectionIndicator } from './connection-indicator'
import { MessageList, type MessageActions } from './message-list'
import { ProgressBar } from './progress-bar'
import type { ChatBot, ChatSnapshot, QuestionView } from './transcript'

/**
 * With the on-screen keyboard open (Android's default keeps the layout viewport and `dvh` as they
 * were), the panel shrinks to the visible area and scrolls into view, so the composer and the
 * latest messages sit just above the keyboard.
 */
function useFitAboveKeyboard(ref: RefObject<HTMLElement>) {
  const [height, setHeight] = useState<number | null>(null)
  useEffect(() => {
    const vv = window.visualViewport
    if (!vv) return
    const onResize = () => {
      const keyboard = window.innerHeight - vv.height > 150
      const focusInside = ref.current?.contains(document.activeElement) ?? false
      setHeight(keyboard && focusInside ? Math.max(240, Math.floor(vv.height) - 8) : null)
    }
    vv.addEventListener('resize', onResize)
    return () => vv.removeEventListener('resize', onResize)
  }, [ref])
  useEffect(() => {
    if (height !== null) ref.current?.scrollIntoView({ block: 'end' })
  }, [height, ref])
  return height
}

const TALL_ANSWERS = new Set<QuestionView['kind']>(['entries', 'salary', 'salary_range', 'experience_range'])

export type ChatLanguage = { code: string; name: string; speechLocale: string }

/** English / हिंदी: the bot speaks the one chosen from the next message on (a `set_language` turn). */
function LanguageSwitch({ languages, current, busy, onPick }: { languages: ChatLanguage[]; current: string; busy: boolean; onPick: (l: ChatLanguage) => void }) {
  const { t } = useTranslation('chat')
  return (
    <div role="group" aria-label={t('list.chatLanguage')} className="flex shrink-0 overflow-hidden rounded-xl border border-brand-200 bg-white">
      {languages.map((l) => {
        const on = l.code === current
        return (
          <button
            key={l.code}
            type="button"
            lang={l.code}
            // "Chat in English": never the same name as an answer chip ("English" is also a language you speak)
            aria-label={t('list.chatIn', { name: l.name })}
            aria-pressed={on}
            disabled={busy}
            onClick={() => (on ? undefined : onPick(l))}
            className={cn('min-h-[44px] min-w-[44px] px-3 text-sm font-semibold disabled:cursor-wait', on ? 'bg-brand-600 text-white' : 'text-brand-800 hover:bg-brand-50')}
          >
            {l.name}
          </button>
        )
      })}
    </div>
  )
}

/**
 * One conversation with AIVI, with either bot (`bot`: the resume bot's `chat` router, the
 * default, or the job-posting bot's `jobBot`): header (progress, connection), transcript,
 * composer. A full-height column (`100dvh` based) so the composer stays at the bottom of the
 * screen, above the keyboard, while only the transcript scrolls.
 */
export function ChatPanel({
  bot = 'chat',
  sessionId,
  initial,
  readOnly,
  title,
  currentResumeVersion,
  onSaved,
  onClose,
  headerAction,
  className,
  languages = [],
  language,
}: {
  bot?: ChatBot
  sessionId: string
  initial: ChatSnapshot | null
  readOnly: boolean
  title: string
  currentResumeVersion: number | null
  /** a resume was saved in this conversation while it was open */
  onSaved?: (version: number) => void
  /** read-only: a "Close" button in the header (back to where the page was) */
  onClose?: () => void
  /** a page action shown in the header (e.g. "New chat" on phones, where the page's own title row gives the chat its room) */
  headerAction?: ReactNode
  className?: string
  /** the languages the bot can speak (a switch shows when there are two or more) */
  languages?: ChatLanguage[]
  /** the candidate's language, until the conversation says which one it speaks */
  language?: string
}) {
  const chat = useChat(sessionId, { initial, live: !readOnly, bot })
  const copy = useBotCopy(bot)
  const { t } = useTranslation('chat')
  const panel = useRef<HTMLElement>(null)
  const fitHeight = useFitAboveKeyboard(panel)
  const [interacted, setInteracted] = useState(false)
  /** a PDF in flight: the last committed turn before it, and whether the route has answered */
  const [upload, setUpload] = useState<{ afterStateSeq: number; answered: boolean } | null>(null)

  // tell the page once per new save (not for saves already in the transcript when it opened)
  const savedSeen = useRef<Set<number> | null>(null)
  useEffect(() => {
    const saved = chat.view.items.filter((i) => i.kind === 'saved').map((i) => i.seq)
    if (chat.phase !== 'ready') return
    if (savedSeen.current === null) {
      savedSeen.current = new Set(saved)
      return
    }
    for (const item of chat.view.items) {
      if (item.kind === 'saved' && !savedSeen.current.has(item.seq)) {
        savedSeen.current.add(item.seq)
        onSaved?.(item.version)
      }
    }
  }, [chat.view.items, chat.phase, onSaved])

  const send: SendFn = (event, label) => {
    setInteracted(true)
    chat.send(event, label)
  }
  const actions: MessageActions = {
    readOnly,
    busy: chat.busy,
    onEdit: (questionKey, label) => send({ type: 'edit', questionKey }, t('list.changeBubble', { label: label.toLowerCase() })),
    onRetry: chat.retry,
    onDismiss: chat.dismiss,
    currentResumeVersion,
    copy,
  }

  const live = chat.live
  const spoken = chat.state?.language ?? language ?? 'en'
  // the switch here also sets the account's language (in the same turn): once the conversation says
  // so, the page's own words follow (the root loader reads the account)
  const revalidator = useRevalidator()
  const spokenBefore = useRef(spoken)
  useEffect(() => {
    if (spokenBefore.current === spoken) return
    spokenBefore.current = spoken
    if (bot === 'chat') revalidator.revalidate()
  }, [spoken, bot, revalidator])
  const speechLocale = languages.find((l) => l.code === spoken)?.speechLocale ?? (spoken === 'en' ? 'en-IN' : undefined)
  const progress = live?.type === 'question' ? live.question.progress : null
  const active = chat.state?.status === 'active'
  const canGoBack = live?.type === 'question' && chat.view.items.some((i) => i.kind === 'user' && i.editable)
  // The route answers after the server has committed the bot's reply, but that reply may reach us
  // (socket, or the refresh below) a moment later: until a turn newer than the upload lands, wait.
  const processing = upload !== null && upload.answered && chat.view.lastStateSeq <= upload.afterStateSeq

  return (
    <section
      ref={panel}
      aria-label={title}
      // overflow clip, not just hidden: a hidden box can still be scrolled by focus / scrollIntoView, which slid the
      // header out of sight and left a gap under the composer (the glass blur makes this box the containing block of
      // every sr-only label inside, so it always has something to scroll)
      className={cn('glass flex flex-col overflow-hidden overflow-clip', fitHeight === null && 'min-h-[26rem]', className)}
      // flex none: a page that lays the panel out as `flex-1` (employer chat) must not stretch it back under the keyboard
      style={fitHeight === null ? undefined : { height: fitHeight, flex: 'none' }}
    >
      <header className="border-b border-brand-100 px-4 py-2">
        {/* a long connection note wraps under the title on phones rather than hiding it */}
        <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-0.5">
          <h2 className="min-w-0 flex-1 basis-40 truncate text-base font-bold text-ink-900">{title}</h2>
          <div className="flex min-w-0 items-center gap-2">
            {readOnly ? <span className="text-xs font-semibold text-ink-700">{t('list.readOnly')}</span> : <ConnectionIndicator connection={chat.connection} online={chat.online} />}
            {onClose ? (
              <Button variant="secondary" size="sm" className="min-h-[44px]" onClick={onClose}>
                {t('close')}
              </Button>
            ) : null}
            {headerAction}
          </div>
        </div>
        {progress && progress.total > 0 ? (
          <div className="mt-1 flex items-center gap-2">
            <div className="h-1.5 flex-1 overflow-hidden rounded-full bg-brand-100" aria-hidden>
              <div className="h-full rounded-full bg-gradient-to-r from-teal-400 to-brand-500 transition-[width]" style={{ width: `${Math.round((progress.answered / progress.total) * 100)}%` }} />
            </div>
            <p className="shrink-0 text-xs text-ink-700">
              {t('progress', { answered: progress.answered, total: progress.total })}
            </p>
          </div>
        ) : null}
      </header>

      {chat.phase === 'loading' ? (
        <div className="flex-1 space-y-3 p-4" aria-busy="true">
          <div className="skeleton h-10 w-2/3" />
          <div className="skeleton ml-auto h-10 w-1/2" />
          <div className="skeleton h-10 w-3/4" />
          <span className="sr-only">{t('list.loading')}</span>
        </div>
      ) : chat.phase === 'error' ? (
        <div className="flex-1 p-4 text-center" role="alert">
          <p className="text-sm font-medium text-red-700">{chat.loadError}</p>
          <button type="button" className="mt-2 min-h-[44px] font-semibold text-brand-800 underline" onClick={() => void chat.refresh()}>
            {t('list.retry')}
          </button>
        </div>
      ) : (
        <MessageList view={chat.view} pending={chat.pending} typing={chat.typing && !readOnly} notice={chat.notice} actions={actions} />
      )}

      {!readOnly && chat.phase === 'ready' ? (
        <div
          // tall answers (an entry form; pay picks with a typed amount) scroll in a smaller area so the question and its error keep room above them
          className={cn(
            'relative shrink-0 overflow-y-auto border-t border-brand-100 bg-white/90 px-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] pt-3',
            live?.type === 'question' && TALL_ANSWERS.has(live.question.kind) ? 'max-h-[42%]' : 'max-h-[50%]',
          )}
          data-testid="composer"
        >
          {!active ? (
            <p className="text-center text-sm text-ink-700">{copy.finished}</p>
          ) : processing ? (
            <ProgressBar percent={null} label={copy.reading} />
          ) : (
            <Composer
              live={live}
              copy={copy}
              sessionId={sessionId}
              busy={chat.busy}
              canGoBack={canGoBack}
              backToPreview={chat.view.items.some((i) => i.kind === 'bot' && i.output.type === 'preview')}
              autoFocus={interacted}
              speechLang={speechLocale}
              // in the answer area, beside "Previous question": a row of its own in the header cost the question its room on a phone
              languageSwitch={
                languages.length > 1 ? <LanguageSwitch languages={languages} current={spoken} busy={chat.busy} onPick={(l) => send({ type: 'set_language', language: l.code }, l.name)} /> : undefined
              }
              onSend={send}
              onUploadStart={() => {
                setInteracted(true)
                setUpload({ afterStateSeq: chat.view.lastStateSeq, answered: false })
                chat.expectServerEvents()
              }}
              onUploadEnd={(ok) => {
                setUpload((u) => (ok && u ? { ...u, answered: true } : null))
                // what the server said (found fields, or the refusal with its choices) even without the socket
                void chat.refresh()
              }}
            />
          )}
        </div>
      ) : null}
    </section>
  )
}
