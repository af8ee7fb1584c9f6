import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../tests/setup/test-db'
import { createLogger } from '../logger'
import { createPgPubSub, payloadKeys, type PubSub } from './pg-pubsub'

let t: TestDatabase
let pubsub: PubSub

beforeAll(async () => {
  t = await createTestDatabase()
  pubsub = createPgPubSub({ connectionString: t.connectionString, pool: t.pool, log: createLogger('silent') })
})
afterAll(async () => {
  await pubsub?.close()
  await t?.destroy()
})

describe('payloadKeys', () => {
  it('names everyone, each prefix before a colon, and the whole payload', () => {
    expect(payloadKeys('s1:42')).toEqual(['', 's1', 's1:42'])
    expect(payloadKeys('c:abc:read')).toEqual(['', 'c', 'c:abc', 'c:abc:read'])
    expect(payloadKeys('plain')).toEqual(['', 'plain'])
  })
})

describe('pg pubsub', () => {
  it('a keyed listener hears only its key (and key:…), an unkeyed one hears all; unsubscribing stops delivery', async () => {
    const all: string[] = []
    const one: string[] = []
    const owner: string[] = []
    const offAll = await pubsub.subscribe('bench_keys', (p) => all.push(p))
    const offOne = await pubsub.subscribe('bench_keys', (p) => one.push(p), 'session-a')
    const offOwner = await pubsub.subscribe('bench_keys', (p) => owner.push(p), 'c:abc')
    for (const p of ['session-a:1', 'session-b:1', 'session-ab:1', 'session-a', 'c:abc', 'c:abc:read', 'c:abcd']) await pubsub.publish('bench_keys', p)
    await expect.poll(() => all.length).toBe(7)
    expect(one).toEqual(['session-a:1', 'session-a'])
    expect(owner).toEqual(['c:abc', 'c:abc:read'])
    offOne()
    await pubsub.publish('bench_keys', 'session-a:2')
    await expect.poll(() => all.length).toBe(8)
    expect(one).toEqual(['session-a:1', 'session-a'])
    offAll()
    offOwner()
  })
})
