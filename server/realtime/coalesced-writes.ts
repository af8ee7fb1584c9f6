import type { Duplex } from 'node:stream'
import type { WebSocket } from 'ws'

/**
 * Messages a socket sends in one turn of the event loop leave in one write (one `writev`
 * syscall) instead of one each: the first send corks the TCP socket and the next check phase
 * (`setImmediate`, after every pending callback and promise of this turn) uncorks it. A chat turn's
 * stream sends its events (the user's message, the bot's outputs, the state) one by one, and each
 * write was a syscall — the largest single item in the server's profile (decision 024). Nothing is
 * held longer than the current turn of the loop; close and end still flush what is corked.
 */
export function coalesceWrites(ws: WebSocket, socket: Duplex): void {
  let corked = false
  const uncork = () => {
    corked = false
    socket.uncork()
  }
  const send = ws.send.bind(ws) as (...args: unknown[]) => void
  ws.send = ((...args: unknown[]) => {
    if (!corked && !socket.destroyed) {
      corked = true
      socket.cork()
      setImmediate(uncork)
    }
    send(...args)
  }) as WebSocket['send']
}
