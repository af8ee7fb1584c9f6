import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation } from '@remix-run/react'
import { AuthLayout, FormAlert } from '~/components/auth-layout'
import { Button, ButtonLink } from '~/components/ui/button'
import { Input } from '~/components/ui/field'
import { redirectIfLoggedIn } from '~/utils/auth.server'
import { withFormErrors } from '~/utils/form-errors.server'

export const meta: MetaFunction = () => [{ title: 'Sign up — AIVIUE' }]

export async function loader({ context }: LoaderFunctionArgs) {
  redirectIfLoggedIn(context)
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const values = { mobile: String(form.get('mobile') ?? ''), fullName: String(form.get('fullName') ?? '') }
  const result = await withFormErrors(() => context.trpc.auth.candidateSignUp(values))
  if (result.ok) throw redirect('/onboarding')
  return { ...result, values }
}

export default function SignUp() {
  const data = useActionData<typeof action>()
  const busy = useNavigation().state !== 'idle'
  return (
    <AuthLayout
      title="Create your account"
      subtitle="Just your mobile number and name. No password needed."
      nav={
        <ButtonLink to="/login" variant="secondary" size="sm">
          Login
        </ButtonLink>
      }
    >
      <Form method="post" className="space-y-4" noValidate>
        <FormAlert message={data?.formError}>
          {data?.code === 'CONFLICT' ? (
            <Link to="/login" className="font-bold underline">
              Log in
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
          hint="Indian mobile number. It is your login and cannot be changed later."
          required
        />
        <Input
          label="Full name"
          name="fullName"
          autoComplete="name"
          placeholder="e.g. Ravi Kumar"
          defaultValue={data?.values.fullName}
          errors={data?.fieldErrors.fullName}
          required
        />
        <Button type="submit" className="w-full" disabled={busy}>
          {busy ? 'Creating your account…' : 'Sign up'}
        </Button>
      </Form>
      <p className="mt-4 text-center text-sm text-ink-700">
        Already registered?{' '}
        <Link to="/login" className="font-semibold text-brand-700 underline">
          Log in
        </Link>
      </p>
    </AuthLayout>
  )
}
