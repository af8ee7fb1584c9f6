import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { interviewDayIso } from '#server/applications/application-status'
import { formatInterviewDate, formatInterviewTime } from '~/components/applications/ist-time'
import { fallbackLocale, type Locale } from './i18n'

/**
 * The server's messages (validation, refusals) are English sentences: that is the API's language
 * and what the logs say. A page shows them in the reader's language through a catalog keyed by the
 * English sentence, gettext-style (`serverMessages` in each message file). A key may hold
 * `{{placeholders}}` for the parts that vary ("this one has {{n}} digits"). A sentence the catalog
 * does not know is shown as it is — English is better than nothing.
 */
export type ServerMessageCatalog = Record<string, string>

/**
 * Formats a translation may ask for a varying part in (`{{when, interviewDate}}`): the server
 * writes dates and times in English inside its sentences; the page rewrites them with the shared
 * formatters in its own language. A value a format cannot read is kept as it came.
 */
const FORMATS: Record<string, (value: string, locale: Locale) => string> = {
  interviewDate: (value, locale) => {
    const iso = interviewDayIso(value)
    return iso ? formatInterviewDate(iso, locale) : value
  },
  interviewTime: (value, locale) => formatInterviewTime(value, locale),
  // "JPEG, PNG or PDF" (the server's Intl list) joined again with the page's "or"
  choices: (value, locale) => new Intl.ListFormat(locale, { type: 'disjunction' }).format(value.split(/, (?:or )?| or /)),
}

/** `{{name}}` or `{{name, format}}` in a translation */
const TEMPLATE_SLOT = /\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g

type Pattern = { re: RegExp; names: string[]; template: string }
const compiled = new WeakMap<ServerMessageCatalog, Pattern[]>()

function patternsOf(catalog: ServerMessageCatalog): Pattern[] {
  let patterns = compiled.get(catalog)
  if (!patterns) {
    patterns = Object.entries(catalog)
      .filter(([key]) => key.includes('{{'))
      .map(([key, template]) => {
        const names: string[] = []
        const source = key
          .split(/(\{\{\s*\w+\s*\}\})/)
          .map((part) => {
            const name = /^\{\{\s*(\w+)\s*\}\}$/.exec(part)?.[1]
            if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            names.push(name)
            return '(.+?)'
          })
          .join('')
        return { re: new RegExp(`^${source}$`, 'u'), names, template }
      })
    compiled.set(catalog, patterns)
  }
  return patterns
}

export function translateServerMessage(catalog: ServerMessageCatalog | undefined, message: string, locale: Locale = fallbackLocale): string {
  if (!catalog) return message
  const exact = catalog[message]
  if (exact) return exact
  for (const { re, names, template } of patternsOf(catalog)) {
    const m = re.exec(message)
    if (!m) continue
    const values = new Map(names.map((name, i) => [name, m[i + 1]]))
    return template.replace(TEMPLATE_SLOT, (slot, name: string, format: string | undefined) => {
      const value = values.get(name)
      if (value === undefined) return slot
      const f = format ? FORMATS[format] : undefined
      return f ? f(value, locale) : value
    })
  }
  return message
}

/** `(message) => message in the page's language` */
export function useServerMessage(): (message: string) => string {
  const { i18n } = useTranslation()
  const catalog = i18n.getResourceBundle(i18n.language, 'serverMessages') as ServerMessageCatalog | undefined
  const locale = i18n.language
  return useCallback((message: string) => translateServerMessage(catalog, message, locale), [catalog, locale])
}
