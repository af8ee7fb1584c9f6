import { useNavigate } from '@remix-run/react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServerMessage } from '~/i18n/server-messages'

/** The resume route (server/resume/resume-upload.routes.ts) redirects here with `?resume=<code>` on failure. */
export const PROFILE_RESUME_UPLOAD_URL = '/uploads/profile-resume'

const CODES = new Set(['wrong_type', 'too_large', 'empty', 'no_file', 'rate_limited'])

/**
 * Resume / BioData upload from Profile → Documents: a plain multipart form (the same with or
 * without JavaScript). The server reads the PDF and continues on My Resume, where AIVI asks only
 * what the PDF did not say.
 */
export function ResumeUploadForm({ flash, hasUnfinishedChat }: { flash: string | null; hasUnfinishedChat: boolean }) {
  const inputId = useId()
  const hintId = useId()
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const { t } = useTranslation('profile')
  const say = useServerMessage()
  const byCode = (code: string | undefined) => t(`upload.${code && CODES.has(code) ? code : 'generic'}`)
  const error = message ?? (flash ? byCode(flash) : null)

  // with JavaScript: the same post by fetch, so an error shows here without a page load
  const onSubmit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(PROFILE_RESUME_UPLOAD_URL, { method: 'POST', body: new FormData(e.currentTarget), headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      const data = (await res.json().catch(() => null)) as { ok?: boolean; code?: string; message?: string } | null
      if (res.ok && data?.ok) return navigate('/resume?upload=uploaded')
      setMessage(data?.message ?? byCode(data?.code))
    } catch {
      setMessage(byCode(undefined))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form method="post" action={PROFILE_RESUME_UPLOAD_URL} encType="multipart/form-data" className="space-y-2" onSubmit={onSubmit}>
      <label htmlFor={inputId} className="block text-sm font-semibold text-ink-900">
        {t('upload.label')}
      </label>
      <input
        id={inputId}
        type="file"
        name="resume"
        accept="application/pdf,.pdf"
        required
        aria-describedby={hintId}
        className="block w-full text-sm text-ink-900 file:mr-3 file:min-h-[44px] file:rounded-xl file:border file:border-brand-200 file:bg-white/85 file:px-4 file:font-semibold file:text-brand-800"
      />
      <p id={hintId} className="text-xs text-ink-700">
        {t('upload.rules', { replaces: hasUnfinishedChat ? t('upload.replaces') : '' })}
      </p>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {say(error)}
        </p>
      ) : null}
      <button type="submit" disabled={busy} className="inline-flex min-h-[44px] items-center rounded-xl bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800 disabled:opacity-60">
        {busy ? t('upload.reading') : t('upload.upload')}
      </button>
    </form>
  )
}
