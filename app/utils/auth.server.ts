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

/** Only same-site relative paths; anything else falls back (no open redirects). */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback: string): string {
  if (typeof to !== 'string' || !to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\')) return fallback
  return to
}
