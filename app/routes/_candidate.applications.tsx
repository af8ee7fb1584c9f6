import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { EmptyJobs } from '~/components/jobs/job-grid'
import { ApplicationCard } from '~/components/applications/application-card'
import { useLiveApplications } from '~/components/applications/use-live-applications'
import { ButtonLink } from '~/components/ui/button'
import { requireCandidate } from '~/utils/auth.server'
import { withFormErrors } from '~/utils/form-errors.server'

export const meta: MetaFunction = () => [{ title: 'My applications — AIVIUE' }]

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export async function loader({ context, request }: LoaderFunctionArgs) {
  requireCandidate(context, request)
  const { items } = await context.trpc.applications.mine()
  return { items }
}

/** Withdraw (a plain form: works before JavaScript loads). */
export async function action({ context, request }: ActionFunctionArgs) {
  requireCandidate(context, request)
  const form = await request.formData()
  const applicationId = String(form.get('applicationId') ?? '')
  if (form.get('intent') !== 'withdraw' || !UUID.test(applicationId)) return { ok: false, message: 'This form is out of date. Please reload the page.' }
  const result = await withFormErrors(() => context.trpc.applications.withdraw({ applicationId }))
  if (!result.ok) return { ok: false, message: result.formError ?? 'That did not work. Please try again.' }
  return { ok: true, message: 'Application withdrawn. The employer has been told.' }
}

export default function MyApplications() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { items, announcement } = useLiveApplications(data.items)
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <h1 className="text-2xl font-extrabold text-white sm:text-3xl">My applications</h1>
      {/* live updates are announced; the cards below change in place */}
      <p role="status" className="min-h-[1.25rem] text-sm font-semibold text-white" data-testid="applications-live">
        {result?.message ?? announcement ?? ''}
      </p>
      {items.length === 0 ? (
        <EmptyJobs title="You have not applied to any job yet" testId="applications-empty">
          <p>Find a job that matches you and tap Apply — it takes one tap with your resume.</p>
          <p>
            <ButtonLink to="/jobs">Find jobs</ButtonLink>
          </p>
        </EmptyJobs>
      ) : (
        <ul className="space-y-4" aria-label="Your applications" data-testid="applications">
          {items.map((app) => (
            <li key={app.id}>
              <ApplicationCard app={app} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
