import { TRPCClientError } from '@trpc/client'
import { useCallback, useEffect, useMemo, useReducer, useRef, useSyncExternalStore } from 'react'
import {
  asBotOutput,
  buildChatView,
  clientMessageIdsIn,
  latestState,
  mergeEvents,
  type BotOutput,
  type ChatBot,
  type ChatEvent,
  type ChatSnapshot,
  type ChatView,
  type ClientChatEvent,
  type SessionState,
  type TurnResult,
} from '~/components/chat/transcript'
import { getBrowserTrpc, type ConnectionSnapshot } from './trpc-client'

/**
 * One conversation in the browser, with either bot (`bot` names its router: `chat` for the
 * resume bot, `jobBot` for the job-posting bot — the same procedures): the transcript from `get`,
 * then live events from the `events` subscription after the last seq held (the wsLink
 * resubscribes with the last tracked id after a reconnect, so only missed events come back),
 * merged by seq so a repeat is harmless. Turns carry a client message id: a retry (WS dropped →
 * HTTP) reuses it and the server answers it once.
 */

export type PendingTurn = {
  clientMessageId: string
  event: ClientChatEvent
  /** what the candidate's bubble says until the server's own copy arrives */
  label: string
  expectedVersion: number | undefined
  /** waiting: the device is offline; it goes, with the same client message id, when the network is back */
  status: 'sending' | 'waiting' | 'failed'
  error: string | null
  /** false: the server refused it for good (e.g. the chat is finished); retrying cannot help */
  retryable: boolean
}

type State = {
  sessionId: string | null
  phase: 'idle' | 'loading' | 'ready' | 'error'
  loadError: string | null
  session: ChatSnapshot['session'] | null
  prompt: BotOutput[]
  /** the last seq `prompt` was computed after; newer events supersede it */
  promptSeq: number
  events: ChatEvent[]
  pending: PendingTurn[]
  typing: boolean
  notice: string | null
  /** the last refresh failed (offline); cleared by the next one that works */
  syncError: string | null
}

type Action =
  | { type: 'reset'; sessionId: string | null; initial: ChatSnapshot | null }
  | { type: 'loaded'; snapshot: ChatSnapshot }
  | { type: 'load_failed'; message: string }
  | { type: 'events'; events: readonly ChatEvent[] }
  | { type: 'pending_add'; turn: PendingTurn }
  | { type: 'pending_update'; clientMessageId: string; patch: Partial<PendingTurn> }
  | { type: 'pending_remove'; clientMessageId: string }
  | { type: 'typing'; on: boolean }
  | { type: 'notice'; message: string | null }

function promptOf(snapshot: ChatSnapshot | null): BotOutput[] {
  const out: BotOutput[] = []
  for (const o of snapshot?.prompt ?? []) {
    const parsed = asBotOutput(o)
    if (parsed) out.push(parsed)
  }
  return out
}

function initialState(sessionId: string | null, initial: ChatSnapshot | null): State {
  const usable = initial && sessionId && initial.session.id === sessionId ? initial : null
  return {
    sessionId,
    phase: !sessionId ? 'idle' : usable ? 'ready' : 'loading',
    loadError: null,
    session: usable?.session ?? null,
    prompt: promptOf(usable),
    promptSeq: usable?.session.lastSeq ?? 0,
    events: usable ? mergeEvents([], usable.events) : [],
    pending: [],
    typing: false,
    notice: null,
    syncError: null,
  }
}

/** Drops optimistic bubbles whose turn the server has now recorded. */
function settlePending(pending: PendingTurn[], events: readonly ChatEvent[]): PendingTurn[] {
  if (pending.length === 0) return pending
  const seen = clientMessageIdsIn(events)
  const left = pending.filter((p) => !seen.has(p.clientMessageId))
  return left.length === pending.length ? pending : left
}

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'reset':
      return initialState(action.sessionId, action.initial)
    case 'loaded': {
      if (action.snapshot.session.id !== state.sessionId) return state
      const events = mergeEvents(state.events, action.snapshot.events)
      return { ...state, phase: 'ready', loadError: null, syncError: null, session: action.snapshot.session, prompt: promptOf(action.snapshot), promptSeq: action.snapshot.session.lastSeq, events, pending: settlePending(state.pending, events) }
    }
    case 'load_failed':
      return state.phase === 'ready' ? { ...state, syncError: action.message } : { ...state, phase: 'error', loadError: action.message }
    case 'events': {
      const events = mergeEvents(state.events, action.events)
      if (events === state.events) return state
      // a finished turn ends the typing indicator even if its "off" signal was missed
      const typing = action.events.some((e) => e.type === 'state') ? false : state.typing
      return { ...state, events, typing, pending: settlePending(state.pending, events) }
    }
    case 'pending_add':
      return { ...state, notice: null, pending: [...state.pending, action.turn] }
    case 'pending_update':
      return { ...state, pending: state.pending.map((p) => (p.clientMessageId === action.clientMessageId ? { ...p, ...action.patch } : p)) }
    case 'pending_remove':
      return { ...state, pending: state.pending.filter((p) => p.clientMessageId !== action.clientMessageId) }
    case 'typing':
      return state.typing === action.on ? state : { ...state, typing: action.on }
    case 'notice':
      return { ...state, notice: action.message }
  }
}

/** Network trouble (socket closed, fetch failed) as opposed to an answer from the server. */
export function isTransportError(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return true
  const data: unknown = error.data
  return !(typeof data === 'object' && data !== null && 'code' in data)
}

function errorCode(error: unknown): string | null {
  if (!(error instanceof TRPCClientError)) return null
  const data: unknown = error.data
  return typeof data === 'object' && data !== null && 'code' in data && typeof data.code === 'string' ? data.code : null
}

function messageOf(error: unknown): string {
  if (isTransportError(error)) return 'No connection — your message was not sent yet.'
  return error instanceof Error && error.message ? error.message : 'Something went wrong. Please try again.'
}

/**
 * Sends over the socket; if it has not answered within `fallbackAfterMs` (a half-dead connection
 * waiting for its pong timeout) or it drops, the same turn also goes over HTTP. Safe because the
 * server answers a client message id once; whichever reply comes first wins.
 */
export function sendWithFallback<T>(viaSocket: () => Promise<T>, viaHttp: () => Promise<T>, socketOpen: boolean, fallbackAfterMs = 6000): Promise<T> {
  if (!socketOpen) return viaHttp()
  return new Promise<T>((resolve, reject) => {
    let settled = false
    let httpStarted = false
    let failures = 0
    const attempts = () => (httpStarted ? 2 : 1)
    const win = (value: T) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(value)
    }
    const lose = (error: unknown) => {
      failures++
      if (settled) return
      if (failures >= attempts() && (httpStarted || !isTransportError(error))) {
        settled = true
        clearTimeout(timer)
        reject(error)
      } else if (!httpStarted) startHttp()
    }
    const startHttp = () => {
      if (httpStarted) return
      httpStarted = true
      viaHttp().then(win, lose)
    }
    const timer = setTimeout(startHttp, fallbackAfterMs)
    viaSocket().then(win, lose)
  })
}

const SERVER_CONNECTION: ConnectionSnapshot = { status: 'connecting', failures: 0, everOpened: false }
const noopSubscribe = () => () => {}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener)
  window.addEventListener('offline', listener)
  return () => {
    window.removeEventListener('online', listener)
    window.removeEventListener('offline', listener)
  }
}

/**
 * Whether the device has a network at all (`navigator.onLine`; SSR: yes). NOTE: "online" can be
 * wrong in the hopeful direction (a network without internet) but "offline" is reliable: no
 * interface is up, so nothing can be sent, over the socket or HTTP.
 */
export function useOnline(): boolean {
  return useSyncExternalStore(
    typeof window === 'undefined' ? noopSubscribe : subscribeOnline,
    () => navigator.onLine,
    () => true,
  )
}

/** The WebSocket's state for the connection indicator (SSR: "connecting"). */
export function useConnection(): ConnectionSnapshot {
  return useSyncExternalStore(
    typeof window === 'undefined' ? noopSubscribe : (l) => getBrowserTrpc().connection.subscribe(l),
    () => getBrowserTrpc().connection.get(),
    () => SERVER_CONNECTION,
  )
}

export function newClientMessageId(): string {
  // NOTE: randomUUID needs a secure context (https or localhost); phones on a LAN IP over http get the fallback
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

export type UseChat = {
  phase: State['phase']
  loadError: string | null
  session: State['session']
  view: ChatView
  /** the prompt waiting for an answer (from the transcript, or `chat.get`'s when the transcript has none) */
  live: BotOutput | null
  state: SessionState | null
  pending: PendingTurn[]
  /** a turn is on its way: inputs wait for it so two answers never race for one question */
  busy: boolean
  typing: boolean
  notice: string | null
  connection: ConnectionSnapshot
  /** the device has a network (answers sent while it has none wait and go when it is back) */
  online: boolean
  send: (event: ClientChatEvent, label: string) => void
  retry: (clientMessageId: string) => void
  dismiss: (clientMessageId: string) => void
  refresh: () => Promise<void>
  /** work the server does outside a turn (PDF extraction) will report back: poll when the socket is down */
  expectServerEvents: () => void
}

export function useChat(sessionId: string | null, opts: { initial?: ChatSnapshot | null; live?: boolean; bot?: ChatBot } = {}): UseChat {
  const liveUpdates = opts.live ?? true
  const bot: ChatBot = opts.bot ?? 'chat'
  const [state, dispatch] = useReducer(reducer, null, () => initialState(sessionId, opts.initial ?? null))
  const stateRef = useRef(state)
  stateRef.current = state
  const connection = useConnection()
  const online = useOnline()

  // a different conversation: start over (the initial snapshot only fits the one it was loaded for)
  const initialRef = useRef(opts.initial ?? null)
  initialRef.current = opts.initial ?? null
  useEffect(() => {
    if (stateRef.current.sessionId !== sessionId) dispatch({ type: 'reset', sessionId, initial: initialRef.current })
  }, [sessionId])

  const refresh = useCallback(async () => {
    const id = stateRef.current.sessionId
    if (!id) return
    try {
      const snapshot = await getBrowserTrpc().http[bot].get.query({ sessionId: id })
      dispatch({ type: 'loaded', snapshot })
    } catch (error) {
      const message = isTransportError(error) ? 'Can’t reach AIVIUE right now — your answers are saved. Retrying…' : messageOf(error)
      dispatch({ type: 'load_failed', message })
    }
  }, [bot])

  useEffect(() => {
    if (state.phase === 'loading' && state.sessionId === sessionId) void refresh()
  }, [state.phase, state.sessionId, sessionId, refresh])

  // live events after the last seq we hold; resubscribes (after the last seq) if the server ends it
  const ready = state.phase === 'ready' && state.sessionId === sessionId
  const subscribeStatus = state.session?.status
  useEffect(() => {
    if (!ready || !sessionId || !liveUpdates || subscribeStatus !== 'active') return
    let stopped = false
    let retryTimer: ReturnType<typeof setTimeout> | undefined
    let sub: { unsubscribe: () => void } | null = null
    let typingTimer: ReturnType<typeof setTimeout> | undefined
    const start = () => {
      const events = stateRef.current.events
      const lastSeq = events.length > 0 ? events[events.length - 1]!.seq : 0
      sub = getBrowserTrpc().client[bot].events.subscribe(
        { sessionId, lastEventId: lastSeq > 0 ? String(lastSeq) : null },
        {
          onData: (item) => {
            const data = 'data' in item ? item.data : item
            if (data.kind === 'event') dispatch({ type: 'events', events: [data.event] })
            else {
              dispatch({ type: 'typing', on: data.on })
              clearTimeout(typingTimer)
              // a lost or overtaken "off" must not leave the dots running; a turn takes well under this
              if (data.on) typingTimer = setTimeout(() => dispatch({ type: 'typing', on: false }), 6000)
            }
          },
          onError: (error) => {
            if (stopped) return
            const code = errorCode(error)
            if (code === 'UNAUTHORIZED') {
              dispatch({ type: 'notice', message: 'Your login has ended — please log in again to continue.' })
              return
            }
            if (code === 'NOT_FOUND' || code === 'FORBIDDEN') return
            retryTimer = setTimeout(start, 2000)
          },
        },
      )
    }
    start()
    return () => {
      stopped = true
      clearTimeout(retryTimer)
      clearTimeout(typingTimer)
      sub?.unsubscribe()
    }
  }, [ready, sessionId, liveUpdates, subscribeStatus, bot])

  // socket down: events from other devices (or from extraction) still arrive, by polling
  const pollUntil = useRef(0)
  const socketDown = connection.status !== 'open'
  useEffect(() => {
    if (!ready || !liveUpdates || subscribeStatus !== 'active' || !socketDown) return
    let lastPoll = Date.now()
    const timer = setInterval(() => {
      if (document.visibilityState !== 'visible') return
      // quick polls while extraction is expected to report, slow ones otherwise
      const every = Date.now() < pollUntil.current ? 3000 : 15_000
      if (Date.now() - lastPoll < every) return
      lastPoll = Date.now()
      void refresh()
    }, 1000)
    return () => clearInterval(timer)
  }, [ready, liveUpdates, subscribeStatus, socketDown, refresh])

  const expectServerEvents = useCallback(() => {
    pollUntil.current = Date.now() + 90_000
  }, [])

  const deliver = useCallback(
    async (turn: PendingTurn) => {
      const id = stateRef.current.sessionId
      if (!id) return
      const trpc = getBrowserTrpc()
      const input = { sessionId: id, clientMessageId: turn.clientMessageId, expectedVersion: turn.expectedVersion, event: turn.event }
      try {
        const result: TurnResult = await sendWithFallback(
          () => trpc.client[bot].send.mutate(input),
          () => trpc.http[bot].send.mutate(input),
          trpc.connection.isOpen(),
        )
        dispatch({ type: 'events', events: result.events })
        dispatch({ type: 'pending_remove', clientMessageId: turn.clientMessageId })
        if (result.stale) {
          // never applied to the next question: show where the conversation really is
          dispatch({ type: 'notice', message: 'That was already answered — here is where we are now.' })
          await refresh()
        }
      } catch (error) {
        const code = errorCode(error)
        // the network went away while it was on its way: it waits and goes (same id, answered once) when back
        if (isTransportError(error) && typeof navigator !== 'undefined' && !navigator.onLine) {
          dispatch({ type: 'pending_update', clientMessageId: turn.clientMessageId, patch: { status: 'waiting', error: null } })
          return
        }
        const retryable = isTransportError(error) || code === 'INTERNAL_SERVER_ERROR' || code === 'TOO_MANY_REQUESTS'
        dispatch({ type: 'pending_update', clientMessageId: turn.clientMessageId, patch: { status: 'failed', error: messageOf(error), retryable } })
        if (code === 'CONFLICT') await refresh()
      }
    },
    [refresh, bot],
  )

  const currentVersion = useCallback((): number | undefined => {
    const s = stateRef.current
    return latestState(s.events)?.version ?? s.session?.version
  }, [])

  const send = useCallback(
    (event: ClientChatEvent, label: string) => {
      const turn: PendingTurn = {
        clientMessageId: newClientMessageId(),
        event,
        label,
        expectedVersion: currentVersion(),
        status: navigator.onLine ? 'sending' : 'waiting',
        error: null,
        retryable: true,
      }
      dispatch({ type: 'pending_add', turn })
      if (turn.status === 'sending') void deliver(turn)
    },
    [deliver, currentVersion],
  )

  // back online: the answers that waited go now, in order, each once (the server answers a repeated id once anyway)
  useEffect(() => {
    if (!online) return
    const waiting = stateRef.current.pending.filter((p) => p.status === 'waiting')
    for (const turn of waiting) {
      dispatch({ type: 'pending_update', clientMessageId: turn.clientMessageId, patch: { status: 'sending' } })
      void deliver({ ...turn, status: 'sending' })
    }
    if (waiting.length === 0 && stateRef.current.syncError) void refresh()
  }, [online, deliver, refresh])

  const retry = useCallback(
    (clientMessageId: string) => {
      const turn = stateRef.current.pending.find((p) => p.clientMessageId === clientMessageId)
      if (!turn) return
      // same id and expected version: if the first attempt did land, the server returns its result
      const again: PendingTurn = { ...turn, status: 'sending', error: null }
      dispatch({ type: 'pending_update', clientMessageId, patch: { status: 'sending', error: null } })
      void deliver(again)
    },
    [deliver],
  )

  const dismiss = useCallback((clientMessageId: string) => dispatch({ type: 'pending_remove', clientMessageId }), [])

  const sessionState = useMemo<SessionState | null>(
    () => (state.session ? { version: state.session.version, step: 'unknown', currentQuestionKey: null, status: state.session.status } : null),
    [state.session],
  )
  const view = useMemo(() => buildChatView(state.events, sessionState), [state.events, sessionState])
  const promptLive = view.lastSeq > state.promptSeq ? null : state.prompt.find((o) => o.type === 'question' || o.type === 'quick_replies' || o.type === 'upload_request' || o.type === 'paste_request' || o.type === 'preview') ?? null
  const live = view.state?.status === 'active' ? (view.live ?? promptLive) : null
  const busy = state.pending.some((p) => p.status === 'sending' || p.status === 'waiting')
  const sending = state.pending.some((p) => p.status === 'sending')

  return {
    phase: state.phase,
    loadError: state.loadError,
    session: state.session,
    view,
    live,
    state: view.state,
    pending: state.pending,
    busy,
    typing: state.typing || sending,
    notice: state.notice ?? (online ? state.syncError : null),
    connection,
    online,
    send,
    retry,
    dismiss,
    refresh,
    expectServerEvents,
  }
}
