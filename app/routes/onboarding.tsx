import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthLayout, FormAlert } from '~/components/auth-layout'
import { CityPicker, MultiCityPicker } from '~/components/city-picker'
import { CategoryRoleSelect } from '~/components/role-select'
import { Button } from '~/components/ui/button'
import { Input } from '~/components/ui/field'
import { metaTitle } from '~/i18n/meta'
import { requireCandidate, safeRedirect } from '~/utils/auth.server'
import { cityIdFromForm, cityIdsFromForm } from '~/utils/city-form.server'
import { withFormErrors } from '~/utils/form-errors.server'

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, 'profile:gate.title')
export const handle = { i18n: 'profile' }

export async function loader({ context, request }: LoaderFunctionArgs) {
  requireCandidate(context, request)
  const params = new URL(request.url).searchParams
  // a same-site path to go on to once the gate is passed (sign-up from a public job); else Home
  const redirectTo = safeRedirect(params.get('redirectTo'), '')
  const [me, categories, roles] = await Promise.all([context.trpc.candidate.me(), context.trpc.masterData.categories(), context.trpc.masterData.roles()])
  if (me.basicProfileComplete && !params.has('edit')) throw redirect(redirectTo || '/home')
  return { me, categories, roles, redirectTo }
}

export async function action({ request, context }: ActionFunctionArgs) {
  requireCandidate(context, request)
  const form = await request.formData()
  const values = {
    name: String(form.get('name') ?? ''),
    currentCityId: cityIdFromForm(form, 'currentCity'),
    pinCode: String(form.get('pinCode') ?? ''),
    preferredCategoryId: String(form.get('preferredCategoryId') ?? ''),
    preferredRoleId: String(form.get('preferredRoleId') ?? ''),
    preferredCityIds: cityIdsFromForm(form, 'preferredCities'),
  }
  const result = await withFormErrors(() => context.trpc.candidate.saveBasicProfile(values))
  if (result.ok) throw redirect(safeRedirect(form.get('redirectTo'), '/home'))
  return result
}

export default function Onboarding() {
  const { me, categories, roles, redirectTo } = useLoaderData<typeof loader>()
  const data = useActionData<typeof action>()
  const busy = useNavigation().state !== 'idle'
  const fe = data?.fieldErrors ?? {}
  const { t } = useTranslation('profile')
  return (
    <AuthLayout title={t('gate.welcome', { name: me.fullName.split(' ')[0] })} subtitle={t('gate.subtitle')}>
      <Form method="post" className="space-y-4" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <FormAlert message={data?.formError} />
        <Input label={t('gate.fullName')} name="name" autoComplete="name" defaultValue={me.fullName} errors={fe.name} required />
        <CityPicker name="currentCity" label={t('gate.currentCity')} initial={me.currentCity} errors={fe.currentCityId} />
        <Input label={t('gate.pinCode')} name="pinCode" inputMode="numeric" autoComplete="postal-code" maxLength={6} defaultValue={me.pinCode ?? ''} errors={fe.pinCode} required />
        <CategoryRoleSelect
          categories={categories}
          roles={roles}
          initialCategoryId={me.preferredCategory?.id}
          initialRoleId={me.preferredRole?.id}
          errors={{ category: fe.preferredCategoryId, role: fe.preferredRoleId }}
        />
        <MultiCityPicker name="preferredCities" label={t('gate.preferredCities')} initial={me.preferredCities} errors={fe.preferredCityIds} />
        <Button type="submit" className="w-full" disabled={busy}>
          {busy ? t('gate.busy') : t('gate.submit')}
        </Button>
      </Form>
    </AuthLayout>
  )
}
