import { fallbackLocale, translator, type Locale } from '~/i18n/i18n'

const IST_OFFSET_MS = 330 * 60_000
const pad = (n: number) => String(n).padStart(2, '0')
// month and day names come from the message files (`ui:date`), so each language writes its own
const t = (locale: Locale) => translator(locale, 'ui')

/**
 * "3 Dec 2026, 14:05" in India time ("3 दिसंबर 2026, 14:05" in Hindi). NOTE: by hand, not Intl:
 * the server and the browser must print the same characters or hydration fails (ICU versions
 * differ in spaces and am/pm forms).
 */
export function formatIstDateTime(iso: string, locale: Locale = fallbackLocale): string {
  const d = new Date(new Date(iso).getTime() + IST_OFFSET_MS)
  return t(locale)('date.dateTime', {
    day: d.getUTCDate(),
    month: t(locale)(`date.month.${d.getUTCMonth()}`),
    year: d.getUTCFullYear(),
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  })
}

/** An interview day as written ("2026-12-09") → "Wed, 9 Dec 2026"; anything else is shown as given. */
export function formatInterviewDate(date: string, locale: Locale = fallbackLocale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) return date
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return t(locale)('date.weekdayDate', {
    weekday: t(locale)(`date.day.${d.getUTCDay()}`),
    day: d.getUTCDate(),
    month: t(locale)(`date.month.${d.getUTCMonth()}`),
    year: d.getUTCFullYear(),
  })
}

/** "14:30" → "2:30 pm" ("दोपहर 2:30": Hindi names the part of the day), written out by hand as above. */
export function formatInterviewTime(time: string, locale: Locale = fallbackLocale): string {
  const m = /^(\d{1,2}):(\d{2})/.exec(time)
  if (!m) return time
  const h = Number(m[1])
  const part = h < 5 ? 'night' : h < 12 ? 'morning' : h < 16 ? 'afternoon' : h < 19 ? 'evening' : 'lateEvening'
  return t(locale)(`date.time.${part}`, {
    time: `${h % 12 === 0 ? 12 : h % 12}:${m[2]}`,
  })
}

/** Today in India as yyyy-mm-dd (the earliest day an interview can be set for). */
export function istToday(now: Date = new Date()): string {
  const d = new Date(now.getTime() + IST_OFFSET_MS)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}
