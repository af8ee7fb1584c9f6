/**
 * Minimal reproduction of what `npm run chaos:chat` reports as duplicated events:
 *
 *   npx tsx scripts/chaos-chat/repro-resume-after-typing.ts
 *
 * chat.events yields tracked events (id = seq) and, in the same stream, untracked typing
 * indicators. The tRPC wsClient records `params.lastEventId = result.id` for EVERY data message,
 * so an untracked one (id undefined) wipes it. After a socket drop the client resubscribes with
 * only the input it was first called with: the server replays every event since then, and the
 * subscriber receives them all a second time. Prints the resubscribe frame and the repeats;
 * exit code 1 when repeats were delivered.
 */
import { createTRPCClient, createWSClient, httpLink, wsLink } from '@trpc/client'
import WebSocket from 'ws'
import { lastQuestion } from '../../tests/helpers/chat-client'
import { sampleAnswer } from '../../tests/helpers/sample-answers'
import type { AppRouter } from '../../server/trpc/root'
import { startCluster } from './cluster'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const cluster = await startCluster({ log: (m) => process.stderr.write(`${m}\n`) })
let repeats: number[] = []
try {
  const url = cluster.instances[0].url
  let cookie = ''
  const http = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${url}/trpc`,
        headers: () => (cookie ? { cookie } : {}),
        fetch: async (u, init) => {
          const res = await fetch(u, init as RequestInit)
          cookie = res.headers.get('set-cookie')?.split(';')[0] ?? cookie
          return res
        },
      }),
    ],
  })
  await http.auth.candidateSignUp.mutate({ mobile: '9812345678', fullName: 'Repro User' })
  const role = (await http.masterData.roles.query()).find((r) => r.slug === 'delivery-boy')!
  const [city] = await http.masterData.searchCities.query({ query: 'Pune', limit: 1 })
  await http.candidate.saveBasicProfile.mutate({ name: 'Repro User', currentCityId: city.id, pinCode: '411001', preferredCategoryId: role.categoryIds[0], preferredRoleId: role.id, preferredCityIds: [city.id] })
  const { sessionId } = await http.chat.start.mutate({})
  const snapshot = await http.chat.get.query({ sessionId })

  let socket: WebSocket | null = null
  const client = createWSClient({
    url: url.replace(/^http/, 'ws') + '/trpc',
    WebSocket: class extends WebSocket {
      constructor(u: string | URL, protocols?: string | string[]) {
        super(u, protocols, { headers: { cookie } })
        socket = this
        const send = this.send.bind(this)
        this.send = ((frame: string) => {
          if (String(frame).includes('"subscription"')) console.log(`client → server: ${String(frame)}`)
          return send(frame)
        }) as typeof this.send
      }
    } as unknown as typeof globalThis.WebSocket,
    retryDelayMs: () => 100,
  })
  const api = createTRPCClient<AppRouter>({ links: [wsLink({ client })] })
  const seen: number[] = []
  api.chat.events.subscribe(
    { sessionId, lastEventId: String(snapshot.session.lastSeq) },
    {
      onData: (item) => {
        const data = 'data' in item ? item.data : item
        if (data.kind === 'event') seen.push(data.event.seq)
        else console.log(`  (untracked typing indicator: on=${data.on})`)
      },
    },
  )
  let r = await api.chat.send.mutate({ sessionId, clientMessageId: crypto.randomUUID(), event: { type: 'choose_method', method: 'bot' } })
  for (let i = 0; i < 2; i++) {
    const q = lastQuestion(r.events)!
    r = await api.chat.send.mutate({ sessionId, clientMessageId: crypto.randomUUID(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q) } })
  }
  await sleep(300)
  console.log(`holding events ${seen[0]}..${seen[seen.length - 1]}; dropping the socket`)
  ;(socket as WebSocket | null)?.terminate()
  await sleep(1500)
  repeats = seen.filter((s, i) => seen.indexOf(s) !== i)
  console.log(repeats.length ? `delivered AGAIN after the reconnect: seq ${repeats.join(', ')}` : 'no event delivered twice')
  void client.close()
} finally {
  await cluster.close()
}
process.exit(repeats.length ? 1 : 0)
