import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { AuthLayout, FormAlert } from '~/components/auth-layout'
import { Button, ButtonLink } from '~/components/ui/button'
import { Input } from '~/components/ui/field'
import { redirectIfLoggedIn, safeRedirect } from '~/utils/auth.server'
import { withFormErrors } from '~/utils/form-errors.server'

export const meta: MetaFunction = () => [{ title: 'Sign up — AIVIUE' }]

export async function loader({ context, request }: LoaderFunctionArgs) {
  redirectIfLoggedIn(context)
  // where to land after sign-up and the basic-profile gate (e.g. the public job the visitor came from)
  return { redirectTo: safeRedirect(new URL(request.url).searchParams.get('redirectTo'), '') }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const values = { mobile: String(form.get('mobile') ?? ''), fullName: String(form.get('fullName') ?? '') }
  const result = await withFormErrors(() => context.trpc.auth.candidateSignUp(values))
  // the gate comes first; it carries the way back (checked again there: it is user input)
  const back = safeRedirect(form.get('redirectTo'), '')
  if (result.ok) throw redirect(back ? `/onboarding?redirectTo=${encodeURIComponent(back)}` : '/onboarding')
  return { ...result, values }
}

export default function SignUp() {
  const { redirectTo } = useLoaderData<typeof loader>()
  const data = useActionData<typeof action>()
  const busy = useNavigation().state !== 'idle'
  const loginTo = redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login'
  return (
    <AuthLayout
      title="Create your account"
      subtitle="Just your mobile number and name. No password needed."
      nav={
        <ButtonLink to={loginTo} variant="secondary" size="sm">
          Login
        </ButtonLink>
      }
    >
      <Form method="post" className="space-y-4" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <FormAlert message={data?.formError}>
          {data?.code === 'CONFLICT' ? (
            <Link to={loginTo} className="font-bold underline">
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
        <Link to={loginTo} className="font-semibold text-brand-700 underline">
          Log in
        </Link>
      </p>
    </AuthLayout>
  )
}
