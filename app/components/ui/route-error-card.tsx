import { isRouteErrorResponse, useRouteError } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useServerMessage } from '~/i18n/server-messages'
import { Card } from './card'
import { cn } from './cn'

/** A route's error boundary card: a 404 says what was not found, anything else stays vague. */
export function RouteErrorCard({ className, children }: { className?: string; children: ReactNode }) {
  const error = useRouteError()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  const { t } = useTranslation('ui')
  // a 404's text is the server's English sentence ("We could not find this application.")
  const say = useServerMessage()
  return (
    <Card className={cn('text-center', className)}>
      <h1 className="text-4xl font-black text-brand-700">{notFound ? 404 : 500}</h1>
      <p className="mt-2 text-ink-900">{notFound ? say(String(error.data)) : t('generic')}</p>
      <div className="mt-4 flex flex-wrap justify-center gap-2">{children}</div>
    </Card>
  )
}
