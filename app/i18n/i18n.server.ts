import { createCookie } from '@remix-run/node'
import { negotiateLanguage } from '#server/i18n/negotiate'
import { fallbackLocale, isLocale, supportedLocales, type Locale } from './i18n'

/** The device's choice: set by the language switch, kept a year. Not a secret, so not signed. */
export const localeCookie = createCookie('lng', { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 60 * 60 * 24 * 365 })

/**
 * The language of this request, in one place: the account's choice when it has one (so a
 * candidate sees Hindi on every phone they log in from), else this device's cookie, else the
 * browser's Accept-Language matched against the languages we have ("ta-IN, hi;q=0.5" → hi),
 * else English.
 */
export async function localeOf(request: Request, accountLocale?: string | null): Promise<Locale> {
  if (isLocale(accountLocale)) return accountLocale
  const chosen: unknown = await localeCookie.parse(request.headers.get('cookie'))
  if (isLocale(chosen)) return chosen
  const best = negotiateLanguage(request.headers.get('accept-language'), supportedLocales)
  return isLocale(best) ? best : fallbackLocale
}
