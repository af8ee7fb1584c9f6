import type { Env } from '../config/env'

/**
 * The one same-origin rule, for tRPC mutations, WebSocket upgrades and upload routes: an Origin,
 * when sent, must be ours (ALLOWED_ORIGINS, else the request's own host). Non-browser clients
 * (scripts, the developer API) send none.
 * NOTE: a form navigation from a page with `Referrer-Policy: no-referrer` sends `Origin: null`;
 * then only the browser's own `Sec-Fetch-Site` (scripts cannot set it) can vouch for it.
 */
export function isAllowedOrigin(
  env: Pick<Env, 'ALLOWED_ORIGINS'>,
  origin: string | null | undefined,
  host: string | null | undefined,
  secFetchSite?: string | string[] | null,
): boolean {
  if (!origin) return true
  if (origin === 'null') return secFetchSite === 'same-origin'
  const allowed = env.ALLOWED_ORIGINS?.split(',').map((s) => s.trim())
  if (allowed) return allowed.includes(origin)
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}
