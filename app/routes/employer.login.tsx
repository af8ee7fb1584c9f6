import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData } from '@remix-run/react'
import { AuthLayout } from '~/components/auth-layout'
import { LoginForm } from '~/components/login-form'
import { ButtonLink } from '~/components/ui/button'
import { redirectIfLoggedIn, safeRedirect } from '~/utils/auth.server'
import { withFormErrors } from '~/utils/form-errors.server'

export const meta: MetaFunction = () => [{ title: 'Employer login — AIVIUE' }]

export async function loader({ context }: LoaderFunctionArgs) {
  redirectIfLoggedIn(context)
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const values = { email: String(form.get('email') ?? '') }
  const result = await withFormErrors(() => context.trpc.auth.employerLogin(values))
  if (result.ok) throw redirect(safeRedirect(form.get('redirectTo'), '/employer'))
  return { ...result, values }
}

export default function EmployerLogin() {
  const data = useActionData<typeof action>()
  return (
    <AuthLayout
      title="Employer login"
      subtitle="Log in with your email."
      nav={
        <ButtonLink to="/employer/signup" variant="secondary" size="sm">
          Sign Up
        </ButtonLink>
      }
    >
      <LoginForm field={{ name: 'email', label: 'Email', type: 'email', autoComplete: 'email' }} data={data} signUpTo="/employer/signup" />
    </AuthLayout>
  )
}
