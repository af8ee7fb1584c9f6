/**
 * The job-posting bot with the LLM pass configured (a LangChain fake chat model standing in for
 * Gemini): a pasted JD's gaps are filled by the model, only with values the text backs, and the
 * bot asks the employer to confirm each of them; a model that never answers costs only the time
 * limit and the offline result is used.
 */
import type { ChatResult } from '@langchain/core/outputs'
import { FakeListChatModel } from '@langchain/core/utils/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, createEmployerActor, type Actor } from '../../tests/setup/fixtures'
import { createTestDatabase, type TestDatabase } from '../../tests/setup/test-db'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import type { AppServices } from '../app-services'
import { parseChatState, type BotOutput } from '../chat/chat-machine'
import type { StoredEvent } from '../chat/chat.repo'
import { createLlmJdExtractor, type JdLlmReport } from '../llm/jd-llm'

let database: TestDatabase
let server: TestServer
let employer: Actor

const COOK_JD = `We are looking for a cook for our new restaurant in Koramangala, Bengaluru.
You will prepare North Indian and Chinese dishes for lunch and dinner.
Pay fifteen to eighteen thousand rupees each month, food and stay free.
We need 3 people. Freshers with some kitchen practice are welcome.
Male candidates preferred. Joining fee of Rs 500 will be taken.`

const MODEL_OUTPUT = {
  title: 'Cook',
  company: 'Spice Route Kitchen', // not in the text
  city: 'Bengaluru',
  salary: '15,000 - 18,000 per month',
  openings: 3,
  skills: ['North Indian', 'Chinese'],
}

class SilentModel extends FakeListChatModel {
  constructor() {
    super({ responses: ['{}'] })
  }
  override async _generate(): Promise<ChatResult> {
    return new Promise<ChatResult>(() => {})
  }
}

const outputsOf = (events: StoredEvent[]): BotOutput[] => events.filter((e) => e.type === 'bot_output').map((e) => e.payload as unknown as BotOutput)

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer({ database, remix: 'none' })
  employer = await createEmployerActor(server.services)
})
afterAll(async () => {
  await server?.stop()
  await database?.destroy()
})

let n = 0
const id = () => `llm-msg-${Date.now()}-${n++}`

async function pasteWith(services: AppServices, text: string) {
  const caller = await callerFor(services, employer.cookie)
  const { sessionId } = await caller.jobBot.start({ discardActive: true })
  await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'start' } })
  await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'choose_method', method: 'upload' } })
  const pasted = await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'submit_text', text } })
  const found = outputsOf(pasted.events).find((o): o is Extract<BotOutput, { type: 'found_fields' }> => o.type === 'found_fields')
  const row = await services.db.selectFrom('chat_sessions').select('state').where('id', '=', sessionId).executeTakeFirstOrThrow()
  const state = await caller.jobBot.get({ sessionId })
  const question = state.prompt.find((o): o is Extract<BotOutput, { type: 'question' }> => o.type === 'question')?.question
  return { found, state: parseChatState(row.state), question }
}

describe('job-posting bot with the LLM pass', () => {
  it('fills the gaps the text backs, drops the rest, and asks the employer to confirm them', async () => {
    const reports: JdLlmReport[] = []
    const services: AppServices = { ...server.services, jdExtractor: createLlmJdExtractor(new FakeListChatModel({ responses: [JSON.stringify(MODEL_OUTPUT)] }), { onReport: (r) => reports.push(r) }) }
    const { found, state, question } = await pasteWith(services, COOK_JD)

    expect(found, 'found_fields').toBeDefined()
    expect(found!.answers).toMatchObject({ title: 'Cook', city: 'Bengaluru', salary_range: { min: 15000, max: 18000 }, openings: 3 })
    expect(found!.answers.company_name).toBeUndefined()
    expect(reports[0]).toMatchObject({ used: true })
    expect(reports[0]!.rejected).toContainEqual({ key: 'company', reason: 'not in the text' })
    // every value the model filled waits for the employer's confirmation
    expect(state.unconfirmed).toEqual(expect.arrayContaining(['title', 'salary_range', 'openings']))
    // the first thing the bot asks: "Is the job title Cook?"
    expect(question).toMatchObject({ key: 'title', mode: 'confirm' })
    // the offline rules still raise the fee and the gender wording
    expect(state.answers).toMatchObject({ fee_wording: expect.stringMatching(/Joining fee/), gender_wording: expect.stringMatching(/Male candidates preferred/) })
  })

  it('a model that never answers: the offline result after the time limit', async () => {
    const reports: JdLlmReport[] = []
    const services: AppServices = { ...server.services, jdExtractor: createLlmJdExtractor(new SilentModel(), { timeoutMs: 100, onReport: (r) => reports.push(r) }) }
    const { found, state } = await pasteWith(services, COOK_JD)
    expect(reports[0]?.error).toMatch(/^timeout/)
    expect(found, 'found_fields').toBeDefined()
    expect(found!.answers.title).toBeUndefined()
    // pay written in words ("fifteen to eighteen thousand") is read by the offline rules (decision 012)
    expect(found!.answers).toMatchObject({ city: 'Bengaluru', salary_range: { min: 15000, max: 18000 } })
    expect(state.answers).toMatchObject({ fee_wording: expect.stringMatching(/Joining fee/) })
  })
})
