import { TRPCError } from '@trpc/server'
import type { AppServices } from '../app-services'
import { consumeOrThrow } from '../auth/rate-limit'
import type { Database, Trx } from '../db/database'
import { answersSchema, type Answers } from '../resume/resume-answers'
import { saveResume } from '../resume/resume.service'
import { getCurrentResume } from '../resume/resume.repo'
import { formatAnswer } from './answer-format'
import { loadCandidateFacts, loadTemplate, machineContext, type CandidateFacts } from './chat-context'
import {
  createInitialState,
  currentOutputs,
  parseChatState,
  transition,
  type BotOutput,
  type ChatEvent,
  type ChatState,
  type ClientChatEvent,
  type ServiceChatEvent,
  type MachineContext,
} from './chat-machine'
import {
  appendEvents,
  CHAT_EVENTS_CHANNEL,
  CHAT_TYPING_CHANNEL,
  findActiveSession,
  findTurn,
  insertTurn,
  listEventsAfter,
  lockOwnedSession,
  type ChatSessionRow,
  type StoredEvent,
} from './chat.repo'

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

type PendingEvent = { type: string; payload: unknown }

function statePayload(state: ChatState, status: string) {
  return { version: state.version, step: state.step, currentQuestionKey: state.currentQuestionKey, status }
}

/** How the candidate's own message appears in the transcript. */
function describeUserEvent(event: ClientChatEvent, ctx: MachineContext, before: ChatState, after: ChatState, accepted: boolean): string {
  switch (event.type) {
    case 'start':
      return 'Start'
    case 'choose_method':
      return event.method === 'upload' ? 'Upload PDF' : 'Create with AIVI bot'
    case 'edit': {
      const q = ctx.template.questions.find((x) => x.key === event.questionKey)
      return `Change ${q?.label.toLowerCase() ?? 'an answer'}`
    }
    case 'back':
      return 'Go back'
    case 'confirm':
      return 'Looks good — save my resume'
    case 'restart':
      return 'Start over'
    case 'answer': {
      const q = ctx.template.questions.find((x) => x.key === event.questionKey)
      const key = q?.key
      const value = key ? after.answers[key] : undefined
      if (accepted && q && value !== undefined && value !== before.answers[q.key]) return formatAnswer(q, value, ctx.profile.jobType)
      if (accepted && key && after.skipped.includes(key)) return 'Skip'
      const raw = event.value
      if (raw && typeof raw === 'object' && 'fileKey' in raw) return 'Uploaded a file'
      if (raw && typeof raw === 'object' && 'draft' in raw) return 'Write it for me'
      if (Array.isArray(raw)) return raw.map(String).join(', ')
      return String(raw ?? '').slice(0, 500)
    }
  }
}

export type TurnDeps = { services: AppServices; candidateId: string }

/**
 * Runs machine events and their side effects (about drafts, resume save) inside the caller's
 * transaction; returns the state after and the events to append.
 */
async function runMachine(
  trx: Trx,
  deps: TurnDeps,
  session: ChatSessionRow,
  facts: CandidateFacts,
  ctx: MachineContext,
  state: ChatState,
  event: ChatEvent,
): Promise<{ state: ChatState; accepted: boolean; events: PendingEvent[]; completed: boolean }> {
  const events: PendingEvent[] = []
  let completed = false
  let current = state
  let pending: ChatEvent | null = event
  let anyAccepted = false
  // a side effect feeds its result back as the next event; bounded so a bug cannot loop forever
  for (let i = 0; pending && i < 4; i++) {
    const result = transition(current, pending, ctx)
    pending = null
    anyAccepted ||= result.accepted
    current = result.state
    for (const output of result.outputs) {
      events.push({ type: 'bot_output', payload: output })
      if (output.type === 'request_about_draft') {
        const text = await deps.services.aboutDrafter(output.answers, { roleName: facts.role.name, jobType: facts.role.jobType, city: facts.currentCity })
        pending = { type: 'draft_about_result', text }
      } else if (output.type === 'resume_confirmed') {
        const saved = await saveResume(trx, {
          candidateId: deps.candidateId,
          answers: output.answers,
          source: current.method === 'upload' ? 'upload' : 'bot',
          jobType: facts.role.jobType,
          roleId: facts.role.id,
          chatSessionId: session.id,
          sourceFileId: session.upload_file_id,
        })
        completed = true
        events.push({ type: 'resume_saved', payload: { resumeId: saved.id, version: saved.version } })
      }
    }
  }
  return { state: current, accepted: anyAccepted, events, completed }
}

async function verifyFileAnswer(trx: Trx, candidateId: string, event: Extract<ChatEvent, { type: 'answer' }>): Promise<ChatEvent> {
  if (!event.value || typeof event.value !== 'object' || !('fileKey' in event.value)) return event
  const fileKey = (event.value as { fileKey: unknown }).fileKey
  const file =
    typeof fileKey === 'string' && /^[0-9a-f-]{36}$/.test(fileKey)
      ? await trx
          .selectFrom('files')
          .select(['id', 'mime', 'size_bytes'])
          .where('id', '=', fileKey)
          .where('candidate_id', '=', candidateId)
          .where('deleted_at', 'is', null)
          .executeTakeFirst()
      : undefined
  // an unknown or someone else's file id reads as "no file": the machine asks again
  if (!file) return { ...event, value: {} }
  return { ...event, value: { fileKey: file.id, mimeType: file.mime, sizeBytes: file.size_bytes } }
}

async function persistTurn(
  trx: Trx,
  session: ChatSessionRow,
  next: ChatState,
  events: PendingEvent[],
  completed: boolean,
): Promise<{ firstSeq: number; lastSeq: number; stored: StoredEvent[] }> {
  const status = completed ? 'completed' : session.status
  const all = [...events, { type: 'state', payload: statePayload(next, status) }]
  const firstSeq = session.last_seq + 1
  const lastSeq = session.last_seq + all.length
  const stored = await appendEvents(trx, session.id, firstSeq, all)
  await trx
    .updateTable('chat_sessions')
    .set({
      state: JSON.stringify(next),
      state_version: next.version,
      last_seq: lastSeq,
      updated_at: new Date(),
      status,
      completed_at: completed ? new Date() : session.completed_at,
    })
    .where('id', '=', session.id)
    .execute()
  return { firstSeq, lastSeq, stored }
}

type TurnInput = {
  sessionId: string
  clientMessageId: string
  expectedVersion?: number
  event: ChatEvent
  /** how the candidate's side of the turn reads in the transcript; null = nothing (a service event) */
  userText: ((ctx: MachineContext, before: ChatState, after: ChatState, accepted: boolean) => string) | null
}

/**
 * One turn, exactly once: lock the session, return the stored result for a repeated message id,
 * refuse a stale expected version, run the machine, store the user's message, the bot's outputs
 * and the new state, record the turn — all in one transaction — and only then publish (ids only)
 * so any instance delivers the events.
 */
async function runTurn(deps: TurnDeps, input: TurnInput): Promise<TurnResult> {
  const { services, candidateId } = deps
  // a holder, not a `let`: the closure below assigns it and TypeScript would not see that
  const typing: { on: Promise<void> | null } = { on: null }
  try {
    const result = await services.db.transaction().execute(async (trx): Promise<TurnResult> => {
      const session = await lockOwnedSession(trx, candidateId, input.sessionId)
      if (!session) throw new TRPCError({ code: 'NOT_FOUND', message: 'This conversation was not found' })
      // typing indicator once we know the session is theirs: the bot may take a moment (drafts, saves)
      typing.on = services.pubsub.publish(CHAT_TYPING_CHANNEL, `${session.id}:1`).catch(() => {})
      const previous = await findTurn(trx, session.id, input.clientMessageId)
      if (previous) {
        const stored = previous.result as Omit<TurnResult, 'events' | 'duplicate'>
        const events = await listEventsAfter(trx, session.id, stored.firstSeq - 1, 500, stored.lastSeq)
        return { ...stored, duplicate: true, events }
      }
      if (session.status !== 'active') throw new TRPCError({ code: 'CONFLICT', message: 'This conversation is finished. Start a new chat to make changes.' })
      const state = parseChatState(session.state)
      if (input.expectedVersion !== undefined && input.expectedVersion !== state.version) {
        // never applied to the next question: the client resyncs from the events it missed
        return { sessionId: session.id, accepted: false, duplicate: false, stale: true, version: state.version, firstSeq: session.last_seq + 1, lastSeq: session.last_seq, events: [] }
      }
      const facts = await loadCandidateFacts(trx, candidateId)
      const template = await loadTemplate(trx, session.template_family, session.template_version, services.templateCache)
      const ctx = machineContext(facts, template, services.now())
      const event = input.event.type === 'answer' ? await verifyFileAnswer(trx, candidateId, input.event) : input.event
      const ran = await runMachine(trx, deps, session, facts, ctx, state, event)
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
      const persisted = await persistTurn(trx, session, ran.state, [...userEvents, ...ran.events], ran.completed)
      const stored = { sessionId: session.id, accepted: ran.accepted, stale: false, version: ran.state.version, firstSeq: persisted.firstSeq, lastSeq: persisted.lastSeq }
      await insertTurn(trx, session.id, input.clientMessageId, stored)
      return { ...stored, duplicate: false, events: persisted.stored }
    })
    if (!result.duplicate && !result.stale) await notify(services, result.sessionId, result.lastSeq)
    return result
  } finally {
    // off after on (they travel on different connections), and also when the turn failed
    if (typing.on) void typing.on.then(() => services.pubsub.publish(CHAT_TYPING_CHANNEL, `${input.sessionId}:0`)).catch(() => {})
  }
}

/** A candidate's turn (tRPC `chat.send`, over HTTP or WebSocket). */
export function sendTurn(
  deps: TurnDeps,
  input: { sessionId: string; clientMessageId: string; expectedVersion?: number; event: ClientChatEvent },
): Promise<TurnResult> {
  const clientEvent = input.event
  return runTurn(deps, { ...input, userText: (ctx, before, after, accepted) => describeUserEvent(clientEvent, ctx, before, after, accepted) })
}

/**
 * The result of work the service did for the conversation (PDF extraction), fed to the machine
 * as its own exactly-once turn keyed by `idempotencyKey`.
 */
export function applyServiceEvent(
  deps: TurnDeps,
  input: { sessionId: string; idempotencyKey: string; event: ServiceChatEvent; userText?: string },
): Promise<TurnResult> {
  const text = input.userText
  return runTurn(deps, { sessionId: input.sessionId, clientMessageId: input.idempotencyKey, event: input.event, userText: text ? () => text : null })
}

/** Progress of long work (e.g. "Reading your PDF…"), stored like every other event. */
export async function appendProgress(deps: TurnDeps, sessionId: string, progress: { stage: string; message: string; percent: number }): Promise<void> {
  const lastSeq = await deps.services.db.transaction().execute(async (trx) => {
    const session = await lockOwnedSession(trx, deps.candidateId, sessionId)
    if (!session) throw new TRPCError({ code: 'NOT_FOUND', message: 'This conversation was not found' })
    const seq = session.last_seq + 1
    await appendEvents(trx, session.id, seq, [{ type: 'progress', payload: progress }])
    await trx.updateTable('chat_sessions').set({ last_seq: seq, updated_at: new Date() }).where('id', '=', session.id).execute()
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
 * The unfinished resume conversation, or a new one. `fromResume` re-opens the current resume
 * with its answers prefilled ("Edit"). `discardActive` abandons an unfinished one first.
 */
export async function startOrContinue(
  deps: TurnDeps,
  opts: { fromResume?: boolean; discardActive?: boolean } = {},
): Promise<{ sessionId: string; created: boolean }> {
  const { services, candidateId } = deps
  const out = await services.db.transaction().execute(async (trx) => {
    // one starter at a time per candidate, so two tabs cannot both create a session
    await trx.selectFrom('candidates').select('id').where('id', '=', candidateId).forUpdate().executeTakeFirstOrThrow()
    const active = await findActiveSession(trx, candidateId)
    if (active && !opts.discardActive && !opts.fromResume) return { sessionId: active.id, created: false, lastSeq: active.last_seq }
    // continuing costs nothing; each new session costs one point
    await consumeOrThrow([[services.limiters.chatSessionsByCandidate, candidateId]])
    if (active) await trx.updateTable('chat_sessions').set({ status: 'discarded', updated_at: new Date() }).where('id', '=', active.id).execute()

    const facts = await loadCandidateFacts(trx, candidateId)
    const template = await loadTemplate(trx, facts.role.templateFamily, undefined, services.templateCache)
    let answers: Answers | undefined
    if (opts.fromResume) {
      const current = await getCurrentResume(trx, candidateId)
      if (!current) throw new TRPCError({ code: 'NOT_FOUND', message: 'You have no resume to edit yet' })
      answers = answersSchema.parse(current.data)
    }
    const initial = createInitialState(template, { answers })
    const ctx = machineContext(facts, template, services.now())
    const session = await trx
      .insertInto('chat_sessions')
      .values({
        candidate_id: candidateId,
        status: 'active',
        title: `${opts.fromResume ? 'Edit resume' : 'Resume'} — ${facts.role.name}`,
        template_family: template.family,
        template_version: template.version,
        role_id: facts.role.id,
        state: JSON.stringify(initial),
        updated_at: new Date(),
      })
      .returning(['id', 'candidate_id', 'status', 'title', 'template_family', 'template_version', 'role_id', 'state', 'state_version', 'last_seq', 'upload_file_id', 'created_at', 'updated_at', 'completed_at'])
      .executeTakeFirstOrThrow()
    const ran = await runMachine(trx, deps, session, facts, ctx, initial, { type: 'start' })
    const { lastSeq } = await persistTurn(trx, session, ran.state, ran.events, ran.completed)
    return { sessionId: session.id, created: true, lastSeq }
  })
  if (out.created) await notify(services, out.sessionId, out.lastSeq)
  return { sessionId: out.sessionId, created: out.created }
}

export async function discardSession(db: Database, candidateId: string, sessionId: string): Promise<boolean> {
  const r = await db
    .updateTable('chat_sessions')
    .set({ status: 'discarded', updated_at: new Date() })
    .where('id', '=', sessionId)
    .where('candidate_id', '=', candidateId)
    .where('status', '=', 'active')
    .executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}

/** What the candidate should see now (after a reload or on another device). */
export async function currentPrompt(services: AppServices, facts: CandidateFacts, session: ChatSessionRow): Promise<BotOutput[]> {
  const template = await loadTemplate(services.db, session.template_family, session.template_version, services.templateCache)
  return currentOutputs(parseChatState(session.state), machineContext(facts, template, services.now()))
}
