import { FileText, MessageCircle } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { ReactNode } from 'react'
import { Button } from '../ui/button'
import type { BotCopy } from './bot-copy'
import { FilePicker } from './file-picker'
import { PasteInput } from './paste-input'
import { bigOption, QuestionInput } from './question-input'
import type { BotOutput, ClientChatEvent } from './transcript'

export type SendFn = (event: ClientChatEvent, label: string) => void

/**
 * The bottom of the chat: the control for whatever the bot is waiting for. It sits under the
 * message list in a full-height column, so it stays on screen (and above the keyboard) while the
 * list scrolls.
 */
export function Composer({
  live,
  copy,
  sessionId,
  busy,
  canGoBack,
  backToPreview = false,
  autoFocus,
  onSend,
  onUploadStart,
  onUploadEnd,
  speechLang,
  languageSwitch,
}: {
  live: BotOutput | null
  /** the words that differ between the bots (the preview's confirm button) */
  copy: BotCopy
  sessionId: string
  busy: boolean
  canGoBack: boolean
  /** the conversation has reached the preview before: leaving a re-opened answer as it was goes back there */
  backToPreview?: boolean
  autoFocus: boolean
  onSend: SendFn
  /** a PDF (resume, job description) started uploading (the server reads it before it answers) */
  onUploadStart: () => void
  /** the upload route answered: `ok` false = refused (the server may or may not have told the chat) */
  onUploadEnd: (ok: boolean) => void
  /** the conversation's language for voice answers ("hi-IN"); absent: no mic */
  speechLang?: string
  /** English / हिंदी: under the answer, right-aligned (beside "Previous question" on a question) */
  languageSwitch?: ReactNode
}) {
  const { t } = useTranslation('chat')
  const body = composerBody()
  if (!languageSwitch || live?.type === 'question') return body
  return (
    <div className="space-y-2">
      {body}
      <div className="flex justify-end">{languageSwitch}</div>
    </div>
  )

  function composerBody() {
    if (!live) return <p className="text-center text-sm text-ink-700">{busy ? t('list.thinking') : t('list.waiting')}</p>
    switch (live.type) {
      case 'question': {
        const q = live.question
        return (
          <QuestionInput
            // a new question (or a draft to edit) starts fresh; a re-ask after a wrong answer keeps what was typed
            key={`${q.key}:${q.mode}:${String(q.prefillDisplay)}`}
            question={q}
            busy={busy}
            autoFocus={autoFocus}
            backToPreview={backToPreview}
            speechLang={speechLang}
            onAnswer={(value, label) => onSend({ type: 'answer', questionKey: q.key, value }, label)}
            extra={
              canGoBack || languageSwitch ? (
                <div className="flex flex-wrap items-center justify-between gap-2">
                  {canGoBack ? (
                    <button type="button" className="min-h-[44px] text-sm font-semibold text-brand-800 underline disabled:opacity-50" disabled={busy} onClick={() => onSend({ type: 'back' }, t('goBack'))}>
                      {t('previousQuestion')}
                    </button>
                  ) : (
                    <span />
                  )}
                  {languageSwitch}
                </div>
              ) : null
            }
          />
        )
      }
      case 'quick_replies':
        return (
          <div role="group" aria-label={live.prompt} className="grid gap-2 sm:grid-cols-2">
            {live.options.map((o) => (
              <button key={o.value} type="button" className={bigOption} disabled={busy} onClick={() => onSend({ type: live.action, method: o.value === 'upload' ? 'upload' : 'bot' }, o.label)}>
                {o.value === 'upload' ? <FileText aria-hidden className="mr-2 inline h-5 w-5 align-[-0.2em]" /> : <MessageCircle aria-hidden className="mr-2 inline h-5 w-5 align-[-0.2em]" />}
                {o.label}
              </button>
            ))}
          </div>
        )
      case 'upload_request':
        return (
          <div className="space-y-2">
            <FilePicker
              label={t('choosePdf')}
              accept={live.accept}
              maxBytes={live.maxBytes}
              url="/uploads/resume"
              fields={{ sessionId }}
              disabled={busy}
              onStart={onUploadStart}
              onUploaded={() => onUploadEnd(true)}
              onFailed={() => onUploadEnd(false)}
            />
            {/* the way out of every refused file (not a PDF, too big, a scan…): same words as the first choice */}
            <button type="button" className={bigOption} disabled={busy} onClick={() => onSend({ type: 'choose_method', method: 'bot' }, t('createWithBot'))}>
              <MessageCircle aria-hidden className="mr-2 inline h-5 w-5 align-[-0.2em]" />
              {t('createWithBot')}
            </button>
          </div>
        )
      case 'paste_request':
        return <PasteInput request={live} sessionId={sessionId} busy={busy} autoFocus={autoFocus} onSend={onSend} onUploadStart={onUploadStart} onUploadEnd={onUploadEnd} />
      case 'preview':
        return (
          <div className="space-y-2">
            <p className="text-sm text-ink-700">{t('previewHint')}</p>
            <Button size="lg" className="w-full" disabled={busy} onClick={() => onSend({ type: 'confirm' }, copy.confirmLabel)}>
              {copy.confirmButton}
            </Button>
          </div>
        )
      default:
        return null
    }
  }
}
