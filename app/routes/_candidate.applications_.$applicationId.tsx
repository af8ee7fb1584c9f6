import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { TRPCError } from '@trpc/server'
import { useMemo } from 'react'
import { ApplicationCard } from '~/components/applications/application-card'
import { useLiveApplications } from '~/components/applications/use-live-applications'
import { ButtonLink } from '~/components/ui/button'
import { requireCandidate } from '~/utils/auth.server'
import { RouteErrorCard } from '~/components/ui/route-error-card'

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
      <Link to="/applications" className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline">
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
  return (
    <RouteErrorCard className="mx-auto max-w-2xl">
      <ButtonLink to="/applications">My applications</ButtonLink>
    </RouteErrorCard>
  )
}
