import { formatIstDateTime } from '~/components/applications/ist-time'
import { fallbackLocale, translator, type Locale } from '~/i18n/i18n'
import { formatTimeBetween } from './format'

// India is one time zone; the server may run in UTC
const IST = new Intl.DateTimeFormat('en-IN', {
  timeZone: 'Asia/Kolkata',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
})

/** "5 Dec 2026, 3:04 pm" in Asia/Kolkata. */
export function formatIst(iso: string): string {
  return IST.format(new Date(iso)).replace(/\b(am|pm)\b/i, (m) => m.toLowerCase())
}

/**
 * The words shown for a session's first and last use, in the page's language. Computed once on
 * the server (loader), so the page renders the same text on the server and in the browser.
 * `lastSeenAt` moves only every few minutes, so anything inside that window is "just now".
 */
export function describeSessionTimes(s: { createdAt: string; lastSeenAt: string; current: boolean }, now: Date, locale: Locale = fallbackLocale, resolutionMs = 5 * 60 * 1000) {
  const t = translator(locale, 'ui')
  const lastSeen = new Date(s.lastSeenAt)
  const recent = s.current || now.getTime() - lastSeen.getTime() < resolutionMs
  // English keeps its "3:04 pm" (employers read it too); other languages name the month in their own words
  const exact = (iso: string) => (locale === fallbackLocale ? formatIst(iso) : formatIstDateTime(iso, locale))
  return {
    firstSeen: exact(s.createdAt),
    lastSeen: recent ? t('sessions.justNow') : t('sessions.ago', { distance: formatTimeBetween(lastSeen, now, locale) }),
    lastSeenExact: exact(s.lastSeenAt),
  }
}
