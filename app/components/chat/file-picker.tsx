import { useId, useRef, useState } from 'react'
import { cn } from '../ui/cn'
import { ProgressBar } from './progress-bar'
import { checkFile, describeAccept, formatMegabytes, uploadMultipart, type UploadResponse } from './upload'

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
  const input = useRef<HTMLInputElement>(null)
  const [error, setError] = useState<string | null>(null)
  const [percent, setPercent] = useState<number | null>(null)
  const [fileName, setFileName] = useState<string | null>(null)
  const uploading = percent !== null

  const onChange = async (file: File | undefined) => {
    if (!file) return
    setError(null)
    setFileName(file.name)
    const check = await checkFile(file, { accept, maxBytes })
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
      setError(result.message)
      onFailed?.(result)
      return
    }
    onUploaded(result.body, file)
  }

  const hint = `${describeAccept(accept)}, up to ${formatMegabytes(maxBytes)}`
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
        <span aria-hidden>📎</span>
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
      {uploading ? <ProgressBar percent={percent >= 100 ? null : percent} label={percent >= 100 ? `Checking ${fileName ?? 'the file'}…` : `Uploading ${fileName ?? 'file'}`} /> : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {error}{' '}
          <button type="button" className="font-semibold underline" onClick={() => input.current?.click()}>
            Try again
          </button>
        </p>
      ) : null}
    </div>
  )
}
