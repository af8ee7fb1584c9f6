/**
 * The developer API, end to end: sign up a candidate, fill the basic profile, and drive an AIVI
 * conversation to a saved resume with the same typed tRPC procedures the web app uses — queries
 * and mutations over HTTP, live events over WebSocket. Run against a started server:
 *
 *   API_URL=http://localhost:3000 npm run -s example:api
 */
import { createTRPCClient, createWSClient, httpBatchLink, splitLink, wsLink } from '@trpc/client'
import WebSocket from 'ws'
import type { BotOutput, QuestionView } from '../server/chat/chat-machine'
import { sampleAnswer } from '../tests/helpers/sample-answers'
import type { AppRouter } from '../server/trpc/root'

const baseUrl = process.env.API_URL ?? 'http://localhost:3000'
let cookie = ''

// 1. An HTTP client that keeps the session cookie the sign-up sets (a browser does this for you).
const http = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: `${baseUrl}/trpc`,
      headers: () => (cookie ? { cookie } : {}),
      fetch: async (url, init) => {
        const res = await fetch(url, init)
        const set = res.headers.get('set-cookie')
        if (set) cookie = set.split(';')[0]
        return res
      },
    }),
  ],
})

const mobile = `9${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`
await http.auth.candidateSignUp.mutate({ mobile, fullName: 'Api Example' })

// 2. Master data → the basic profile (required before the bot).
const categories = await http.masterData.categories.query()
const delivery = categories.find((c) => c.slug === 'delivery-logistics') ?? categories[0]
const roles = await http.masterData.rolesByCategory.query({ categoryId: delivery.id })
const [city] = await http.masterData.searchCities.query({ query: 'Pune', limit: 1 })
await http.candidate.saveBasicProfile.mutate({
  name: 'Api Example',
  currentCityId: city.id,
  pinCode: '411001',
  preferredCategoryId: delivery.id,
  preferredRoleId: roles[0].id,
  preferredCityIds: [city.id],
})

// 3. A client with both links: subscriptions over WebSocket (same cookie), the rest over HTTP.
const wsClient = createWSClient({
  url: baseUrl.replace(/^http/, 'ws') + '/trpc',
  WebSocket: class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } })
    }
  } as unknown as typeof globalThis.WebSocket,
  keepAlive: { enabled: true, intervalMs: 20_000, pongTimeoutMs: 5000 },
})
const api = createTRPCClient<AppRouter>({
  links: [splitLink({ condition: (op) => op.type === 'subscription', true: wsLink({ client: wsClient }), false: httpBatchLink({ url: `${baseUrl}/trpc`, headers: () => ({ cookie }) }) })],
})

const { sessionId } = await api.chat.start.mutate({})
const snapshot = await api.chat.get.query({ sessionId })

// 4. Listen live from the last event we hold, then answer each question the bot asks.
let currentQuestion: QuestionView | null = null
let sawPreview = false
let lastSeq = snapshot.session.lastSeq
let wake: () => void = () => {}
const sub = api.chat.events.subscribe(
  { sessionId, lastEventId: String(lastSeq) },
  {
    onData: (item) => {
      // tracked items arrive as { id, data }; the typing indicator is untracked
      const data = 'data' in item ? item.data : item
      if (data.kind !== 'event') return
      lastSeq = data.event.seq
      const out = data.event.payload as BotOutput
      if (data.event.type === 'bot_output' && out.type === 'question') currentQuestion = out.question
      if (data.event.type === 'bot_output' && out.type === 'preview') sawPreview = true
      if (data.event.type === 'state') wake()
    },
    onError: (error) => {
      console.error('subscription failed', error)
      process.exit(1)
    },
  },
)
const nextTurn = () => new Promise<void>((resolve) => (wake = resolve))

let pending = nextTurn()
await api.chat.send.mutate({ sessionId, clientMessageId: crypto.randomUUID(), event: { type: 'choose_method', method: 'bot' } })
await pending
let turns = 0
while (!sawPreview && turns++ < 60) {
  const q = currentQuestion as QuestionView | null
  if (!q) throw new Error('the bot asked nothing')
  pending = nextTurn()
  await api.chat.send.mutate({ sessionId, clientMessageId: crypto.randomUUID(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q) } })
  await pending
}
if (!sawPreview) throw new Error('no preview after 60 turns')
const saved = await api.chat.send.mutate({ sessionId, clientMessageId: crypto.randomUUID(), event: { type: 'confirm' } })
const resume = await api.resume.current.query()
sub.unsubscribe()
wsClient.close()

// 5. The PDF, through the authorised route.
const pdf = await fetch(`${baseUrl}/resume/download`, { headers: { cookie } })
const bytes = Buffer.from(await pdf.arrayBuffer())
if (pdf.status !== 200 || bytes.subarray(0, 5).toString() !== '%PDF-') throw new Error(`PDF download failed: ${pdf.status}`)

console.log(JSON.stringify({ ok: true, sessionId, turns, lastSeq, resumeVersion: resume?.version, savedAccepted: saved.accepted, pdfBytes: bytes.length }))
