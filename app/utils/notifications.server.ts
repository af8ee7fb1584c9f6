import { redirect, type AppLoadContext } from '@remix-run/node'
import { safeRedirect } from './auth.server'
import { withFormErrors } from './form-errors.server'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const SEQ = /^\d{1,15}$/

/** The notifications page's data, for candidates and employers alike (each sees only their own). */
export async function loadNotifications(context: AppLoadContext, request: Request) {
  const cursor = new URL(request.url).searchParams.get('cursor')
  const list = await context.trpc.notifications.list({ cursor: cursor && SEQ.test(cursor) ? cursor : null })
  return { ...list, paged: Boolean(cursor), now: new Date().toISOString() }
}

/**
 * Forms on the notifications page (they work without JavaScript): `open` marks one read and goes
 * where it points; `read` marks one read; `read-all` marks everything read.
 */
export async function notificationsAction(context: AppLoadContext, request: Request, fallbackHref: string) {
  const form = await request.formData()
  const intent = form.get('intent')
  const id = String(form.get('id') ?? '')
  if (intent === 'read-all') {
    const r = await withFormErrors(() => context.trpc.notifications.markRead({ all: true }))
    return r.ok ? { ok: true as const, message: 'All caught up.' } : { ok: false as const, message: r.formError ?? 'That did not work. Please try again.' }
  }
  if ((intent === 'open' || intent === 'read') && UUID.test(id)) {
    const r = await withFormErrors(() => context.trpc.notifications.markRead({ ids: [id] }))
    if (!r.ok) return { ok: false as const, message: r.formError ?? 'That did not work. Please try again.' }
    if (intent === 'open') throw redirect(safeRedirect(form.get('href'), fallbackHref))
    return { ok: true as const, message: 'Marked as read.' }
  }
  return { ok: false as const, message: 'This form is out of date. Please reload the page.' }
}
