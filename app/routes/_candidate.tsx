import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Outlet, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AppHeader } from '~/components/app-header'
import { requireCandidate, safeRedirect } from '~/utils/auth.server'

/** The candidate app shell. Every page under it is signed in and past the basic-profile gate. */
export const handle = { i18n: 'shell' }

export async function loader({ context, request }: LoaderFunctionArgs) {
  requireCandidate(context, request)
  const [me, unread] = await Promise.all([context.trpc.candidate.me(), context.trpc.notifications.unreadCount()])
  if (!me.basicProfileComplete) {
    // the gate comes back to the page asked for (a job's Apply link opened before onboarding), not Home
    const url = new URL(request.url)
    const back = url.pathname === '/home' ? '' : safeRedirect(url.pathname + url.search, '')
    throw redirect(back ? `/onboarding?redirectTo=${encodeURIComponent(back)}` : '/onboarding')
  }
  return { name: me.fullName, photoUrl: me.photoUrl, unread }
}

export default function CandidateShell() {
  const { name, photoUrl, unread } = useLoaderData<typeof loader>()
  const { t } = useTranslation('shell')
  return (
    <>
      <AppHeader name={name} photoUrl={photoUrl} unread={unread} />
      <main id="main" className="mx-auto max-w-6xl px-4 pb-24 pt-6 md:pb-10">
        <Outlet />
      </main>
      <footer className="mx-auto hidden max-w-6xl px-4 pb-6 text-sm text-white/80 md:flex md:gap-4">
        <a href="/export" className="underline" download>
          {t('exportData')}
        </a>
        <Form method="post" action="/logout">
          <button type="submit" className="underline">
            {t('logOut')}
          </button>
        </Form>
      </footer>
    </>
  )
}
