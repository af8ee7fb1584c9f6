import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { ABOUT_MAX_CHARS, INDUSTRIES } from '#server/employer/employer-profile'
import { FormAlert } from '~/components/auth-layout'
import { CityPicker } from '~/components/city-picker'
import { EmployerNav } from '~/components/employer/employer-nav'
import { Button } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { Input, Select, Textarea } from '~/components/ui/field'
import { requireEmployer } from '~/utils/auth.server'
import { optionalCityIdFromForm } from '~/utils/city-form.server'
import { withFormErrors } from '~/utils/form-errors.server'

export const meta: MetaFunction = () => [{ title: 'Company profile — AIVIUE' }]

export async function loader({ context, request }: LoaderFunctionArgs) {
  requireEmployer(context, request)
  // the industry list and limits travel with the data, so no server module reaches the browser bundle
  return { profile: await context.trpc.employer.profile(), industries: [...INDUSTRIES], aboutMaxChars: ABOUT_MAX_CHARS }
}

const FIELDS = ['fullName', 'companyName', 'phone', 'industry', 'website', 'about'] as const

type ActionResult = { ok: boolean; formError: string | null; fieldErrors: Record<string, string[] | undefined>; values: Record<string, string> }

export async function action({ context, request }: ActionFunctionArgs): Promise<ActionResult> {
  requireEmployer(context, request)
  const form = await request.formData()
  const values: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? '')]))
  values.cityName = String(form.get('cityName') ?? '')
  const cityId = optionalCityIdFromForm(form, 'city')
  if (cityId === null) return { ok: false, formError: null, fieldErrors: { cityId: ['Choose your city from the list'] }, values }
  const result = await withFormErrors(() =>
    context.trpc.employer.updateProfile({
      fullName: values.fullName,
      companyName: values.companyName,
      phone: values.phone,
      industry: values.industry,
      website: values.website,
      about: values.about,
      cityId,
    }),
  )
  if (result.ok) return { ok: true, formError: null, fieldErrors: {}, values: {} }
  return { ok: false, formError: result.formError, fieldErrors: result.fieldErrors, values }
}

/** +919820054321 → +91 98200 54321 (the form accepts either). */
function formatMobile(e164: string): string {
  const m = /^\+91(\d{5})(\d{5})$/.exec(e164)
  return m ? `+91 ${m[1]} ${m[2]}` : e164
}

export default function EmployerProfile() {
  const { profile, industries, aboutMaxChars } = useLoaderData<typeof loader>()
  const data = useActionData<typeof action>()
  const busy = useNavigation().state !== 'idle'
  const fe = data && !data.ok ? data.fieldErrors : {}
  // after a refused save, the page shows what was typed, not what is stored
  const value = (key: string, stored: string | null) => (data && !data.ok && key in data.values ? data.values[key] : (stored ?? ''))
  const typedCity = data && !data.ok ? data.values.cityName : undefined
  return (
    <>
      <EmployerNav />
      <main id="main" className="mx-auto max-w-2xl space-y-6 px-4 py-8">
        <div>
          <h1 className="text-3xl font-extrabold text-white">Company profile</h1>
          <p className="text-sm text-white/85">Candidates see your company name, city and what you do with every job you post.</p>
        </div>
        <Card>
          <Form method="post" className="space-y-4" noValidate>
            <FormAlert message={data && !data.ok ? data.formError : null} />
            <Input label="Company name" name="companyName" autoComplete="organization" defaultValue={value('companyName', profile.companyName)} errors={fe.companyName} required />
            <Select label="Industry" name="industry" defaultValue={value('industry', profile.industry)} errors={fe.industry}>
              <option value="">Choose an industry</option>
              {industries.map((i) => (
                <option key={i} value={i}>
                  {i}
                </option>
              ))}
            </Select>
            <CityPicker
              // a refused save re-renders with the typed text; the key resets the picker's own state
              key={typedCity ?? profile.city?.id ?? 'none'}
              name="city"
              label="City"
              initial={typedCity !== undefined ? { id: '', name: typedCity, state: '' } : profile.city}
              errors={fe.cityId}
            />
            <Input
              label="Website"
              name="website"
              inputMode="url"
              autoComplete="url"
              placeholder="e.g. yourcompany.in"
              hint="Optional."
              defaultValue={value('website', profile.website)}
              errors={fe.website}
            />
            <Textarea
              label="About the company"
              name="about"
              rows={6}
              maxLength={aboutMaxChars}
              hint={`Optional. Plain text, up to ${aboutMaxChars} characters: what you do, where, and what working with you is like.`}
              defaultValue={value('about', profile.about)}
              errors={fe.about}
            />
            <fieldset className="space-y-4 border-t border-brand-100 pt-4">
              <legend className="sr-only">Contact person</legend>
              <p className="pt-2 text-sm font-bold text-ink-900">Contact person</p>
              <Input label="Your name" name="fullName" autoComplete="name" defaultValue={value('fullName', profile.fullName)} errors={fe.fullName} required />
              <Input label="Contact phone" name="phone" type="tel" inputMode="tel" autoComplete="tel" defaultValue={value('phone', formatMobile(profile.phone))} errors={fe.phone} required />
              <div className="space-y-1">
                <p className="text-sm font-semibold text-ink-900">Email</p>
                <p className="break-all text-ink-900">{profile.email}</p>
                <p className="text-xs text-ink-700">You log in with this email, so it cannot be changed here.</p>
              </div>
            </fieldset>
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" disabled={busy}>
                {busy ? 'Saving…' : 'Save profile'}
              </Button>
              <p role="status" className="text-sm font-semibold text-teal-800">
                {data?.ok && !busy ? 'Saved ✓' : ''}
              </p>
            </div>
          </Form>
        </Card>
      </main>
    </>
  )
}
