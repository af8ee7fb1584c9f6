import type { ReactNode } from 'react'
import { Logo } from './logo'

/** The public navbar: logo left, actions right; actions wrap under the logo on narrow phones. */
export function Navbar({ logoTo = '/', children }: { logoTo?: string; children?: ReactNode }) {
  return (
    <header className="sticky top-0 z-30 border-b border-white/15 bg-brand-900/40 backdrop-blur-xl">
      <nav className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3" aria-label="Main">
        <Logo to={logoTo} />
        <div className="flex flex-wrap items-center gap-2">{children}</div>
      </nav>
    </header>
  )
}
