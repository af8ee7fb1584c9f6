import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { TRPCError } from '@trpc/server'
import { FormAlert } from '~/components/auth-layout'
import { EmployerNav } from '~/components/employer/employer-nav'
import { JobChatPage } from '~/components/employer/job-chat'
import { JobDrafts } from '~/components/employer/job-drafts'
import { ButtonLink } from '~/components/ui/button'
import { requireEmployer } from '~/utils/auth.server'
import { withFormErrors } from '~/utils/form-errors.server'
import { loadJobDrafts } from '~/utils/job-drafts.server'
import { RouteErrorCard } from '~/components/ui/route-error-card'
import { ClipboardList, MessageCircle } from 'lucide-react'

/**
 * Post a job with AIVI. A GET only shows the two ways to start (and unfinished drafts): the
 * conversation is created by the POST of a choice — so a crawler or a prefetch never makes one —
 * and then lives at `?session=<id>`, which any device of the employer can open to continue.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const NOT_FOUND = 'We could not find this job conversation among yours.'

export const meta: MetaFunction = () => [{ title: 'Post a job — AIVIUE' }]

export async function loader({ context, request }: LoaderFunctionArgs) {
  requireEmployer(context, request)
  const sessionId = new URL(request.url).searchParams.get('session')
  if (sessionId === null) return { chat: null, drafts: await loadJobDrafts(context) }
  if (!UUID.test(sessionId)) throw new Response(NOT_FOUND, { status: 404 })
  try {
    return { chat: await context.trpc.jobBot.get({ sessionId }), drafts: [] }
  } catch (error) {
    // another employer's conversation reads exactly like a missing one
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') throw new Response(NOT_FOUND, { status: 404 })
    throw error
  }
}

export async function action({ context, request }: ActionFunctionArgs) {
  requireEmployer(context, request)
  const method = (await request.formData()).get('method')
  if (method !== 'upload' && method !== 'bot') return { formError: 'This form is out of date. Please reload the page.' }
  const started = await withFormErrors(() => context.trpc.jobBot.start({}))
  if (!started.ok) return { formError: started.formError ?? 'Could not start a new job. Please try again.' }
  const { sessionId } = started.value
  // the choice answers the bot's first question; if this fails the chat still offers it
  await withFormErrors(() => context.trpc.jobBot.send({ sessionId, clientMessageId: `start-${crypto.randomUUID()}`, event: { type: 'choose_method', method } }))
  throw redirect(`/employer/jobs/new?session=${sessionId}`)
}

const CHOICE =
  'glass flex min-h-[7rem] w-full flex-col items-start gap-1 p-5 text-left transition hover:bg-white focus-visible:outline focus-visible:outline-[3px] focus-visible:outline-offset-2 focus-visible:outline-teal-300 disabled:cursor-not-allowed disabled:opacity-60'

function StartChoices() {
  const navigation = useNavigation()
  const data = useActionData<typeof action>()
  const busy = navigation.state !== 'idle'
  return (
    <section aria-labelledby="start-heading" className="space-y-3">
      <h2 id="start-heading" className="text-lg font-bold text-white">
        How would you like to start?
      </h2>
      <FormAlert message={data?.formError} />
      <Form method="post" className="grid gap-3 sm:grid-cols-2">
        <button type="submit" name="method" value="upload" className={CHOICE} disabled={busy}>
          <ClipboardList aria-hidden className="h-8 w-8 text-brand-700" />
          <span className="text-lg font-bold text-ink-900">Paste a job description</span>
          <span className="text-sm text-ink-700">A WhatsApp message, a newspaper ad or a PDF. AIVI reads it and asks only what it does not say.</span>
        </button>
        <button type="submit" name="method" value="bot" className={CHOICE} disabled={busy}>
          <MessageCircle aria-hidden className="h-8 w-8 text-brand-700" />
          <span className="text-lg font-bold text-ink-900">Answer a few questions</span>
          <span className="text-sm text-ink-700">No description ready? AIVI asks one thing at a time — about 3 minutes.</span>
        </button>
      </Form>
      <p className="text-sm text-white/90">Posting is free. You see a preview before anything goes live, and AIVIUE never lets a job charge candidates a fee.</p>
    </section>
  )
}

export default function PostJob() {
  const { chat, drafts } = useLoaderData<typeof loader>()
  if (chat) return <JobChatPage heading="Post a job" back={{ to: '/employer', label: '← Dashboard' }} snapshot={chat} />
  return (
    <>
      <EmployerNav />
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <div>
          <p className="text-sm font-semibold text-white/85">Post a job</p>
          <h1 className="text-3xl font-extrabold text-white">Post a job with AIVI</h1>
        </div>
        <StartChoices />
        <JobDrafts drafts={drafts} />
      </main>
    </>
  )
}

export function ErrorBoundary() {
  return (
    <>
      <EmployerNav />
      <main id="main" className="mx-auto max-w-2xl px-4 py-8">
        <RouteErrorCard>
          <ButtonLink to="/employer/jobs/new">Post a job</ButtonLink>
          <ButtonLink to="/employer" variant="secondary">
            Back to dashboard
          </ButtonLink>
        </RouteErrorCard>
      </main>
    </>
  )
}
