import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, collectEvents, lastQuestion, newMessageId } from '../../tests/helpers/chat-client'
import { sampleAnswer } from '../../tests/helpers/sample-answers'
import { completeBasicProfile, createCandidateActor, randomMobile, type Actor } from '../../tests/setup/fixtures'
import { createTestDatabase, type TestDatabase } from '../../tests/setup/test-db'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import { getCandidateLocale } from '../candidate/candidate.repo'
import { findCity } from '../master-data/cities'
import { appRouter } from '../trpc/root'
import { createContext } from '../trpc/context'
import type { StoredEvent } from './chat.repo'
import { languageFromAcceptLanguage } from './messages'

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

async function deliveryCandidate(): Promise<Actor> {
  const actor = await createCandidateActor(server.services, { name: 'Sunil Yadav' })
  await completeBasicProfile(server.services, actor, { cityId: findCity('Pune')!.id, roleSlug: 'delivery-boy', name: 'Sunil Yadav' })
  return actor
}

describe('the candidate’s language', () => {
  it('sign-up takes the first language the browser prefers that the bot speaks', async () => {
    const signUp = async (acceptLanguage: string | null) => {
      const ctx = await createContext(server.services, {
        transport: 'internal',
        headers: { host: 'localhost', 'accept-language': acceptLanguage },
        ip: '127.0.0.1',
        setCookie: () => {},
      })
      const { candidateId } = await appRouter.createCaller(ctx).auth.candidateSignUp({ mobile: randomMobile(), fullName: 'Meena Devi' })
      return getCandidateLocale(server.services.db, candidateId)
    }
    expect(await signUp('hi-IN,hi;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('hi')
    expect(await signUp('en-IN,en;q=0.9,hi;q=0.8')).toBe('en')
    expect(await signUp('ta-IN,ta;q=0.9')).toBe('en')
    expect(await signUp(null)).toBe('en')
    expect(languageFromAcceptLanguage('en;q=0.2, hi;q=0.5')).toBe('hi')
  })

  it('candidate.setLocale takes only a registered language', async () => {
    const actor = await deliveryCandidate()
    const c = connect(server.url, actor.cookie)
    expect(await c.viaHttp.candidate.setLocale.mutate({ locale: 'hi' })).toEqual({ locale: 'hi' })
    expect((await c.viaHttp.candidate.locale.query()).locale).toBe('hi')
    await expect(c.viaHttp.candidate.setLocale.mutate({ locale: 'xx' })).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } })
    expect((await c.viaHttp.candidate.locale.query()).languages.map((l) => l.code)).toEqual(['en', 'hi'])
    c.close()
  })

  it('a session started in Hindi, switched over WebSocket, replays exactly: each event as it was sent, the current prompt in the language now spoken', async () => {
    const actor = await deliveryCandidate()
    const c = connect(server.url, actor.cookie)
    await c.viaHttp.candidate.setLocale.mutate({ locale: 'hi' })
    const { sessionId } = await c.viaHttp.chat.start.mutate({ discardActive: true })
    const chosen = await c.viaWs.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'choose_method', method: 'bot' } })
    let q = lastQuestion(chosen.events)!
    expect(q.prompt).toContain('क्या यह सही है?')

    // two answers, then the switch sent twice with one id (a retry after a dropped socket)
    for (let i = 0; i < 2; i++) {
      const r = await c.viaWs.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q) } })
      q = lastQuestion(r.events)!
    }
    const seenUpTo = (await c.viaHttp.chat.get.query({ sessionId })).session.lastSeq
    c.close()

    const switchId = newMessageId()
    const again = connect(server.url, actor.cookie)
    const first = await again.viaHttp.chat.send.mutate({ sessionId, clientMessageId: switchId, event: { type: 'set_language', language: 'en' } })
    const repeat = await again.viaWs.chat.send.mutate({ sessionId, clientMessageId: switchId, event: { type: 'set_language', language: 'en' } })
    expect(first.accepted).toBe(true)
    expect(repeat).toMatchObject({ duplicate: true, events: first.events })
    const english = lastQuestion(first.events)!
    expect(english).toMatchObject({ key: q.key, label: expect.stringMatching(/^[\x20-\x7e]+$/) })
    expect(first.events.find((e) => e.type === 'user_message')?.payload).toMatchObject({ event: 'set_language', text: 'English' })
    // the account remembers the choice (one flow: the switch on the chat page)
    expect(await getCandidateLocale(server.services.db, actor.id)).toBe('en')

    // a reconnect from before the switch gets exactly what it missed, once
    const missed = await collectEvents(again.viaWs, { sessionId, lastEventId: String(seenUpTo) }, (evs) => evs.some((e) => e.seq === first.lastSeq))
    expect(missed.map((e) => e.seq)).toEqual(first.events.map((e) => e.seq))

    // a full replay (another device): the Hindi questions stay Hindi, the prompt now is English
    const replay = await again.viaHttp.chat.get.query({ sessionId })
    const asked = replay.events.filter((e: StoredEvent) => e.type === 'bot_output' && (e.payload as { type: string }).type === 'question')
    expect((asked[0]?.payload as { question: { prompt: string } }).question.prompt).toContain('क्या यह सही है?')
    expect(replay.prompt).toEqual([{ type: 'question', question: english }])
    expect(replay.session.lastSeq).toBe(first.lastSeq)
    again.close()
  })
})
