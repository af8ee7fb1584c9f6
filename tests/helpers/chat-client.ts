import { randomUUID } from 'node:crypto'
import { createTRPCClient, createWSClient, httpBatchLink, splitLink, wsLink, type TRPCClient } from '@trpc/client'
import WebSocket from 'ws'
import type { AppRouter } from '../../server/trpc/root'
import type { BotOutput, QuestionView } from '../../server/chat/chat-machine'
import type { StoredEvent } from '../../server/chat/chat.repo'
import type { TurnResult } from '../../server/chat/chat.service'

/**
 * A scripted chat client for tests and benchmarks: the same links a browser uses (HTTP batch +
 * WebSocket), authenticated by the session cookie.
 */
export function connect(baseUrl: string, cookie: string, opts: { lazy?: boolean } = {}) {
  const ws = createWSClient({
    url: baseUrl.replace(/^http/, 'ws') + '/trpc',
    WebSocket: class extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie } })
      }
    } as unknown as typeof globalThis.WebSocket,
    keepAlive: { enabled: true, intervalMs: 10_000, pongTimeoutMs: 5000 },
    retryDelayMs: () => 100,
    lazy: opts.lazy ? { enabled: true, closeMs: 0 } : undefined,
  })
  const viaWs = createTRPCClient<AppRouter>({ links: [wsLink({ client: ws })] })
  const viaHttp = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${baseUrl}/trpc`, headers: { cookie } })] })
  const both = createTRPCClient<AppRouter>({
    links: [splitLink({ condition: (op) => op.type === 'subscription', true: wsLink({ client: ws }), false: httpBatchLink({ url: `${baseUrl}/trpc`, headers: { cookie } }) })],
  })
  return { ws, viaWs, viaHttp, both, close: () => ws.close() }
}
export type ChatClient = ReturnType<typeof connect>

export function newMessageId(): string {
  return randomUUID()
}

/** The last question the bot asked in a list of events, or null. */
export function lastQuestion(events: StoredEvent[]): QuestionView | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]
    if (e.type === 'bot_output' && (e.payload as BotOutput).type === 'question') return (e.payload as Extract<BotOutput, { type: 'question' }>).question
  }
  return null
}

export function hasOutput(events: StoredEvent[], type: BotOutput['type']): boolean {
  return events.some((e) => e.type === 'bot_output' && (e.payload as BotOutput).type === type)
}

export function botOutputs(events: StoredEvent[]): BotOutput[] {
  return events.filter((e) => e.type === 'bot_output').map((e) => e.payload as BotOutput)
}

/**
 * Collects a subscription's events (seq-ordered) until `until` says stop. `until` is asked on every
 * event and again every 25 ms once any arrived: a condition can become true after the last event arrived (a test
 * learns the final seq from a mutation's reply, which may come after the NOTIFY-driven event).
 */
export function collectEvents(
  client: TRPCClient<AppRouter>,
  input: { sessionId: string; lastEventId?: string | null },
  until: (events: StoredEvent[]) => boolean,
  timeoutMs = 10_000,
): Promise<StoredEvent[]> {
  return new Promise((resolve, reject) => {
    const got: StoredEvent[] = []
    const finish = () => {
      clearTimeout(timer)
      clearInterval(recheck)
      sub.unsubscribe()
    }
    const timer = setTimeout(() => {
      finish()
      reject(new Error(`timed out after ${got.length} events`))
    }, timeoutMs)
    const recheck = setInterval(() => {
      if (got.length > 0 && until(got)) {
        finish()
        resolve(got)
      }
    }, 25)
    const sub = client.chat.events.subscribe(input, {
      onData: (item) => {
        const data = 'data' in item ? item.data : item
        if (data.kind !== 'event') return
        got.push(data.event as StoredEvent)
        if (until(got)) {
          finish()
          resolve(got)
        }
      },
      onError: (error) => {
        finish()
        reject(error)
      },
    })
  })
}

export type { TurnResult }
