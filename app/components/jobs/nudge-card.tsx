import { Link } from '@remix-run/react'
import type { Nudge } from '#server/matching/nudge'
import { LockOpen } from 'lucide-react'

/** "Add your driving licence to see 14 more jobs" — the profile gap that hides the most jobs. */
export function NudgeCard({ nudge }: { nudge: Nudge }) {
  return (
    <aside className="glass flex flex-col gap-3 border-teal-300/60 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="profile-nudge" aria-label="Unlock more jobs">
      <p className="flex items-center gap-3 text-base font-semibold text-ink-900">
        <LockOpen aria-hidden className="h-6 w-6 shrink-0 text-teal-700" />
        {nudge.message}
      </p>
      <Link
        to={nudge.href}
        className="inline-flex min-h-[44px] shrink-0 items-center justify-center rounded-xl bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800"
      >
        {nudge.cta}
      </Link>
    </aside>
  )
}
