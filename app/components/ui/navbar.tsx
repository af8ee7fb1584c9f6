import type { ReactNode } from 'react'
import { LanguageSwitch } from '../language-switch'
import { cn } from './cn'
import { Logo } from './logo'

/**
 * The public navbar: logo left, actions right; actions wrap under the logo on narrow phones.
 * `corner` (a bell) stays on the logo's row at the far right, even when the actions wrap.
 */
export function Navbar({ logoTo = '/', children, corner }: { logoTo?: string; children?: ReactNode; corner?: ReactNode }) {
  return (
    <header className="sticky top-0 z-30 border-b border-white/15 bg-brand-900/40 backdrop-blur-xl">
      <nav className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3" aria-label="Main">
        <Logo to={logoTo} />
        {corner ? <div className="ml-auto sm:order-last sm:ml-0">{corner}</div> : null}
        <div className={cn('flex flex-wrap items-center gap-2', corner ? 'sm:ml-auto' : null)}>
          <LanguageSwitch />
          {children}
        </div>
      </nav>
    </header>
  )
}
