import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServerMessage } from '~/i18n/server-messages'
import { cn } from '../ui/cn'
import { ProgressBar } from './progress-bar'
import { canShrink, checkFile, describeAccept, formatMegabytes, shrinkImage, sniffMime, uploadMultipart, type UploadResponse } from './upload'
import { Paperclip } from 'lucide-react'

/** refusals with no sentence from the server (the network, a proxy), by code */
const UPLOAD_FAILURES: Record<string, string> = { network: 'file.network', aborted: 'file.cancelled', http_413: 'file.tooLarge' }

/**
 * A big "choose a file" control: checks the file in the browser (type by magic bytes, size), then
 * uploads it with a progress bar. `onUploaded` gets the route's JSON body; `onStart` runs when a
 * checked file starts uploading and `onFailed` when the server refused it (or the network failed).
 */
export function FilePicker({
  label,
  accept,
  maxBytes,
  url,
  fields = {},
  disabled,
  onStart,
  onUploaded,
  onFailed,
}: {
  label: string
  accept: readonly string[]
  maxBytes: number
  url: string
  fields?: Record<string, string>
  disabled?: boolean
  onStart?: () => void
  onUploaded: (body: Extract<UploadResponse, { ok: true }>['body'], file: File) => void
  onFailed?: (result: Extract<UploadResponse, { ok: false }>) => void
}) {
  const id = useId()
  const { t } = useTranslation('chat')
  // the browser's own checks and the upload routes' refusals are English sentences: shown in the page's language
  const say = useServerMessage()
  const input = useRef<HTMLInputElement>(null)
  const [error, setError] = useState<string | null>(null)
  const [percent, setPercent] = useState<number | null>(null)
  const [fileName, setFileName] = useState<string | null>(null)
  const [shrinking, setShrinking] = useState(false)
  const uploading = percent !== null || shrinking

  const onChange = async (picked: File | undefined) => {
    if (!picked) return
    let file = picked
    setError(null)
    setFileName(file.name)
    // a photo straight from the camera is far over the limit: made smaller here, not refused
    if (file.size > maxBytes && canShrink(sniffMime(new Uint8Array(await file.slice(0, 16).arrayBuffer())), accept)) {
      setShrinking(true)
      try {
        file = await shrinkImage(file, maxBytes)
      } catch {
        // unreadable as an image: the checks below say what is wrong with it
      } finally {
        setShrinking(false)
      }
    }
    const check = await checkFile(file, { accept, maxBytes }, t)
    if (!check.ok) {
      setError(check.message)
      if (input.current) input.current.value = ''
      return
    }
    setPercent(0)
    onStart?.()
    const result = await uploadMultipart(url, fields, file, setPercent)
    setPercent(null)
    if (input.current) input.current.value = ''
    if (!result.ok) {
      setError(result.message ?? t(UPLOAD_FAILURES[result.code] ?? 'file.failed'))
      onFailed?.(result)
      return
    }
    onUploaded(result.body, file)
  }

  const photos = canShrink('image/jpeg', accept)
  const types = describeAccept(accept, t)
  const hint = t(photos ? 'file.hintPhotos' : 'file.hint', { types, size: formatMegabytes(maxBytes) })
  return (
    <div className="space-y-2">
      <label
        htmlFor={id}
        className={cn(
          'flex min-h-[56px] cursor-pointer items-center justify-center gap-2 rounded-xl border-2 border-dashed border-brand-300 bg-brand-50 px-4 py-3 text-center font-semibold text-brand-800',
          'focus-within:outline focus-within:outline-[3px] focus-within:outline-offset-2 focus-within:outline-teal-300',
          (disabled || uploading) && 'cursor-not-allowed opacity-60',
        )}
      >
        <Paperclip aria-hidden className="h-5 w-5 shrink-0" />
        <span>
          {label}
          <span className="block text-xs font-normal text-ink-700">{hint}</span>
        </span>
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        className="sr-only"
        accept={accept.join(',')}
        disabled={disabled || uploading}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => void onChange(e.currentTarget.files?.[0])}
      />
      {/* all bytes sent: the server is still checking (and, for a resume, reading) the file */}
      {shrinking ? <ProgressBar percent={null} label={t('file.shrinking', { name: fileName ?? t('file.thePhoto') })} /> : null}
      {percent !== null ? <ProgressBar percent={percent >= 100 ? null : percent} label={percent >= 100 ? t('file.checking', { name: fileName ?? t('file.theFile') }) : t('file.uploading', { name: fileName ?? t('file.file') })} /> : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {say(error)}{' '}
          <button type="button" className="font-semibold underline" onClick={() => input.current?.click()}>
            {t('file.tryAgain')}
          </button>
        </p>
      ) : null}
    </div>
  )
}
