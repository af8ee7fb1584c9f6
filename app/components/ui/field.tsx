import { useId, useState, type FormEvent, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react'
import { cn } from './cn'
import { useServerMessage } from '~/i18n/server-messages'

const control =
  'block min-h-[44px] w-full rounded-xl border border-brand-200 bg-white/90 px-3 py-2.5 text-base text-ink-900 placeholder:text-ink-500 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-300 aria-[invalid=true]:border-red-600'

export function FieldShell({ id, label, hint, errors, children }: { id: string; label: ReactNode; hint?: ReactNode; errors?: string[] | null; children: ReactNode }) {
  const errorId = `${id}-error`
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-ink-900">
        {label}
      </label>
      {children}
      {hint ? <p className="text-xs text-ink-700">{hint}</p> : null}
      <ErrorList id={errorId} errors={errors} />
    </div>
  )
}

export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
  const say = useServerMessage()
  if (!errors?.length) return null
  return (
    // the alert role sits on a wrapper: a <ul> must keep its list role for screen readers
    <div id={id} role="alert">
      <ul className="space-y-0.5 text-sm font-medium text-red-700">
        {errors.map((e) => (
          <li key={e}>{say(e)}</li>
        ))}
      </ul>
    </div>
  )
}

type Common = { label: ReactNode; hint?: ReactNode; errors?: string[] | null }

/**
 * A field's errors until the person edits it: a message about the old value must not stay under
 * the fixed one until the next submit. The next answer from the server (a new array) shows again.
 */
function useShownErrors<E extends HTMLElement>(errors: string[] | null | undefined, onInput?: (event: FormEvent<E>) => void) {
  const [editedFor, setEditedFor] = useState<string[] | null | undefined>(null)
  const shown = errors?.length && editedFor !== errors ? errors : null
  const handleInput = (event: FormEvent<E>) => {
    if (shown) setEditedFor(errors)
    onInput?.(event)
  }
  return { shown, handleInput }
}

export function Input({ label, hint, errors, id, className, onInput, ...props }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const fallback = useId()
  const inputId = id ?? fallback
  const { shown, handleInput } = useShownErrors(errors, onInput)
  return (
    <FieldShell id={inputId} label={label} hint={hint} errors={shown}>
      <input
        id={inputId}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${inputId}-error` : undefined}
        className={cn(control, className)}
        {...props}
        onInput={handleInput}
      />
    </FieldShell>
  )
}

export function Select({ label, hint, errors, id, className, children, onInput, ...props }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const fallback = useId()
  const selectId = id ?? fallback
  const { shown, handleInput } = useShownErrors(errors, onInput)
  return (
    <FieldShell id={selectId} label={label} hint={hint} errors={shown}>
      <select
        id={selectId}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${selectId}-error` : undefined}
        className={cn(control, 'appearance-auto', className)}
        {...props}
        onInput={handleInput}
      >
        {children}
      </select>
    </FieldShell>
  )
}

export function Textarea({ label, hint, errors, id, className, onInput, ...props }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const fallback = useId()
  const areaId = id ?? fallback
  const { shown, handleInput } = useShownErrors(errors, onInput)
  return (
    <FieldShell id={areaId} label={label} hint={hint} errors={shown}>
      <textarea id={areaId} aria-invalid={shown ? true : undefined} className={cn(control, className)} {...props} onInput={handleInput} />
    </FieldShell>
  )
}

export const controlClasses = control
