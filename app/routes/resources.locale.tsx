import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { isLocale } from '~/i18n/i18n'
import { localeCookie } from '~/i18n/i18n.server'
import { safeRedirect } from '~/utils/auth.server'

function sameOriginPath(request: Request): string | null {
  const referer = request.headers.get('referer')
  if (!referer) return null
  try {
    const from = new URL(referer)
    // by host: behind a TLS proxy the request's own scheme may read http
    return from.host === new URL(request.url).host ? `${from.pathname}${from.search}` : null
  } catch {
    return null
  }
}

export async function loader() {
  // the switch is a form POST; a GET just goes home
  throw redirect('/')
}

/**
 * The language switch: remembered on this device (cookie) and a candidate's account, then back to
 * the page it was on. That page is the Referer (same origin only, through `safeRedirect`): the form
 * does not echo the page's own URL into the page.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const locale = form.get('locale')
  const back = safeRedirect(sameOriginPath(request), '/')
  // an unknown language changes nothing
  if (!isLocale(locale)) throw redirect(back)
  if (context.viewer?.kind === 'candidate') await context.trpc.candidate.setLocale({ locale })
  throw redirect(back, { headers: { 'Set-Cookie': await localeCookie.serialize(locale) } })
}
