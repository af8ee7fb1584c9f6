import { redirect, type AppLoadContext } from '@remix-run/node'
import type { SessionActionResult, SessionIntent } from '~/components/session-list'
import { fallbackLocale, translator, type Locale } from '~/i18n/i18n'
import { withFormErrors } from './form-errors.server'
import { describeSessionTimes } from './session-times'

/** "Where you're logged in" for a loader: the viewer's sessions with their times in words, in the page's language. */
export async function loadSessionList(context: AppLoadContext, locale: Locale = fallbackLocale, now = new Date()) {
  const { sessions } = await context.trpc.auth.sessions()
  return sessions.map((s) => ({ ...s, ...describeSessionTimes(s, now, locale) }))
}

/** The session forms' action: end one other session, or all of them. */
export async function sessionAction(context: AppLoadContext, intent: SessionIntent, form: FormData, locale: Locale = fallbackLocale): Promise<SessionActionResult> {
  const t = translator(locale, 'ui')
  if (intent === 'logout-other-sessions') {
    const result = await withFormErrors(() => context.trpc.auth.logoutOtherSessions())
    if (!result.ok) return { intent, ok: false, message: result.formError ?? t('sessions.couldNotLogOut') }
    const n = result.value.ended
    return { intent, ok: true, message: n === 0 ? t('sessions.noOthers') : t('sessions.loggedOutOthers', { count: n }) }
  }
  const result = await withFormErrors(() => context.trpc.auth.revokeSession({ id: String(form.get('sessionId') ?? '') }))
  if (!result.ok) return { intent, ok: false, message: result.code === 'NOT_FOUND' ? t('sessions.alreadyOut') : (result.formError ?? 'Unknown session') }
  // ending this very session (a stale page) is a logout
  if (result.value.endedCurrent) throw redirect(context.viewer?.kind === 'employer' ? '/' : '/candidate')
  return { intent, ok: true, message: t('sessions.loggedOutOne') }
}
