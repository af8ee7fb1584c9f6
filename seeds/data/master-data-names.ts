import { HI_CATEGORY_NAMES, HI_ROLE_NAMES } from './translations/master-data-hi'

/**
 * Category and role names per language, by slug (decision 018). Adding a language: a file beside
 * `translations/master-data-hi.ts` and its code here; the seeds write `translations` from it.
 */
export const MASTER_NAME_BOOKS: Readonly<Record<string, { categories: Readonly<Record<string, string>>; roles: Readonly<Record<string, string>> }>> = {
  hi: { categories: HI_CATEGORY_NAMES, roles: HI_ROLE_NAMES },
}

/** `{ <language>: name }` for one category or role (languages without a name for it left out: English is shown). */
export function nameTranslations(kind: 'categories' | 'roles', slug: string, books = MASTER_NAME_BOOKS): Record<string, string> {
  return Object.fromEntries(Object.entries(books).flatMap(([language, book]) => (book[kind][slug] ? [[language, book[kind][slug]]] : [])))
}
