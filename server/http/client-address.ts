import type { IncomingMessage } from 'node:http'
import proxyaddr from 'proxy-addr'
import type { Env } from '../config/env'

export type TrustSetting = number | string | false

/**
 * The one rule for "who is the client" on HTTP and WebSocket alike: the socket's peer, unless
 * TRUST_PROXY names the proxies in front of us. Express gets the same setting (`trust proxy`),
 * so `req.ip` and this function agree.
 */
export function trustProxySetting(env: Pick<Env, 'TRUST_PROXY'>): TrustSetting {
  return env.TRUST_PROXY ?? false
}

export function createClientAddress(env: Pick<Env, 'TRUST_PROXY'>): (req: IncomingMessage) => string {
  const setting = trustProxySetting(env)
  const trust =
    setting === false
      ? () => false
      : typeof setting === 'number'
        ? (_addr: string, hop: number) => hop < setting
        : proxyaddr.compile(setting.split(',').map((s) => s.trim()).filter(Boolean))
  return (req) => proxyaddr(req, trust) ?? req.socket.remoteAddress ?? 'unknown'
}
