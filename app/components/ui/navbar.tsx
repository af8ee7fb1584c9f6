import { useLocation } from '@remix-run/react'
import { Menu } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '../language-switch'
import { cn } from './cn'
import { Logo } from './logo'

/**
 * The public navbar: logo left, actions right.
 * - `phoneAction` (the one action a visitor most likely wants, e.g. Sign Up): on phones the
 *   header keeps one row — logo, that action and a "Menu" button holding all of `children`; from
 *   `sm` up `children` sit inline as before and `phoneAction` is not shown (it is among them).
 * - without `phoneAction`, `children` wrap under the logo on narrow phones.
 * `corner` (a bell) stays on the logo's row at the far right, even when the actions wrap.
 */
export function Navbar({ logoTo = '/', children, corner, phoneAction }: { logoTo?: string; children?: ReactNode; corner?: ReactNode; phoneAction?: ReactNode }) {
  const { pathname } = useLocation()
  const { t } = useTranslation('ui')
  return (
    <header className="sticky top-0 z-30 border-b border-white/15 bg-brand-900/40 backdrop-blur-xl" data-testid="public-header">
      <nav className={cn('mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-3', phoneAction ? 'flex-nowrap' : 'flex-wrap')} aria-label={t('common:nav.main')}>
        <Logo to={logoTo} />
        {corner ? <div className="ml-auto sm:order-last sm:ml-0">{corner}</div> : null}
        {phoneAction ? (
          <div className="flex items-center gap-1 sm:hidden">
            {/* the language stays in sight on the phone row: a reader of the other language must find it */}
            <LanguageSwitch />
            {phoneAction}
            {/* keyed by the path: a client-side navigation from inside the menu closes it */}
            <details key={pathname} className="relative">
              <summary className="grid min-h-[44px] min-w-[44px] cursor-pointer list-none place-items-center rounded-xl text-white hover:bg-white/15 [&::-webkit-details-marker]:hidden">
                <Menu aria-hidden className="h-6 w-6" />
                <span className="sr-only">{t('menu')}</span>
              </summary>
              <div className="absolute right-0 z-40 mt-2 flex w-56 flex-col gap-1 rounded-xl border border-white/20 bg-brand-900/95 p-2 shadow-glass-lg [&>*]:justify-start">
                {children}
              </div>
            </details>
          </div>
        ) : null}
        <div className={cn('flex-wrap items-center gap-2', phoneAction ? 'hidden sm:flex' : 'flex', corner ? 'sm:ml-auto' : null)}>
          <LanguageSwitch />
          {children}
        </div>
      </nav>
    </header>
  )
}
