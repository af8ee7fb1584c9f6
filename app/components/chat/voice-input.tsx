import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { cn } from '../ui/cn'

/** The part of the Web Speech API used here (not in TypeScript's DOM types everywhere). */
interface Recognition {
  lang: string
  interimResults: boolean
  maxAlternatives: number
  continuous: boolean
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null
  onerror: ((event: { error?: string }) => void) | null
  onend: (() => void) | null
  start(): void
  abort(): void
}
type RecognitionConstructor = new () => Recognition

/** The browser's speech recognition (Chrome/Edge/Safari: prefixed), or null where there is none. */
function recognitionConstructor(): RecognitionConstructor | null {
  if (typeof window === 'undefined') return null
  const w = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor }
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null
}

/**
 * A mic button that fills the answer with what was said (`lang`: "hi-IN" / "en-IN"), for the
 * candidate to check or edit and then send: it never sends by itself. Rendered only after
 * hydration and only where the browser can recognise speech (hidden otherwise).
 */
export function VoiceButton({ lang, disabled, onTranscript }: { lang: string; disabled: boolean; onTranscript: (text: string) => void }) {
  const [supported, setSupported] = useState(false)
  const [listening, setListening] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const { t } = useTranslation('chat')
  const active = useRef<Recognition | null>(null)
  useEffect(() => {
    setSupported(recognitionConstructor() !== null)
    return () => active.current?.abort()
  }, [])
  if (!supported) return null

  const listen = () => {
    const Ctor = recognitionConstructor()
    if (!Ctor) return
    if (listening) {
      active.current?.abort()
      return
    }
    const r = new Ctor()
    r.lang = lang
    r.interimResults = false
    r.maxAlternatives = 1
    r.continuous = false
    r.onresult = (event) => {
      const said = Array.from(event.results)
        .map((result) => result[0]?.transcript ?? '')
        .join(' ')
        .trim()
      if (said) onTranscript(said)
    }
    r.onerror = (event) => setProblem(event.error === 'not-allowed' || event.error === 'service-not-allowed' ? t('voice.blocked') : t('voice.missed'))
    r.onend = () => {
      setListening(false)
      active.current = null
    }
    active.current = r
    setProblem(null)
    setListening(true)
    try {
      r.start()
    } catch {
      setListening(false)
      setProblem(t('voice.missed'))
    }
  }

  return (
    <>
      <button
        type="button"
        aria-label={listening ? t('voice.stop') : t('voice.speak')}
        aria-pressed={listening}
        title={listening ? t('voice.listening') : t('voice.speak')}
        data-testid="voice-button"
        disabled={disabled}
        onClick={listen}
        className={cn(
          'inline-flex min-h-[48px] min-w-[48px] shrink-0 items-center justify-center rounded-xl border text-brand-800 disabled:cursor-not-allowed disabled:opacity-60',
          listening ? 'animate-pulse border-brand-600 bg-brand-600 text-white' : 'border-brand-200 bg-white hover:bg-brand-50',
        )}
      >
        <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
          <rect x="9" y="3" width="6" height="11" rx="3" />
          <path d="M5 11a7 7 0 0 0 14 0M12 18v3" />
        </svg>
      </button>
      {problem ? (
        <p role="status" className="basis-full text-xs font-medium text-red-700">
          {problem}
        </p>
      ) : null}
    </>
  )
}
