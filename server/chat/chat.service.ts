import type { AppServices } from '../app-services'
import type { Queryable, Trx } from '../db/database'
import { formatAnswer } from './answer-format'
import type { AnswerValue } from './answer-parsing'
import type { BotDefinition } from './bots'
import {
  createInitialState,
  currentOutputs,
  inLanguage,
  parseChatState,
  transition,
  type Answers,
  type BotOutput,
  type ChatEvent,
  type ChatState,
  type ClientChatEvent,
  type MachineContext,
  type ServiceChatEvent,
} from './chat-machine'
import { ChatNotFound, ChatFinished, ChatError } from './chat-errors'
import { describeTypedEntries } from './entries'
import { CHAT_LANGUAGES, en, fill } from './messages'
import type { QuestionTemplate } from './question-template'
import {
  appendEvents,
  writeTurn,
  bumpLastSeq,
  CHAT_EVENTS_CHANNEL,
  CHAT_TYPING_CHANNEL,
  discardOwnedSession,
  findOwnedFile,
  findOwnedSession,
  findTurn,
  insertSession,
  listEventsAfter,
  lockOwnedSession,
  lockOwnedSessionWithTurn,
  lockOwner,
  markSessionDiscarded,
  type ChatOwner,
  type ChatSessionRow,
  type StoredEvent,
} from './chat.repo'

/**
 * The thin shell around the pure chat machine, for every bot. One turn = one transaction: lock
 * the session, run the machine, store the user's message, the bot's outputs and the new state,
 * record the turn for idempotency, commit — then publish (ids only). The bot's in-transaction
 * completion (save the resume / the job) is a fast write; slow work the machine asks for (an LLM
 * draft, extraction of a pasted JD) runs only after the commit, and its result comes back as a
 * service event: its own exactly-once turn.
 */

/** What the client gets back from a turn, over HTTP or WebSocket; stored so a repeat returns it unchanged. */
export type TurnResult = {
  sessionId: string
  /** false: the event was refused (invalid answer, stale); the state did not move */
  accepted: boolean
  /** true: this client message id was processed before; nothing new happened */
  duplicate: boolean
  stale: boolean
  version: number
  firstSeq: number
  lastSeq: number
  events: StoredEvent[]
}

export type PendingEvent = { type: string; payload: unknown }

/** What a conversation's machine context needs, loaded per turn inside its transaction. */
export type TurnContext = { ctx: MachineContext }

/**
 * What a bot needs from the world, implemented by its domain (server/resume/resume-bot.ts,
 * server/jobs/job-bot.ts), so this shell imports no domain code.
 */
export interface BotRuntime {
  bot: BotDefinition
  /** `chat_sessions.kind` */
  kind: 'resume' | 'job'
  /** the machine context for a session (facts, its pinned template, lookups for `adaptQuestion`) */
  context(db: Queryable, services: AppServices, owner: ChatOwner, session: ChatSessionRow): Promise<MachineContext>
  /** a new conversation: its template, title and any prefilled answers (editing a saved record) */
  begin(
    trx: Trx,
    services: AppServices,
    owner: ChatOwner,
    opts: StartOptions,
  ): Promise<{ template: QuestionTemplate; title: string; roleId: string | null; jobId: string | null; answers?: Answers; ctx: MachineContext; language?: string }>
  /** the conversation switched language (`set_language` accepted): remember it for the owner, in the turn's transaction */
  languageChosen?(trx: Trx, owner: ChatOwner, language: string): Promise<void>
  /** the conversation's title in the history once answers name it (e.g. the job title); null keeps it */
  titleOf?(session: ChatSessionRow, state: ChatState): string | null
  /** the confirmed preview's effect, in the turn's transaction; returns events to append */
  complete(trx: Trx, services: AppServices, owner: ChatOwner, session: ChatSessionRow, state: ChatState, answers: Answers): Promise<{ events: PendingEvent[]; jobId?: string }>
  /** "Write it for me" (may call an LLM: runs after the commit) */
  draft?(services: AppServices, owner: ChatOwner, session: ChatSessionRow, answers: Answers): Promise<string>
  /** pasted text → answers (may call an LLM: runs after the commit) */
  extract?(services: AppServices, owner: ChatOwner, session: ChatSessionRow, text: string): Promise<{ answers: Answers; unconfirmed: string[] } | { failed: string }>
}

export type StartOptions = {
  /** resume bot: re-open the current resume prefilled ("Edit") */
  fromResume?: boolean
  /** job bot: re-open this job prefilled ("Edit"), or copy it */
  jobId?: string
  /** abandon an unfinished conversation first */
  discardActive?: boolean
}

export type TurnDeps = { services: AppServices; owner: ChatOwner; runtime: BotRuntime }

function statePayload(state: ChatState, status: string) {
  return { version: state.version, step: state.step, currentQuestionKey: state.currentQuestionKey, status, language: state.language }
}

/** How the user's own message appears in the transcript. */
function describeUserEvent(event: ClientChatEvent, given: MachineContext, before: ChatState, after: ChatState, accepted: boolean): string {
  // in the language the bot speaks after the turn (a switch reads in the language chosen)
  const ctx = inLanguage(given, after.language)
  const t = ctx.bot.texts
  const m = ctx.messages ?? en
  switch (event.type) {
    case 'start':
      return m.user.start
    case 'choose_method':
      return event.method === 'upload' ? t.uploadLabel : t.botLabel
    case 'edit': {
      const q = ctx.template.questions.find((x) => x.key === event.questionKey)
      return fill(m.user.change, { label: q?.label.toLowerCase() ?? m.user.anAnswer })
    }
    case 'back':
      return m.user.back
    case 'confirm':
      return t.confirmLabel
    case 'restart':
      return m.user.restart
    case 'set_language':
      return (given.languages ?? CHAT_LANGUAGES)[event.language]?.name ?? event.language
    case 'submit_text':
      return event.text.length > 300 ? `${event.text.slice(0, 300)}…` : event.text
    case 'answer': {
      const q = ctx.template.questions.find((x) => x.key === event.questionKey)
      const key = q?.key
      const value = key ? after.answers[key] : undefined
      if (accepted && q && value !== undefined && (value !== before.answers[q.key] || before.unconfirmed.includes(q.key))) {
        return formatAnswer(q, value as AnswerValue, ctx.profile.jobType, m.format)
      }
      if (accepted && key && after.skipped.includes(key)) return m.user.skip
      const raw = event.value
      if (raw && typeof raw === 'object' && 'fileKey' in raw) return m.user.uploadedFile
      if (raw && typeof raw === 'object' && 'draft' in raw) return m.user.writeForMe
      if (Array.isArray(raw)) return q?.kind === 'entries' ? describeTypedEntries(raw) : raw.map(String).join(', ')
      return String(raw ?? '').slice(0, 500)
    }
  }
}

/** Work the machine asked for that must wait until the turn has committed. */
type Effect = { type: 'draft'; answers: Answers } | { type: 'extract'; text: string }

type Ran = { state: ChatState; accepted: boolean; events: PendingEvent[]; completed: boolean; effects: Effect[]; jobId?: string }

async function runMachine(trx: Trx, deps: TurnDeps, session: ChatSessionRow, ctx: MachineContext, state: ChatState, event: ChatEvent): Promise<Ran> {
  const result = transition(state, event, ctx)
  const events: PendingEvent[] = []
  const effects: Effect[] = []
  let completed = false
  let jobId: string | undefined
  for (const output of result.outputs) {
    events.push({ type: 'bot_output', payload: output })
    if (output.type === 'request_about_draft') effects.push({ type: 'draft', answers: output.answers })
    else if (output.type === 'request_extraction') effects.push({ type: 'extract', text: output.text })
    else if (output.type === 'resume_confirmed' || output.type === 'job_confirmed') {
      const done = await deps.runtime.complete(trx, deps.services, deps.owner, session, result.state, output.answers)
      events.push(...done.events)
      jobId = done.jobId
      completed = true
    }
  }
  return { state: result.state, accepted: result.accepted, events, completed, effects, jobId }
}

/** A file answer names a file id: only the owner's own live file counts (details filled from the row). */
async function verifyFileAnswer(trx: Trx, owner: ChatOwner, event: Extract<ChatEvent, { type: 'answer' }>): Promise<ChatEvent> {
  if (!event.value || typeof event.value !== 'object' || !('fileKey' in event.value)) return event
  const fileKey = (event.value as { fileKey: unknown }).fileKey
  const file = typeof fileKey === 'string' && /^[0-9a-f-]{36}$/.test(fileKey) ? await findOwnedFile(trx, owner, fileKey) : undefined
  // an unknown or someone else's file id reads as "no file": the machine asks again
  if (!file) return { ...event, value: {} }
  return { ...event, value: { fileKey: file.id, mimeType: file.mime, sizeBytes: file.size_bytes } }
}

/**
 * Stores a turn: its events plus the state event, the session's new state, and the turn's result
 * under `clientMessageId` — one statement, which also wakes the session's streams at commit.
 */
async function persistTurn(
  trx: Trx,
  session: ChatSessionRow,
  next: ChatState,
  events: PendingEvent[],
  completed: boolean,
  turn: { clientMessageId: string; accepted: boolean },
  extra: { jobId?: string; title?: string | null } = {},
): Promise<{ result: Omit<TurnResult, 'events' | 'duplicate'>; stored: StoredEvent[] }> {
  const status = completed ? 'completed' : session.status
  const all = [...events, { type: 'state', payload: statePayload(next, status) }]
  const firstSeq = session.last_seq + 1
  const lastSeq = session.last_seq + all.length
  const result = { sessionId: session.id, accepted: turn.accepted, stale: false, version: next.version, firstSeq, lastSeq }
  const stored = await writeTurn(trx, {
    sessionId: session.id,
    firstSeq,
    events: all,
    session: {
      state: next,
      version: next.version,
      lastSeq,
      status,
      completedAt: completed ? new Date() : session.completed_at,
      jobId: extra.jobId,
      title: extra.title && extra.title !== session.title ? extra.title : undefined,
    },
    turn: { clientMessageId: turn.clientMessageId, result },
  })
  return { result, stored }
}

type TurnInput = {
  sessionId: string
  clientMessageId: string
  expectedVersion?: number
  event: ChatEvent
  /** how the user's side of the turn reads in the transcript; null = nothing (a service event) */
  userText: ((ctx: MachineContext, before: ChatState, after: ChatState, accepted: boolean) => string) | null
  /** called once the session is known to be the owner's (the typing indicator starts there) */
  onOwned?: () => void
}

/**
 * One turn, exactly once: lock the session, return the stored result for a repeated message id,
 * refuse a stale expected version, run the machine, store everything, record the turn — all in
 * one transaction — and only then publish.
 */
async function runTurn(deps: TurnDeps, input: TurnInput): Promise<{ result: TurnResult; effects: Effect[] }> {
  const { services, owner } = deps
  const out = await services.db.transaction().execute(async (trx): Promise<{ result: TurnResult; effects: Effect[]; committed?: ChatState }> => {
    // taken before the lock and held: the lock leaves the state out when the row is still at its last_seq
    const known = services.chatStates.latest(input.sessionId)
    const locked = await lockOwnedSessionWithTurn(trx, owner, input.sessionId, input.clientMessageId, known?.lastSeq ?? null)
    if (!locked) throw new ChatNotFound()
    const cached = known && known.lastSeq === locked.session.last_seq ? known.state : undefined
    // the runtime (and anything it calls) sees the row as stored, state included
    const session: ChatSessionRow = cached ? { ...locked.session, state: cached } : locked.session
    input.onOwned?.()
    const previous = locked.previous === 'unknown' ? await findTurn(trx, session.id, input.clientMessageId) : locked.previous
    if (previous) {
      const stored = previous.result as Omit<TurnResult, 'events' | 'duplicate'>
      const events = await listEventsAfter(trx, session.id, stored.firstSeq - 1, 500, stored.lastSeq)
      return { result: { ...stored, duplicate: true, events }, effects: [] }
    }
    if (session.status !== 'active') throw new ChatFinished()
    // a state this process committed at this last_seq was validated when the machine made it
    const state = cached ?? parseChatState(session.state)
    if (input.expectedVersion !== undefined && input.expectedVersion !== state.version) {
      // never applied to the next question: the client resyncs from the events it missed
      const result = { sessionId: session.id, accepted: false, duplicate: false, stale: true, version: state.version, firstSeq: session.last_seq + 1, lastSeq: session.last_seq, events: [] }
      return { result, effects: [] }
    }
    const ctx = await deps.runtime.context(trx, services, owner, session)
    const event = input.event.type === 'answer' ? await verifyFileAnswer(trx, owner, input.event) : input.event
    const ran = await runMachine(trx, deps, session, ctx, state, event)
    if (ran.accepted && event.type === 'set_language') await deps.runtime.languageChosen?.(trx, owner, event.language)
    const userEvents: PendingEvent[] = input.userText
      ? [
          {
            type: 'user_message',
            payload: {
              clientMessageId: input.clientMessageId,
              event: input.event.type,
              questionKey: 'questionKey' in input.event ? input.event.questionKey : null,
              text: input.userText(ctx, state, ran.state, ran.accepted),
            },
          },
        ]
      : []
    const persisted = await persistTurn(trx, session, ran.state, [...userEvents, ...ran.events], ran.completed, { clientMessageId: input.clientMessageId, accepted: ran.accepted }, {
      jobId: ran.jobId,
      title: deps.runtime.titleOf?.(session, ran.state),
    })
    return { result: { ...persisted.result, duplicate: false, events: persisted.stored }, effects: ran.effects, committed: ran.state }
  })
  if (out.committed) services.chatStates.set(out.result.sessionId, out.result.lastSeq, out.committed)
  return { result: out.result, effects: out.effects }
}

/** Runs the slow work a turn asked for, after its commit, and feeds each result back as a service event. */
async function runEffects(deps: TurnDeps, first: TurnResult, effects: Effect[]): Promise<TurnResult> {
  let result = first
  for (const [i, effect] of effects.entries()) {
    const session = await findOwnedSession(deps.services.db, deps.owner, first.sessionId)
    if (!session) break
    let event: ServiceChatEvent
    if (effect.type === 'draft') {
      const text = deps.runtime.draft ? await deps.runtime.draft(deps.services, deps.owner, session, effect.answers).catch(() => '') : ''
      event = { type: 'draft_about_result', text }
    } else {
      const found = deps.runtime.extract
        ? await deps.runtime.extract(deps.services, deps.owner, session, effect.text).catch((error: unknown) => {
            deps.services.log.warn({ err: error, sessionId: session.id }, 'extraction failed')
            return { failed: deps.runtime.bot.texts.uploadFailed }
          })
        : { failed: deps.runtime.bot.texts.uploadFailed }
      event = 'failed' in found ? { type: 'upload_failed', reason: found.failed } : { type: 'upload_result', answers: found.answers, unconfirmed: found.unconfirmed }
    }
    // keyed by the turn that asked, so a retry of the effect cannot apply twice
    const next = await runTurn(deps, { sessionId: first.sessionId, clientMessageId: `effect-${first.lastSeq}-${i}`, event, userText: null })
    result = { ...result, version: next.result.version, lastSeq: Math.max(result.lastSeq, next.result.lastSeq), events: [...result.events, ...next.result.events] }
  }
  return result
}

/** A turn that answers within this shows no typing indicator (nobody perceives the pause). */
export const TYPING_DELAY_MS = 300

/**
 * The typing indicator is on while the bot works, when the work is slow enough to be seen (a
 * PDF read, a drafted About). `work` calls `start` once the session is known to be the caller's,
 * so a stranger's id never flashes it. NOTE: a fast turn publishes nothing: "on" and "off" would
 * be two NOTIFYs and two socket messages around a reply that arrives before either shows.
 */
async function withTyping<T>(services: AppServices, sessionId: string, work: (start: () => void) => Promise<T>): Promise<T> {
  // holders, not `let`s: the closures assign them and TypeScript would not see that
  const typing: { on: Promise<void> | null; timer: NodeJS.Timeout | null } = { on: null, timer: null }
  const start = () => {
    typing.timer ??= setTimeout(() => {
      typing.on = services.pubsub.publish(CHAT_TYPING_CHANNEL, `${sessionId}:1`).catch(() => {})
    }, services.typingDelayMs)
  }
  try {
    return await work(start)
  } finally {
    if (typing.timer) clearTimeout(typing.timer)
    // off after on (they travel on different connections), and also when the turn failed
    if (typing.on) void typing.on.then(() => services.pubsub.publish(CHAT_TYPING_CHANNEL, `${sessionId}:0`)).catch(() => {})
  }
}

/** A user's turn (tRPC `send`, over HTTP or WebSocket). */
export async function sendTurn(
  deps: TurnDeps,
  input: { sessionId: string; clientMessageId: string; expectedVersion?: number; event: ClientChatEvent },
  /** how the user's side reads in the transcript, when not the event itself (e.g. "Uploaded jd.pdf") */
  opts: { userText?: string } = {},
): Promise<TurnResult> {
  const clientEvent = input.event
  return withTyping(deps.services, input.sessionId, async (startTyping) => {
    const userText = opts.userText
    const { result, effects } = await runTurn(deps, {
      ...input,
      onOwned: startTyping,
      userText: userText ? () => userText : (ctx, before, after, accepted) => describeUserEvent(clientEvent, ctx, before, after, accepted),
    })
    return effects.length > 0 ? runEffects(deps, result, effects) : result
  })
}

/**
 * The result of work the service did for the conversation (PDF extraction), fed to the machine
 * as its own exactly-once turn keyed by `idempotencyKey`.
 */
export async function applyServiceEvent(
  deps: TurnDeps,
  input: { sessionId: string; idempotencyKey: string; event: ServiceChatEvent; userText?: string },
): Promise<TurnResult> {
  const text = input.userText
  const { result } = await runTurn(deps, { sessionId: input.sessionId, clientMessageId: input.idempotencyKey, event: input.event, userText: text ? () => text : null })
  return result
}

/** Progress of long work (e.g. "Reading your PDF…"), stored like every other event. */
export async function appendProgress(deps: Pick<TurnDeps, 'services' | 'owner'>, sessionId: string, progress: { stage: string; message: string; percent: number }): Promise<void> {
  const lastSeq = await deps.services.db.transaction().execute(async (trx) => {
    const session = await lockOwnedSession(trx, deps.owner, sessionId)
    if (!session) throw new ChatNotFound()
    const seq = session.last_seq + 1
    await appendEvents(trx, session.id, seq, [{ type: 'progress', payload: progress }])
    await bumpLastSeq(trx, session.id, seq)
    return seq
  })
  await notify(deps.services, sessionId, lastSeq)
}

async function notify(services: AppServices, sessionId: string, lastSeq: number) {
  try {
    await services.pubsub.publish(CHAT_EVENTS_CHANNEL, `${sessionId}:${lastSeq}`)
  } catch (error) {
    // the events are committed; subscribers still catch up on reconnect or the next notification
    services.log.warn({ err: error, sessionId }, 'chat notify failed')
  }
}

/**
 * Continue the owner's unfinished conversation, or start one. `opts` re-open a saved record
 * prefilled; `discardActive` abandons an unfinished one first. `findActive` says which unfinished
 * conversation counts (a candidate's one resume session; an employer's draft of this job).
 */
export async function startOrContinue(
  deps: TurnDeps,
  opts: StartOptions,
  findActive: (trx: Trx) => Promise<ChatSessionRow | undefined>,
  /** a new session costs a point of this budget (one batched request once created 100) */
  consume: () => Promise<void>,
): Promise<{ sessionId: string; created: boolean }> {
  const { services, owner, runtime } = deps
  const out = await services.db.transaction().execute(async (trx) => {
    // one starter at a time per owner, so two tabs cannot both create a session
    await lockOwner(trx, owner)
    const active = await findActive(trx)
    // "Edit" of a saved resume always starts afresh from it; otherwise an unfinished one continues
    if (active && !opts.discardActive && !opts.fromResume) return { sessionId: active.id, created: false }
    await consume()
    if (active) await markSessionDiscarded(trx, active.id)

    const begun = await runtime.begin(trx, services, owner, opts)
    const initial = createInitialState(begun.template, runtime.bot, { answers: begun.answers, language: begun.language })
    const session = await insertSession(trx, {
      owner,
      kind: runtime.kind,
      title: begun.title,
      templateFamily: begun.template.family,
      templateVersion: begun.template.version,
      roleId: begun.roleId,
      jobId: begun.jobId,
      state: initial,
    })
    const ran = await runMachine(trx, deps, session, begun.ctx, initial, { type: 'start' })
    // recorded as a turn like any other (its key cannot collide with a client's message id)
    const persisted = await persistTurn(trx, session, ran.state, ran.events, ran.completed, { clientMessageId: 'start', accepted: true })
    return { sessionId: session.id, created: true, committed: { lastSeq: persisted.result.lastSeq, state: ran.state } }
  })
  if ('committed' in out && out.committed) services.chatStates.set(out.sessionId, out.committed.lastSeq, out.committed.state)
  return { sessionId: out.sessionId, created: out.created }
}

export async function discardSession(db: Queryable, owner: ChatOwner, sessionId: string): Promise<void> {
  if (!(await discardOwnedSession(db, owner, sessionId))) throw new ChatError('NOT_FOUND', 'No unfinished conversation to discard')
}

/** What the user should see now (after a reload or on another device). */
export async function currentPrompt(deps: TurnDeps, session: ChatSessionRow): Promise<BotOutput[]> {
  const ctx = await deps.runtime.context(deps.services.db, deps.services, deps.owner, session)
  return currentOutputs(parseChatState(session.state), ctx)
}
