import { Form, Link, useNavigation, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormAlert } from './auth-layout'
import { Button } from './ui/button'
import { Input } from './ui/field'

/** The one-field login (candidates by mobile, employers by email): errors per field, a sign-up link when unknown. */
export function LoginForm({
  field,
  data,
  signUpTo,
}: {
  field: { name: string; label: string; type: 'tel' | 'email'; autoComplete: string; placeholder?: string }
  data?: { formError: string | null; code: string; fieldErrors: Record<string, string[] | undefined>; values: Record<string, string> }
  signUpTo: string
}) {
  const [params] = useSearchParams()
  const busy = useNavigation().state !== 'idle'
  const { t } = useTranslation('auth')
  return (
    <Form method="post" className="space-y-4" noValidate>
      <input type="hidden" name="redirectTo" value={params.get('redirectTo') ?? ''} />
      <FormAlert message={data?.formError}>
        {data?.code === 'NOT_FOUND' ? (
          <Link to={signUpTo} className="font-bold underline">
            {t('login.signUp')}
          </Link>
        ) : null}
      </FormAlert>
      <Input
        label={field.label}
        name={field.name}
        type={field.type}
        inputMode={field.type === 'tel' ? 'tel' : 'email'}
        autoComplete={field.autoComplete}
        placeholder={field.placeholder}
        defaultValue={data?.values[field.name]}
        errors={data?.fieldErrors[field.name]}
        required
      />
      <Button type="submit" className="w-full" disabled={busy}>
        {busy ? t('login.busy') : t('login.submit')}
      </Button>
    </Form>
  )
}
