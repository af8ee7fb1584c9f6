import { isRouteErrorResponse, useRouteError } from '@remix-run/react'
import { ButtonLink } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { EmployerNav } from './employer-nav'

/** The employer pages' error boundary: a 404 says what was not found, anything else stays vague. */
export function EmployerErrorBoundary() {
  const error = useRouteError()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <>
      <EmployerNav />
      <main id="main" className="mx-auto max-w-2xl px-4 py-8">
        <Card className="text-center">
          <h1 className="text-4xl font-black text-brand-700">{notFound ? 404 : 500}</h1>
          <p className="mt-2 text-ink-900">{notFound ? String(error.data) : 'Something went wrong. Please try again.'}</p>
          <ButtonLink to="/employer" className="mt-4">
            Back to your jobs
          </ButtonLink>
        </Card>
      </main>
    </>
  )
}
