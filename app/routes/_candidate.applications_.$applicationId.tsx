import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from '@remix-run/react'
import { TRPCError } from '@trpc/server'
import { useMemo } from 'react'
import { ApplicationCard } from '~/components/applications/application-card'
import { useLiveApplications } from '~/components/applications/use-live-applications'
import { ButtonLink } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { requireCandidate } from '~/utils/auth.server'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const NOT_FOUND = 'We could not find this application.'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.app.job.title} — my application — AIVIUE` : 'My application — AIVIUE' }]

/** One application (where a notification points); withdrawing posts to /applications. */
export async function loader({ context, request, params }: LoaderFunctionArgs) {
  requireCandidate(context, request)
  const applicationId = params.applicationId ?? ''
  if (!UUID.test(applicationId)) throw new Response(NOT_FOUND, { status: 404 })
  try {
    return { app: await context.trpc.applications.get({ applicationId }) }
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') throw new Response(NOT_FOUND, { status: 404 })
    throw error
  }
}

export default function MyApplication() {
  const { app } = useLoaderData<typeof loader>()
  const initial = useMemo(() => [app], [app])
  const { items, announcement } = useLiveApplications(initial)
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <Link to="/applications" className="text-sm font-semibold text-white underline">
        ← My applications
      </Link>
      <h1 className="sr-only">My application</h1>
      <p role="status" className="min-h-[1.25rem] text-sm font-semibold text-white">
        {announcement ?? ''}
      </p>
      {items[0] ? <ApplicationCard app={items[0]} /> : null}
    </div>
  )
}

export function ErrorBoundary() {
  const error = useRouteError()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <Card className="mx-auto max-w-2xl text-center">
      <p className="text-4xl font-black text-brand-700">{notFound ? 404 : 500}</p>
      <p className="mt-2 text-ink-900">{notFound ? String(error.data) : 'Something went wrong. Please try again.'}</p>
      <ButtonLink to="/applications" className="mt-4">
        My applications
      </ButtonLink>
    </Card>
  )
}
