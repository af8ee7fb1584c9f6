import type { MetaDescriptor } from '@remix-run/node'
import { fallbackLocale, translator } from './i18n'

type Match = { id: string; data: unknown }

/** The page's language, from the root loader (meta functions cannot use hooks). */
export function localeOfMatches(matches: readonly Match[]): string {
  const root = matches.find((m) => m.id === 'root')?.data as { locale?: string } | undefined
  return root?.locale ?? fallbackLocale
}

/** `[{ title }]` in the page's language; `key` is `namespace:path`. */
export function metaTitle(matches: readonly Match[], key: string): MetaDescriptor[] {
  return [{ title: translator(localeOfMatches(matches))(key) }]
}
