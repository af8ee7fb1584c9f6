import { createInstance, type i18n, type InitOptions, type Resource, type TFunction } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Messages } from '~/locales/en'

/**
 * One i18next configuration for the server render and the browser. The message files are bundled
 * rather than fetched: a few kilobytes per language, and no second round trip on a slow network
 * before a page can show its words (docs/decisions/017-ui-languages.md).
 *
 * A new language is a data change: drop `app/locales/<code>.ts` beside the others (typed as
 * `Messages`, so it has every English key — a test checks the placeholders too) and it is picked
 * up here, offered by the switch and matched against Accept-Language.
 */
const files = import.meta.glob<{ default: Messages; selfName: string }>(['../locales/*.ts', '!../locales/*.test.ts'], { eager: true })

const byCode = Object.fromEntries(Object.entries(files).map(([path, mod]) => [path.replace(/^.*\/([\w-]+)\.ts$/, '$1'), mod]))

export type Locale = string
export const fallbackLocale = 'en'
export const defaultNS = 'common'
/** English first, then the others in code order */
export const supportedLocales: Locale[] = [
  fallbackLocale,
  ...Object.keys(byCode)
    .filter((c) => c !== fallbackLocale)
    .sort(),
]
/** how each language names itself, for the switch */
export const localeNames: Record<Locale, string> = Object.fromEntries(supportedLocales.map((c) => [c, byCode[c].selfName]))
export const resources: Resource = Object.fromEntries(supportedLocales.map((c) => [c, byCode[c].default]))

/** Employers' pages are English only: the language switch is not offered there. */
export const isEmployerPath = (pathname: string) => pathname === '/employer' || pathname.startsWith('/employer/')

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && supportedLocales.includes(value)
}

export const i18nOptions = {
  supportedLngs: supportedLocales,
  fallbackLng: fallbackLocale,
  defaultNS,
  ns: Object.keys(resources[fallbackLocale]),
  resources,
  // React escapes what it renders
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
} satisfies InitOptions

/**
 * An i18next instance in `locale`, ready at once (the resources are bundled, so `init` is
 * synchronous): one per server request, one in the browser.
 */
export function createI18n(locale: Locale): i18n {
  const instance = createInstance()
  void instance.use(initReactI18next).init({
    ...i18nOptions,
    lng: isLocale(locale) ? locale : fallbackLocale,
    initImmediate: false,
  })
  return instance
}

// immutable once initialised: the resources are bundled and never change at run time
const shared = createI18n(fallbackLocale)

/** A translator for code outside React (meta functions, loaders). */
export function translator(locale: Locale, ns: string = defaultNS): TFunction {
  return shared.getFixedT(isLocale(locale) ? locale : fallbackLocale, ns)
}
