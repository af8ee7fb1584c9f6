import { redirect, type AppLoadContext } from '@remix-run/node'

/** Guards throw Responses so loaders read top to bottom. */
export function requireCandidate(context: AppLoadContext, request: Request) {
  const viewer = context.viewer
  if (viewer?.kind !== 'candidate') {
    const url = new URL(request.url)
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`)
  }
  return viewer
}

export function requireEmployer(context: AppLoadContext, request: Request) {
  const viewer = context.viewer
  if (viewer?.kind !== 'employer') {
    const url = new URL(request.url)
    throw redirect(`/employer/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`)
  }
  return viewer
}

/** Already logged in: skip the login/sign-up pages. */
export function redirectIfLoggedIn(context: AppLoadContext) {
  if (context.viewer?.kind === 'candidate') throw redirect('/home')
  if (context.viewer?.kind === 'employer') throw redirect('/employer')
}

const REDIRECT_BASE = 'http://aiviue.invalid'

/**
 * Only a same-origin path survives; anything else falls back (no open redirects, never a 500).
 * Browsers strip tabs and newlines from URLs and read `\` as `/`, so `/\t/evil.example` or
 * `/\\evil.example` would leave the site: such input is refused, not repaired. What remains is
 * parsed against a fixed origin and must stay on it; the result is re-serialised, so it is always
 * a valid header value.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback: string): string {
  if (typeof to !== 'string' || to.length === 0 || to.length > 2048) return fallback
  // whitespace (incl. U+3000 and NBSP), backslashes and every control/format/unassigned character
  if (/[\s\\\p{C}]/u.test(to)) return fallback
  if (!to.startsWith('/') || to.startsWith('//')) return fallback
  let url: URL
  try {
    url = new URL(to, REDIRECT_BASE)
  } catch {
    return fallback
  }
  if (url.origin !== REDIRECT_BASE) return fallback
  return url.pathname + url.search + url.hash
}
