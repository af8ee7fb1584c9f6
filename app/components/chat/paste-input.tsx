import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../ui/button'
import { cn } from '../ui/cn'
import { controlClasses } from '../ui/field'
import { FilePicker } from './file-picker'
import type { BotOutput, ClientChatEvent } from './transcript'

type PasteRequest = Extract<BotOutput, { type: 'paste_request' }>

/** Where an employer's job-description PDF goes; the extracted answers come back as chat events. */
export const JOB_DESCRIPTION_UPLOAD_ROUTE = '/uploads/job-description'

/** The user's bubble for pasted text until the server's own copy arrives (the server keeps the same 300 characters). */
export function pastedLabel(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text
}

const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/**
 * "Paste your job description": a big textarea (a WhatsApp forward pastes in one long-press on a
 * phone) and "Read it", which sends `submit_text`; or a PDF, uploaded to the route; or the way
 * out, answering questions instead. What is typed survives a refusal ("too short"), so it can be
 * completed rather than pasted again.
 */
export function PasteInput({
  request,
  sessionId,
  busy,
  autoFocus,
  onSend,
  onUploadStart,
  onUploadEnd,
}: {
  request: PasteRequest
  sessionId: string
  busy: boolean
  autoFocus: boolean
  onSend: (event: ClientChatEvent, label: string) => void
  onUploadStart: () => void
  onUploadEnd: (ok: boolean) => void
}) {
  const id = useId()
  const { t } = useTranslation('chat')
  const area = useRef<HTMLTextAreaElement>(null)
  const [text, setText] = useState('')
  useEffect(() => {
    if (autoFocus) area.current?.focus({ preventScroll: true })
  }, [autoFocus])
  const trimmed = text.trim()
  const send = () => {
    if (!trimmed || busy) return
    onSend({ type: 'submit_text', text: trimmed.slice(0, request.maxLength) }, pastedLabel(trimmed))
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    send()
  }
  return (
    <div className="space-y-3">
      <form onSubmit={submit} className="space-y-2">
        <label htmlFor={id} className="block text-sm font-semibold text-ink-900">
          {t('paste.label')}
        </label>
        <textarea
          ref={area}
          id={id}
          name="jobDescription"
          rows={6}
          value={text}
          maxLength={request.maxLength}
          placeholder={t('paste.placeholder')}
          aria-describedby={`${id}-hint`}
          className={cn(controlClasses, 'block min-h-[9rem] w-full resize-y')}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter makes a new line (postings are lists); Ctrl/⌘+Enter sends from a keyboard
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault()
              send()
            }
          }}
        />
        <div className="flex items-center justify-between gap-2">
          <p id={`${id}-hint`} className="min-w-0 text-xs text-ink-700">
            {trimmed ? t('paste.characters', { n: count(trimmed.length) }) : t('paste.hint')}
          </p>
          <Button type="submit" className="min-h-[48px] shrink-0 px-6" disabled={busy || !trimmed}>
            {t('paste.read')}
          </Button>
        </div>
      </form>
      {request.acceptPdf ? (
        <FilePicker
          label={t('paste.uploadPdf')}
          accept={['application/pdf']}
          maxBytes={request.maxBytes}
          url={JOB_DESCRIPTION_UPLOAD_ROUTE}
          fields={{ sessionId }}
          disabled={busy}
          onStart={onUploadStart}
          onUploaded={() => onUploadEnd(true)}
          onFailed={() => onUploadEnd(false)}
        />
      ) : null}
      <button
        type="button"
        className="min-h-[44px] text-sm font-semibold text-brand-800 underline disabled:opacity-50"
        disabled={busy}
        onClick={() => onSend({ type: 'choose_method', method: 'bot' }, t('paste.answerQuestions'))}
      >
        {t('paste.noDescription')}
      </button>
    </div>
  )
}
