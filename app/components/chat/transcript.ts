import { z } from 'zod'
import type { inferRouterOutputs } from '@trpc/server'
import type { BotOutput, ChatStep, ClientChatEvent, QuestionView } from '#server/chat/chat-machine'
import type { AppRouter } from '#server/trpc/root'

/**
 * Pure view model of a conversation: stored events (as the server sent them, seq-ordered) →
 * what the chat shows and which prompt is live. No I/O; the hook feeds it.
 */

type RouterOutputs = inferRouterOutputs<AppRouter>
export type ChatSnapshot = RouterOutputs['chat']['get']
export type ChatEvent = ChatSnapshot['events'][number]
export type TurnResult = RouterOutputs['chat']['send']
export type ChatSessionSummary = RouterOutputs['chat']['list'][number]
/**
 * Which bot's procedures a conversation uses: the resume bot (`chat.*`, candidates) or the
 * job-posting bot (`jobBot.*`, employers). Both routers have the same get/send/events/list shapes.
 */
export type ChatBot = 'chat' | 'jobBot'
export type { BotOutput, ChatStep, ClientChatEvent, QuestionView }

const userMessageSchema = z.object({
  clientMessageId: z.string().nullable().optional(),
  event: z.string(),
  questionKey: z.string().nullable().optional(),
  text: z.string(),
})
const stateSchema = z.object({
  version: z.number().int(),
  step: z.string(),
  currentQuestionKey: z.string().nullable(),
  status: z.string(),
  /** the language the bot speaks from this turn on (absent in turns stored before languages) */
  language: z.string().optional(),
})
const resumeSavedSchema = z.object({ resumeId: z.string(), version: z.number().int() })
const jobSavedSchema = z.object({ jobId: z.string() })
const progressSchema = z.object({ stage: z.string().optional(), message: z.string().optional(), percent: z.number().min(0).max(100).nullable().optional() })

const BOT_OUTPUT_TYPES = [
  'text',
  'quick_replies',
  'upload_request',
  'paste_request',
  'question',
  'error',
  'found_fields',
  'preview',
  'resume_confirmed',
  'job_confirmed',
  'request_extraction',
  'request_about_draft',
  'stale',
] as const satisfies readonly BotOutput['type'][]
const botOutputShape = z.object({ type: z.enum(BOT_OUTPUT_TYPES) }).passthrough()

/** A bot output from the server's typed contract; only the discriminant is checked (the server wrote it from `BotOutput`). */
export function asBotOutput(payload: unknown): BotOutput | null {
  return botOutputShape.safeParse(payload).success ? (payload as BotOutput) : null
}

export type SessionState = { version: number; step: ChatStep | string; currentQuestionKey: string | null; status: string; language?: string }

export type TranscriptItem =
  | { kind: 'user'; key: string; seq: number; text: string; questionKey: string | null; event: string; clientMessageId: string | null; editable: boolean }
  | { kind: 'bot'; key: string; seq: number; output: BotOutput; live: boolean }
  | { kind: 'saved'; key: string; seq: number; resumeId: string; version: number }
  | { kind: 'job_saved'; key: string; seq: number; jobId: string }

/** Outputs that take input: the latest of these in the live turn is what the composer shows. */
const INTERACTIVE = new Set<BotOutput['type']>(['question', 'quick_replies', 'upload_request', 'paste_request', 'preview'])
/** Service-side instructions stored with the transcript; nobody needs to read them. */
const HIDDEN = new Set<BotOutput['type']>(['resume_confirmed', 'job_confirmed', 'request_about_draft', 'request_extraction'])

export type ChatView = {
  items: TranscriptItem[]
  state: SessionState | null
  /** the prompt waiting for the candidate (question, choices, upload/paste, preview), or null */
  live: BotOutput | null
  /** extraction progress still running (no turn finished after it) */
  progress: { message: string; percent: number | null } | null
  /** labels of questions seen in this conversation, for "Change …" buttons */
  labels: Map<string, string>
  lastSeq: number
  /** seq of the last `state` event (the last turn that committed), 0 before any */
  lastStateSeq: number
}

/** Merge events by seq (a replay after reconnect, or an HTTP result racing the socket, may repeat some). */
export function mergeEvents(current: readonly ChatEvent[], incoming: readonly ChatEvent[]): ChatEvent[] {
  if (incoming.length === 0) return current as ChatEvent[]
  const bySeq = new Map<number, ChatEvent>()
  for (const e of current) bySeq.set(e.seq, e)
  let changed = false
  for (const e of incoming) {
    if (!bySeq.has(e.seq)) {
      bySeq.set(e.seq, e)
      changed = true
    }
  }
  if (!changed) return current as ChatEvent[]
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq)
}

export function latestState(events: readonly ChatEvent[]): SessionState | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]
    if (e?.type !== 'state') continue
    const parsed = stateSchema.safeParse(e.payload)
    if (parsed.success) return parsed.data
  }
  return null
}

export function clientMessageIdsIn(events: readonly ChatEvent[]): Set<string> {
  const ids = new Set<string>()
  for (const e of events) {
    if (e.type !== 'user_message') continue
    const parsed = userMessageSchema.safeParse(e.payload)
    if (parsed.success && parsed.data.clientMessageId) ids.add(parsed.data.clientMessageId)
  }
  return ids
}

function humanise(key: string): string {
  const words = key.replace(/_/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Whether `output` is the prompt for where the session stands now. */
function fitsState(output: BotOutput, state: SessionState): boolean {
  switch (state.step) {
    case 'asking':
      return state.currentQuestionKey ? output.type === 'question' && output.question.key === state.currentQuestionKey : output.type === 'preview'
    case 'preview':
      return output.type === 'preview'
    case 'choose_method':
      return output.type === 'quick_replies'
    case 'waiting_upload':
      // a failed extraction offers "try another PDF / build with the bot" while still waiting for a file
      return output.type === 'upload_request' || output.type === 'paste_request' || output.type === 'quick_replies'
    default:
      return false
  }
}

/**
 * The live prompt is the newest interactive output that fits the latest `state` event (every turn
 * ends with one; a turn's events commit together). Progress events after the last `state` belong
 * to work still running (extraction).
 */
export function buildChatView(events: readonly ChatEvent[], fallbackState: SessionState | null = null): ChatView {
  let lastStateIdx = -1
  for (let i = events.length - 1; i >= 0 && lastStateIdx < 0; i--) if (events[i]?.type === 'state') lastStateIdx = i
  const state = latestState(events) ?? fallbackState
  const active = state?.status === 'active'

  const labels = new Map<string, string>()
  for (const e of events) {
    const out = e.type === 'bot_output' ? asBotOutput(e.payload) : null
    if (out?.type === 'question') labels.set(out.question.key, out.question.label)
    if (out?.type === 'preview' || out?.type === 'found_fields') for (const item of out.items) labels.set(item.key, item.label)
  }

  // Which turns were refused (an error or stale note among their outputs): their answers are not editable.
  const refusedTurnOf = new Map<number, boolean>()
  {
    let turnStart = 0
    for (let i = 0; i <= events.length; i++) {
      const e = events[i]
      if (i === events.length || e?.type === 'state') {
        let refused = false
        for (let j = turnStart; j < i; j++) {
          const out = events[j]?.type === 'bot_output' ? asBotOutput(events[j]?.payload) : null
          if (out?.type === 'error' || out?.type === 'stale') refused = true
        }
        for (let j = turnStart; j < i; j++) refusedTurnOf.set(j, refused)
        turnStart = i + 1
      }
    }
  }

  // The latest accepted answer per question can be changed ("edit"), except the one open now.
  const editableIdx = new Set<number>()
  if (active && (state?.step === 'asking' || state?.step === 'preview')) {
    const seenKeys = new Set<string>()
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i]
      if (e?.type !== 'user_message') continue
      const p = userMessageSchema.safeParse(e.payload)
      if (!p.success || p.data.event !== 'answer' || !p.data.questionKey) continue
      const key = p.data.questionKey
      if (seenKeys.has(key)) continue
      if (refusedTurnOf.get(i)) continue
      seenKeys.add(key)
      if (key !== state.currentQuestionKey) editableIdx.add(i)
    }
  }

  const items: TranscriptItem[] = []
  let live: BotOutput | null = null
  let progress: ChatView['progress'] = null
  for (let i = 0; i < events.length; i++) {
    const e = events[i]
    if (!e) continue
    const key = `e${e.seq}`
    if (e.type === 'user_message') {
      const p = userMessageSchema.safeParse(e.payload)
      if (!p.success) continue
      items.push({
        kind: 'user',
        key,
        seq: e.seq,
        text: p.data.text,
        questionKey: p.data.questionKey ?? null,
        event: p.data.event,
        clientMessageId: p.data.clientMessageId ?? null,
        editable: editableIdx.has(i),
      })
    } else if (e.type === 'bot_output') {
      const output = asBotOutput(e.payload)
      if (!output || HIDDEN.has(output.type)) continue
      if (active && state && INTERACTIVE.has(output.type) && fitsState(output, state)) live = output
      items.push({ kind: 'bot', key, seq: e.seq, output, live: false })
    } else if (e.type === 'resume_saved') {
      const p = resumeSavedSchema.safeParse(e.payload)
      if (p.success) items.push({ kind: 'saved', key, seq: e.seq, resumeId: p.data.resumeId, version: p.data.version })
    } else if (e.type === 'job_saved') {
      const p = jobSavedSchema.safeParse(e.payload)
      if (p.success) items.push({ kind: 'job_saved', key, seq: e.seq, jobId: p.data.jobId })
    } else if (e.type === 'progress') {
      const p = progressSchema.safeParse(e.payload)
      if (p.success && i > lastStateIdx) progress = { message: p.data.message ?? 'Working on it…', percent: p.data.percent ?? null }
    }
  }
  // The live prompt's own bubble is marked so it can render its controls in place (e.g. preview card buttons).
  if (live) {
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i]
      if (item?.kind === 'bot' && item.output === live) {
        items[i] = { ...item, live: true }
        break
      }
    }
  }
  return {
    items,
    state,
    live,
    progress,
    labels,
    lastSeq: events.length > 0 ? (events[events.length - 1]?.seq ?? 0) : 0,
    lastStateSeq: lastStateIdx >= 0 ? (events[lastStateIdx]?.seq ?? 0) : 0,
  }
}

export function labelFor(view: Pick<ChatView, 'labels'>, key: string): string {
  return view.labels.get(key) ?? humanise(key)
}
