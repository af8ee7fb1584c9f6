import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { AuthLayout, FormAlert } from '~/components/auth-layout'
import { Button, ButtonLink } from '~/components/ui/button'
import { Input } from '~/components/ui/field'
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
  const [params] = useSearchParams()
  const busy = useNavigation().state !== 'idle'
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
      <Form method="post" className="space-y-4" noValidate>
        <input type="hidden" name="redirectTo" value={params.get('redirectTo') ?? ''} />
        <FormAlert message={data?.formError}>
          {data?.code === 'NOT_FOUND' ? (
            <Link to="/signup" className="font-bold underline">
              Sign up
            </Link>
          ) : null}
        </FormAlert>
        <Input
          label="Mobile number"
          name="mobile"
          type="tel"
          inputMode="tel"
          autoComplete="tel-national"
          placeholder="98765 43210"
          defaultValue={data?.values.mobile}
          errors={data?.fieldErrors.mobile}
          required
        />
        <Button type="submit" className="w-full" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </Button>
      </Form>
      <p className="mt-4 text-center text-sm text-ink-700">
        New to AIVIUE?{' '}
        <Link to="/signup" className="font-semibold text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </AuthLayout>
  )
}
