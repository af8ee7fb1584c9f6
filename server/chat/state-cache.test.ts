import { describe, expect, it } from 'vitest'
import { createInitialState, type ChatState } from './chat-machine'
import { QUESTION_TEMPLATE_BY_FAMILY } from '../../seeds/data/question-templates'
import { RESUME_BOT } from './bots'
import { ChatStateCache } from './state-cache'

const template = QUESTION_TEMPLATE_BY_FAMILY.get('delivery')!
const state = (version: number): ChatState => ({ ...createInitialState(template, RESUME_BOT), version, answers: { skills: ['driving'] } })

describe('ChatStateCache', () => {
  it('returns the state committed last with the last_seq it was committed at', () => {
    const cache = new ChatStateCache(10)
    cache.set('a', 7, state(3))
    expect(cache.latest('a')?.lastSeq).toBe(7)
    expect(cache.latest('a')?.state.version).toBe(3)
    cache.set('a', 8, state(4))
    expect(cache.latest('a')).toMatchObject({ lastSeq: 8, state: { version: 4 } })
    expect(cache.latest('b')).toBeUndefined()
  })

  it('keeps the stored form, frozen: mutating it throws instead of changing the next turn', () => {
    const cache = new ChatStateCache(10)
    const s = state(1)
    cache.set('a', 2, s)
    const got = cache.latest('a')!.state
    expect(got).toEqual(s)
    expect(got).not.toBe(s)
    expect(() => (got.answers.skills as string[]).push('x')).toThrow(TypeError)
    expect(() => {
      got.version = 9
    }).toThrow(TypeError)
  })

  it('drops the least recently used session past its size', () => {
    const cache = new ChatStateCache(2)
    cache.set('a', 1, state(1))
    cache.set('b', 1, state(1))
    cache.latest('a')
    cache.set('c', 1, state(1))
    expect(cache.latest('a')?.lastSeq).toBe(1)
    expect(cache.latest('b')).toBeUndefined()
    expect(cache.latest('c')?.lastSeq).toBe(1)
  })
})
