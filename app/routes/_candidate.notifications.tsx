import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { NotificationsPage } from '~/components/notifications/notification-list'
import { metaTitle } from '~/i18n/meta'
import { requireCandidate } from '~/utils/auth.server'
import { loadNotifications, notificationsAction } from '~/utils/notifications.server'

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, 'notifications:title')
export const handle = { i18n: 'notifications' }

export async function loader({ context, request }: LoaderFunctionArgs) {
  requireCandidate(context, request)
  return loadNotifications(context, request)
}

export async function action({ context, request }: ActionFunctionArgs) {
  requireCandidate(context, request)
  return notificationsAction(context, request, '/applications')
}

export default function CandidateNotifications() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return <NotificationsPage {...data} basePath="/notifications" fallbackHref="/applications" result={result} />
}
