import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'

export async function loader({ context }: LoaderFunctionArgs) {
  // logging out is a POST; a GET just goes home
  throw redirect(context.viewer?.kind === 'employer' ? '/employer' : context.viewer ? '/home' : '/')
}

export async function action({ context }: ActionFunctionArgs) {
  const kind = context.viewer?.kind
  await context.trpc.auth.logout()
  throw redirect(kind === 'employer' ? '/' : '/candidate')
}
