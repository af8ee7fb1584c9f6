import { Link } from '@remix-run/react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Nudge } from '#server/matching/nudge'
import { useServerMessage } from '~/i18n/server-messages'
import { LockOpen } from 'lucide-react'

/**
 * The nudge's sentence in the page's language, from its parts (which gaps, how many jobs): the
 * server's English sentence joins them and cannot be caught by a catalog pattern. The English
 * keys say exactly what server/matching/nudge.ts says (nudge-card.test.ts compares them).
 */
export function nudgeText(t: TFunction<'jobs'>, gaps: Nudge['gaps'], count: number): string {
  const nouns = gaps.map((g, i) => t(i === 0 ? `nudge.first.${g}` : `nudge.rest.${g}`))
  const what = nouns.length === 3 ? t('nudge.three', { a: nouns[0], b: nouns[1], c: nouns[2] }) : nouns.length === 2 ? t('nudge.two', { a: nouns[0], b: nouns[1] }) : nouns.join('')
  return t('nudge.message', { what, count })
}

/** "Add your driving licence to see 14 more jobs" — the profile gap that hides the most jobs. */
export function NudgeCard({ nudge }: { nudge: Nudge }) {
  const { t } = useTranslation('jobs')
  const say = useServerMessage()
  return (
    <aside className="glass flex flex-col gap-3 border-teal-300/60 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="profile-nudge" aria-label={t('nudge.label')}>
      <p className="flex items-center gap-3 text-base font-semibold text-ink-900">
        <LockOpen aria-hidden className="h-6 w-6 shrink-0 text-teal-700" />
        {nudgeText(t, nudge.gaps, nudge.jobCount)}
      </p>
      <Link
        to={nudge.href}
        className="inline-flex min-h-[44px] shrink-0 items-center justify-center rounded-xl bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800"
      >
        {say(nudge.cta)}
      </Link>
    </aside>
  )
}
