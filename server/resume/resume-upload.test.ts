import { readFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeBasicProfile, createCandidateActor, type Actor } from '../../tests/setup/fixtures'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import type { BotOutput } from '../chat/chat-machine'
import { botOutputs, connect, lastQuestion, newMessageId } from '../chat/chat-test-client'
import type { StoredEvent } from '../chat/chat.repo'
import { findCity } from '../master-data/cities'

const FIXTURES = process.env.FIXTURES_DIR ?? path.resolve('../shared/fixtures/resumes')

let server: TestServer
let dev: Actor
let other: Actor

beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
  dev = await createCandidateActor(server.services, { name: 'Sourabh Bajaj' })
  await completeBasicProfile(server.services, dev, { cityId: findCity('Bengaluru')!.id, roleSlug: 'software-developer', name: 'Sourabh Bajaj' })
  other = await createCandidateActor(server.services)
  await completeBasicProfile(server.services, other, { cityId: findCity('Pune')!.id, roleSlug: 'delivery-boy' })
})
afterAll(async () => {
  await server?.stop()
})

async function waitingSession(actor: Actor) {
  const c = connect(server.url, actor.cookie)
  const { sessionId } = await c.viaHttp.chat.start.mutate({ discardActive: true })
  await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'choose_method', method: 'upload' } })
  c.close()
  return sessionId
}

async function upload(actor: Actor, sessionId: string | null, bytes: Buffer, filename = 'resume.pdf', type = 'application/pdf') {
  const form = new FormData()
  if (sessionId) form.append('sessionId', sessionId)
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
  const res = await fetch(`${server.url}/uploads/resume`, { method: 'POST', body: form, headers: { cookie: actor.cookie, accept: 'application/json' } })
  return { status: res.status, body: (await res.json()) as { ok: boolean; code?: string; message?: string; found?: number } }
}

async function events(actor: Actor, sessionId: string): Promise<StoredEvent[]> {
  const c = connect(server.url, actor.cookie)
  const snap = await c.viaHttp.chat.get.query({ sessionId })
  c.close()
  return snap.events as StoredEvent[]
}

describe('resume PDF upload into the chat', () => {
  it('extracts a real resume, shows what it found and asks only what is missing', async () => {
    const sessionId = await waitingSession(dev)
    const pdf = await readFile(path.join(FIXTURES, 'sb2nov__resume__sourabh_bajaj_resume.pdf'))
    const { status, body } = await upload(dev, sessionId, pdf, 'sourabh.pdf')
    expect(status).toBe(200)
    expect(body.ok).toBe(true)
    const evs = await events(dev, sessionId)
    expect(evs.filter((e) => e.type === 'progress').length).toBeGreaterThanOrEqual(2)
    const found = botOutputs(evs).find((o): o is Extract<BotOutput, { type: 'found_fields' }> => o.type === 'found_fields')
    expect(found?.answers.full_name).toBe('Sourabh Bajaj')
    expect(found?.answers.email).toBeTruthy()
    // the next question is one the PDF did not answer
    const q = lastQuestion(evs)
    if (q) expect(found?.answers[q.key]).toBeUndefined()
    const saved = await server.services.db.selectFrom('chat_sessions').select(['upload_file_id']).where('id', '=', sessionId).executeTakeFirstOrThrow()
    expect(saved.upload_file_id).toBeTruthy()
  })

  it('refuses hostile files with their own message and the offer to build with the bot', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer()
    const cases: Array<[Buffer, number, string]> = [
      [png, 415, 'wrong_type'],
      [Buffer.alloc(0), 400, 'empty'],
      [Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3 * 1024 * 1024, 32)]), 413, 'too_large'],
      [Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog'), 422, 'corrupt'],
    ]
    for (const [bytes, wantStatus, wantCode] of cases) {
      const sessionId = await waitingSession(dev)
      const { status, body } = await upload(dev, sessionId, bytes, 'renamed.pdf')
      expect([status, body.code], wantCode).toEqual([wantStatus, wantCode])
      expect(body.message).toBeTruthy()
      // the chat itself explains, except when the body was refused before we read it
      if (wantCode !== 'too_large') {
        const outs = botOutputs(await events(dev, sessionId))
        expect(outs.some((o) => o.type === 'error' || o.type === 'quick_replies')).toBe(true)
      }
    }
  })

  it('refuses uploads into a conversation that is not waiting for one, or is someone else’s', async () => {
    const c = connect(server.url, dev.cookie)
    const { sessionId } = await c.viaHttp.chat.start.mutate({ discardActive: true })
    c.close()
    const pdf = await readFile(path.join(FIXTURES, 'bjherger__ResumeParser__john_smith.pdf'))
    expect((await upload(dev, sessionId, pdf)).status).toBe(409)
    const theirs = await waitingSession(other)
    expect((await upload(dev, theirs, pdf)).status).toBe(404)
    const anonymous = await fetch(`${server.url}/uploads/resume`, { method: 'POST', body: new FormData() })
    expect(anonymous.status).toBe(401)
  })
})
