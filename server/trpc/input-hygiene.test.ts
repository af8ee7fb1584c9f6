import { describe, expect, it } from 'vitest'
import { findInputProblem, INPUT_LIMITS, isCleanText } from './input-hygiene'

describe('input hygiene', () => {
  it.each([
    ['plain English', 'Delivery boy, 2 years'],
    ['Hindi', 'मुझे डिलीवरी का काम चाहिए'],
    ['emoji (a surrogate pair)', 'Salary 15k 💰'],
    ['tabs and newlines', 'line one\n\tline two\r\n'],
    ['₹ and typographic quotes', '₹15,000 – “negotiable”'],
  ])('accepts %s', (_, text) => {
    expect(isCleanText(text)).toBe(true)
    expect(findInputProblem({ q: text })).toBeNull()
  })

  it.each([
    ['NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', 'a\udc00b'],
    ['a reversed pair', '\udc00\ud800'],
    ['escape', 'a\u001bb'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0085b'],
    ['the replacement character (broken UTF-8)', 'caf\ufffd'],
    ['a non-character', 'a\uffffb'],
  ])('refuses %s with the field path', (_, text) => {
    expect(isCleanText(text)).toBe(false)
    expect(findInputProblem({ profile: { skills: ['ok', text] } })).toEqual({ path: 'profile.skills.1', message: expect.stringMatching(/not valid text/) })
  })

  it('refuses bad keys, deep nesting, long strings, long arrays, wide objects and huge totals', () => {
    expect(findInputProblem({ ['a\u0000']: 1 })?.message).toMatch(/field name/)
    let deep: unknown = 'x'
    for (let i = 0; i < 100_000; i++) deep = { d: deep }
    expect(findInputProblem(deep)?.message).toMatch(/nested too deeply/)
    expect(findInputProblem({ q: 'x'.repeat(INPUT_LIMITS.maxStringLength + 1) })).toEqual({ path: 'q', message: expect.stringMatching(/Too long/) })
    expect(findInputProblem({ ids: new Array(INPUT_LIMITS.maxArrayLength + 1).fill(1) })?.path).toBe('ids')
    expect(findInputProblem(Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, i])))?.message).toMatch(/Too many fields/)
    const wide = Array.from({ length: 900 }, () => Array.from({ length: 30 }, () => 1))
    expect(findInputProblem({ wide })?.message).toMatch(/too large/)
  })

  it('accepts the limits themselves and leaves non-plain objects alone', () => {
    let nested: unknown = 'x'
    for (let i = 0; i < INPUT_LIMITS.maxDepth; i++) nested = [nested]
    expect(findInputProblem(nested)).toBeNull()
    expect(findInputProblem({ at: new Date(), n: 1, b: true, nothing: null, undef: undefined })).toBeNull()
    expect(findInputProblem(undefined)).toBeNull()
  })
})
