import { PassThrough } from 'node:stream'
import type { AppLoadContext, EntryContext } from '@remix-run/node'
import { createReadableStreamFromReadable } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { isbot } from 'isbot'
import { renderToPipeableStream } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { createI18n, isLocale } from './i18n/i18n'
import { localeOf } from './i18n/i18n.server'
import { NonceProvider } from './utils/nonce-provider'

const ABORT_DELAY = 5_000

// NOTE: the Remix build bundles its own copy of the server modules its loaders and actions import
// (the city dataset for the jobs page's URL and the profile forms' city fields). The Node entry calls
// this once it has loaded the build, before it listens, so that copy's tables are not built by the
// first page view while every other request waits (decision 026).
export { prepareLookupTables } from '#server/normalise'

/**
 * Remix's default Node entry plus one thing: every script it renders carries this request's CSP
 * nonce (set by the Express layer, see server/http-app.ts), so the CSP needs no 'unsafe-inline'.
 */
export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce
  // the root loader decided the language; an error before it ran decides here by the same rule
  const rootData = remixContext.staticHandlerContext.loaderData.root as { locale?: unknown } | undefined
  const i18n = createI18n(isLocale(rootData?.locale) ? rootData.locale : await localeOf(request))
  // bots and SPA mode get the whole document at once; browsers get it streamed
  const waitForAll = isbot(request.headers.get('user-agent') ?? '') || remixContext.isSpaMode
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </I18nextProvider>
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? 'onAllReady' : 'onShellReady']() {
          shellRendered = true
          const body = new PassThrough()
          responseHeaders.set('Content-Type', 'text/html')
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }))
          pipe(body)
        },
        onShellError(error: unknown) {
          reject(error)
        },
        onError(error: unknown) {
          responseStatusCode = 500
          // errors before the shell reject and are logged by Remix; later ones only show here
          if (shellRendered) console.error(error)
        },
      },
    )
    setTimeout(abort, ABORT_DELAY + 1000)
  })
}
