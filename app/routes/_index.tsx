import type { MetaFunction } from '@remix-run/node'
import { Footer } from '~/components/ui/footer'
import { ButtonLink } from '~/components/ui/button'
import { Navbar } from '~/components/ui/navbar'
import { Bot, Lock, Target, Users } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { translator } from '~/i18n/i18n'
import { localeOfMatches } from '~/i18n/meta'

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), 'landing')
  return [{ title: t('employer.title') }, { name: 'description', content: t('employer.description') }]
}
export const handle = { i18n: 'landing' }

const reasons = [
  { icon: Bot, key: 'paste' },
  { icon: Target, key: 'matched' },
  { icon: Users, key: 'everyone' },
  { icon: Lock, key: 'privacy' },
] as const

const hiringSteps = ['signUp', 'paste', 'publish'] as const

export default function Index() {
  const { t } = useTranslation('landing')
  return (
    <>
      <Navbar
        phoneAction={
          <ButtonLink to="/employer/signup" variant="secondary" size="sm">
            {t('common:nav.signUp')}
          </ButtonLink>
        }
      >
        <ButtonLink to="/candidate" variant="teal" size="sm">
          {t('common:nav.forCandidates')}
        </ButtonLink>
        <ButtonLink to="/employer/login" variant="ghost" size="sm">
          {t('common:nav.login')}
        </ButtonLink>
        <ButtonLink to="/employer/signup" variant="secondary" size="sm">
          {t('common:nav.signUp')}
        </ButtonLink>
      </Navbar>
      <main id="main" className="mx-auto max-w-6xl px-4">
        <section className="grid gap-8 py-12 md:grid-cols-2 md:items-center md:py-20">
          <div className="text-white">
            <p className="inline-block rounded-full bg-white/15 px-3 py-1 text-sm font-semibold">{t('employer.kicker')}</p>
            <h1 className="mt-4 text-4xl font-black leading-tight sm:text-5xl">{t('employer.heading')}</h1>
            <p className="mt-4 max-w-prose text-lg text-white/90">
              {t('employer.intro')}
            </p>
            <div className="mt-6 flex flex-wrap gap-3">
              <ButtonLink to="/employer/signup" size="lg">
                {t('employer.post')}
              </ButtonLink>
              <ButtonLink to="/candidate" size="lg" variant="secondary">
                {t('employer.lookingForJob')}
              </ButtonLink>
            </div>
          </div>
          <div className="glass p-6">
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t('employer.howHiring')}</p>
            <ol className="mt-4 space-y-4">
              {hiringSteps.map((step, i) => (
                <li key={step} className="flex items-start gap-3">
                  <span className="grid h-8 w-8 shrink-0 place-items-center rounded-full bg-gradient-to-br from-brand-500 to-blush-500 font-bold text-white">{i + 1}</span>
                  <span className="pt-1 font-medium text-ink-900">{t(`employer.steps.${step}`)}</span>
                </li>
              ))}
            </ol>
          </div>
        </section>
        <section aria-labelledby="why" className="py-8">
          <h2 id="why" className="text-2xl font-extrabold text-white sm:text-3xl">
            {t('employer.why')}
          </h2>
          <div className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {reasons.map((r) => (
              <div key={r.key} className="glass p-5">
                <r.icon aria-hidden className="h-8 w-8 text-brand-700" />
                <h3 className="mt-2 text-lg font-bold text-ink-900">{t(`employer.reasons.${r.key}.title`)}</h3>
                <p className="mt-1 text-sm text-ink-700">{t(`employer.reasons.${r.key}.body`)}</p>
              </div>
            ))}
          </div>
        </section>
      </main>
      <Footer />
    </>
  )
}
