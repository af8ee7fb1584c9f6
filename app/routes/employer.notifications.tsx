import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { EmployerNav } from '~/components/employer/employer-nav'
import { NotificationsPage } from '~/components/notifications/notification-list'
import { requireEmployer } from '~/utils/auth.server'
import { loadNotifications, notificationsAction } from '~/utils/notifications.server'

export const meta: MetaFunction = () => [{ title: 'Notifications — AIVIUE' }]

export async function loader({ context, request }: LoaderFunctionArgs) {
  requireEmployer(context, request)
  return loadNotifications(context, request)
}

export async function action({ context, request }: ActionFunctionArgs) {
  requireEmployer(context, request)
  return notificationsAction(context, request, '/employer')
}

export default function EmployerNotifications() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return (
    <>
      <EmployerNav />
      <main id="main" className="px-4 py-8">
        <NotificationsPage {...data} basePath="/employer/notifications" fallbackHref="/employer" result={result} />
      </main>
    </>
  )
}
