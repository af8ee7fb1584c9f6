import { describe, expect, it } from 'vitest'
import { createSubscriptionSlots, releaseWhenDone } from './subscription-slots'

describe('subscription slots', () => {
  it('caps per connection and per user, and a release frees exactly one slot once', () => {
    const slots = createSubscriptionSlots({ perConnection: 2, perUser: 3 })
    const a1 = slots.acquire('conn-a', 'user-1')
    const a2 = slots.acquire('conn-a', 'user-1')
    expect(a1 && a2).toBeTruthy()
    expect(slots.acquire('conn-a', 'user-1')).toBeNull() // connection full
    const b1 = slots.acquire('conn-b', 'user-1')
    expect(b1).toBeTruthy()
    expect(slots.acquire('conn-c', 'user-1')).toBeNull() // user full across connections
    expect(slots.acquire('conn-c', 'user-2')).toBeTruthy() // someone else is unaffected
    a1!()
    a1!() // twice: still one slot
    expect(slots.size()).toBe(3)
    expect(slots.acquire('conn-c', 'user-1')).toBeTruthy()
    expect(slots.acquire('conn-d', 'user-1')).toBeNull()
  })

  it('releaseWhenDone releases when the stream ends, throws or is returned early', async () => {
    let released = 0
    const release = () => released++
    async function* three() {
      yield 1
      yield 2
      yield 3
    }
    for await (const _ of releaseWhenDone(three(), release)) void _
    expect(released).toBe(1)
    const early = releaseWhenDone(three(), release)
    await early.next()
    await early.return(undefined)
    expect(released).toBe(2)
    async function* boom() {
      yield 1
      throw new Error('boom')
    }
    await expect(async () => {
      for await (const _ of releaseWhenDone(boom(), release)) void _
    }).rejects.toThrow('boom')
    expect(released).toBe(3)
  })
})
