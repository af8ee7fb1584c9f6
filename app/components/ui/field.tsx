import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react'
import { cn } from './cn'

const control =
  'block w-full rounded-xl border border-brand-200 bg-white/90 px-3 py-2.5 text-base text-ink-900 placeholder:text-ink-500 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-300 aria-[invalid=true]:border-red-600'

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
  if (!errors?.length) return null
  return (
    // the alert role sits on a wrapper: a <ul> must keep its list role for screen readers
    <div id={id} role="alert">
      <ul className="space-y-0.5 text-sm font-medium text-red-700">
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  )
}

type Common = { label: ReactNode; hint?: ReactNode; errors?: string[] | null }

export function Input({ label, hint, errors, id, className, ...props }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const fallback = useId()
  const inputId = id ?? fallback
  return (
    <FieldShell id={inputId} label={label} hint={hint} errors={errors}>
      <input
        id={inputId}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${inputId}-error` : undefined}
        className={cn(control, className)}
        {...props}
      />
    </FieldShell>
  )
}

export function Select({ label, hint, errors, id, className, children, ...props }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const fallback = useId()
  const selectId = id ?? fallback
  return (
    <FieldShell id={selectId} label={label} hint={hint} errors={errors}>
      <select
        id={selectId}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${selectId}-error` : undefined}
        className={cn(control, 'appearance-auto', className)}
        {...props}
      >
        {children}
      </select>
    </FieldShell>
  )
}

export function Textarea({ label, hint, errors, id, className, ...props }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const fallback = useId()
  const areaId = id ?? fallback
  return (
    <FieldShell id={areaId} label={label} hint={hint} errors={errors}>
      <textarea id={areaId} aria-invalid={errors?.length ? true : undefined} className={cn(control, className)} {...props} />
    </FieldShell>
  )
}

export const controlClasses = control
