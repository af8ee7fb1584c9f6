import { Check } from 'lucide-react'
import { useServerMessage } from '~/i18n/server-messages'
import { cn } from './ui/cn'

/**
 * "Why it matched" as chips: one per reason, wrapping, so a phone shows scannable pieces instead
 * of one run-on line. A real list, so a screen reader announces "list, 4 items" and reads them
 * one at a time. Shared by job cards and the job page.
 */
export function MatchReasons({ reasons, className, labelledBy }: { reasons: string[]; className?: string; labelledBy?: string }) {
  // the matcher's sentences are English; the catalog has them in the page's language
  const say = useServerMessage()
  return (
    <ul className={cn('flex flex-wrap gap-1.5', className)} aria-labelledby={labelledBy} data-testid="match-reasons">
      {reasons.map((r) => (
        <li key={r} className="inline-flex max-w-full items-start gap-1 rounded-full bg-white/80 px-2.5 py-1 text-xs font-semibold leading-snug text-teal-800">
          <Check aria-hidden className="mt-px h-3.5 w-3.5 shrink-0" />
          <span className="min-w-0 break-words">{say(r)}</span>
        </li>
      ))}
    </ul>
  )
}
