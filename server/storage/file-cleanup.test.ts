import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeResumePdf, SOFTWARE_ENGINEER } from '../../tests/fixtures/make-resume-pdf'
import { completeBasicProfile, createCandidateActor, type Actor } from '../../tests/setup/fixtures'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import { connect, newMessageId } from '../../tests/helpers/chat-client'
import { findCity } from '../master-data/cities'
import { cleanupOrphanFiles, startFileCleanup } from './file-cleanup'
import { markFileDeleted } from './files.repo'
import { storeFile } from './files.service'

let server: TestServer
let actor: Actor

beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
  actor = await createCandidateActor(server.services)
  await completeBasicProfile(server.services, actor, { cityId: findCity('Pune')!.id, roleSlug: 'software-developer' })
})
afterAll(async () => {
  await server?.stop()
})

const HOUR = 60 * 60 * 1000

async function post(path: string, bytes: Buffer, filename: string, mime: string, fields: Record<string, string> = {}) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  form.append('file', new Blob([new Uint8Array(bytes)], { type: mime }), filename)
  const res = await fetch(`${server.url}${path}`, { method: 'POST', body: form, headers: { cookie: actor.cookie, accept: 'application/json', origin: server.url } })
  expect(res.status, path).toBe(200)
  return (await res.json()) as Record<string, unknown>
}

async function storedKeys(): Promise<string[]> {
  const keys: string[] = []
  for await (const page of server.services.storage.list()) keys.push(...page.map((o) => o.key))
  return keys
}

const rowOf = (id: string) => server.services.db.selectFrom('files').select(['id', 'storage_key', 'deleted_at']).where('id', '=', id).executeTakeFirstOrThrow()

describe('orphan file cleanup', () => {
  it('removes planted orphans and unreferenced rows after their grace periods, and keeps every live file', async () => {
    const { services } = server
    // live and referenced: a profile photo (candidates.photo_file_id) and an uploaded resume (chat_sessions.upload_file_id)
    const png = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#4060a0' } }).png().toBuffer()
    await post('/uploads/profile-photo', png, 'me.png', 'image/png')
    const photoId = (await services.db.selectFrom('candidates').select('photo_file_id').where('id', '=', actor.id).executeTakeFirstOrThrow()).photo_file_id!
    const c = connect(server.url, actor.cookie)
    const { sessionId } = await c.viaHttp.chat.start.mutate({ discardActive: true })
    await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'choose_method', method: 'upload' } })
    c.close()
    const resumeId = String((await post('/uploads/resume', makeResumePdf(SOFTWARE_ENGINEER), 'cv.pdf', 'application/pdf', { sessionId })).fileId)
    // two licences: one given as a chat answer (its id inside the session's JSON state), one never used
    const answeredId = String((await post('/uploads/driving-licence', png, 'dl.png', 'image/png')).fileId)
    const unusedId = String((await post('/uploads/driving-licence', png, 'dl2.png', 'image/png')).fileId)
    await sql`update chat_sessions set state = jsonb_set(state, '{answers,driving_licence_file}', to_jsonb(${answeredId}::text)) where id = ${sessionId}`.execute(services.db)
    // planted: bytes with no row, and a deleted row whose bytes were never removed
    const strayKey = `resume_upload/${randomUUID()}.pdf`
    await services.storage.put(strayKey, Buffer.from('%PDF-1.4 stray'), 'application/pdf')
    const deleted = await storeFile(services, { owner: { candidateId: actor.id }, kind: 'resume_upload', bytes: Buffer.from('%PDF-1.4 old'), mime: 'application/pdf' })
    await markFileDeleted(services.db, deleted.id, services.now())
    const deletedKey = (await rowOf(deleted.id)).storage_key

    const live = await Promise.all([photoId, resumeId, answeredId, unusedId].map(rowOf))
    // now: the stray bytes are young (an upload may be between writing bytes and row); only the deleted row's bytes go
    let report = await cleanupOrphanFiles(services)
    expect(report).toEqual({ unreferencedRows: [], removedKeys: [deletedKey] })
    expect(await storedKeys()).toContain(strayKey)

    // two hours on: the stray bytes are orphans; the unused licence is still within its day
    report = await cleanupOrphanFiles(services, { now: new Date(Date.now() + 2 * HOUR) })
    expect(report).toEqual({ unreferencedRows: [], removedKeys: [strayKey] })

    // two days on: the unused licence is collected (row soft-deleted, bytes removed); referenced files stay
    report = await cleanupOrphanFiles(services, { now: new Date(Date.now() + 48 * HOUR) })
    const unused = live.find((r) => r.id === unusedId)!
    expect(report).toEqual({ unreferencedRows: [unusedId], removedKeys: [unused.storage_key] })
    expect((await rowOf(unusedId)).deleted_at).not.toBeNull()
    const keys = await storedKeys()
    for (const row of live.filter((r) => r.id !== unusedId)) {
      expect((await rowOf(row.id)).deleted_at, row.id).toBeNull()
      expect(keys, row.id).toContain(row.storage_key)
      // the bytes are intact
      expect((await services.storage.get(row.storage_key)).length).toBeGreaterThan(0)
    }
    expect(keys).not.toContain(deletedKey)
    expect(keys).not.toContain(strayKey)
    // nothing left to do
    expect(await cleanupOrphanFiles(services, { now: new Date(Date.now() + 48 * HOUR) })).toEqual({ unreferencedRows: [], removedKeys: [] })
  })

  it('runs at start and stops cleanly', async () => {
    const strayKey = `profile_photo/${randomUUID()}.webp`
    await server.services.storage.put(strayKey, Buffer.from('RIFF'), 'image/webp')
    // the run at start sees the stray bytes two hours old (a grace of 0 would race the file's mtime,
    // which can fall in the same millisecond as the run's clock)
    const stop = startFileCleanup(server.services, { now: new Date(Date.now() + 2 * HOUR), intervalMs: HOUR })
    await expect.poll(async () => (await storedKeys()).includes(strayKey), { timeout: 10_000 }).toBe(false)
    await stop()
  })
})
