import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation } from '@remix-run/react'
import { AuthLayout, FormAlert } from '~/components/auth-layout'
import { Button, ButtonLink } from '~/components/ui/button'
import { Input } from '~/components/ui/field'
import { redirectIfLoggedIn } from '~/utils/auth.server'
import { withFormErrors } from '~/utils/form-errors.server'

export const meta: MetaFunction = () => [{ title: 'Employer sign up — AIVIUE' }]

export async function loader({ context }: LoaderFunctionArgs) {
  redirectIfLoggedIn(context)
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const values = {
    fullName: String(form.get('fullName') ?? ''),
    email: String(form.get('email') ?? ''),
    phone: String(form.get('phone') ?? ''),
    companyName: String(form.get('companyName') ?? ''),
  }
  const result = await withFormErrors(() => context.trpc.auth.employerSignUp(values))
  if (result.ok) throw redirect('/employer')
  return { ...result, values }
}

export default function EmployerSignUp() {
  const data = useActionData<typeof action>()
  const busy = useNavigation().state !== 'idle'
  return (
    <AuthLayout
      title="Hire with AIVIUE"
      subtitle="Create your employer account."
      nav={
        <ButtonLink to="/employer/login" variant="secondary" size="sm">
          Login
        </ButtonLink>
      }
    >
      <Form method="post" className="space-y-4" noValidate>
        <FormAlert message={data?.formError}>
          {data?.code === 'CONFLICT' ? (
            <Link to="/employer/login" className="font-bold underline">
              Log in
            </Link>
          ) : null}
        </FormAlert>
        <Input label="Your name" name="fullName" autoComplete="name" defaultValue={data?.values.fullName} errors={data?.fieldErrors.fullName} required />
        <Input label="Email" name="email" type="email" autoComplete="email" defaultValue={data?.values.email} errors={data?.fieldErrors.email} required />
        <Input label="Phone" name="phone" type="tel" inputMode="tel" autoComplete="tel" defaultValue={data?.values.phone} errors={data?.fieldErrors.phone} required />
        <Input label="Company name" name="companyName" autoComplete="organization" defaultValue={data?.values.companyName} errors={data?.fieldErrors.companyName} required />
        <Button type="submit" className="w-full" disabled={busy}>
          {busy ? 'Creating account…' : 'Create employer account'}
        </Button>
      </Form>
    </AuthLayout>
  )
}
