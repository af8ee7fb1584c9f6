import { requestLocale } from '#server/i18n/request-locale'
import { fallbackLocale, supportedLocales, type Locale } from './i18n'

export { localeCookie } from '#server/i18n/request-locale'

/** The language of this page request: the one rule (`requestLocale`) over the languages the pages have. */
export async function localeOf(request: Request, accountLocale?: string | null): Promise<Locale> {
  return requestLocale({ cookie: request.headers.get('cookie'), acceptLanguage: request.headers.get('accept-language') }, supportedLocales, fallbackLocale, accountLocale)
}
