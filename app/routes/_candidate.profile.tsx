import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ABOUT_MAX_CHARS, aboutHtmlToText } from '#server/candidate/rich-text'
import { INDIAN_LANGUAGES } from '#server/candidate/profile-schema'
import { CityPicker, MultiCityPicker } from '~/components/city-picker'
import { AboutEditor } from '~/components/profile/about-editor'
import { DobInput } from '~/components/profile/dob-input'
import { LanguageTags } from '~/components/profile/language-tags'
import { PhotoUploader } from '~/components/profile/photo-uploader'
import { ResumeUploadForm } from '~/components/profile/resume-upload-form'
import { dobPickerRange, isProfileIntent, profileFormToInput, type ProfileIntent } from '~/components/profile/profile-form.server'
import { CategoryRoleSelect } from '~/components/role-select'
import { isSessionIntent, SessionList, type SessionActionResult } from '~/components/session-list'
import { FormAlert } from '~/components/auth-layout'
import { Button, ButtonLink } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { Input } from '~/components/ui/field'
import { translator } from '~/i18n/i18n'
import { localeOf } from '~/i18n/i18n.server'
import { metaTitle } from '~/i18n/meta'
import { requireCandidate } from '~/utils/auth.server'
import { withFormErrors } from '~/utils/form-errors.server'
import { loadSessionList, sessionAction } from '~/utils/sessions.server'
import { useUnsavedChanges } from '~/utils/use-unsaved-changes'

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, 'profile:page.title')
export const handle = { i18n: 'profile' }

export async function loader({ context, request }: LoaderFunctionArgs) {
  requireCandidate(context, request)
  const locale = await localeOf(request, context.viewer?.kind === 'candidate' ? context.viewer.locale : null)
  const [me, categories, roles, sessions] = await Promise.all([
    context.trpc.candidate.me(),
    context.trpc.masterData.categories(),
    context.trpc.masterData.roles(),
    loadSessionList(context, locale),
  ])
  const params = new URL(request.url).searchParams
  const flashCode = (name: string) => {
    const v = params.get(name)
    return v && /^[a-z_]{1,30}$/.test(v) ? v : null
  }
  return {
    me,
    categories,
    roles,
    // server data handed to the page, so no server module reaches the browser bundle
    languageSuggestions: [...INDIAN_LANGUAGES],
    aboutMaxChars: ABOUT_MAX_CHARS,
    aboutText: me.aboutHtml ? aboutHtmlToText(me.aboutHtml) : '',
    dobRange: dobPickerRange(new Date()),
    photoFlash: flashCode('photo'),
    resumeFlash: flashCode('resume'),
    sessions,
  }
}

type ActionResult = { intent: ProfileIntent | null; ok: boolean; formError: string | null; fieldErrors: Record<string, string[] | undefined>; values: Record<string, string> }

export async function action({ request, context }: ActionFunctionArgs): Promise<ActionResult | SessionActionResult> {
  requireCandidate(context, request)
  const form = await request.formData()
  const intent = form.get('intent')
  const locale = await localeOf(request, context.viewer?.kind === 'candidate' ? context.viewer.locale : null)
  if (isSessionIntent(intent)) return sessionAction(context, intent, form, locale)
  if (!isProfileIntent(intent)) return { intent: null, ok: false, formError: translator(locale, 'profile')('page.outOfDate'), fieldErrors: {}, values: {} }
  const parsed = profileFormToInput(intent, form)
  if (!parsed.ok) return { intent, ok: false, formError: null, fieldErrors: parsed.fieldErrors, values: parsed.echo }
  // NOTE: the procedure's input type is its parsed output (a function parser); it accepts the raw
  // form spellings (strings for numbers, '' to clear) at run time, which is what we send.
  type UpdateArg = Parameters<typeof context.trpc.candidate.updateProfile>[0]
  const result = await withFormErrors(() => context.trpc.candidate.updateProfile(parsed.input as UpdateArg))
  if (result.ok) return { intent, ok: true, formError: null, fieldErrors: {}, values: {} }
  return { intent, ok: false, formError: result.formError, fieldErrors: result.fieldErrors, values: parsed.echo }
}

function formatMobile(e164: string): string {
  const m = /^\+91(\d{5})(\d{5})$/.exec(e164)
  return m ? `+91 ${m[1]} ${m[2]}` : e164
}

function Section({ id, title, description, children, className }: { id: string; title: string; description?: string; children: ReactNode; className?: string }) {
  return (
    <Card className={className}>
      <section aria-labelledby={id} className="space-y-4">
        <div>
          <h2 id={id} className="text-lg font-bold text-ink-900">
            {title}
          </h2>
          {description ? <p className="text-sm text-ink-700">{description}</p> : null}
        </div>
        {children}
      </section>
    </Card>
  )
}

type DirtyFn = (intent: ProfileIntent, dirty: boolean) => void

/** One section's form: its own intent, its own Save button, and its status: "Unsaved changes" from the first edit until it saves, then "Saved". */
function SectionForm({
  intent,
  data,
  children,
  onDirty,
  submitLabel,
}: {
  intent: ProfileIntent
  data: ActionResult | undefined
  children: ReactNode
  onDirty: DirtyFn
  submitLabel?: string
}) {
  const navigation = useNavigation()
  const { t } = useTranslation('profile')
  const busy = navigation.state !== 'idle' && navigation.formData?.get('intent') === intent
  const mine = data?.intent === intent ? data : undefined
  const [dirty, setDirty] = useState(false)
  // each answer of the action is a new object: a successful save of this section clears it
  useEffect(() => {
    if (mine?.ok) setDirty(false)
  }, [mine])
  useEffect(() => onDirty(intent, dirty), [onDirty, intent, dirty])
  const edited = () => setDirty(true)
  return (
    <Form method="post" className="space-y-4" noValidate preventScrollReset onInput={edited} onChange={edited}>
      <input type="hidden" name="intent" value={intent} />
      <FormAlert message={mine && !mine.ok ? mine.formError : null} />
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? t('page.saving') : (submitLabel ?? t('page.save'))}
        </Button>
        <p role="status" className={dirty && !busy ? 'text-sm font-semibold text-amber-800' : 'text-sm font-semibold text-teal-800'}>
          {busy ? '' : dirty ? t('page.unsaved') : mine?.ok ? t('page.saved') : ''}
        </p>
      </div>
    </Form>
  )
}

export default function Profile() {
  const { me, categories, roles, languageSuggestions, aboutMaxChars, aboutText, dobRange, photoFlash, resumeFlash, sessions } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const sessionResult = actionData && isSessionIntent(actionData.intent) ? (actionData as SessionActionResult) : undefined
  const data = actionData && !isSessionIntent(actionData.intent) ? (actionData as ActionResult) : undefined
  const errorsFor = (intent: ProfileIntent) => (data && data.intent === intent && !data.ok ? data.fieldErrors : {})
  const echo = (intent: ProfileIntent, key: string, fallback: string) => (data && data.intent === intent && !data.ok && key in data.values ? data.values[key] : fallback)

  const basic = errorsFor('basic')
  const prefs = errorsFor('preferences')
  const loc = errorsFor('location')
  const about = errorsFor('about')
  const personal = errorsFor('personal')
  const ids = { ...errorsFor('identity'), ...errorsFor('remove-aadhaar'), ...errorsFor('remove-pan') }
  const [dirtySections, setDirtySections] = useState<ReadonlySet<ProfileIntent>>(new Set())
  const onDirty = useCallback<DirtyFn>(
    (intent, dirty) =>
      setDirtySections((was) => {
        if (was.has(intent) === dirty) return was
        const next = new Set(was)
        if (dirty) next.add(intent)
        else next.delete(intent)
        return next
      }),
    [],
  )
  useUnsavedChanges(dirtySections.size > 0)
  const { t } = useTranslation('profile')

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-extrabold text-white sm:text-3xl">{t('page.heading')}</h1>
          <p className="text-sm text-white/85">{t('page.intro')}</p>
        </div>
        <div className="glass-dark px-4 py-2 text-white" data-testid="profile-completeness">
          <span className="text-sm">{t('page.completeness')} </span>
          <span className="text-xl font-black">{me.completeness.percent}%</span>
        </div>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <Section id="photo-heading" title={t('page.photo')} className="lg:col-span-2">
          <PhotoUploader photoUrl={me.photoUrl} name={me.fullName} flash={photoFlash} />
        </Section>

        <Section id="basic-heading" title={t('page.basic')}>
          <SectionForm intent="basic" data={data} onDirty={onDirty}>
            <Input label={t('page.fullName')} name="name" autoComplete="name" defaultValue={echo('basic', 'name', me.fullName)} errors={basic.name} required />
            <Input
              label={t('page.mobile')}
              value={formatMobile(me.mobile)}
              readOnly
              aria-readonly="true"
              className="cursor-not-allowed bg-white/60 text-ink-700"
              hint={t('page.mobileHint')}
            />
            <Input label={t('page.email')} name="email" type="email" autoComplete="email" inputMode="email" defaultValue={echo('basic', 'email', me.email ?? '')} errors={basic.email} placeholder="name@example.com" />
          </SectionForm>
        </Section>

        <Section id="prefs-heading" title={t('page.prefs')} description={t('page.prefsHint')}>
          <SectionForm intent="preferences" data={data} onDirty={onDirty}>
            <CategoryRoleSelect
              categories={categories}
              roles={roles}
              initialCategoryId={me.preferredCategory?.id}
              initialRoleId={me.preferredRole?.id}
              errors={{ category: prefs.preferredCategoryId, role: prefs.preferredRoleId }}
            />
            <MultiCityPicker name="preferredCities" label={t('page.preferredCities')} initial={me.preferredCities} errors={prefs.preferredCityIds} />
          </SectionForm>
        </Section>

        <Section id="location-heading" title={t('page.location')}>
          <SectionForm intent="location" data={data} onDirty={onDirty}>
            <CityPicker name="currentCity" label={t('page.currentCity')} initial={me.currentCity} errors={loc.currentCityId} />
            <Input
              label={t('page.pinCode')}
              name="pinCode"
              inputMode="numeric"
              autoComplete="postal-code"
              maxLength={6}
              defaultValue={echo('location', 'pinCode', me.pinCode ?? '')}
              errors={loc.pinCode}
              required
            />
          </SectionForm>
        </Section>

        <Section id="personal-heading" title={t('page.personal')}>
          <SectionForm intent="personal" data={data} onDirty={onDirty}>
            <Input
              label={t('page.salary')}
              name="currentSalaryMonthly"
              inputMode="numeric"
              placeholder={t('page.salaryPlaceholder')}
              defaultValue={echo('personal', 'currentSalaryMonthly', me.currentSalaryMonthly === null ? '' : String(me.currentSalaryMonthly))}
              errors={personal.currentSalaryMonthly}
              hint={t('page.salaryHint')}
            />
            <DobInput name="dateOfBirth" label={t('page.dob')} defaultValue={echo('personal', 'dateOfBirth', me.dateOfBirth ?? '')} minIso={dobRange.minIso} maxIso={dobRange.maxIso} errors={personal.dateOfBirth} />
            <LanguageTags
              name="languages"
              label={t('page.languages')}
              initial={data?.intent === 'personal' && !data.ok && data.values.languagesText ? data.values.languagesText.split(', ') : me.languages}
              suggestions={languageSuggestions}
              errors={personal.languages}
            />
          </SectionForm>
        </Section>

        <Section id="about-heading" title={t('page.about')} className="lg:col-span-2">
          <SectionForm intent="about" data={data} onDirty={onDirty}>
            <AboutEditor name="aboutHtml" label={t('page.about')} initialHtml={me.aboutHtml ?? ''} initialText={aboutText} maxChars={aboutMaxChars} errors={about.aboutHtml} />
          </SectionForm>
        </Section>

        <Section id="ids-heading" title={t('page.ids')} description={t('page.idsHint')}>
          {/* a new key after each save empties the boxes: a saved number is never put back in a field */}
          <div key={`${me.aadhaarMasked ?? ''}|${me.panMasked ?? ''}`}>
            <SectionForm intent="identity" data={data} onDirty={onDirty}>
              <Input
                label={t('page.aadhaar')}
                name="aadhaar"
                inputMode="numeric"
                autoComplete="off"
                maxLength={14}
                placeholder={me.aadhaarMasked ? t('page.aadhaarReplace', { masked: me.aadhaarMasked }) : t('page.aadhaarPlaceholder')}
                errors={ids.aadhaar}
                hint={me.aadhaarMasked ? <span data-testid="aadhaar-saved">{t('page.savedMasked', { masked: me.aadhaarMasked })}</span> : t('page.aadhaarHint')}
              />
              <Input
                label={t('page.pan')}
                name="pan"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={10}
                placeholder={me.panMasked ? t('page.panReplace', { masked: me.panMasked }) : t('page.panPlaceholder')}
                errors={ids.pan}
                hint={me.panMasked ? <span data-testid="pan-saved">{t('page.savedMasked', { masked: me.panMasked })}</span> : t('page.panHint')}
              />
            </SectionForm>
          </div>
          {me.aadhaarMasked || me.panMasked ? (
            <div className="flex flex-wrap gap-2 border-t border-brand-100 pt-3">
              {me.aadhaarMasked ? (
                <Form method="post" preventScrollReset>
                  <input type="hidden" name="intent" value="remove-aadhaar" />
                  <Button type="submit" variant="secondary" size="sm">
                    {t('page.removeAadhaar')}
                  </Button>
                </Form>
              ) : null}
              {me.panMasked ? (
                <Form method="post" preventScrollReset>
                  <input type="hidden" name="intent" value="remove-pan" />
                  <Button type="submit" variant="secondary" size="sm">
                    {t('page.removePan')}
                  </Button>
                </Form>
              ) : null}
            </div>
          ) : null}
        </Section>

        <Section id="docs-heading" title={t('page.documents')}>
          <p className="text-sm text-ink-900">
            {me.resume.status === 'ready'
              ? t('page.resumeVersion', { version: me.resume.current?.version ?? '' })
              : me.resume.status === 'in_progress'
                ? t('page.resumeInProgress')
                : t('page.noResume')}
          </p>
          <ResumeUploadForm flash={resumeFlash} hasUnfinishedChat={me.resume.status === 'in_progress'} />
          <div className="flex flex-wrap gap-2 border-t border-brand-100 pt-3">
            <ButtonLink to="/resume" variant="secondary">
              {me.resume.status === 'none' ? t('page.createWithBot') : t('page.goToResume')}
            </ButtonLink>
            {me.resume.status === 'ready' ? (
              <a href="/resume/download" download className="inline-flex min-h-[44px] items-center rounded-xl border border-brand-200 bg-white/85 px-4 font-semibold text-brand-800">
                {t('page.downloadResume')}
              </a>
            ) : null}
          </div>
          <p className="text-xs text-ink-700">
            {t('page.exportAsk')}{' '}
            <Link to="/export" reloadDocument className="font-semibold text-brand-700 underline">
              {t('page.export')}
            </Link>
          </p>
        </Section>

        <Section
          id="sessions-heading"
          title={t('page.sessions')}
          description={t('page.sessionsHint')}
          className="lg:col-span-2"
        >
          <SessionList sessions={sessions} result={sessionResult} />
        </Section>
      </div>
    </div>
  )
}
