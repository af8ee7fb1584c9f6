import { Form, Link, useNavigation, useRevalidator } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useServerMessage } from '~/i18n/server-messages'
import type { NotificationView } from '#server/notifications/notifications.router'
import { useNotificationEvents } from '~/utils/live-notifications'
import { formatIstDateTime } from '../applications/ist-time'
import { Button } from '../ui/button'
import { Card } from '../ui/card'
import { cn } from '../ui/cn'
import { Bell } from 'lucide-react'

/**
 * Notifications, newest first, for candidates and employers alike. Every control is a form (works
 * without JavaScript); new ones arrive live (the page re-reads its list on each).
 */
export function NotificationsPage({
  items,
  unread,
  nextCursor,
  paged,
  basePath,
  fallbackHref,
  result,
}: {
  items: NotificationView[]
  unread: number
  nextCursor: string | null
  paged: boolean
  basePath: string
  fallbackHref: string
  result?: { ok: boolean; message: string } | null
}) {
  const revalidator = useRevalidator()
  const navigation = useNavigation()
  const busy = navigation.state !== 'idle'
  const { t, i18n } = useTranslation('notifications')
  // titles and bodies are the server's English sentences (job titles and company names stay as typed)
  const say = useServerMessage()
  useNotificationEvents(() => revalidator.revalidate())
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-extrabold text-white sm:text-3xl">{t('heading')}</h1>
        {unread > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="read-all" />
            <Button type="submit" variant="secondary" size="sm" disabled={busy}>
              {t('markAll')}
            </Button>
          </Form>
        ) : null}
      </div>
      <p role="status" className="text-sm font-semibold text-white">
        {result ? say(result.message) : unread > 0 ? t('unread', { count: unread }) : items.length ? t('allCaughtUp') : ''}
      </p>
      {items.length === 0 ? (
        <Card className="text-center" data-testid="notifications-empty">
          <Bell aria-hidden className="mx-auto h-10 w-10 text-brand-700" />
          <p className="mt-2 font-semibold text-ink-900">{paged ? t('noOlder') : t('nothingYet')}</p>
          <p className="text-sm text-ink-700">{t('emptyHint')}</p>
        </Card>
      ) : (
        <ul className="space-y-2" data-testid="notifications" aria-label={t('listLabel')}>
          {items.map((n) => (
            <li key={n.id} className={cn('glass flex items-start gap-3 p-4', !n.read && 'border-l-4 border-l-brand-600')} data-read={n.read}>
              <Form method="post" className="min-w-0 flex-1">
                <input type="hidden" name="intent" value="open" />
                <input type="hidden" name="id" value={n.id} />
                <input type="hidden" name="href" value={n.href ?? fallbackHref} />
                <button type="submit" className="block w-full min-w-0 text-left">
                  <span className="block break-words font-bold text-ink-900">
                    {!n.read ? <span className="sr-only">{t('unreadPrefix')}</span> : null}
                    {say(n.title)}
                  </span>
                  <span className="block break-words text-sm text-ink-700">{say(n.body)}</span>
                  <span className="mt-1 block text-xs text-ink-700">{formatIstDateTime(n.createdAt, i18n.language)}</span>
                </button>
              </Form>
              {!n.read ? (
                <Form method="post" className="shrink-0">
                  <input type="hidden" name="intent" value="read" />
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" className="min-h-[44px] rounded-lg px-2 text-xs font-semibold text-brand-800 underline" aria-label={t('markReadLabel', { title: say(n.title) })}>
                    {t('markRead')}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <nav aria-label={t('more')} className="flex justify-between gap-2">
        {paged ? (
          <Link to={basePath} className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline">
            {t('newest')}
          </Link>
        ) : (
          <span />
        )}
        {nextCursor ? (
          <Link to={`${basePath}?cursor=${nextCursor}`} className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline">
            {t('older')}
          </Link>
        ) : null}
      </nav>
    </div>
  )
}
