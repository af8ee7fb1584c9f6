import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData } from '@remix-run/react'
import { AuthLayout } from '~/components/auth-layout'
import { LoginForm } from '~/components/login-form'
import { ButtonLink } from '~/components/ui/button'
import { redirectIfLoggedIn, safeRedirect } from '~/utils/auth.server'
import { withFormErrors } from '~/utils/form-errors.server'

export const meta: MetaFunction = () => [{ title: 'Log in — AIVIUE' }]

export async function loader({ context }: LoaderFunctionArgs) {
  redirectIfLoggedIn(context)
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const values = { mobile: String(form.get('mobile') ?? '') }
  const result = await withFormErrors(() => context.trpc.auth.candidateLogin(values))
  if (result.ok) throw redirect(safeRedirect(form.get('redirectTo'), '/home'))
  return { ...result, values }
}

export default function Login() {
  const data = useActionData<typeof action>()
  return (
    <AuthLayout
      title="Welcome back"
      subtitle="Log in with your mobile number."
      nav={
        <ButtonLink to="/signup" variant="secondary" size="sm">
          Sign Up
        </ButtonLink>
      }
    >
      <LoginForm field={{ name: 'mobile', label: 'Mobile number', type: 'tel', autoComplete: 'tel-national', placeholder: '98765 43210' }} data={data} signUpTo="/signup" />
      <p className="mt-4 text-center text-sm text-ink-700">
        New to AIVIUE?{' '}
        <Link to="/signup" className="font-semibold text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </AuthLayout>
  )
}
