/**
 * One scripted candidate of the chaos run: signs up, fills the basic profile, and drives an AIVI
 * conversation to a saved resume over a real WebSocket (tRPC wsLink: mutations and the
 * chat.events subscription), falling back to HTTP like the browser does, while the faults its
 * plan picked happen to it. It records everything it was acknowledged and everything it received,
 * for the checks in chaos-chat.ts.
 */
import { randomUUID } from 'node:crypto'
import { createTRPCClient, createWSClient, httpLink, TRPCClientError, wsLink, type TRPCClient } from '@trpc/client'
import WebSocket from 'ws'
import type { CandidateFacts } from '../../server/chat/chat-context'
import type { BotOutput, QuestionView } from '../../server/chat/chat-machine'
import type { StoredEvent } from '../../server/chat/chat.repo'
import type { TurnResult } from '../../server/chat/chat.service'
import { sampleAnswer } from '../../tests/helpers/sample-answers'
import type { AppRouter } from '../../server/trpc/root'
import { canonical } from './reference'

export type Rng = () => number

/** mulberry32: small, fast, reproducible */
export function createRng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Target = { url: string; up: () => boolean }

export type MasterData = {
  cityId: string
  roles: Array<{ slug: string; id: string; categoryId: string }>
}

export type Plan = {
  index: number
  roleSlug: string
  pick: number
  home: 0 | 1
  /** control conversation: no client-side faults (instance restarts may still hit it) */
  control: boolean
  dropP: number
  tripleP: number
  raceP: number
  reconnectP: number
  /** the turn after which the client moves to the other instance, or -1 */
  moveAtTurn: number
}

export function makePlan(index: number, rng: Rng, roleSlugs: string[]): Plan {
  const control = rng() < 0.1
  return {
    index,
    roleSlug: roleSlugs[Math.floor(rng() * roleSlugs.length)],
    pick: Math.floor(rng() * 4),
    home: rng() < 0.5 ? 0 : 1,
    control,
    dropP: control ? 0 : 0.12,
    tripleP: control ? 0 : 0.1,
    raceP: control ? 0 : 0.08,
    reconnectP: control ? 0 : 0.06,
    moveAtTurn: control || rng() < 0.5 ? -1 : 1 + Math.floor(rng() * 8),
  }
}

export type Ack = { clientMessageId: string; event: ClientEvent; result: Omit<TurnResult, 'events'> & { events: StoredEvent[] }; via: string }
type ClientEvent = Parameters<TRPCClient<AppRouter>['chat']['send']['mutate']>[0]['event']

export type Counters = {
  drops: number
  tripleSends: number
  concurrentAnswers: number
  reconnects: number
  moves: number
  duplicatedEvents: number
  /** of those: a run of repeats starting right after the lastEventId the subscription was first opened with */
  duplicatedEventsReplayedFromSubscribeStart: number
  eventMismatches: number
  outOfOrderEvents: number
  stallRecoveries: number
  unexplainedStalls: number
  subscriptionErrors: number
  sendRetries: number
  raceViolations: number
  tripleViolations: number
  turns: number
}

export function emptyCounters(): Counters {
  return {
    drops: 0,
    tripleSends: 0,
    concurrentAnswers: 0,
    reconnects: 0,
    moves: 0,
    duplicatedEvents: 0,
    duplicatedEventsReplayedFromSubscribeStart: 0,
    eventMismatches: 0,
    outOfOrderEvents: 0,
    stallRecoveries: 0,
    unexplainedStalls: 0,
    subscriptionErrors: 0,
    sendRetries: 0,
    raceViolations: 0,
    tripleViolations: 0,
    turns: 0,
  }
}

export type ConversationResult = {
  plan: Plan
  candidateId: string | null
  facts: CandidateFacts | null
  sessionId: string | null
  completed: boolean
  durationMs: number
  stuckReason: string | null
  held: Map<number, StoredEvent>
  acks: Ack[]
  counters: Counters
  retryCauses: Record<string, number>
  notes: string[]
}

export type Env = {
  targets: [Target, Target]
  master: MasterData
  /** ms timestamp of the last instance restart (stalls near one are explained) */
  lastRestartAt: () => number
  /** called once per turn the client takes (drives the restart schedule) */
  onTurn: () => void
  /** the candidate as the bot will see them (read from the database before the chat starts) */
  snapshotFacts: (candidateId: string) => Promise<CandidateFacts>
  log: (msg: string) => void
  deadlineMs: number
}

const oneLine = (error: unknown) => String((error as Error)?.message ?? error).replace(/\s+/g, ' ').slice(0, 300)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function errorCode(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const code = (error.data as { code?: string } | undefined)?.code
    if (code) return code
    return `network:${String(error.message).slice(0, 40)}`
  }
  const message = String((error as Error)?.message ?? error)
  return message === 'timeout' ? 'timeout' : `other:${message.slice(0, 40)}`
}

/** Worth retrying with the same client message id: the request may or may not have been processed. */
function retryable(code: string): boolean {
  return code.startsWith('network:') || code.startsWith('timeout') || ['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE', 'TIMEOUT', 'CLIENT_CLOSED_REQUEST', 'BAD_GATEWAY', 'GATEWAY_TIMEOUT'].includes(code)
}

/** A different valid answer to the same question (a second tab answering at the same moment), or null. */
function alternativeAnswer(q: QuestionView, scripted: unknown): unknown {
  if (q.mode === 'confirm' || q.canSkip) return null
  let alt: unknown = null
  switch (q.kind) {
    case 'single_select':
      alt = q.options && q.options.length > 1 ? q.options.find((o) => o.value !== scripted)?.value ?? null : null
      break
    case 'multi_select': {
      const pool = q.options?.map((o) => o.value) ?? q.suggestions ?? []
      const min = Math.max(q.validation?.minItems ?? 1, 1)
      alt = pool.length > min ? pool.slice(1, 1 + min) : null
      break
    }
    case 'date':
      alt = '20-01-1995'
      break
    case 'salary':
    case 'salary_range':
      alt = q.salaryUnit === 'lpa' ? '9 LPA' : '21000'
      break
    case 'city':
      alt = 'Mumbai'
      break
    case 'text':
      if (q.key === 'full_name') alt = 'Ravi Kumar Sharma'
      else if (q.key === 'experience_months' || q.key === 'trade_experience_months') alt = '3 years'
      else if (q.validation?.format === 'url') alt = 'github.com/ravi-k'
      else if (q.validation?.format === 'email') alt = 'ravi.k@example.com'
      else alt = 'Honest and reliable'
      break
    default:
      // yes/no and files can change the flow into questions the scripted answers cannot satisfy
      alt = null
  }
  return alt !== null && canonical(alt) !== canonical(scripted) ? alt : null
}

type Live = {
  gen: number
  target: number
  close: () => void
  api: TRPCClient<AppRouter>
  /** abruptly kills the current socket (no close handshake), like a phone losing signal */
  drop: () => boolean
}

export class Conversation {
  readonly counters = emptyCounters()
  readonly retryCauses: Record<string, number> = {}
  readonly held = new Map<number, StoredEvent>()
  readonly acks: Ack[] = []
  readonly notes: string[] = []
  private maxContig = 0
  private waiters: Array<{ seq: number; resolve: () => void }> = []
  private cookie = ''
  private live: Live | null = null
  private gen = 0
  private lastDisturbance = 0
  /** the lastEventId the current subscription was opened with, and whether a repeat run started there */
  private subscribedFrom = 0
  private replayingFromStart = false
  private finished = false
  private readonly http: [TRPCClient<AppRouter>, TRPCClient<AppRouter>]
  private sessionId: string | null = null
  private candidateId: string | null = null
  private facts: CandidateFacts | null = null
  private readonly deadline: number
  private readonly rng: Rng
  private readonly ip: string

  constructor(
    private readonly env: Env,
    readonly plan: Plan,
    rng: Rng,
  ) {
    this.rng = rng
    this.deadline = Date.now() + env.deadlineMs
    const i = plan.index + 1
    // the script stands in for the load balancer in front of the instances (trust proxy = 1):
    // each simulated candidate comes from their own address, as real ones do
    this.ip = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`
    const makeHttp = (t: Target) =>
      createTRPCClient<AppRouter>({
        links: [
          httpLink({
            url: `${t.url}/trpc`,
            headers: () => ({ ...(this.cookie ? { cookie: this.cookie } : {}), 'x-forwarded-for': this.ip }),
            fetch: async (url, init) => {
              const res = await fetch(url, init as RequestInit)
              const set = res.headers.get('set-cookie')
              if (set) this.cookie = set.split(';')[0]
              return res
            },
          }),
        ],
      })
    this.http = [makeHttp(env.targets[0]), makeHttp(env.targets[1])]
  }

  private bump(cause: string) {
    this.retryCauses[cause] = (this.retryCauses[cause] ?? 0) + 1
  }

  private timeLeft() {
    return this.deadline - Date.now()
  }

  /** An HTTP call that fails over between the instances until it gets an answer. */
  private async httpCall<T>(what: string, prefer: 0 | 1, fn: (c: TRPCClient<AppRouter>) => Promise<T>, onAppError?: (code: string) => Promise<T> | null): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const idx = ((prefer + attempt) % 2) as 0 | 1
      try {
        return await withTimeout(fn(this.http[idx]), 10_000)
      } catch (error) {
        const code = errorCode(error)
        if (!retryable(code)) {
          const handled = onAppError?.(code)
          if (handled) return handled
          throw new Error(`${what}: ${code} ${oneLine(error)}`)
        }
        this.bump(`${what}:${code}`)
        if (this.timeLeft() < 0) throw new Error(`${what}: gave up after ${attempt + 1} attempts (${code})`)
        await sleep(Math.min(100 * 2 ** Math.min(attempt, 4), 1000))
      }
    }
  }

  // ── receiving ────────────────────────────────────────────────────────────

  private deliver(event: StoredEvent) {
    const had = this.held.get(event.seq)
    if (had) {
      this.counters.duplicatedEvents++
      if (event.seq === this.subscribedFrom + 1) this.replayingFromStart = true
      if (this.replayingFromStart) this.counters.duplicatedEventsReplayedFromSubscribeStart++
      if (this.counters.duplicatedEvents <= 3) this.notes.push(`event seq ${event.seq} delivered again (holding up to ${this.maxContig}, gen ${this.gen}, ${Date.now() - this.lastDisturbance} ms after the last socket disturbance)`)
      if (canonical({ ...had, createdAt: 0 }) !== canonical({ ...event, createdAt: 0 })) this.counters.eventMismatches++
      return
    }
    this.replayingFromStart = false
    if (event.seq !== this.maxContig + 1) this.counters.outOfOrderEvents++
    this.held.set(event.seq, event)
    while (this.held.has(this.maxContig + 1)) this.maxContig++
    this.waiters = this.waiters.filter((w) => {
      if (this.maxContig < w.seq) return true
      w.resolve()
      return false
    })
  }

  private waitSeq(seq: number, timeoutMs: number): Promise<boolean> {
    if (this.maxContig >= seq) return Promise.resolve(true)
    return new Promise((resolve) => {
      const w = { seq, resolve: () => (clearTimeout(timer), resolve(true)) }
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((x) => x !== w)
        resolve(false)
      }, timeoutMs)
      this.waiters.push(w)
    })
  }

  /** Waits until every event up to `seq` arrived; a stalled stream is resubscribed from the last contiguous seq. */
  private async catchUp(seq: number) {
    for (;;) {
      if (await this.waitSeq(seq, 6000)) return
      if (this.timeLeft() < 0) throw new Error(`stuck waiting for seq ${seq} (have ${this.maxContig})`)
      this.counters.stallRecoveries++
      const explained = Date.now() - Math.max(this.lastDisturbance, this.env.lastRestartAt()) < 15_000
      if (!explained) {
        this.counters.unexplainedStalls++
        this.notes.push(`unexplained stall waiting for seq ${seq} (have ${this.maxContig}) on ${this.live ? 'ABCD'[this.live.target] : '-'}`)
      }
      this.openLive(this.live ? this.live.target : this.plan.home)
    }
  }

  /** A WebSocket client (tRPC wsLink) and a chat.events subscription from the last contiguous seq. */
  private openLive(prefer: number) {
    // a new generation first: the old stream's completion is then not taken for a server-side end
    const gen = ++this.gen
    this.live?.close()
    const cookie = this.cookie
    const targets = this.env.targets
    const state = { target: prefer, opened: true, current: null as WebSocket | null }
    const self = this
    const client = createWSClient({
      // a connection attempt that never opened moves the next one to the other instance
      url: () => {
        if (!state.opened) state.target = 1 - state.target
        state.opened = false
        return targets[state.target].url.replace(/^http/, 'ws') + '/trpc'
      },
      WebSocket: class extends WebSocket {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(url, protocols, { headers: { cookie } })
          this.once('open', () => {
            state.opened = true
            state.current = this
          })
        }
      } as unknown as typeof globalThis.WebSocket,
      onClose: () => {
        if (gen === self.gen) self.lastDisturbance = Date.now()
      },
      keepAlive: { enabled: true, intervalMs: 5000, pongTimeoutMs: 3000 },
      retryDelayMs: (attempt) => Math.min(50 * 2 ** attempt, 1000) + Math.floor(Math.random() * 100),
    })
    const api = createTRPCClient<AppRouter>({ links: [wsLink({ client })] })
    const sessionId = this.sessionId!
    this.subscribedFrom = this.maxContig
    this.replayingFromStart = false
    const sub = api.chat.events.subscribe(
      { sessionId, lastEventId: String(this.maxContig) },
      {
        onData: (item) => {
          if (gen !== this.gen) return
          const data = 'data' in item ? item.data : item
          if (data.kind !== 'event') return
          this.deliver(data.event as StoredEvent)
        },
        onError: (error) => {
          if (gen !== this.gen || this.finished) return
          this.counters.subscriptionErrors++
          this.bump(`subscription:${errorCode(error)}`)
          this.lastDisturbance = Date.now()
          // the stream ended with an error: subscribe again from what we hold
          setTimeout(() => gen === this.gen && !this.finished && this.openLive(state.target), 200)
        },
        onComplete: () => {
          if (gen !== this.gen || this.finished) return
          this.bump('subscription:completed')
          setTimeout(() => gen === this.gen && !this.finished && this.openLive(state.target), 200)
        },
      },
    )
    this.live = {
      gen,
      get target() {
        return state.target
      },
      api,
      close: () => {
        sub.unsubscribe()
        void client.close()
      },
      drop: () => {
        const ws = state.current
        if (!ws || ws.readyState !== WebSocket.OPEN) return false
        ws.terminate()
        return true
      },
    }
  }

  // ── sending ──────────────────────────────────────────────────────────────

  /** One turn, retried with the same client message id until some instance answers it. */
  private async send(event: ClientEvent, opts: { id?: string; expectedVersion: number; via: 'ws' | 'home' | 'other' }): Promise<Ack> {
    const clientMessageId = opts.id ?? randomUUID()
    const order = opts.via === 'ws' ? ['ws', 'home', 'other'] : opts.via === 'home' ? ['home', 'ws', 'other'] : ['other', 'ws', 'home']
    for (let attempt = 0; ; attempt++) {
      const via = order[attempt % order.length]
      const input = { sessionId: this.sessionId!, clientMessageId, expectedVersion: opts.expectedVersion, event }
      try {
        const controller = new AbortController()
        const call =
          via === 'ws'
            ? this.live!.api.chat.send.mutate(input, { signal: controller.signal })
            : this.http[via === 'home' ? this.plan.home : ((1 - this.plan.home) as 0 | 1)].chat.send.mutate(input, { signal: controller.signal })
        const result = (await withTimeout(call, 8000, () => controller.abort())) as Ack['result']
        const ack: Ack = { clientMessageId, event, result, via }
        this.acks.push(ack)
        return ack
      } catch (error) {
        const code = errorCode(error)
        if (!retryable(code)) throw new Error(`send ${event.type}: ${code} ${oneLine(error)}`)
        this.counters.sendRetries++
        this.bump(`send:${code}`)
        if (this.timeLeft() < 0) throw new Error(`send ${event.type}: gave up after ${attempt + 1} attempts (${code})`)
        await sleep(50 + Math.floor(this.rng() * 150))
      }
    }
  }

  // ── the conversation ─────────────────────────────────────────────────────

  /** The last `state` event we hold, and the question it points at. */
  private current(): { version: number; step: string; status: string; question: QuestionView | null } {
    let stateEvent: StoredEvent | undefined
    for (let s = this.maxContig; s >= 1; s--) {
      const e = this.held.get(s)!
      if (e.type === 'state') {
        stateEvent = e
        break
      }
    }
    if (!stateEvent) throw new Error('no state event received')
    const p = stateEvent.payload as { version: number; step: string; currentQuestionKey: string | null; status: string }
    let question: QuestionView | null = null
    if (p.step === 'asking' && p.currentQuestionKey) {
      for (let s = stateEvent.seq; s >= 1; s--) {
        const e = this.held.get(s)!
        const o = e.payload as BotOutput
        if (e.type === 'bot_output' && o.type === 'question' && o.question.key === p.currentQuestionKey) {
          question = o.question
          break
        }
      }
    }
    return { version: p.version, step: p.step, status: p.status, question }
  }

  async run(): Promise<ConversationResult> {
    const t0 = Date.now()
    let stuckReason: string | null = null
    let completed = false
    try {
      await this.setUp()
      completed = await this.converse()
      if (!completed) stuckReason = 'did not finish'
    } catch (error) {
      stuckReason = (error as Error).message
    } finally {
      this.finished = true
      this.live?.close()
    }
    return {
      plan: this.plan,
      candidateId: this.candidateId,
      facts: this.facts,
      sessionId: this.sessionId,
      completed,
      durationMs: Date.now() - t0,
      stuckReason,
      held: this.held,
      acks: this.acks,
      counters: this.counters,
      retryCauses: this.retryCauses,
      notes: this.notes,
    }
  }

  private async setUp() {
    const { master } = this.env
    const home = this.plan.home
    const mobile = `9${String(800_000_000 + this.plan.index).padStart(9, '0')}`
    // names are letters only: the index spelt in base 26
    let n = this.plan.index
    let tag = ''
    do {
      tag = String.fromCharCode(97 + (n % 26)) + tag
      n = Math.floor(n / 26)
    } while (n > 0)
    const fullName = `Chaos Candidate ${tag.charAt(0).toUpperCase()}${tag.slice(1)}`
    const signedUp = await this.httpCall(
      'signup',
      home,
      (c) => c.auth.candidateSignUp.mutate({ mobile, fullName }),
      // a sign-up that committed before its response was lost: log in instead
      (code) => (code === 'CONFLICT' ? this.httpCall('login', home, (c) => c.auth.candidateLogin.mutate({ mobile })) : null),
    )
    this.candidateId = signedUp.candidateId
    const role = master.roles.find((r) => r.slug === this.plan.roleSlug)!
    await this.httpCall('profile', home, (c) =>
      c.candidate.saveBasicProfile.mutate({
        name: fullName,
        currentCityId: master.cityId,
        pinCode: '411001',
        preferredCategoryId: role.categoryId,
        preferredRoleId: role.id,
        preferredCityIds: [master.cityId],
      }),
    )
    this.facts = await this.env.snapshotFacts(this.candidateId)
    const { sessionId } = await this.httpCall('start', home, (c) => c.chat.start.mutate({}))
    this.sessionId = sessionId
    const snap = await this.httpCall('get', home, (c) => c.chat.get.query({ sessionId }))
    for (const e of snap.events as StoredEvent[]) this.deliver(e)
    this.openLive(home)
  }

  private async converse(): Promise<boolean> {
    const p = this.plan
    let movedAfter = -1
    for (let turn = 0; turn < 80; turn++) {
      if (this.timeLeft() < 0) return false
      const now = this.current()
      if (now.status === 'completed' || now.step === 'done') return true

      let event: ClientEvent
      if (now.step === 'choose_method') event = { type: 'choose_method', method: 'bot' }
      else if (now.step === 'preview') event = { type: 'confirm' }
      else if (now.step === 'asking' && now.question) event = { type: 'answer', questionKey: now.question.key, value: sampleAnswer(now.question, { pick: p.pick + turn }) }
      else throw new Error(`unexpected step ${now.step}`)
      this.counters.turns++
      this.env.onTurn()

      const r = this.rng
      const roll = r()
      const alt = event.type === 'answer' && now.question ? alternativeAnswer(now.question, event.value) : null
      let target: number
      if (roll < p.raceP && event.type === 'answer' && alt !== null) {
        // two tabs answer the same question differently at the same moment
        this.counters.concurrentAnswers++
        const [a, b] = await Promise.all([
          this.send(event, { expectedVersion: now.version, via: 'ws' }),
          this.send({ ...event, value: alt }, { expectedVersion: now.version, via: 'other' }),
        ])
        if ([a, b].filter((x) => !x.result.stale).length !== 1) {
          this.counters.raceViolations++
          this.notes.push(`race: ${[a, b].filter((x) => !x.result.stale).length} of 2 concurrent answers applied`)
        }
        target = Math.max(a.result.lastSeq, b.result.lastSeq)
      } else if (roll < p.raceP + p.tripleP) {
        // a triple tap / retry storm: one client id over the socket and over HTTP on both instances
        this.counters.tripleSends++
        const id = randomUUID()
        const acks = await Promise.all([
          this.send(event, { id, expectedVersion: now.version, via: 'ws' }),
          this.send(event, { id, expectedVersion: now.version, via: 'home' }),
          this.send(event, { id, expectedVersion: now.version, via: 'other' }),
        ])
        const originals = acks.filter((a) => !a.result.duplicate && !a.result.stale).length
        const shapes = new Set(acks.map((a) => canonical({ f: a.result.firstSeq, l: a.result.lastSeq, v: a.result.version, ok: a.result.accepted, st: a.result.stale })))
        if (originals > 1 || shapes.size > 1) {
          this.counters.tripleViolations++
          this.notes.push(`triple send: ${originals} original results, ${shapes.size} distinct results`)
        }
        target = Math.max(...acks.map((a) => a.result.lastSeq))
      } else {
        const dropRoll = r()
        const drop = dropRoll < p.dropP ? (['before', 'during', 'after'] as const)[Math.floor(r() * 3)] : null
        const dropNow = () => {
          if (this.live?.drop()) {
            this.counters.drops++
            this.lastDisturbance = Date.now()
          }
        }
        if (drop === 'before') dropNow()
        const sending = this.send(event, { expectedVersion: now.version, via: 'ws' })
        if (drop === 'during') setTimeout(dropNow, Math.floor(r() * 20))
        const ack = await sending
        if (drop === 'after') dropNow()
        target = ack.result.lastSeq
      }

      if (p.moveAtTurn === turn && movedAfter < 0) {
        // the candidate continues on the other instance (another device, or the load balancer moved them)
        this.counters.moves++
        movedAfter = turn
        this.lastDisturbance = Date.now()
        this.openLive(1 - (this.live?.target ?? p.home))
      } else if (r() < p.reconnectP) {
        // a page reload: a new socket resubscribes from the last event it holds
        this.counters.reconnects++
        this.lastDisturbance = Date.now()
        this.openLive(this.live?.target ?? p.home)
      }
      await this.catchUp(target)
    }
    return this.current().status === 'completed'
  }
}

async function withTimeout<T>(p: Promise<T>, ms: number, onTimeout?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          onTimeout?.()
          reject(new Error('timeout'))
        }, ms)
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}
