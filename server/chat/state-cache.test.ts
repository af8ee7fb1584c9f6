import { describe, expect, it } from 'vitest'
import { createInitialState, type ChatState } from './chat-machine'
import { QUESTION_TEMPLATE_BY_FAMILY } from '../../seeds/data/question-templates'
import { RESUME_BOT } from './bots'
import { ChatStateCache } from './state-cache'

const template = QUESTION_TEMPLATE_BY_FAMILY.get('delivery')!
const state = (version: number): ChatState => ({ ...createInitialState(template, RESUME_BOT), version, answers: { skills: ['driving'] } })

describe('ChatStateCache', () => {
  it('returns a state only for the last_seq it was committed at', () => {
    const cache = new ChatStateCache(10)
    cache.set('a', 7, state(3))
    expect(cache.lastSeqOf('a')).toBe(7)
    expect(cache.get('a', 7)?.version).toBe(3)
    expect(cache.get('a', 8)).toBeUndefined()
    expect(cache.get('b', 7)).toBeUndefined()
    expect(cache.lastSeqOf('b')).toBeNull()
  })

  it('keeps the stored form, frozen: mutating it throws instead of changing the next turn', () => {
    const cache = new ChatStateCache(10)
    const s = state(1)
    cache.set('a', 2, s)
    const got = cache.get('a', 2)!
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
    cache.get('a', 1)
    cache.set('c', 1, state(1))
    expect(cache.lastSeqOf('a')).toBe(1)
    expect(cache.lastSeqOf('b')).toBeNull()
    expect(cache.lastSeqOf('c')).toBe(1)
  })
})
