import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { AuthLayout, FormAlert } from '~/components/auth-layout'
import { Button, ButtonLink } from '~/components/ui/button'
import { Input } from '~/components/ui/field'
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
  const [params] = useSearchParams()
  const busy = useNavigation().state !== 'idle'
  return (
    <AuthLayout
      title="Employer login"
      subtitle="Log in with your work email."
      nav={
        <ButtonLink to="/employer/signup" variant="secondary" size="sm">
          Sign Up
        </ButtonLink>
      }
    >
      <Form method="post" className="space-y-4" noValidate>
        <input type="hidden" name="redirectTo" value={params.get('redirectTo') ?? ''} />
        <FormAlert message={data?.formError}>
          {data?.code === 'NOT_FOUND' ? (
            <Link to="/employer/signup" className="font-bold underline">
              Sign up
            </Link>
          ) : null}
        </FormAlert>
        <Input label="Work email" name="email" type="email" autoComplete="email" defaultValue={data?.values.email} errors={data?.fieldErrors.email} required />
        <Button type="submit" className="w-full" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </Button>
      </Form>
    </AuthLayout>
  )
}
