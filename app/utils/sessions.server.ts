import { redirect, type AppLoadContext } from '@remix-run/node'
import type { SessionActionResult, SessionIntent } from '~/components/session-list'
import { withFormErrors } from './form-errors.server'
import { describeSessionTimes } from './session-times'

/** "Where you're logged in" for a loader: the viewer's sessions with their times in words. */
export async function loadSessionList(context: AppLoadContext, now = new Date()) {
  const { sessions } = await context.trpc.auth.sessions()
  return sessions.map((s) => ({ ...s, ...describeSessionTimes(s, now) }))
}

/** The session forms' action: end one other session, or all of them. */
export async function sessionAction(context: AppLoadContext, intent: SessionIntent, form: FormData): Promise<SessionActionResult> {
  if (intent === 'logout-other-sessions') {
    const result = await withFormErrors(() => context.trpc.auth.logoutOtherSessions())
    if (!result.ok) return { intent, ok: false, message: result.formError ?? 'Could not log out the other devices. Please try again.' }
    const n = result.value.ended
    return { intent, ok: true, message: n === 0 ? 'No other devices were logged in.' : `Logged out of ${n} other device${n === 1 ? '' : 's'}.` }
  }
  const result = await withFormErrors(() => context.trpc.auth.revokeSession({ id: String(form.get('sessionId') ?? '') }))
  if (!result.ok) return { intent, ok: false, message: result.code === 'NOT_FOUND' ? 'That device was already logged out.' : (result.formError ?? 'Unknown session') }
  // ending this very session (a stale page) is a logout
  if (result.value.endedCurrent) throw redirect(context.viewer?.kind === 'employer' ? '/' : '/candidate')
  return { intent, ok: true, message: 'That device is logged out.' }
}
