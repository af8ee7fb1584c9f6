import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthLayout, FormAlert } from '~/components/auth-layout'
import { Button, ButtonLink } from '~/components/ui/button'
import { Input } from '~/components/ui/field'
import { localeOf } from '~/i18n/i18n.server'
import { metaTitle } from '~/i18n/meta'
import { redirectIfLoggedIn, safeRedirect } from '~/utils/auth.server'
import { withFormErrors } from '~/utils/form-errors.server'

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, 'auth:signup.title')
export const handle = { i18n: 'auth' }

export async function loader({ context, request }: LoaderFunctionArgs) {
  redirectIfLoggedIn(context)
  // where to land after sign-up and the basic-profile gate (e.g. the public job the visitor came from)
  return { redirectTo: safeRedirect(new URL(request.url).searchParams.get('redirectTo'), '') }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const values = { mobile: String(form.get('mobile') ?? ''), fullName: String(form.get('fullName') ?? '') }
  // the account starts in the language this page was read in (the device's choice or the browser's)
  const locale = await localeOf(request)
  const result = await withFormErrors(() => context.trpc.auth.candidateSignUp({ ...values, locale }))
  // the gate comes first; it carries the way back (checked again there: it is user input)
  const back = safeRedirect(form.get('redirectTo'), '')
  if (result.ok) throw redirect(back ? `/onboarding?redirectTo=${encodeURIComponent(back)}` : '/onboarding')
  return { ...result, values }
}

export default function SignUp() {
  const { redirectTo } = useLoaderData<typeof loader>()
  const data = useActionData<typeof action>()
  const busy = useNavigation().state !== 'idle'
  const { t } = useTranslation('auth')
  const loginTo = redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login'
  return (
    <AuthLayout
      title={t('signup.heading')}
      subtitle={t('signup.subtitle')}
      nav={
        <ButtonLink to={loginTo} variant="secondary" size="sm">
          {t('common:nav.login')}
        </ButtonLink>
      }
    >
      <Form method="post" className="space-y-4" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <FormAlert message={data?.formError}>
          {data?.code === 'CONFLICT' ? (
            <Link to={loginTo} className="font-bold underline">
              {t('signup.logIn')}
            </Link>
          ) : null}
        </FormAlert>
        <Input
          label={t('signup.mobile')}
          name="mobile"
          type="tel"
          inputMode="tel"
          autoComplete="tel-national"
          placeholder="98765 43210"
          defaultValue={data?.values.mobile}
          errors={data?.fieldErrors.mobile}
          hint={t('signup.mobileHint')}
          required
        />
        <Input
          label={t('signup.fullName')}
          name="fullName"
          autoComplete="name"
          placeholder={t('signup.fullNamePlaceholder')}
          defaultValue={data?.values.fullName}
          errors={data?.fieldErrors.fullName}
          required
        />
        <Button type="submit" className="w-full" disabled={busy}>
          {busy ? t('signup.busy') : t('signup.submit')}
        </Button>
      </Form>
      <p className="mt-4 text-center text-sm text-ink-700">
        {t('signup.already')}{' '}
        <Link to={loginTo} className="font-semibold text-brand-700 underline">
          {t('signup.logIn')}
        </Link>
      </p>
    </AuthLayout>
  )
}
