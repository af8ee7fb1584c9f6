import Negotiator from 'negotiator'

/**
 * The best of `available` for an Accept-Language header, by its q weights and with a region
 * matching its language ("ta-IN, hi-IN;q=0.5" → hi); `undefined` when none fits. The one reader of
 * that header: the pages (app/i18n/i18n.server.ts) and a new account's first language use it.
 */
export function negotiateLanguage(header: string | null | undefined, available: readonly string[]): string | undefined {
  if (!header) return undefined
  return new Negotiator({ headers: { 'accept-language': header } }).language([...available])
}
