import type { Server } from 'node:http'
import { applyWSSHandler } from '@trpc/server/adapters/ws'
import { WebSocketServer } from 'ws'
import { randomUUID } from 'node:crypto'
import type { AppServices } from './app-services'
import { isAllowedOrigin } from './auth/origin'
import { createClientAddress } from './http/client-address'
import { coalesceWrites } from './realtime/coalesced-writes'
import { MAX_WS_BATCH_SIZE } from './trpc/limits'
import { createContext, nodeContextRequest } from './trpc/context'
import { appRouter } from './trpc/root'

/**
 * tRPC over WebSocket on the same port as HTTP. Only upgrades on /trpc are ours; anything else
 * (Vite's HMR socket in dev) is left to its own handler.
 */
export function attachWebSocketServer(server: Server, services: AppServices) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 })
  const clientAddress = createClientAddress(services.env)

  server.on('upgrade', (req, socket, head) => {
    const url = req.url ?? ''
    if (!(url === '/trpc' || url.startsWith('/trpc?') || url.startsWith('/trpc/'))) return
    // a cross-site page must not ride the candidate's cookie into our socket
    if (!isAllowedOrigin(services.env, req.headers.origin, req.headers.host)) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n')
      socket.destroy()
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      coalesceWrites(ws, socket)
      wss.emit('connection', ws, req)
    })
  })

  const handler = applyWSSHandler({
    wss,
    router: appRouter,
    keepAlive: { enabled: true, pingMs: 25_000, pongWaitMs: 10_000 },
    maxBatchSize: MAX_WS_BATCH_SIZE,
    createContext: async ({ req, res: ws }) => {
      const connectionId = randomUUID()
      const ctx = await createContext(services, nodeContextRequest(req, 'ws', { requestId: connectionId, ip: clientAddress(req) }))
      if (ctx.viewer) {
        // logout closes this user's sockets (see auth router)
        const remove = services.socketRegistry.add(ctx.viewer.sessionId, () => ws.close(4401, 'session ended'))
        ws.once('close', remove)
      }
      ctx.log.debug({ connectionId, authenticated: Boolean(ctx.viewer) }, 'websocket connected')
      return ctx
    },
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') services.log.error({ err: error, path }, 'ws procedure failed')
    },
  })

  return {
    wss,
    /** tells every client to reconnect (to another instance) before we go away */
    broadcastReconnectNotification: handler.broadcastReconnectNotification,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate()
        wss.close(() => resolve())
      }),
  }
}
