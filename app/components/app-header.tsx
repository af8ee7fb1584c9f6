import { Form, NavLink } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { Logo } from './ui/logo'
import { cn } from './ui/cn'
import { initialsOf } from '~/utils/initials'
import { photoSources } from '~/utils/photo-src'
import type { UnreadSeed } from '~/utils/live-notifications'
import { NotificationBell } from './notifications/notification-bell'
import { Briefcase, FileText, House, Send, User } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from './language-switch'

const NAV = [
  { to: '/home', label: 'nav.home', icon: House },
  { to: '/resume', label: 'nav.resume', icon: FileText },
  { to: '/jobs', label: 'nav.jobs', icon: Briefcase },
  { to: '/applications', label: 'nav.applications', icon: Send },
  { to: '/profile', label: 'nav.profile', icon: User },
] as const

function AvatarMenu({ name, photoUrl }: { name: string; photoUrl: string | null }) {
  const { t } = useTranslation('shell')
  const [open, setOpen] = useState(false)
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const onDoc = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false)
    }
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false)
    document.addEventListener('mousedown', onDoc)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('mousedown', onDoc)
      document.removeEventListener('keydown', onKey)
    }
  }, [open])
  const initials = initialsOf(name)
  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('accountMenu')}
        onClick={() => setOpen((o) => !o)}
        className="grid h-11 w-11 place-items-center overflow-hidden rounded-full border-2 border-white/70 bg-gradient-to-br from-teal-400 to-brand-500 font-bold text-white"
      >
        {photoUrl ? <img {...photoSources(photoUrl, 44)} alt="" className="h-full w-full object-cover" /> : initials}
      </button>
      {/* a <details>-free menu: without JS the links below in the page footer still work */}
      {open ? (
        <div role="menu" className="absolute right-0 z-40 mt-2 w-52 overflow-hidden rounded-xl border border-brand-100 bg-white py-1 shadow-glass-lg">
          <p className="truncate px-4 py-2 text-sm font-semibold text-ink-900">{name}</p>
          <a role="menuitem" href="/profile" className="block px-4 py-2 text-sm text-ink-900 hover:bg-brand-50">
            {t('profile')}
          </a>
          <a role="menuitem" href="/export" className="block px-4 py-2 text-sm text-ink-900 hover:bg-brand-50" download>
            {t('exportData')}
          </a>
          <Form method="post" action="/logout">
            <button role="menuitem" type="submit" className="block w-full px-4 py-2 text-left text-sm text-red-700 hover:bg-red-50">
              {t('logOut')}
            </button>
          </Form>
        </div>
      ) : null}
    </div>
  )
}

export function AppHeader({ name, photoUrl, unread = null }: { name: string; photoUrl: string | null; unread?: UnreadSeed | null }) {
  const { t } = useTranslation('shell')
  return (
    <>
      <header className="sticky top-0 z-30 border-b border-white/15 bg-brand-900/45 backdrop-blur-xl">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2.5">
          <Logo to="/home" />
          <nav aria-label={t('mainNav')} className="hidden md:block">
            <ul className="flex gap-1">
              {NAV.map((n) => (
                <li key={n.to}>
                  <NavLink
                    to={n.to}
                    className={({ isActive }) => cn('rounded-lg px-3 py-2 text-sm font-semibold text-white', isActive ? 'bg-white/25' : 'hover:bg-white/15')}
                  >
                    {t(n.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex items-center gap-1">
            {/* in sight on every screen, phones too: a reader of the other language must find it */}
            <LanguageSwitch />
            <NotificationBell href="/notifications" initial={unread} />
            <AvatarMenu name={name} photoUrl={photoUrl} />
          </div>
        </div>
      </header>
      {/* phones: a bottom tab bar within thumb reach */}
      <nav aria-label={t('mainNav')} className="fixed inset-x-0 bottom-0 z-30 border-t border-white/20 bg-brand-900/85 pb-[env(safe-area-inset-bottom)] backdrop-blur-xl md:hidden">
        {/* five tabs of 72 px at 360 px: the smaller type keeps "Applications" on one line */}
        <ul className="grid grid-cols-5">
          {NAV.map((n) => (
            <li key={n.to}>
              <NavLink
                to={n.to}
                className={({ isActive }) => cn('flex min-h-[52px] flex-col items-center justify-center gap-0.5 px-0.5 py-1.5 text-[11px] font-semibold leading-tight', isActive ? 'text-teal-300' : 'text-white')}
              >
                <n.icon aria-hidden className="h-5 w-5" />
                {t(n.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  )
}
