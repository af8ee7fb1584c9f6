import { jsPDF } from 'jspdf'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeResumePdf, SOFTWARE_ENGINEER } from '../../tests/fixtures/make-resume-pdf'
import { callerFor, completeBasicProfile, createCandidateActor, type Actor } from '../../tests/setup/fixtures'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import type { BotOutput } from '../chat/chat-machine'
import { botOutputs, connect, lastQuestion, newMessageId } from '../../tests/helpers/chat-client'
import type { StoredEvent } from '../chat/chat.repo'
import { findCity } from '../master-data/cities'
import { encryptedPdf, flateBombPdf, nestedArraysPdf, pageCountRedosPdf } from '../../tests/helpers/hostile-pdfs'

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

async function upload(actor: Actor, sessionId: string | null, bytes: Uint8Array, filename = 'resume.pdf', type = 'application/pdf') {
  const form = new FormData()
  if (sessionId) form.append('sessionId', sessionId)
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
  const res = await fetch(`${server.url}/uploads/resume`, { method: 'POST', body: form, headers: { cookie: actor.cookie, accept: 'application/json' } })
  return { status: res.status, body: (await res.json()) as { ok: boolean; code?: string; message?: string; found?: number; fileId?: string } }
}

async function events(actor: Actor, sessionId: string): Promise<StoredEvent[]> {
  const c = connect(server.url, actor.cookie)
  const snap = await c.viaHttp.chat.get.query({ sessionId })
  c.close()
  return snap.events as StoredEvent[]
}

/** every stored object's key, whatever the adapter */
async function storedKeys(): Promise<string[]> {
  const keys: string[] = []
  for await (const page of server.services.storage.list()) keys.push(...page.map((o) => o.key))
  return keys.sort()
}

const fileRows = (candidateId: string) =>
  server.services.db.selectFrom('files').select(['id', 'storage_key', 'original_name', 'deleted_at']).where('candidate_id', '=', candidateId).execute()

describe('resume PDF upload into the chat', () => {
  it('extracts a resume, shows what it found and asks only what is missing', async () => {
    const sessionId = await waitingSession(dev)
    const { status, body } = await upload(dev, sessionId, makeResumePdf(SOFTWARE_ENGINEER), 'sourabh.pdf')
    expect(status).toBe(200)
    expect(body.ok).toBe(true)
    const evs = await events(dev, sessionId)
    expect(evs.filter((e) => e.type === 'progress').length).toBeGreaterThanOrEqual(2)
    const found = botOutputs(evs).find((o): o is Extract<BotOutput, { type: 'found_fields' }> => o.type === 'found_fields')
    expect(found?.answers.full_name).toBe('Sourabh Bajaj')
    expect(found?.answers.email).toBe('sourabh@sourabhbajaj.com')
    expect(found?.answers.highest_education).toBe('post_graduate')
    expect((found?.answers.work_history as unknown[] | undefined)?.[0]).toMatchObject({ company: 'Google', title: 'Software Engineer', start: '2016-10', end: 'present' })
    expect(found?.answers.skills).toEqual(expect.arrayContaining(['Python', 'SQL']))
    // the next question is one the PDF did not answer
    const q = lastQuestion(evs)
    expect(q).not.toBeNull()
    expect(found?.answers[q!.key]).toBeUndefined()
    const saved = await server.services.db.selectFrom('chat_sessions').select(['upload_file_id']).where('id', '=', sessionId).executeTakeFirstOrThrow()
    expect(saved.upload_file_id).toBe(body.fileId)
    expect(await storedKeys()).toContain((await fileRows(dev.id)).find((f) => f.id === body.fileId)?.storage_key)
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

  it('a refused or unreadable PDF leaves nothing stored: no row, no bytes', async () => {
    const actor = await createCandidateActor(server.services)
    await completeBasicProfile(server.services, actor, { cityId: findCity('Pune')!.id, roleSlug: 'software-developer' })
    const blank = new jsPDF()
    for (let i = 1; i < 2000; i++) blank.addPage()
    const hostile: Array<[string, Uint8Array, string]> = [
      ['flate bomb', flateBombPdf(), 'too_complex'],
      ['2 000 pages', new Uint8Array(blank.output('arraybuffer')), 'too_many_pages'],
      ['encrypted', encryptedPdf(), 'encrypted'],
      ['page-count ReDoS', pageCountRedosPdf(), 'corrupt'],
      ['200 000 nested arrays', nestedArraysPdf(), 'too_complex'],
    ]
    const keysBefore = await storedKeys()
    for (const [label, bytes, code] of hostile) {
      const sessionId = await waitingSession(actor)
      const { status, body } = await upload(actor, sessionId, bytes, `${label}.pdf`)
      expect([status, body.code], label).toEqual([422, code])
      const sessionRow = await server.services.db.selectFrom('chat_sessions').select(['upload_file_id']).where('id', '=', sessionId).executeTakeFirstOrThrow()
      expect(sessionRow.upload_file_id, label).toBeNull()
    }
    expect(await fileRows(actor.id)).toEqual([])
    expect(await storedKeys()).toEqual(keysBefore)
  }, 60_000)

  it('keeps UTF-8 file names (accents, Devanagari) as typed, and only the name', async () => {
    const names: Array<[sent: string, stored: string]> = [
      ['résumé.pdf', 'résumé.pdf'],
      ['बायोडाटा.pdf', 'बायोडाटा.pdf'],
      // path parts, a right-to-left override (would show "fdp.exe" as "exe.pdf") and controls go
      ['C:\\Users\\me\\Desktop\\\u202Efdp.exe\t.pdf', 'fdp.exe.pdf'],
      [`${'क'.repeat(300)}.pdf`, `${'क'.repeat(196)}.pdf`],
    ]
    const caller = await callerFor(server.services, dev.cookie)
    for (const [sent, stored] of names) {
      const sessionId = await waitingSession(dev)
      const { status, body } = await upload(dev, sessionId, makeResumePdf(SOFTWARE_ENGINEER), sent)
      expect(status, sent).toBe(200)
      const row = (await fileRows(dev.id)).find((f) => f.id === body.fileId)
      expect(row?.original_name).toBe(stored)
      // shown in the conversation as the candidate's own message
      const said = (await events(dev, sessionId)).filter((e) => e.type === 'user_message').map((e) => (e.payload as { text: string }).text)
      expect(said).toContain(`Uploaded ${stored}`)
      // listed in the data export and named so in the download
      const exported = await caller.candidate.exportData()
      expect(exported.uploads.find((u) => u.id === body.fileId)?.original_name).toBe(stored)
      const download = await fetch(`${server.url}/files/${body.fileId}`, { headers: { cookie: dev.cookie } })
      expect(download.status).toBe(200)
      const disposition = download.headers.get('content-disposition') ?? ''
      expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '')).toBe(stored)
      await download.arrayBuffer()
    }
  }, 60_000)

  it('refuses uploads into a conversation that is not waiting for one, or is someone else’s', async () => {
    const c = connect(server.url, dev.cookie)
    const { sessionId } = await c.viaHttp.chat.start.mutate({ discardActive: true })
    c.close()
    const pdf = makeResumePdf(SOFTWARE_ENGINEER)
    expect((await upload(dev, sessionId, pdf)).status).toBe(409)
    const theirs = await waitingSession(other)
    expect((await upload(dev, theirs, pdf)).status).toBe(404)
    const anonymous = await fetch(`${server.url}/uploads/resume`, { method: 'POST', body: new FormData() })
    expect(anonymous.status).toBe(401)
  })
})
