import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { AuthLayout } from '~/components/auth-layout'
import { LoginForm } from '~/components/login-form'
import { ButtonLink } from '~/components/ui/button'
import { redirectIfLoggedIn, safeRedirect } from '~/utils/auth.server'
import { withFormErrors } from '~/utils/form-errors.server'

export const meta: MetaFunction = () => [{ title: 'Log in — AIVIUE' }]

export async function loader({ context, request }: LoaderFunctionArgs) {
  redirectIfLoggedIn(context)
  // a visitor who has no account yet goes to sign-up with the same way back (e.g. to a public job)
  const back = safeRedirect(new URL(request.url).searchParams.get('redirectTo'), '')
  return { signUpTo: back ? `/signup?redirectTo=${encodeURIComponent(back)}` : '/signup' }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const values = { mobile: String(form.get('mobile') ?? '') }
  const result = await withFormErrors(() => context.trpc.auth.candidateLogin(values))
  if (result.ok) throw redirect(safeRedirect(form.get('redirectTo'), '/home'))
  return { ...result, values }
}

export default function Login() {
  const { signUpTo } = useLoaderData<typeof loader>()
  const data = useActionData<typeof action>()
  return (
    <AuthLayout
      title="Welcome back"
      subtitle="Log in with your mobile number."
      nav={
        <ButtonLink to={signUpTo} variant="secondary" size="sm">
          Sign Up
        </ButtonLink>
      }
    >
      <LoginForm field={{ name: 'mobile', label: 'Mobile number', type: 'tel', autoComplete: 'tel-national', placeholder: '98765 43210' }} data={data} signUpTo={signUpTo} />
      <p className="mt-4 text-center text-sm text-ink-700">
        New to AIVIUE?{' '}
        <Link to={signUpTo} className="font-semibold text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </AuthLayout>
  )
}
