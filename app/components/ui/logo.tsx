import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

export function Logo({ to = '/', light = true }: { to?: string; light?: boolean }) {
  const { t } = useTranslation('ui')
  return (
    <Link to={to} className="flex min-h-[44px] items-center gap-2" aria-label={t('logoHome')}>
      <span aria-hidden className="grid h-9 w-9 place-items-center rounded-xl bg-gradient-to-br from-teal-400 to-brand-500 text-lg font-black text-white shadow-glass">
        A
      </span>
      <span className={light ? 'text-xl font-extrabold tracking-tight text-white' : 'text-xl font-extrabold tracking-tight text-brand-800'}>AIVIUE</span>
    </Link>
  )
}
