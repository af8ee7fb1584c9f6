import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createCandidateActor, completeBasicProfile, type Actor } from '../../tests/setup/fixtures'
import { createTestDatabase, type TestDatabase } from '../../tests/setup/test-db'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import { sql } from 'kysely'
import { createSession, revokeSession } from '../auth/session.repo'
import { findCity } from '../master-data/cities'
import { botOutputs, collectEvents, connect, hasOutput, lastQuestion, newMessageId } from '../../tests/helpers/chat-client'
import type { StoredEvent } from './chat.repo'
import type { ChatState } from './chat-machine'
import { ChatStateCache } from './state-cache'
import { sampleAnswer } from '../../tests/helpers/sample-answers'

let database: TestDatabase
let server: TestServer
let alice: Actor
let bob: Actor

const pune = () => findCity('Pune')!.id

async function newCandidate(role = 'delivery-boy'): Promise<Actor> {
  const actor = await createCandidateActor(server.services, { name: 'Ravi Kumar' })
  await completeBasicProfile(server.services, actor, { cityId: pune(), roleSlug: role, name: 'Ravi Kumar' })
  return actor
}

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer({ database, remix: 'none' })
  alice = await newCandidate()
  bob = await newCandidate()
})
afterAll(async () => {
  await server?.stop()
  await database?.destroy()
})

async function startBotSession(actor: Actor) {
  const c = connect(server.url, actor.cookie)
  const { sessionId } = await c.viaHttp.chat.start.mutate({ discardActive: true })
  const chosen = await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'choose_method', method: 'bot' } })
  return { c, sessionId, version: chosen.version, question: lastQuestion(chosen.events)! }
}

describe('chat over real WebSockets', () => {
  it('the same client message id sent three times gives one bot reply', async () => {
    const { c, sessionId, question } = await startBotSession(alice)
    const id = newMessageId()
    const send = () => c.viaWs.chat.send.mutate({ sessionId, clientMessageId: id, event: { type: 'answer', questionKey: question.key, value: sampleAnswer(question) } })
    const first = await send()
    const second = await send()
    const third = await send()
    expect(first.duplicate).toBe(false)
    expect(second.duplicate).toBe(true)
    expect(third.duplicate).toBe(true)
    expect(second.events).toEqual(first.events)
    const replies = await server.services.db
      .selectFrom('chat_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('session_id', '=', sessionId)
      .where('type', '=', 'user_message')
      .where('seq', '>=', first.firstSeq)
      .executeTakeFirstOrThrow()
    expect(Number(replies.n)).toBe(1)
    c.close()
  })

  it('the same client message id sent twice while another turn holds the session: one turn, the other returns it', async () => {
    // both sends start (and take their snapshots) while the row is locked here, so the one that
    // locks second has a snapshot older than the first one's stored turn
    const { c, sessionId, question } = await startBotSession(alice)
    const db = server.services.db
    const id = newMessageId()
    const send = (via: 'viaWs' | 'viaHttp') => c[via].chat.send.mutate({ sessionId, clientMessageId: id, event: { type: 'answer', questionKey: question.key, value: sampleAnswer(question) } })
    const sends = await db.transaction().execute(async (trx) => {
      await trx.selectFrom('chat_sessions').select('id').where('id', '=', sessionId).forUpdate().execute()
      const both = [send('viaWs'), send('viaHttp')]
      // the first waits for this transaction, the second for the first (its tuple lock)
      const waiting = async () => Number((await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(db)).rows[0].n)
      await expect.poll(waiting, { timeout: 10_000 }).toBe(2)
      return both
    })
    const results = await Promise.all(sends)
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true])
    expect(results[0].events).toEqual(results[1].events)
    const replies = await db
      .selectFrom('chat_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('session_id', '=', sessionId)
      .where('type', '=', 'user_message')
      .where('seq', '>=', results[0].firstSeq)
      .executeTakeFirstOrThrow()
    expect(Number(replies.n)).toBe(1)
    c.close()
  })

  it('a state another writer stored (its last_seq moved) is the one the next turn runs on, not the one this process remembers', async () => {
    const { c, sessionId, question } = await startBotSession(alice)
    const answered = await c.viaWs.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: question.key, value: sampleAnswer(question) } })
    const next = lastQuestion(answered.events)!
    // as another instance would: a new state version and one more event
    await sql`update chat_sessions set state = jsonb_set(state, '{version}', to_jsonb(${answered.version + 40}::int)), state_version = ${answered.version + 40}::int, last_seq = last_seq + 1 where id = ${sessionId}`.execute(server.services.db)
    await sql`insert into chat_events (session_id, seq, type, payload) values (${sessionId}, ${answered.lastSeq + 1}::int, 'progress', '{}'::jsonb)`.execute(server.services.db)
    const stale = await c.viaWs.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), expectedVersion: answered.version, event: { type: 'answer', questionKey: next.key, value: sampleAnswer(next) } })
    expect(stale).toMatchObject({ stale: true, accepted: false, version: answered.version + 40 })
    const fresh = await c.viaWs.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), expectedVersion: answered.version + 40, event: { type: 'answer', questionKey: next.key, value: sampleAnswer(next) } })
    expect(fresh).toMatchObject({ stale: false, accepted: true, version: answered.version + 41, firstSeq: answered.lastSeq + 2 })
    c.close()
  })

  it('a turn keeps the state it took from the cache while it waits for the lock, even when another session evicts it meanwhile', async () => {
    const a = await startBotSession(alice)
    const first = await a.c.viaWs.chat.send.mutate({ sessionId: a.sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: a.question.key, value: sampleAnswer(a.question) } })
    const next = lastQuestion(first.events)!
    const b = await startBotSession(bob)
    const services = server.services
    const before = services.chatStates
    // a cache of one session, so B's turn evicts A's entry; A's cache entry is re-set below
    services.chatStates = new ChatStateCache(1)
    const stored = await sql<{ state: ChatState }>`select state from chat_sessions where id = ${a.sessionId}`.execute(services.db)
    services.chatStates.set(a.sessionId, first.lastSeq, stored.rows[0].state)
    try {
      let release!: () => void
      const released = new Promise<void>((resolve) => (release = resolve))
      let locked!: () => void
      const isLocked = new Promise<void>((resolve) => (locked = resolve))
      // another transaction holds A's row, so A's turn waits at its lock
      const holder = services.db.transaction().execute(async (trx) => {
        await sql`select 1 from chat_sessions where id = ${a.sessionId} for update`.execute(trx)
        locked()
        await released
      })
      await isLocked
      const turnA = a.c.viaWs.chat.send.mutate({ sessionId: a.sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: next.key, value: sampleAnswer(next) } })
      await vi.waitFor(async () => {
        const waiting = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%chat_sessions%'`.execute(services.db)
        expect(waiting.rows[0].n).toBeGreaterThan(0)
      })
      await b.c.viaWs.chat.send.mutate({ sessionId: b.sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: b.question.key, value: sampleAnswer(b.question) } })
      expect(services.chatStates.latest(a.sessionId)).toBeUndefined()
      release()
      await holder
      const done = await turnA
      expect(done).toMatchObject({ accepted: true, duplicate: false, stale: false, version: first.version + 1 })
      expect(lastQuestion(done.events)?.key).not.toBe(next.key)
    } finally {
      services.chatStates = before
      a.c.close()
      b.c.close()
    }
  })

  it('a live stream ends when its login is revoked, at the next event', async () => {
    const { c, sessionId, question } = await startBotSession(alice)
    // a second login of the same candidate (another device) holds the stream
    const other = await createSession(server.services.db, { candidateId: alice.id })
    const device = connect(server.url, (await server.services.sessionCookie.serialize(other)).split(';')[0])
    const snap = await c.viaHttp.chat.get.query({ sessionId })
    const got: StoredEvent[] = []
    let ended: unknown = null
    const sub = device.viaWs.chat.events.subscribe(
      { sessionId, lastEventId: String(snap.session.lastSeq) },
      { onData: (item) => (item.data.kind === 'event' ? got.push(item.data.event as StoredEvent) : undefined), onError: (error) => (ended = error) },
    )
    let q = question
    const r = await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q) } })
    await vi.waitFor(() => expect(got.map((e) => e.seq)).toContain(r.lastSeq), { timeout: 10_000, interval: 50 })
    await revokeSession(server.services.db, other)
    q = lastQuestion(r.events)!
    const after = await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q) } })
    await expect.poll(() => ended, { timeout: 10_000 }).toMatchObject({ data: { code: 'UNAUTHORIZED' } })
    expect(got.map((e) => e.seq)).not.toContain(after.lastSeq)
    sub.unsubscribe()
    device.close()
    c.close()
  })

  it('two concurrent sends on one session are serialised: only one applies to the current question', async () => {
    const { c, sessionId, version, question } = await startBotSession(alice)
    const value = sampleAnswer(question)
    const [a, b] = await Promise.all([
      c.viaWs.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), expectedVersion: version, event: { type: 'answer', questionKey: question.key, value } }),
      c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), expectedVersion: version, event: { type: 'answer', questionKey: question.key, value } }),
    ])
    const results = [a, b]
    expect(results.filter((r) => r.accepted).length).toBe(1)
    expect(results.filter((r) => r.stale).length).toBe(1)
    // the events of the two turns never interleave
    const applied = results.find((r) => r.accepted)!
    expect(applied.events.map((e) => e.seq)).toEqual(Array.from({ length: applied.lastSeq - applied.firstSeq + 1 }, (_, i) => applied.firstSeq + i))
    c.close()
  })

  it('a dropped socket reconnecting with lastEventId receives exactly the missed events', async () => {
    const { c, sessionId } = await startBotSession(alice)
    const initial = await c.viaHttp.chat.get.query({ sessionId })
    const seenUpTo = initial.session.lastSeq
    c.close() // the socket drops

    // meanwhile two turns happen over HTTP (another tab, or the fallback)
    let q = lastQuestion(initial.events)!
    const missed: StoredEvent[] = []
    for (let i = 0; i < 2; i++) {
      const r = await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q) } })
      missed.push(...r.events)
      q = lastQuestion(r.events)!
    }
    const again = connect(server.url, alice.cookie)
    const lastMissed = missed[missed.length - 1].seq
    const got = await collectEvents(again.viaWs, { sessionId, lastEventId: String(seenUpTo) }, (evs) => evs.some((e) => e.seq === lastMissed))
    expect(got.map((e) => e.seq)).toEqual(missed.map((e) => e.seq))
    again.close()
  })

  it('live events arrive over the subscription while turns are sent, each once', async () => {
    const { c, sessionId } = await startBotSession(alice)
    const snap = await c.viaHttp.chat.get.query({ sessionId })
    let q = lastQuestion(snap.events)!
    const listener = connect(server.url, alice.cookie)
    const got: StoredEvent[] = []
    // NOTE: not collectEvents with a stop condition: under load the listener can receive the last
    // turn's events before its sender has the reply that says which seq is last
    const sub = listener.viaWs.chat.events.subscribe(
      { sessionId, lastEventId: String(snap.session.lastSeq) },
      { onData: (item) => (item.data.kind === 'event' ? got.push(item.data.event as StoredEvent) : undefined) },
    )
    await new Promise((r) => setTimeout(r, 200))
    const sent: StoredEvent[] = []
    for (let i = 0; i < 3; i++) {
      const r = await c.viaWs.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q) } })
      sent.push(...r.events)
      q = lastQuestion(r.events)!
    }
    await vi.waitFor(() => expect(got.map((e) => e.seq)).toEqual(sent.map((e) => e.seq)), { timeout: 10_000, interval: 50 })
    // nothing arrives twice afterwards
    await new Promise((r) => setTimeout(r, 200))
    expect(got.map((e) => e.seq)).toEqual(sent.map((e) => e.seq))
    sub.unsubscribe()
    listener.close()
    c.close()
  })

  it('more simultaneous new chats than the pool has connections all start: none holds a connection while waiting for another', { timeout: 60_000 }, async () => {
    // a server whose pool has 2 connections, and 8 candidates starting at once
    const small = await createTestDatabase()
    const tight = await startTestServer({ database: small, remix: 'none', env: { DATABASE_POOL_MAX: '2' } })
    try {
      const actors = await Promise.all(
        Array.from({ length: 8 }, async () => {
          const actor = await createCandidateActor(tight.services, { name: 'Ravi Kumar' })
          await completeBasicProfile(tight.services, actor, { cityId: pune(), roleSlug: 'delivery-boy', name: 'Ravi Kumar' })
          return actor
        }),
      )
      const clients = actors.map((a) => connect(tight.url, a.cookie, { lazy: true }))
      try {
        const started = await Promise.allSettled(clients.map((c) => c.viaHttp.chat.start.mutate({})))
        expect(started.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([])
        expect(new Set(started.flatMap((r) => (r.status === 'fulfilled' ? [r.value.sessionId] : []))).size).toBe(8)
      } finally {
        for (const c of clients) c.close()
      }
    } finally {
      await tight.stop()
      await small.destroy()
    }
  })

  it('the typing indicator shows for slow work only: a drafted About turns it on, then off; quick answers show none', { timeout: 60_000 }, async () => {
    const actor = await newCandidate()
    const { c, sessionId, question } = await startBotSession(actor)
    const typing: boolean[] = []
    let events = 0
    const sub = c.viaWs.chat.events.subscribe(
      { sessionId },
      {
        onData: (item) => {
          const d = 'data' in item ? item.data : item
          if (d.kind === 'typing') typing.push(d.on)
          else events++
        },
      },
    )
    const delay = server.services.typingDelayMs
    try {
      // quick turns: however slow this machine is today, none reaches a 10 s delay
      server.services.typingDelayMs = 10_000
      let q = question
      while (!q.canDraft) {
        const r = await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q) } })
        q = lastQuestion(r.events)!
      }
      await expect.poll(() => events).toBeGreaterThan(5)
      expect(typing).toEqual([])
      server.services.typingDelayMs = 50
      const drafter = server.services.aboutDrafter
      server.services.aboutDrafter = async (answers, profile) => {
        await new Promise((resolve) => setTimeout(resolve, 1000))
        return drafter(answers, profile)
      }
      try {
        await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: q.key, value: { draft: true } } })
      } finally {
        server.services.aboutDrafter = drafter
      }
      await expect.poll(() => typing).toEqual([true, false])
    } finally {
      server.services.typingDelayMs = delay
      sub.unsubscribe()
      c.close()
    }
  })

  it('another candidate cannot read, subscribe to or send into the session', async () => {
    const { c, sessionId, question } = await startBotSession(alice)
    const intruder = connect(server.url, bob.cookie)
    await expect(intruder.viaHttp.chat.get.query({ sessionId })).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } })
    await expect(
      intruder.viaWs.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: question.key, value: sampleAnswer(question) } }),
    ).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } })
    await expect(collectEvents(intruder.viaWs, { sessionId }, () => true, 3000)).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } })
    const anonymous = connect(server.url, '')
    await expect(collectEvents(anonymous.viaWs, { sessionId }, () => true, 3000)).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } })
    intruder.close()
    anonymous.close()
    c.close()
  })

  it('a full delivery conversation ends in a saved resume, and a second one bumps the version', async () => {
    for (const expectedVersion of [1, 2]) {
      const { c, sessionId } = await startBotSession(bob)
      let snap = await c.viaHttp.chat.get.query({ sessionId })
      let events = snap.events as StoredEvent[]
      for (let turn = 0; turn < 60 && !hasOutput(events, 'preview'); turn++) {
        const q = lastQuestion(events)!
        const r = await c.viaWs.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q, { pick: turn }) } })
        events = r.events
        expect(botOutputs(events).some((o) => o.type === 'error')).toBe(false)
      }
      expect(hasOutput(events, 'preview')).toBe(true)
      const done = await c.viaWs.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'confirm' } })
      expect(done.events.find((e) => e.type === 'resume_saved')?.payload).toMatchObject({ version: expectedVersion })
      snap = await c.viaHttp.chat.get.query({ sessionId })
      expect(snap.session.status).toBe('completed')
      c.close()
    }
    const current = await server.services.db.selectFrom('resumes').select(['version']).where('candidate_id', '=', bob.id).where('is_current', '=', true).execute()
    expect(current).toEqual([{ version: 2 }])
  })
})

describe('chat across server restarts and instances', () => {
  it('a restart mid-conversation loses nothing, and a client moving between two instances gets every event once', async () => {
    const carol = await newCandidate()
    const { c, sessionId } = await startBotSession(carol)
    let q = lastQuestion((await c.viaHttp.chat.get.query({ sessionId })).events as StoredEvent[])!
    const first = await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q) } })
    q = lastQuestion(first.events)!
    c.close()

    // instance B on the same database; instance A is restarted meanwhile
    const b = await startTestServer({ database, remix: 'none', env: { SESSION_SECRET: server.services.env.SESSION_SECRET!, FIELD_ENCRYPTION_KEY: server.services.env.FIELD_ENCRYPTION_KEY! } })
    await server.close()
    server = await startTestServer({ database, remix: 'none', env: { SESSION_SECRET: b.services.env.SESSION_SECRET!, FIELD_ENCRYPTION_KEY: b.services.env.FIELD_ENCRYPTION_KEY! } })
    try {
      const onB = connect(b.url, carol.cookie)
      const snap = await onB.viaHttp.chat.get.query({ sessionId })
      expect(snap.session.lastSeq).toBe(first.lastSeq)
      expect(lastQuestion(snap.events as StoredEvent[])?.key).toBe(q.key)

      // listen on B while answering on the restarted A
      const onA = connect(server.url, carol.cookie)
      const sent: StoredEvent[] = []
      let lastSeq = -1
      const collecting = collectEvents(onB.viaWs, { sessionId, lastEventId: String(snap.session.lastSeq) }, (evs) => lastSeq > 0 && evs.some((e) => e.seq === lastSeq))
      await new Promise((r) => setTimeout(r, 200))
      for (let i = 0; i < 2; i++) {
        const r = await onA.viaWs.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q) } })
        sent.push(...r.events)
        q = lastQuestion(r.events)!
        if (i === 1) lastSeq = r.lastSeq
      }
      const got = await collecting
      expect(got.map((e) => e.seq)).toEqual(sent.map((e) => e.seq))
      onA.close()
      onB.close()
    } finally {
      await b.close()
    }
  })
})
