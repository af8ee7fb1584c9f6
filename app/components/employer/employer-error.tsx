import { ButtonLink } from '~/components/ui/button'
import { RouteErrorCard } from '~/components/ui/route-error-card'
import { EmployerNav } from './employer-nav'

/** The employer pages' error boundary. */
export function EmployerErrorBoundary() {
  return (
    <>
      <EmployerNav />
      <main id="main" className="mx-auto max-w-2xl px-4 py-8">
        <RouteErrorCard>
          <ButtonLink to="/employer">Back to your jobs</ButtonLink>
        </RouteErrorCard>
      </main>
    </>
  )
}
