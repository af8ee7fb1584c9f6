const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const IST_OFFSET_MS = 330 * 60_000
const pad = (n: number) => String(n).padStart(2, '0')

/**
 * "3 Dec 2026, 14:05" in India time. NOTE: by hand, not Intl: the server and the browser must print
 * the same characters or hydration fails (ICU versions differ in spaces and am/pm forms).
 */
export function formatIstDateTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + IST_OFFSET_MS)
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** An interview day as written ("2026-12-09") → "Wed, 9 Dec 2026"; anything else is shown as given. */
export function formatInterviewDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) return date
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

/** "14:30" → "2:30 pm" (written out by hand for the same reason as above). */
export function formatInterviewTime(time: string): string {
  const m = /^(\d{1,2}):(\d{2})/.exec(time)
  if (!m) return time
  const h = Number(m[1])
  return `${h % 12 === 0 ? 12 : h % 12}:${m[2]} ${h < 12 ? 'am' : 'pm'}`
}

/** Today in India as yyyy-mm-dd (the earliest day an interview can be set for). */
export function istToday(now: Date = new Date()): string {
  const d = new Date(now.getTime() + IST_OFFSET_MS)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}
