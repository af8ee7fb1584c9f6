import { z } from 'zod'
import { negotiateLanguage } from '../../i18n/negotiate'
import { en, type ChatMessages } from './en'
import { hi } from './hi'

/**
 * The languages the bot speaks, by code. Adding one (say Marathi) is data: a file beside these
 * (copy `hi.ts`), its name in this list, and its template translations in the seeds — no engine
 * change. The candidate's `locale`, the `set_language` event and the chat page's switch all take
 * their choices from here.
 */
export const CHAT_LANGUAGES: Readonly<Record<string, ChatMessages>> = Object.fromEntries([en, hi].map((m) => [m.code, m]))

export const DEFAULT_LANGUAGE = 'en'

export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}$/)

/** A registered language code, for procedure inputs (zod at the boundary). */
export const chatLanguageSchema = languageCodeSchema.refine((code) => code in CHAT_LANGUAGES, { message: 'That language is not available yet' })

/** What the switch offers: code, own name, speech-recognition locale. */
export function availableLanguages(): { code: string; name: string; speechLocale: string }[] {
  return Object.values(CHAT_LANGUAGES).map((m) => ({ code: m.code, name: m.name, speechLocale: m.speechLocale }))
}

/** `{name}`-style placeholders filled in; one not given stays as written (filled later, e.g. `{value}`). */
export function fill(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{([a-z_]+)\}/gi, (whole, key: string) => (key in params ? String(params[key]) : whole))
}

/**
 * The first registered language in an Accept-Language header, by its q weights
 * ("hi-IN,hi;q=0.9,en;q=0.8" → hi); English when none is registered.
 */
export function languageFromAcceptLanguage(header: string | null | undefined, languages: Readonly<Record<string, unknown>> = CHAT_LANGUAGES): string {
  return negotiateLanguage(header, Object.keys(languages)) ?? DEFAULT_LANGUAGE
}

export { en, hi, type ChatMessages }
