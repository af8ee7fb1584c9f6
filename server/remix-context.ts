import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import type { AppServices } from './app-services'
import type { PublicEnv } from './config/env'
import { createContext, nodeContextRequest, type Context } from './trpc/context'
import { createCaller } from './trpc/root'

export type RemixLoadContext = {
  /** tRPC procedures called in-process (never over HTTP to ourselves) */
  trpc: ReturnType<typeof createCaller>
  viewer: Context['viewer']
  publicEnv: PublicEnv
  services: AppServices
  requestId: string
  /** this response's CSP nonce, put on every script tag (see app/entry.server.tsx) */
  cspNonce: string
}

export async function createRemixLoadContext(
  services: AppServices,
  req: ExpressRequest,
  res: ExpressResponse,
  publicEnv: PublicEnv,
): Promise<RemixLoadContext> {
  const ctx = await createContext(
    services,
    // Remix's express adapter appends its own headers after ours, so cookies set here survive
    nodeContextRequest(req, 'internal', { setCookie: (header) => res.append('Set-Cookie', header) }),
  )
  return { trpc: createCaller(ctx), viewer: ctx.viewer, publicEnv, services, requestId: ctx.requestId, cspNonce: String(res.locals.cspNonce ?? '') }
}
