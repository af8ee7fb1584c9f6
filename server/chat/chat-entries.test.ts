import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { botOutputs, connect, lastQuestion, newMessageId, type ChatClient } from '../../tests/helpers/chat-client'
import { sampleAnswer } from '../../tests/helpers/sample-answers'
import { createCandidateActor, completeBasicProfile, type Actor } from '../../tests/setup/fixtures'
import { readPdf } from '../../tests/setup/read-pdf'
import { createTestDatabase, type TestDatabase } from '../../tests/setup/test-db'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import { findCity } from '../master-data/cities'
import { renderCurrentResumePdf } from '../resume/resume.service'
import type { QuestionView } from './chat-machine'

/**
 * Education and work entries through the real service and Postgres: a wrong entry is refused and
 * the same question re-asked (nothing stored, version unchanged), the entries are saved in the
 * resume JSON's entry shape, the total is offered from them, and the downloaded PDF prints them.
 */
let database: TestDatabase
let server: TestServer

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer({ database, remix: 'none' })
})
afterAll(async () => {
  await server?.stop()
  await database?.destroy()
})

async function candidate(roleSlug: string, name: string): Promise<Actor> {
  const actor = await createCandidateActor(server.services, { name })
  await completeBasicProfile(server.services, actor, { cityId: findCity('Chennai')!.id, roleSlug, name })
  return actor
}

type Session = { c: ChatClient; sessionId: string; question: QuestionView | null }

async function send(s: Session, value: unknown) {
  const r = await s.c.viaHttp.chat.send.mutate({ sessionId: s.sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: s.question!.key, value } })
  const next = lastQuestion(r.events)
  if (r.accepted) s.question = next
  return r
}

/** Answers with sample answers until `key` is asked. */
async function answerUntil(s: Session, key: string) {
  for (let i = 0; i < 30 && s.question && s.question.key !== key; i++) await send(s, sampleAnswer(s.question))
  expect(s.question?.key).toBe(key)
}

describe('education and work entries through the chat service', () => {
  it('white-collar: a wrong entry is re-asked; entries are saved, the total offered from them, and the PDF prints them', async () => {
    const actor = await candidate('accountant', 'Meera Iyer')
    const c = connect(server.url, actor.cookie)
    const { sessionId } = await c.viaHttp.chat.start.mutate({ discardActive: true })
    const chosen = await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'choose_method', method: 'bot' } })
    const s: Session = { c, sessionId, question: lastQuestion(chosen.events) }

    await answerUntil(s, 'education')
    expect(s.question).toMatchObject({ kind: 'entries', entry: 'education', required: true })

    const before = await c.viaHttp.chat.get.query({ sessionId })
    const refused = await send(s, [{ degree: 'B.Com', institution: 'Stella Maris College', year: '2040' }])
    expect(refused.accepted).toBe(false)
    expect(botOutputs(refused.events)).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'error', questionKey: 'education', message: expect.stringMatching(/^Entry 1: 2040 is too far ahead/) })]),
    )
    expect(lastQuestion(refused.events)?.key).toBe('education')
    // the refused answer stays in the transcript as typed
    expect(refused.events.find((e) => e.type === 'user_message')?.payload).toMatchObject({ text: 'B.Com, Stella Maris College (2040)' })
    expect(refused.version).toBe(before.session.version)

    const saved = await send(s, [
      { degree: 'MBA Finance', institution: 'Loyola College', year: '2020' },
      { degree: 'B.Com', institution: 'Stella Maris College', year: '2017' },
    ])
    expect(saved.accepted).toBe(true)

    await answerUntil(s, 'work_history')
    expect(s.question).toMatchObject({ kind: 'entries', entry: 'work', noneLabel: 'Fresher' })
    await send(s, [
      { company: 'Sundaram Finance', title: 'Senior Accountant', start: '2022-04', current: true },
      { company: 'Ashok Leyland', title: 'Accounts Executive', start: '2020-07', end: '2022-03' },
    ])
    expect(s.question?.key).toBe('experience_months')
    expect(typeof s.question?.prefill).toBe('string')
    await send(s, s.question?.prefill)

    for (let i = 0; i < 30 && s.question; i++) await send(s, sampleAnswer(s.question))
    const confirmed = await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'confirm' } })
    expect(confirmed.accepted).toBe(true)

    const resume = await c.viaHttp.resume.current.query()
    expect(resume?.answers.education).toEqual([
      { institution: 'Loyola College', degree: 'MBA Finance', year: 2020 },
      { institution: 'Stella Maris College', degree: 'B.Com', year: 2017 },
    ])
    expect(resume?.answers.work_history).toEqual([
      { company: 'Sundaram Finance', title: 'Senior Accountant', start: '2022-04', end: 'present', months: null },
      { company: 'Ashok Leyland', title: 'Accounts Executive', start: '2020-07', end: '2022-03', months: null },
    ])
    expect(resume?.summary.find((i) => i.key === 'education')?.display).toBe('MBA Finance, Loyola College (2020); B.Com, Stella Maris College (2017)')

    const rendered = await renderCurrentResumePdf(server.services.db, actor.id, new Date())
    const text = (await readPdf(rendered!.pdf)).text.replace(/\s+/g, ' ')
    for (const printed of ['MBA Finance, Loyola College, 2020', 'B.Com, Stella Maris College, 2017', 'Senior Accountant — Sundaram Finance', 'Apr 2022 – Present', 'Accounts Executive — Ashok Leyland', 'Jul 2020 – Mar 2022']) {
      expect(text).toContain(printed)
    }
    c.close()
  })

  it('blue-collar: "No previous work" stores none and offers "fresher" as the total', async () => {
    const actor = await candidate('delivery-boy', 'Sunil Yadav')
    const c = connect(server.url, actor.cookie)
    const { sessionId } = await c.viaHttp.chat.start.mutate({ discardActive: true })
    const chosen = await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'choose_method', method: 'bot' } })
    const s: Session = { c, sessionId, question: lastQuestion(chosen.events) }
    await answerUntil(s, 'work_history')
    expect(s.question).toMatchObject({ label: 'Previous work', noneLabel: 'No previous work', required: false })
    const none = await send(s, [])
    expect(none.accepted).toBe(true)
    expect(s.question).toMatchObject({ key: 'experience_months', prefill: 'fresher' })
    const row = await server.services.db.selectFrom('chat_sessions').select('state').where('id', '=', sessionId).executeTakeFirstOrThrow()
    expect(row.state).toMatchObject({ answers: { work_history: [] } })
    c.close()
  })
})
