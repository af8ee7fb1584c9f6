import { isIP } from 'node:net'
import Bowser from 'bowser'

/** Long enough for any real browser; a hostile header cannot bloat the row. */
export const USER_AGENT_MAX = 512

// bowser's names are written for developers; people know these shorter ones
const BROWSER_NAMES: Record<string, string> = {
  'Samsung Internet for Android': 'Samsung Internet',
  'Microsoft Edge': 'Edge',
  'NAVER Whale Browser': 'Whale',
}

/** "Chrome on Android", "Safari on iOS", "Edge on Windows" — or a plain fallback. No I/O. */
export function deviceLabel(userAgent: string | null): string {
  const ua = userAgent?.trim()
  // NOTE: bowser throws on an empty string
  if (!ua) return 'Unknown device'
  const parsed = Bowser.parse(ua)
  const browser = parsed.browser.name ? (BROWSER_NAMES[parsed.browser.name] ?? parsed.browser.name) : null
  const os = parsed.os.name ?? null
  if (browser && os) return `${browser} on ${os}`
  if (browser) return browser
  if (os) return `Browser on ${os}`
  return 'Unknown device'
}

/** What kind of screen, for the icon beside the label. */
export function deviceKind(userAgent: string | null): 'phone' | 'tablet' | 'computer' | 'unknown' {
  const ua = userAgent?.trim()
  if (!ua) return 'unknown'
  const type = Bowser.parse(ua).platform.type
  return type === 'mobile' ? 'phone' : type === 'tablet' ? 'tablet' : type === 'desktop' ? 'computer' : 'unknown'
}

/**
 * A coarse network address: the IPv4 /24 ("203.0.113.x") or the IPv6 /48 ("2001:db8:1::/48").
 * Enough for "was that me?", not enough to single out a connection.
 */
export function ipPrefix(ip: string | null | undefined): string | null {
  if (!ip) return null
  const v4 = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip
  if (isIP(v4) === 4) return `${v4.split('.').slice(0, 3).join('.')}.x`
  if (isIP(ip) !== 6) return null
  // expand "::" so the first three groups are the real first three
  const [head, tail = ''] = ip.split('::')
  const headGroups = head ? head.split(':') : []
  const tailGroups = ip.includes('::') ? (tail ? tail.split(':') : []) : []
  const groups = [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
  return `${groups
    .slice(0, 3)
    .map((g) => g.replace(/^0+(?=.)/, '').toLowerCase())
    .join(':')}::/48`
}
