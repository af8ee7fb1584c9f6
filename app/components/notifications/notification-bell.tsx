import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useNotificationsLive, useUnreadCount, type UnreadSeed } from '~/utils/live-notifications'
import { cn } from '../ui/cn'
import { Bell } from 'lucide-react'

/** The header's bell: a link to the notifications page with the unread count, kept live. */
export function NotificationBell({ href, initial = null, className }: { href: string; initial?: UnreadSeed | null; className?: string }) {
  const unread = useUnreadCount(initial) ?? 0
  const live = useNotificationsLive()
  const { t } = useTranslation('notifications')
  const label = unread > 0 ? t('bellUnread', { count: unread }) : t('bell')
  return (
    <Link
      to={href}
      aria-label={label}
      data-testid="notification-bell"
      data-unread={unread}
      data-live={live}
      className={cn('relative grid h-11 w-11 shrink-0 place-items-center rounded-full text-xl text-white hover:bg-white/15', className)}
    >
      <Bell aria-hidden className="h-5 w-5" />
      {unread > 0 ? (
        <span aria-hidden className="absolute right-0.5 top-0.5 grid min-h-[20px] min-w-[20px] place-items-center rounded-full bg-blush-600 px-1 text-[11px] font-black leading-none text-white ring-2 ring-brand-900">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  )
}
