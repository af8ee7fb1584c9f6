import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorList, controlClasses } from '../ui/field'
import { cn } from '../ui/cn'

/** `15081995` / `15-08-1995` as typed so far → `15-08-1995`: digits only, dashes inserted. */
export function formatDmyInput(raw: string): string {
  const d = raw.replace(/\D/g, '').slice(0, 8)
  if (d.length <= 2) return d
  if (d.length <= 4) return `${d.slice(0, 2)}-${d.slice(2)}`
  return `${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4)}`
}

const isoToDmy = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('-') : '')
const dmyToIso = (dmy: string) => (/^\d{2}-\d{2}-\d{4}$/.test(dmy) ? dmy.split('-').reverse().join('-') : '')

/**
 * Date of birth as dd-mm-yyyy: a text field (numeric keypad on phones, dashes typed for you) plus
 * a calendar button that opens the browser's own date picker. The server does the real check
 * (a real date, age 18–70); `minIso`/`maxIso` only bound the calendar.
 */
export function DobInput({ name, label, defaultValue, minIso, maxIso, errors }: { name: string; label: string; defaultValue: string; minIso: string; maxIso: string; errors?: string[] | null }) {
  const { t } = useTranslation('profile')
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const [value, setValue] = useState(defaultValue)
  const [hydrated, setHydrated] = useState(false)
  const picker = useRef<HTMLInputElement>(null)
  useEffect(() => setHydrated(true), [])
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-ink-900">
        {label}
      </label>
      <div className="relative flex gap-2">
        <input
          id={id}
          name={name}
          inputMode="numeric"
          autoComplete="bday"
          placeholder={t('fields.dobPlaceholder')}
          pattern="\d{2}-\d{2}-\d{4}"
          maxLength={10}
          value={value}
          onChange={(e) => {
            const raw = e.target.value
            // deleting a dash must not re-add it at once
            setValue(raw.length < value.length ? raw : formatDmyInput(raw))
          }}
          aria-describedby={cn(hintId, errors?.length ? errorId : '') || undefined}
          aria-invalid={errors?.length ? true : undefined}
          className={controlClasses}
        />
        {hydrated ? (
          <>
            <button
              type="button"
              className="grid min-h-[44px] min-w-[44px] place-items-center rounded-xl border border-brand-200 bg-white/85 text-lg text-brand-800 hover:bg-white"
              aria-label={t('fields.dobCalendar')}
              onClick={() => {
                const el = picker.current
                if (!el) return
                el.value = dmyToIso(value)
                if (typeof el.showPicker === 'function') el.showPicker()
                else el.focus()
              }}
            >
              <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
                <rect x="3" y="5" width="18" height="16" rx="2" />
                <path d="M16 3v4M8 3v4M3 10h18" />
              </svg>
            </button>
            <input
              ref={picker}
              type="date"
              tabIndex={-1}
              aria-hidden
              min={minIso}
              max={maxIso}
              className="pointer-events-none absolute h-px w-px opacity-0"
              onChange={(e) => e.target.value && setValue(isoToDmy(e.target.value))}
            />
          </>
        ) : null}
      </div>
      <p id={hintId} className="text-xs text-ink-700">
        For example 15-08-1995. You must be 18 to 70 years old.
      </p>
      <ErrorList id={errorId} errors={errors} />
    </div>
  )
}
