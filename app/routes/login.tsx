import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthLayout } from '~/components/auth-layout'
import { LoginForm } from '~/components/login-form'
import { ButtonLink } from '~/components/ui/button'
import { metaTitle } from '~/i18n/meta'
import { redirectIfLoggedIn, safeRedirect } from '~/utils/auth.server'
import { withFormErrors } from '~/utils/form-errors.server'

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, 'auth:login.title')
export const handle = { i18n: 'auth' }

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
  const { t } = useTranslation('auth')
  return (
    <AuthLayout
      title={t('login.heading')}
      subtitle={t('login.subtitle')}
      nav={
        <ButtonLink to={signUpTo} variant="secondary" size="sm">
          {t('common:nav.signUp')}
        </ButtonLink>
      }
    >
      <LoginForm field={{ name: 'mobile', label: t('login.mobile'), type: 'tel', autoComplete: 'tel-national', placeholder: '98765 43210' }} data={data} signUpTo={signUpTo} />
      <p className="mt-4 text-center text-sm text-ink-700">
        {t('login.newHere')}{' '}
        <Link to={signUpTo} className="font-semibold text-brand-700 underline">
          {t('login.createAccount')}
        </Link>
      </p>
    </AuthLayout>
  )
}
