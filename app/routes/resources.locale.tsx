import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { isLocale } from '~/i18n/i18n'
import { localeCookie } from '~/i18n/i18n.server'
import { safeRedirect } from '~/utils/auth.server'

export async function loader() {
  // the switch is a form POST; a GET just goes home
  throw redirect('/')
}

/** The language switch: remembered on this device (cookie) and a candidate's account, then back to the same page. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const locale = form.get('locale')
  const back = safeRedirect(form.get('back'), '/')
  // an unknown language changes nothing
  if (!isLocale(locale)) throw redirect(back)
  if (context.viewer?.kind === 'candidate') await context.trpc.candidate.setLocale({ locale })
  throw redirect(back, { headers: { 'Set-Cookie': await localeCookie.serialize(locale) } })
}
