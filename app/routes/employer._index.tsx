import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { isSessionIntent, SessionList } from '~/components/session-list'
import { Button } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { Navbar } from '~/components/ui/navbar'
import { requireEmployer } from '~/utils/auth.server'
import { loadSessionList, sessionAction } from '~/utils/sessions.server'

export const meta: MetaFunction = () => [{ title: 'Employer dashboard — AIVIUE' }]

export async function loader({ context, request }: LoaderFunctionArgs) {
  requireEmployer(context, request)
  const [employer, sessions] = await Promise.all([context.trpc.employer.me(), loadSessionList(context)])
  return { employer, sessions }
}

export async function action({ context, request }: ActionFunctionArgs) {
  requireEmployer(context, request)
  const form = await request.formData()
  const intent = form.get('intent')
  if (!isSessionIntent(intent)) return { intent: 'logout-other-sessions' as const, ok: false, message: 'This form is out of date. Please reload the page.' }
  return sessionAction(context, intent, form)
}

export default function EmployerDashboard() {
  const { employer, sessions } = useLoaderData<typeof loader>()
  const sessionResult = useActionData<typeof action>()
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
        <Card>
          <section aria-labelledby="sessions-heading" className="space-y-4">
            <div>
              <h2 id="sessions-heading" className="text-lg font-bold text-ink-900">
                Where you're logged in
              </h2>
              <p className="text-sm text-ink-700">Every phone or computer where your account is open. Don't recognise one? Log it out.</p>
            </div>
            <SessionList sessions={sessions} result={sessionResult} />
          </section>
        </Card>
      </main>
    </>
  )
}
