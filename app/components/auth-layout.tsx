import type { ReactNode } from 'react'
import { useServerMessage } from '~/i18n/server-messages'
import { Navbar } from './ui/navbar'

export function AuthLayout({ title, subtitle, children, nav }: { title: string; subtitle?: string; children: ReactNode; nav?: ReactNode }) {
  return (
    <>
      <Navbar>{nav}</Navbar>
      <main id="main" className="mx-auto flex max-w-md flex-col px-4 py-10">
        <div className="glass p-6">
          <h1 className="text-2xl font-extrabold text-ink-900">{title}</h1>
          {subtitle ? <p className="mt-1 text-sm text-ink-700">{subtitle}</p> : null}
          <div className="mt-6">{children}</div>
        </div>
      </main>
    </>
  )
}

export function FormAlert({ message, children }: { message?: string | null; children?: ReactNode }) {
  const say = useServerMessage()
  if (!message) return null
  return (
    <div role="alert" className="rounded-xl border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
      {say(message)} {children}
    </div>
  )
}
