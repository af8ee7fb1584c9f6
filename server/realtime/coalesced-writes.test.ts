import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import { coalesceWrites } from './coalesced-writes'

let server: Server | null = null
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null))
  server = null
})

/** A server socket (coalesced or not) that counts its flushes to the kernel once open, and a client that collects messages. */
async function pair(coalesce: boolean) {
  const wss = new WebSocketServer({ noServer: true })
  const flushes = { n: 0 }
  const opened = new Promise<WebSocket>((resolve) => {
    server = createServer()
    server.on('upgrade', (req, socket, head) =>
      wss.handleUpgrade(req, socket, head, (ws) => {
        if (coalesce) coalesceWrites(ws, socket)
        const s = socket as Socket & { _write: (...a: unknown[]) => void; _writev: (...a: unknown[]) => void }
        const write = s._write.bind(s)
        const writev = s._writev.bind(s)
        s._write = (...a) => (flushes.n++, write(...a))
        s._writev = (...a) => (flushes.n++, writev(...a))
        resolve(ws)
      }),
    )
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const client = new WebSocket(`ws://127.0.0.1:${(server!.address() as AddressInfo).port}`)
  const received: string[] = []
  client.on('message', (m) => received.push(String(m)))
  const ws = await opened
  await new Promise((resolve) => client.once('open', resolve))
  return { ws, client, received, flushes, close: () => (client.close(), wss.close()) }
}

describe('coalesceWrites', () => {
  it('messages sent in one turn of the event loop leave in one write, in order; a later one in its own', async () => {
    const { ws, received, flushes, close } = await pair(true)
    ws.send('a')
    await Promise.resolve()
    ws.send('b')
    queueMicrotask(() => ws.send('c'))
    await vi.waitFor(() => expect(received).toEqual(['a', 'b', 'c']))
    expect(flushes.n).toBe(1)
    ws.send('d')
    await vi.waitFor(() => expect(received).toEqual(['a', 'b', 'c', 'd']))
    expect(flushes.n).toBe(2)
    close()
  })

  it('a close right after sends still delivers them', async () => {
    const { ws, client, received, close } = await pair(true)
    const closed = new Promise((resolve) => client.once('close', resolve))
    ws.send('x')
    ws.send('y')
    ws.close(1000, 'bye')
    await closed
    expect(received).toEqual(['x', 'y'])
    close()
  })
})
