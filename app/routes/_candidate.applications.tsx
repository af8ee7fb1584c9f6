import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { translator } from '~/i18n/i18n'
import { localeOf } from '~/i18n/i18n.server'
import { metaTitle } from '~/i18n/meta'
import { useServerMessage } from '~/i18n/server-messages'
import { EmptyJobs } from '~/components/jobs/job-grid'
import { ApplicationCard } from '~/components/applications/application-card'
import { useLiveApplications } from '~/components/applications/use-live-applications'
import { ButtonLink } from '~/components/ui/button'
import { requireCandidate } from '~/utils/auth.server'
import { withFormErrors } from '~/utils/form-errors.server'

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, 'applications:list.title')
export const handle = { i18n: 'applications' }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export async function loader({ context, request }: LoaderFunctionArgs) {
  requireCandidate(context, request)
  const { items } = await context.trpc.applications.mine()
  return { items }
}

/** Withdraw (a plain form: works before JavaScript loads). */
export async function action({ context, request }: ActionFunctionArgs) {
  requireCandidate(context, request)
  const t = translator(await localeOf(request), 'applications')
  const form = await request.formData()
  const applicationId = String(form.get('applicationId') ?? '')
  if (form.get('intent') !== 'withdraw' || !UUID.test(applicationId)) return { ok: false, message: t('list.staleForm') }
  const result = await withFormErrors(() => context.trpc.applications.withdraw({ applicationId }))
  // the server's refusal stays English here; the page shows it in the reader's language
  if (!result.ok) return { ok: false, message: result.formError ?? t('list.failed') }
  return { ok: true, message: t('list.withdrawn') }
}

export default function MyApplications() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { items, announcement } = useLiveApplications(data.items)
  const { t } = useTranslation('applications')
  const say = useServerMessage()
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <h1 className="text-2xl font-extrabold text-white sm:text-3xl">{t('list.heading')}</h1>
      {/* live updates are announced; the cards below change in place */}
      <p role="status" className="min-h-[1.25rem] text-sm font-semibold text-white" data-testid="applications-live">
        {result ? say(result.message) : (announcement ?? '')}
      </p>
      {items.length === 0 ? (
        <EmptyJobs title={t('list.emptyTitle')} testId="applications-empty">
          <p>{t('list.emptyText')}</p>
          <p>
            <ButtonLink to="/jobs">{t('list.findJobs')}</ButtonLink>
          </p>
        </EmptyJobs>
      ) : (
        <ul className="space-y-4" aria-label={t('list.listLabel')} data-testid="applications">
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
