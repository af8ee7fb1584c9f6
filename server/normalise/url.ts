/**
 * Links → one canonical form. Pure.
 * `normaliseUrl`: "github.com/yourname" → "https://github.com/yourname"; null when it is not an
 * http(s) link (on one of `hosts`, when given). Used by chat answers, resumes and postings.
 */
export function normaliseUrl(input: string, hosts?: readonly string[]): string | null {
  const text = input.trim()
  if (text === '' || /\s/.test(text)) return null
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  const host = url.hostname.toLowerCase()
  if (!/^([a-z0-9-]+\.)+[a-z]{2,}$/.test(host)) return null
  if (hosts && !hosts.some((h) => host === h || host.endsWith(`.${h}`))) return null
  const href = url.toString()
  return url.pathname === '/' && !url.search && !url.hash ? href.replace(/\/$/, '') : href
}
