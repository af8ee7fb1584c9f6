import { isRouteErrorResponse, useRouteError } from '@remix-run/react'
import type { ReactNode } from 'react'
import { Card } from './card'
import { cn } from './cn'

/** A route's error boundary card: a 404 says what was not found, anything else stays vague. */
export function RouteErrorCard({ className, children }: { className?: string; children: ReactNode }) {
  const error = useRouteError()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <Card className={cn('text-center', className)}>
      <h1 className="text-4xl font-black text-brand-700">{notFound ? 404 : 500}</h1>
      <p className="mt-2 text-ink-900">{notFound ? String(error.data) : 'Something went wrong. Please try again.'}</p>
      <div className="mt-4 flex flex-wrap justify-center gap-2">{children}</div>
    </Card>
  )
}
