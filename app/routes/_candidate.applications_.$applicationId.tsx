import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { TRPCError } from '@trpc/server'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { translator } from '~/i18n/i18n'
import { localeOfMatches } from '~/i18n/meta'
import { ApplicationCard } from '~/components/applications/application-card'
import { useLiveApplications } from '~/components/applications/use-live-applications'
import { ButtonLink } from '~/components/ui/button'
import { requireCandidate } from '~/utils/auth.server'
import { RouteErrorCard } from '~/components/ui/route-error-card'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const NOT_FOUND = 'We could not find this application.'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translator(localeOfMatches(matches), 'applications')
  return [{ title: data ? t('detail.title', { title: data.app.job.title }) : t('detail.titleFallback') }]
}
export const handle = { i18n: 'applications' }

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
  const { t } = useTranslation('applications')
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <Link to="/applications" className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline">
        {t('detail.back')}
      </Link>
      <h1 className="sr-only">{t('detail.heading')}</h1>
      <p role="status" className="min-h-[1.25rem] text-sm font-semibold text-white">
        {announcement ?? ''}
      </p>
      {items[0] ? <ApplicationCard app={items[0]} /> : null}
    </div>
  )
}

export function ErrorBoundary() {
  const { t } = useTranslation('applications')
  return (
    <RouteErrorCard className="mx-auto max-w-2xl">
      <ButtonLink to="/applications">{t('detail.myApplications')}</ButtonLink>
    </RouteErrorCard>
  )
}
