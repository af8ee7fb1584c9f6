import { Form, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { isEmployerPath, localeNames, supportedLocales } from '~/i18n/i18n'
import { cn } from './ui/cn'

/**
 * English / हिंदी: a plain form post (works before the page's scripts load), back to the same
 * page in the other language. Each language is written in its own script, so a reader who cannot
 * read the current one still finds theirs.
 */
export function LanguageSwitch({ className, tone = 'light' }: { className?: string; tone?: 'light' | 'dark' }) {
  const { t, i18n } = useTranslation()
  const { pathname } = useLocation()
  if (isEmployerPath(pathname)) return null
  return (
    <Form method="post" action="/resources/locale" className={cn('flex items-center gap-1', className)} aria-label={t('language.label')}>
      {supportedLocales
        .filter((code) => code !== i18n.language)
        .map((code) => (
          <button
            key={code}
            type="submit"
            name="locale"
            value={code}
            lang={code}
            title={t('language.switchTo', { name: localeNames[code] })}
            className={cn(
              'inline-flex min-h-11 min-w-11 items-center justify-center rounded-full px-3 text-sm font-semibold underline-offset-2 hover:underline',
              tone === 'light' ? 'text-white' : 'text-brand-700',
            )}
            data-testid="language-switch"
          >
            {localeNames[code]}
          </button>
        ))}
    </Form>
  )
}
