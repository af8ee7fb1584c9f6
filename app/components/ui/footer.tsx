import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

export function Footer() {
  const { t } = useTranslation()
  return (
    <footer className="mt-16 border-t border-white/15 bg-brand-900/50 text-white/85 backdrop-blur-xl">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
        <div>
          <p className="text-lg font-bold text-white">AIVIUE</p>
          <p className="mt-2 text-sm">{t('footer.about')}</p>
        </div>
        <div>
          <p className="font-semibold text-white">{t('footer.candidates')}</p>
          <ul className="mt-2 space-y-1 text-sm">
            <li>
              <Link className="underline-offset-2 hover:underline" to="/candidate">
                {t('footer.findJobs')}
              </Link>
            </li>
          </ul>
        </div>
        <div>
          <p className="font-semibold text-white">{t('footer.employers')}</p>
          <ul className="mt-2 space-y-1 text-sm">
            <li>
              <Link className="underline-offset-2 hover:underline" to="/">
                {t('footer.hire')}
              </Link>
            </li>
          </ul>
        </div>
      </div>
      <p className="pb-6 text-center text-xs text-white/70">{t('footer.madeIn', { year: new Date().getFullYear() })}</p>
    </footer>
  )
}
