/**
 * The fault-free run of a chaos conversation, computed: the turns the client had acknowledged
 * (in the order the server applied them) replayed through the pure machine
 * (server/chat/chat-machine.ts) with the context the server builds for this candidate, the same
 * way chat.service's runMachine/persistTurn turn outputs into stored events. The chaos run's
 * control conversations (no faults) check that this replay matches what a real server stores.
 */
import type { Database } from '../../server/db/database'
import { loadTemplate, machineContext, type CandidateFacts } from '../../server/chat/chat-context'
import { createInitialState, transition, type BotOutput, type ChatEvent, type ChatState, type ClientChatEvent } from '../../server/chat/chat-machine'
import type { StoredEvent } from '../../server/chat/chat.repo'
import { offlineAboutDrafter } from '../../server/llm/about-llm'
import { answersSchema } from '../../server/resume/resume-answers'

export type EffectiveTurn = { clientMessageId: string; event: ClientChatEvent; firstSeq: number; lastSeq: number }

/** An event reduced to what must be identical between the fault-free run and the chaos run. */
export type NormalisedEvent = { type: string; payload: unknown }

function normalise(e: { type: string; payload: unknown }): NormalisedEvent {
  const p = e.payload as Record<string, unknown>
  if (e.type === 'user_message') return { type: e.type, payload: { clientMessageId: p.clientMessageId, event: p.event, questionKey: p.questionKey } }
  // resume ids differ between runs; the version does not
  if (e.type === 'resume_saved') return { type: e.type, payload: { version: p.version } }
  return { type: e.type, payload: p }
}

export function normaliseStored(events: StoredEvent[]): NormalisedEvent[] {
  return events.map(normalise)
}

export type Reference = {
  events: NormalisedEvent[]
  /** the turn ranges: [firstSeq, lastSeq] of each turn's events in the fault-free run (start included) */
  ranges: Array<{ clientMessageId: string | null; firstSeq: number; lastSeq: number }>
  finalState: ChatState
  completed: boolean
}

/**
 * Replays `start` and then each effective turn, like chat.service does for a real session.
 * `facts` = the candidate as the server saw them during the conversation (taken before it began:
 * saving the resume writes some answers back to the profile).
 */
export async function replay(db: Database, facts: CandidateFacts, template: { family: string; version: number }, turns: EffectiveTurn[], now = new Date()): Promise<Reference> {
  const tpl = await loadTemplate(db, template.family, template.version)
  const ctx = machineContext(facts, tpl, now)
  let state = createInitialState(tpl, ctx.bot, { language: facts.locale })
  let status = 'active' as 'active' | 'completed'
  let resumeVersion = 0
  const events: NormalisedEvent[] = []
  const ranges: Reference['ranges'] = []

  // One client turn as chat.service runs it: the machine's turn (user message, outputs, state),
  // then any slow effect it asked for (an about-me draft) as its own service turn after the commit
  // (outputs, state). `sendTurn` answers with both, so they share one range.
  const run = async (first: ChatEvent, userEvent: ClientChatEvent | null, clientMessageId: string | null) => {
    const firstSeq = events.length + 1
    const stateEvent = (): NormalisedEvent => ({ type: 'state', payload: { version: state.version, step: state.step, currentQuestionKey: state.currentQuestionKey, status, language: state.language } })
    const step = async (event: ChatEvent, user: NormalisedEvent[]): Promise<ChatEvent | null> => {
      const r = transition(state, event, ctx)
      state = r.state
      const out: NormalisedEvent[] = []
      let effect: ChatEvent | null = null
      for (const o of r.outputs as BotOutput[]) {
        out.push({ type: 'bot_output', payload: o })
        if (o.type === 'request_about_draft') {
          effect = { type: 'draft_about_result', text: await offlineAboutDrafter(answersSchema.parse(o.answers), { roleName: facts.role.name, jobType: facts.role.jobType, city: facts.currentCity }) }
        } else if (o.type === 'resume_confirmed') {
          status = 'completed'
          out.push({ type: 'resume_saved', payload: { version: ++resumeVersion } })
        }
      }
      events.push(...[...user, ...out, stateEvent()].map(normalise))
      return effect
    }
    const user: NormalisedEvent[] = userEvent
      ? [{ type: 'user_message', payload: { clientMessageId, event: userEvent.type, questionKey: 'questionKey' in userEvent ? userEvent.questionKey : null } }]
      : []
    const effect = await step(first, user)
    if (effect) await step(effect, [])
    ranges.push({ clientMessageId, firstSeq, lastSeq: events.length })
  }

  await run({ type: 'start' }, null, null)
  for (const t of turns) await run(t.event, t.event, t.clientMessageId)
  return { events, ranges, finalState: state, completed: status === 'completed' }
}

/** A stable JSON form (sorted keys) for deep comparison. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  )
}

export function questionKeys(events: NormalisedEvent[]): string[] {
  return events
    .filter((e) => e.type === 'bot_output' && (e.payload as BotOutput).type === 'question')
    .map((e) => (e.payload as Extract<BotOutput, { type: 'question' }>).question.key)
}

/** Question outputs in `actual` beyond those the fault-free run asks (per question key). */
export function extraQuestions(expected: NormalisedEvent[], actual: NormalisedEvent[]): number {
  const count = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>())
  const want = count(questionKeys(expected))
  let extra = 0
  for (const [k, n] of count(questionKeys(actual))) extra += Math.max(0, n - (want.get(k) ?? 0))
  return extra
}

/** The first position where two transcripts differ, or -1. */
export function firstDifference(expected: NormalisedEvent[], actual: NormalisedEvent[]): number {
  const n = Math.max(expected.length, actual.length)
  for (let i = 0; i < n; i++) {
    if (!expected[i] || !actual[i] || canonical(expected[i]) !== canonical(actual[i])) return i
  }
  return -1
}
