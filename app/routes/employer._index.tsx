import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { Button } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { Navbar } from '~/components/ui/navbar'
import { requireEmployer } from '~/utils/auth.server'

export const meta: MetaFunction = () => [{ title: 'Employer dashboard — AIVIUE' }]

export async function loader({ context, request }: LoaderFunctionArgs) {
  requireEmployer(context, request)
  return { employer: await context.trpc.employer.me() }
}

export default function EmployerDashboard() {
  const { employer } = useLoaderData<typeof loader>()
  const statuses = [
    { key: 'published', label: 'Published' },
    { key: 'draft', label: 'Drafts' },
    { key: 'closed', label: 'Closed' },
  ] as const
  return (
    <>
      <Navbar logoTo="/employer">
        <Form method="post" action="/logout">
          <Button type="submit" variant="ghost" size="sm">
            Log out
          </Button>
        </Form>
      </Navbar>
      <main id="main" className="mx-auto max-w-4xl space-y-6 px-4 py-8">
        <h1 className="text-3xl font-extrabold text-white">{employer.companyName}</h1>
        <div className="grid gap-4 sm:grid-cols-3">
          {statuses.map((s) => (
            <Card key={s.key}>
              <p className="text-sm font-semibold text-ink-700">{s.label} jobs</p>
              <p className="text-3xl font-black text-brand-700">{employer.jobCounts[s.key]}</p>
            </Card>
          ))}
        </div>
        <Card>
          <h2 className="text-lg font-bold text-ink-900">Your account</h2>
          <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-semibold text-ink-700">Name</dt>
              <dd>{employer.fullName}</dd>
            </div>
            <div>
              <dt className="font-semibold text-ink-700">Work email</dt>
              <dd className="break-all">{employer.email}</dd>
            </div>
            <div>
              <dt className="font-semibold text-ink-700">Phone</dt>
              <dd>{employer.phone}</dd>
            </div>
            <div>
              <dt className="font-semibold text-ink-700">Member since</dt>
              <dd>{new Date(employer.createdAt).toLocaleDateString('en-IN', { day: 'numeric', month: 'short', year: 'numeric' })}</dd>
            </div>
          </dl>
        </Card>
      </main>
    </>
  )
}
