import { createCookie, type Cookie } from '@remix-run/node'

export const SESSION_COOKIE_NAME = '__aiviue_session'
export const SESSION_MAX_AGE_S = 60 * 60 * 24 * 30

/**
 * The one session cookie, read by Remix loaders, tRPC over HTTP and tRPC over WebSocket. It is
 * signed and carries only the id of a row in `sessions`, so logout/revocation is a row update.
 */
export function createSessionCookie(opts: { secret: string; secure: boolean }): Cookie {
  return createCookie(SESSION_COOKIE_NAME, {
    secrets: [opts.secret],
    httpOnly: true,
    sameSite: 'lax',
    secure: opts.secure,
    path: '/',
    maxAge: SESSION_MAX_AGE_S,
  })
}

export async function readSessionId(cookie: Cookie, cookieHeader: string | null | undefined): Promise<string | null> {
  if (!cookieHeader) return null
  const value: unknown = await cookie.parse(cookieHeader)
  return typeof value === 'string' && value.length >= 32 ? value : null
}
