/** A labelled progress bar; `percent` null = indeterminate (work running, no figure yet). */
export function ProgressBar({ percent, label }: { percent: number | null; label: string }) {
  const value = percent === null ? null : Math.max(0, Math.min(100, Math.round(percent)))
  return (
    <div className="space-y-1">
      <div className="flex justify-between text-xs font-medium text-ink-700">
        <span>{label}</span>
        {value !== null ? <span>{value}%</span> : null}
      </div>
      <div
        className="h-2 overflow-hidden rounded-full bg-brand-100"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value ?? undefined}
      >
        <div
          className={value === null ? 'h-full w-1/3 animate-pulse rounded-full bg-brand-500' : 'h-full rounded-full bg-gradient-to-r from-teal-400 to-brand-500 transition-[width]'}
          style={value === null ? undefined : { width: `${value}%` }}
        />
      </div>
    </div>
  )
}
