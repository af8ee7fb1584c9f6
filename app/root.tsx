import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node'
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useLoaderData, useRouteError } from '@remix-run/react'
import { ButtonLink } from './components/ui/button'
import { useNonce } from './utils/nonce-provider'
import stylesheet from './styles/tailwind.css?url'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export async function loader({ context }: LoaderFunctionArgs) {
  // only the allow-listed public env reaches the browser
  return { ENV: context.publicEnv }
}

export function Layout({ children }: { children: React.ReactNode }) {
  const nonce = useNonce()
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#601fab" />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
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
  const status = isRouteErrorResponse(error) ? error.status : 500
  const message =
    status === 404 ? 'We could not find that page.' : isRouteErrorResponse(error) ? String(error.data ?? error.statusText) : 'Something went wrong. Please try again.'
  return (
    <main id="main" className="mx-auto grid min-h-screen max-w-lg place-items-center px-4">
      <div className="glass w-full p-6 text-center">
        <p className="text-4xl font-black text-brand-700">{status}</p>
        <p className="mt-2 text-ink-900">{message}</p>
        <ButtonLink to="/" className="mt-4">
          Go home
        </ButtonLink>
      </div>
    </main>
  )
}
