import { redirect, type AppLoadContext } from '@remix-run/node'
import { translator } from '~/i18n/i18n'
import { localeOf } from '~/i18n/i18n.server'
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
  const t = translator(await localeOf(request), 'notifications')
  const form = await request.formData()
  const intent = form.get('intent')
  const id = String(form.get('id') ?? '')
  if (intent === 'read-all') {
    const r = await withFormErrors(() => context.trpc.notifications.markRead({ all: true }))
    return r.ok ? { ok: true as const, message: t('allCaughtUp') } : { ok: false as const, message: r.formError ?? t('failed') }
  }
  if ((intent === 'open' || intent === 'read') && UUID.test(id)) {
    const r = await withFormErrors(() => context.trpc.notifications.markRead({ ids: [id] }))
    if (!r.ok) return { ok: false as const, message: r.formError ?? t('failed') }
    if (intent === 'open') throw redirect(safeRedirect(form.get('href'), fallbackHref))
    return { ok: true as const, message: t('marked') }
  }
  return { ok: false as const, message: t('staleForm') }
}
