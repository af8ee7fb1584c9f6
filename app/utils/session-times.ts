import { formatDistanceStrict } from 'date-fns'

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
 * The words shown for a session's first and last use. Computed once on the server (loader), so
 * the page renders the same text on the server and in the browser. `lastSeenAt` moves only every
 * few minutes, so anything inside that window is "just now".
 */
export function describeSessionTimes(s: { createdAt: string; lastSeenAt: string; current: boolean }, now: Date, resolutionMs = 5 * 60 * 1000) {
  const lastSeen = new Date(s.lastSeenAt)
  const recent = s.current || now.getTime() - lastSeen.getTime() < resolutionMs
  return {
    firstSeen: formatIst(s.createdAt),
    lastSeen: recent ? 'just now' : formatDistanceStrict(lastSeen, now, { addSuffix: true }),
    lastSeenExact: formatIst(s.lastSeenAt),
  }
}
