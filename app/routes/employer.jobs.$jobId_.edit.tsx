import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData, type ShouldRevalidateFunction } from '@remix-run/react'
import { TRPCError } from '@trpc/server'
import { JobChatPage } from '~/components/employer/job-chat'
import { requireEmployer } from '~/utils/auth.server'

/**
 * Edit a job with AIVI: the job re-opened in the job-posting chat, prefilled, at the preview.
 * `jobBot.start({ jobId })` continues an unfinished edit of this job if there is one, so opening
 * this page again (or on another device) resumes the same conversation rather than starting over.
 * NOTE: the trailing underscore in the file name keeps it out of the manage page's layout.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const NOT_FOUND = 'We could not find this job among yours.'

export const meta: MetaFunction = () => [{ title: 'Edit job — AIVIUE' }]

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  requireEmployer(context, request)
  const jobId = params.jobId ?? ''
  if (!UUID.test(jobId)) throw new Response(NOT_FOUND, { status: 404 })
  try {
    const { sessionId } = await context.trpc.jobBot.start({ jobId })
    return { jobId, chat: await context.trpc.jobBot.get({ sessionId }) }
  } catch (error) {
    // another employer's job reads exactly like a missing one
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') throw new Response(NOT_FOUND, { status: 404 })
    throw error
  }
}

/**
 * Once open, the conversation runs over tRPC: re-running the loader (which starts a conversation)
 * after some unrelated revalidation would swap a just-published edit for a fresh one.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentParams, nextParams, defaultShouldRevalidate }) =>
  currentParams.jobId !== nextParams.jobId && defaultShouldRevalidate

export default function EditJob() {
  const { jobId, chat } = useLoaderData<typeof loader>()
  return <JobChatPage heading="Edit job" back={{ to: `/employer/jobs/${jobId}`, label: '← Back to the job' }} snapshot={chat} />
}

export { EmployerErrorBoundary as ErrorBoundary } from '~/components/employer/employer-error'
