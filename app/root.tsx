import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node'
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useLoaderData, useRouteError, useRouteLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useChangeLanguage } from 'remix-i18next/react'
import { fallbackLocale, isEmployerPath } from './i18n/i18n'
import { localeOf } from './i18n/i18n.server'
import { ButtonLink } from './components/ui/button'
import { useNonce } from './utils/nonce-provider'
import stylesheet from './styles/tailwind.css?url'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export async function loader({ context, request }: LoaderFunctionArgs) {
  // only the allow-listed public env reaches the browser
  // a candidate's own choice follows them to every phone they log in from
  // employers' pages stay English (business users; decision 017)
  if (context.viewer?.kind === 'employer' || isEmployerPath(new URL(request.url).pathname)) return { ENV: context.publicEnv, locale: fallbackLocale }
  // the account's language was read with the session (no second query)
  const account = context.viewer?.kind === 'candidate' ? context.viewer.locale : null
  return { ENV: context.publicEnv, locale: await localeOf(request, account) }
}

export const handle = { i18n: 'common' }

export function Layout({ children }: { children: React.ReactNode }) {
  const nonce = useNonce()
  const { t } = useTranslation()
  // an error page may render without the root's data: then the language i18next already has
  const locale = useRouteLoaderData<typeof loader>('root')?.locale ?? fallbackLocale
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#601fab" />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t('skipToContent')}
        </a>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  const data = useLoaderData<typeof loader>()
  const nonce = useNonce()
  // after the language switch the root loader answers in the new language: follow it
  useChangeLanguage(data.locale)
  return (
    <>
      <Outlet />
      <script
        nonce={nonce}
        // eslint-disable-next-line react/no-danger -- public, allow-listed values only
        dangerouslySetInnerHTML={{ __html: `window.ENV = ${JSON.stringify(data.ENV).replace(/</g, '\\u003c')}` }}
      />
    </>
  )
}

export function ErrorBoundary() {
  const error = useRouteError()
  const { t } = useTranslation()
  const status = isRouteErrorResponse(error) ? error.status : 500
  const message = status === 404 ? t('error.notFound') : isRouteErrorResponse(error) ? String(error.data ?? error.statusText) : t('error.generic')
  return (
    <main id="main" className="mx-auto grid min-h-screen max-w-lg place-items-center px-4">
      <div className="glass w-full p-6 text-center">
        <p className="text-4xl font-black text-brand-700">{status}</p>
        <p className="mt-2 text-ink-900">{message}</p>
        <ButtonLink to="/" className="mt-4">
          {t('error.goHome')}
        </ButtonLink>
      </div>
    </main>
  )
}
