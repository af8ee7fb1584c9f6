import { createCookie } from '@remix-run/node'
import { negotiateLanguage } from './negotiate'

/** The device's choice: set by the language switch, kept a year. Not a secret, so not signed. */
export const localeCookie = createCookie('lng', { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 60 * 60 * 24 * 365 })

/**
 * The language of a request, in one place (decision 017): the account's choice when it has one
 * (so a candidate sees their language on every phone they log in from), else this device's
 * cookie, else the browser's Accept-Language matched against `available` ("ta-IN, hi;q=0.5" →
 * hi), else `fallback`. The pages (app/i18n/i18n.server.ts) and the API context (names of
 * categories and roles) both use it.
 */
export async function requestLocale(
  headers: { cookie: string | null | undefined; acceptLanguage: string | null | undefined },
  available: readonly string[],
  fallback: string,
  accountLocale?: string | null,
): Promise<string> {
  if (accountLocale && available.includes(accountLocale)) return accountLocale
  const chosen: unknown = await localeCookie.parse(headers.cookie ?? null)
  if (typeof chosen === 'string' && available.includes(chosen)) return chosen
  const best = negotiateLanguage(headers.acceptLanguage, available)
  return best && available.includes(best) ? best : fallback
}
