import { useNavigate } from '@remix-run/react'
import { useId, useState } from 'react'

/** The resume route (server/resume/resume-upload.routes.ts) redirects here with `?resume=<code>` on failure. */
export const PROFILE_RESUME_UPLOAD_URL = '/uploads/profile-resume'

const MESSAGES: Record<string, string> = {
  wrong_type: 'Please upload your resume as a PDF file.',
  too_large: 'This PDF is larger than 2 MB. Please choose a smaller file.',
  empty: 'This file is empty. Please choose another PDF.',
  no_file: 'Please choose a PDF first.',
  rate_limited: 'Too many uploads. Please try again later.',
}

/**
 * Resume / BioData upload from Profile → Documents: a plain multipart form (the same with or
 * without JavaScript). The server reads the PDF and continues on My Resume, where AIVI asks only
 * what the PDF did not say.
 */
const GENERIC = 'Your resume could not be read. Please try again, or build it with the AIVI bot.'

export function ResumeUploadForm({ flash, hasUnfinishedChat }: { flash: string | null; hasUnfinishedChat: boolean }) {
  const inputId = useId()
  const hintId = useId()
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const error = message ?? (flash ? (MESSAGES[flash] ?? GENERIC) : null)

  // with JavaScript: the same post by fetch, so an error shows here without a page load
  const onSubmit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(PROFILE_RESUME_UPLOAD_URL, { method: 'POST', body: new FormData(e.currentTarget), headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      const data = (await res.json().catch(() => null)) as { ok?: boolean; code?: string; message?: string } | null
      if (res.ok && data?.ok) return navigate('/resume?upload=uploaded')
      setMessage(data?.message ?? (data?.code ? MESSAGES[data.code] : undefined) ?? GENERIC)
    } catch {
      setMessage(GENERIC)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form method="post" action={PROFILE_RESUME_UPLOAD_URL} encType="multipart/form-data" className="space-y-2" onSubmit={onSubmit}>
      <label htmlFor={inputId} className="block text-sm font-semibold text-ink-900">
        Upload resume / BioData (PDF)
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
        PDF up to 2 MB. {hasUnfinishedChat ? 'This replaces your unfinished resume chat. ' : ''}AIVI then asks only what your PDF does not say.
      </p>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={busy} className="inline-flex min-h-[44px] items-center rounded-xl bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800 disabled:opacity-60">
        {busy ? 'Reading your resume…' : 'Upload PDF'}
      </button>
    </form>
  )
}
