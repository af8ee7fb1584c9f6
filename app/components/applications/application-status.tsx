import { useTranslation } from 'react-i18next'
import { fallbackLocale, translator, type Locale } from '~/i18n/i18n'
import { Badge } from '../ui/card'
import { cn } from '../ui/cn'
import { formatIstDateTime } from './ist-time'
import { CalendarDays, Check, Circle, Eye, PartyPopper, Square, Star, Undo2, X, type LucideIcon } from 'lucide-react'

/**
 * An application's status as both sides read it. The path is applied → viewed → shortlisted →
 * interview → a decision (hired / not selected / position filled), or withdrawn by the candidate.
 */
/** the statuses with words of their own (applications:status) */
const LABELLED = new Set(['applied', 'viewed', 'shortlisted', 'interview', 'interview_scheduled', 'hired', 'not_selected', 'position_filled', 'withdrawn'])

const TONE: Record<string, 'brand' | 'teal' | 'pink' | 'neutral'> = {
  applied: 'brand',
  viewed: 'brand',
  shortlisted: 'teal',
  interview: 'teal',
  interview_scheduled: 'teal',
  hired: 'teal',
  not_selected: 'pink',
  position_filled: 'neutral',
  withdrawn: 'neutral',
}

const ICON: Record<string, LucideIcon> = {
  applied: Check,
  viewed: Eye,
  shortlisted: Star,
  interview: CalendarDays,
  interview_scheduled: CalendarDays,
  hired: PartyPopper,
  not_selected: X,
  position_filled: Square,
  withdrawn: Undo2,
}

/** The status in the page's language (English by default: the employer pages) */
export const statusLabel = (status: string, locale: Locale = fallbackLocale) =>
  LABELLED.has(status) ? translator(locale, 'applications')(`status.${status}`) : status.replace(/_/g, ' ')

/** The final states: the employer (or the candidate) has decided. */
export const DECIDED = new Set(['hired', 'not_selected', 'position_filled', 'withdrawn'])

export function ApplicationStatusChip({ status, className }: { status: string; className?: string }) {
  const Icon = ICON[status] ?? Circle
  const { i18n } = useTranslation()
  return (
    <Badge tone={TONE[status] ?? 'neutral'} className={cn('shrink-0', className)} data-testid="application-status">
      <Icon aria-hidden className="h-3.5 w-3.5" />
      {statusLabel(status, i18n.language)}
    </Badge>
  )
}

const PATH = ['applied', 'viewed', 'shortlisted', 'interview'] as const
const norm = (s: string) => (s === 'interview_scheduled' ? 'interview' : s)

type Step = { key: string; label: string; at: string | null; state: 'done' | 'current' | 'upcoming' }

/** The steps to draw: the usual path, then the decision if there is one (else "Decision" still to come). */
export function timelineSteps(status: string, timeline: ReadonlyArray<{ status: string; at: string }>, locale: Locale = fallbackLocale): Step[] {
  const current = norm(status)
  const reachedAt = new Map<string, string>()
  for (const t of timeline) reachedAt.set(norm(t.status), t.at)
  const pathIndex = (PATH as readonly string[]).indexOf(current)
  const decided = DECIDED.has(current)
  // the furthest step on the path that was reached: every step before it counts as passed
  const furthest = Math.max(pathIndex, ...PATH.map((p, i) => (reachedAt.has(p) ? i : -1)))
  const steps: Step[] = PATH.map((key, i) => ({
    key,
    label: statusLabel(key, locale),
    at: reachedAt.get(key) ?? null,
    state: !decided && i === pathIndex ? 'current' : i <= furthest ? 'done' : 'upcoming',
  }))
  if (decided) {
    // steps never reached before a decision are left out, so "Not selected" follows what happened
    const kept = steps.filter((s) => s.state === 'done')
    kept.push({ key: current, label: statusLabel(current, locale), at: reachedAt.get(current) ?? null, state: 'current' })
    return kept
  }
  steps.push({ key: 'decision', label: translator(locale, 'applications')('status.decision'), at: null, state: 'upcoming' })
  return steps
}

/** A vertical, numbered status timeline; the current step is marked for screen readers too. */
export function StatusTimeline({ status, timeline }: { status: string; timeline: ReadonlyArray<{ status: string; at: string }> }) {
  const { t, i18n } = useTranslation('applications')
  const steps = timelineSteps(status, timeline, i18n.language)
  return (
    <ol className="space-y-0" aria-label={t('timeline.label')} data-testid="status-timeline">
      {steps.map((s, i) => (
        <li key={s.key} className="flex gap-3" aria-current={s.state === 'current' ? 'step' : undefined} data-step={s.key} data-state={s.state}>
          <span className="flex flex-col items-center">
            <span
              aria-hidden
              className={cn(
                'grid h-6 w-6 shrink-0 place-items-center rounded-full text-xs font-black',
                s.state === 'done' && 'bg-teal-700 text-white',
                s.state === 'current' && (s.key === 'not_selected' || s.key === 'withdrawn' || s.key === 'position_filled' ? 'bg-ink-700 text-white' : 'bg-brand-700 text-white ring-4 ring-brand-200'),
                s.state === 'upcoming' && 'border-2 border-brand-200 bg-white text-ink-500',
              )}
            >
              {s.state === 'done' ? <Check aria-hidden className="h-4 w-4" strokeWidth={3} /> : i + 1}
            </span>
            {i < steps.length - 1 ? <span aria-hidden className={cn('my-0.5 w-0.5 flex-1', s.state === 'done' ? 'bg-teal-700' : 'bg-brand-200')} /> : null}
          </span>
          <span className="min-w-0 pb-3">
            <span className={cn('block text-sm font-semibold', s.state === 'upcoming' ? 'text-ink-700' : 'text-ink-900')}>
              {s.label}
              <span className="sr-only">{t(s.state === 'done' ? 'timeline.done' : s.state === 'current' ? 'timeline.now' : 'timeline.upcoming')}</span>
            </span>
            {s.at ? <span className="block text-xs text-ink-700">{formatIstDateTime(s.at, i18n.language)}</span> : null}
          </span>
        </li>
      ))}
    </ol>
  )
}
