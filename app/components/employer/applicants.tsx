import { Form, Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import { ApplicationStatusChip, statusLabel } from '../applications/application-status'
import { formatIstDateTime } from '../applications/ist-time'
import { Badge } from '../ui/card'
import { cn } from '../ui/cn'
import { initialsOf } from '~/utils/initials'
import { MapPin } from 'lucide-react'
import { photoSources } from '~/utils/photo-src'

/** The filters an employer works through, in the order of the hiring path. */
export const APPLICANT_FILTERS = ['applied', 'viewed', 'shortlisted', 'interview', 'hired', 'not_selected', 'withdrawn', 'position_filled'] as const
export type ApplicantFilter = (typeof APPLICANT_FILTERS)[number]
const FILTER_LABEL: Record<ApplicantFilter, string> = { ...(Object.fromEntries(APPLICANT_FILTERS.map((s) => [s, statusLabel(s)])) as Record<ApplicantFilter, string>), applied: 'New' }

export type ApplicantCounts = Partial<Record<string, number>>

/** Status tabs with counts (plain links: bookmarkable, no JavaScript needed); empty ones after the first four are left out. */
export function ApplicantTabs({ basePath, current, counts }: { basePath: string; current: ApplicantFilter | null; counts: ApplicantCounts }) {
  const total = Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0)
  const tabs: Array<{ status: ApplicantFilter | null; label: string; n: number }> = [
    { status: null, label: 'All', n: total },
    ...APPLICANT_FILTERS.map((s) => ({ status: s, label: FILTER_LABEL[s], n: counts[s] ?? 0 })).filter((t, i) => i < 4 || t.n > 0 || t.status === current),
  ]
  return (
    <nav aria-label="Applicants by status">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((t) => {
          const active = t.status === current
          return (
            <li key={t.label}>
              <Link
                to={t.status ? `${basePath}?status=${t.status}` : basePath}
                aria-current={active ? 'page' : undefined}
                data-testid={`applicants-tab-${t.status ?? 'all'}`}
                className={cn(
                  'flex min-h-[44px] items-center gap-2 rounded-xl px-3 py-2 text-sm font-semibold',
                  active ? 'bg-brand-700 text-white shadow-glass' : 'bg-white/85 text-brand-800 hover:bg-white',
                )}
              >
                <span>{t.label}</span>
                <span className={cn('rounded-full px-2 text-sm font-black', active ? 'bg-white/20' : 'bg-brand-100')}>{t.n}</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

export function ApplicantAvatar({ name, photoUrl, size = 'md' }: { name: string; photoUrl: string | null; size?: 'md' | 'lg' }) {
  return (
    <span
      aria-hidden
      className={cn(
        'grid shrink-0 place-items-center overflow-hidden rounded-full bg-gradient-to-br from-teal-400 to-brand-500 font-bold text-white',
        size === 'lg' ? 'h-16 w-16 text-xl' : 'h-11 w-11 text-sm',
      )}
    >
      {photoUrl ? <img {...photoSources(photoUrl, size === 'lg' ? 64 : 44)} alt="" className="h-full w-full object-cover" /> : initialsOf(name)}
    </span>
  )
}

export type ApplicantItem = {
  applicationId: string
  status: string
  appliedAt: string
  score: number
  reasons: string[]
  candidate: { name: string; cityName: string | null; photoUrl: string | null }
}

/** Where a score sits, in words an employer reads at a glance. */
export function scoreWords(score: number): string {
  return score >= 75 ? 'Strong match' : score >= 50 ? 'Good match' : score >= 25 ? 'Partial match' : 'Weak match'
}

/** One ranked applicant: rank, who, the match and why (the employer's side), the status; a checkbox for bulk actions. */
export function ApplicantRow({ item, rank, href, selectable }: { item: ApplicantItem; rank: number; href: string; selectable: boolean }) {
  const id = `pick-${item.applicationId}`
  return (
    <article className="glass flex min-w-0 gap-3 p-4" aria-labelledby={`${id}-name`} data-testid="applicant" data-status={item.status}>
      <div className="flex flex-col items-center gap-2">
        <span className="text-xs font-black text-ink-700" aria-label={`Rank ${rank}`}>
          #{rank}
        </span>
        {selectable ? (
          <input id={id} type="checkbox" name="applicationIds" value={item.applicationId} form="bulk-actions" className="h-6 w-6 accent-brand-700" aria-label={`Select ${item.candidate.name}`} />
        ) : null}
      </div>
      <div className="min-w-0 flex-1 space-y-2">
        <div className="flex items-start justify-between gap-2">
          <div className="flex min-w-0 items-center gap-3">
            <ApplicantAvatar name={item.candidate.name} photoUrl={item.candidate.photoUrl} />
            <div className="min-w-0">
              <h3 id={`${id}-name`} className="break-words font-bold text-ink-900">
                <Link to={href} className="hover:underline focus:underline">
                  {item.candidate.name}
                </Link>
              </h3>
              <p className="text-xs text-ink-700">
                {item.candidate.cityName ? (
                  <>
                    <MapPin aria-hidden className="mr-0.5 inline h-3.5 w-3.5 align-[-0.15em]" />
                    {item.candidate.cityName} ·{' '}
                  </>
                ) : null}Applied {formatIstDateTime(item.appliedAt)}
              </p>
            </div>
          </div>
          <ApplicationStatusChip status={item.status} />
        </div>
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone="teal" data-testid="applicant-score">
            {item.score}% · {scoreWords(item.score)}
          </Badge>
        </p>
        {item.reasons.length ? (
          <ul className="flex flex-wrap gap-x-2 gap-y-1 text-sm text-ink-900" aria-label="Why this applicant" data-testid="applicant-reasons">
            {item.reasons.map((r, i) => (
              <li key={r} className="break-words">
                {i > 0 ? (
                  <span aria-hidden className="mr-2 text-ink-500">
                    ·
                  </span>
                ) : null}
                {r}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </article>
  )
}

/** The share-phone switch: a form with one button (works without JavaScript), `role="switch"` for screen readers. */
export function SharePhoneToggle({ share, busy, hidden }: { share: boolean; busy: boolean; hidden?: ReactNode }) {
  return (
    <Form method="post" className="flex items-center justify-between gap-3" data-testid="share-phone">
      <input type="hidden" name="intent" value="share-phone" />
      <input type="hidden" name="share" value={share ? 'false' : 'true'} />
      {hidden}
      <span id="share-phone-label" className="text-sm font-semibold text-ink-900">
        Show my phone number to applicants of this job
        <span className="block text-xs font-normal text-ink-700">{share ? 'Applicants see your number in My applications.' : 'Off: applicants do not see your number.'}</span>
      </span>
      <button
        type="submit"
        role="switch"
        aria-checked={share}
        aria-labelledby="share-phone-label"
        disabled={busy}
        className={cn('relative inline-flex h-8 w-14 shrink-0 items-center rounded-full transition-colors disabled:opacity-60', share ? 'bg-teal-700' : 'bg-ink-500')}
      >
        <span aria-hidden className={cn('inline-block h-6 w-6 rounded-full bg-white shadow transition-transform', share ? 'translate-x-7' : 'translate-x-1')} />
      </button>
    </Form>
  )
}
