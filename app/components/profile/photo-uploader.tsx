import { useRevalidator } from '@remix-run/react'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import Cropper, { type Area, type Point } from 'react-easy-crop'
import { useTranslation } from 'react-i18next'
import { useServerMessage } from '~/i18n/server-messages'
import { Button } from '../ui/button'
import { cn } from '../ui/cn'
import { cropToJpeg } from './crop-image'
import { initialsOf } from '~/utils/initials'
import { photoSources } from '~/utils/photo-src'

export const PHOTO_UPLOAD_URL = '/uploads/profile-photo'
const ACCEPT = 'image/jpeg,image/png,image/webp'
// the original only has to be opened in the browser; what is uploaded is the small cropped square
const MAX_ORIGINAL_BYTES = 20 * 1024 * 1024

/** Flash codes the upload route appends when the form was posted without JS (their words: profile:photo.<code>). */
const FLASH_CODES = new Set(['saved', 'wrong_type', 'unsupported', 'too_large', 'too_many_pixels', 'corrupt', 'empty', 'no_file', 'rate_limited'])
const flashKey = (code: string) => (code === 'unsupported' ? 'wrong_type' : FLASH_CODES.has(code) ? code : 'generic')

type Status = { tone: 'ok' | 'error' | 'busy'; text: string } | null

function Avatar({ url, name }: { url: string | null; name: string }) {
  const { t } = useTranslation('profile')
  const initials = initialsOf(name)
  return (
    <div className="grid h-24 w-24 shrink-0 place-items-center overflow-hidden rounded-full border-4 border-white/80 bg-gradient-to-br from-teal-400 to-brand-500 text-2xl font-black text-white shadow-glass">
      {url ? <img {...photoSources(url, 96)} alt={t('photo.alt', { name })} className="h-full w-full object-cover" data-testid="profile-photo" /> : <span aria-hidden>{initials}</span>}
    </div>
  )
}

function CropDialog({ src, onCancel, onSave, busy, error }: { src: string; onCancel: () => void; onSave: (area: Area) => void; busy: boolean; error: string | null }) {
  const titleId = useId()
  const zoomId = useId()
  const { t } = useTranslation('profile')
  const say = useServerMessage()
  const [crop, setCrop] = useState<Point>({ x: 0, y: 0 })
  const [zoom, setZoom] = useState(1)
  const [area, setArea] = useState<Area | null>(null)
  const saveRef = useRef<HTMLButtonElement>(null)
  const dialogRef = useRef<HTMLDivElement>(null)
  const onComplete = useCallback((_: Area, pixels: Area) => setArea(pixels), [])
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    saveRef.current?.focus()
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onCancel()
      // keep Tab inside the dialog (aria-modal): wrap from the last control to the first and back
      if (e.key !== 'Tab' || !dialogRef.current) return
      const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>('button:not([disabled]), input, [tabindex="0"]')]
      const first = focusable[0]
      const last = focusable[focusable.length - 1]
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault()
        last?.focus()
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault()
        first?.focus()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
      opener?.focus()
    }
  }, [onCancel])
  // NOTE: portalled to <body>: inside a `.glass` card (backdrop-filter) `position: fixed` would be
  // relative to the card, not the viewport
  return createPortal(
    <div className="fixed inset-0 z-50 flex items-end justify-center bg-brand-900/70 p-0 backdrop-blur-sm sm:items-center sm:p-4">
      <div ref={dialogRef} role="dialog" aria-modal="true" aria-labelledby={titleId} className="glass w-full max-w-md rounded-b-none p-4 sm:rounded-2xl">
        <h3 id={titleId} className="text-lg font-bold text-ink-900">
          Crop your photo
        </h3>
        <p className="text-sm text-ink-700">Drag to position, zoom to fit. Arrow keys move the photo too.</p>
        <div className="relative mt-3 h-72 overflow-hidden rounded-xl bg-ink-900" data-testid="crop-area">
          <Cropper image={src} crop={crop} zoom={zoom} aspect={1} cropShape="round" showGrid={false} onCropChange={setCrop} onZoomChange={setZoom} onCropComplete={onComplete} />
        </div>
        <div className="mt-3 space-y-1">
          <label htmlFor={zoomId} className="block text-sm font-semibold text-ink-900">
            {t('photo.zoom')}
          </label>
          <input id={zoomId} type="range" min={1} max={3} step={0.05} value={zoom} onChange={(e) => setZoom(Number(e.target.value))} className="w-full accent-brand-600" />
        </div>
        {error ? (
          <p role="alert" className="mt-2 text-sm font-medium text-red-700">
            {say(error)}
          </p>
        ) : null}
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            {t('photo.cancel')}
          </Button>
          <Button ref={saveRef} onClick={() => area && onSave(area)} disabled={busy || !area}>
            {busy ? t('photo.uploading') : t('photo.savePhoto')}
          </Button>
        </div>
      </div>
    </div>,
    document.body,
  )
}

/**
 * Choose → crop square (react-easy-crop) → upload the crop with fetch. Before JavaScript loads it
 * is a plain multipart form posting the original to the same route (the server crops it square).
 */
export function PhotoUploader({ photoUrl, name, flash }: { photoUrl: string | null; name: string; flash: string | null }) {
  const inputId = useId()
  const [hydrated, setHydrated] = useState(false)
  const [current, setCurrent] = useState(photoUrl)
  const [source, setSource] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [dialogError, setDialogError] = useState<string | null>(null)
  const { t } = useTranslation('profile')
  const say = useServerMessage()
  const initialFlash = flash ? { tone: flash === 'saved' ? ('ok' as const) : ('error' as const), text: t(`photo.${flashKey(flash)}`) } : null
  const [status, setStatus] = useState<Status>(initialFlash)
  const revalidator = useRevalidator()

  useEffect(() => setHydrated(true), [])
  useEffect(() => setCurrent(photoUrl), [photoUrl])

  const close = useCallback(() => {
    setSource((url) => {
      if (url) URL.revokeObjectURL(url)
      return null
    })
    setDialogError(null)
  }, [])

  const onFile = (e: React.ChangeEvent<HTMLInputElement>) => {
    if (!hydrated) return
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    if (!ACCEPT.split(',').includes(file.type)) {
      setStatus({ tone: 'error', text: t('photo.wrong_type') })
      return
    }
    if (file.size > MAX_ORIGINAL_BYTES) {
      setStatus({ tone: 'error', text: t('photo.tooLargeToOpen') })
      return
    }
    setStatus(null)
    setSource(URL.createObjectURL(file))
  }

  const save = async (area: Area) => {
    if (!source) return
    setBusy(true)
    setDialogError(null)
    try {
      const blob = await cropToJpeg(source, area)
      const body = new FormData()
      body.append('photo', blob, 'profile-photo.jpg')
      const res = await fetch(PHOTO_UPLOAD_URL, { method: 'POST', body, headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      const data = (await res.json().catch(() => null)) as { ok?: boolean; photoUrl?: string; message?: string } | null
      if (!res.ok || !data?.ok || !data.photoUrl) {
        setDialogError(data?.message ?? t('photo.generic'))
        return
      }
      setCurrent(data.photoUrl)
      setStatus({ tone: 'ok', text: t('photo.saved') })
      close()
      // the header avatar and the completeness meter come from loaders
      revalidator.revalidate()
    } catch (error) {
      setDialogError(error instanceof Error ? error.message : t('photo.generic'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col items-center gap-4 sm:flex-row sm:items-center">
      <Avatar url={current} name={name} />
      <form method="post" action={PHOTO_UPLOAD_URL} encType="multipart/form-data" className="flex w-full flex-col items-center gap-2 sm:items-start">
        <div className="flex flex-wrap items-center justify-center gap-2">
          <label
            htmlFor={inputId}
            className="inline-flex min-h-[44px] cursor-pointer items-center justify-center rounded-xl border border-brand-200 bg-white/85 px-4 font-semibold text-brand-800 hover:bg-white focus-within:outline focus-within:outline-[3px] focus-within:outline-offset-2 focus-within:outline-teal-300"
          >
            {current ? t('photo.change') : t('photo.choose')}
            <input id={inputId} type="file" name="photo" accept={ACCEPT} className="sr-only" onChange={onFile} data-testid="photo-input" />
          </label>
          {/* until JavaScript runs the chosen file is posted as is; the server crops it square */}
          {hydrated ? null : (
            <button type="submit" className="inline-flex min-h-[44px] items-center rounded-xl bg-brand-700 px-4 font-semibold text-white">
              {t('photo.upload')}
            </button>
          )}
        </div>
        <p className="text-center text-xs text-ink-700 sm:text-left">{t('photo.rules')}</p>
        {status ? (
          <p role={status.tone === 'error' ? 'alert' : 'status'} className={cn('text-sm font-medium', status.tone === 'error' ? 'text-red-700' : 'text-teal-800')}>
            {say(status.text)}
          </p>
        ) : null}
      </form>
      {source ? <CropDialog src={source} onCancel={close} onSave={save} busy={busy} error={dialogError} /> : null}
    </div>
  )
}
