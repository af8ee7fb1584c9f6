import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'

describe('test environment guards', () => {
  it('records a MaxListenersExceededWarning for the afterEach guard to fail on', async () => {
    const leaks = (globalThis as { __listenerLeaks?: string[] }).__listenerLeaks
    expect(leaks).toEqual([])
    const emitter = new EventEmitter()
    emitter.setMaxListeners(2)
    for (let i = 0; i < 3; i++) emitter.on('tick', () => {})
    await new Promise((resolve) => setImmediate(resolve))
    expect(leaks).toHaveLength(1)
    expect(leaks?.[0]).toMatch(/tick listeners added/)
    // expected here: clear it so the guard does not fail this one test
    leaks?.splice(0)
  })
})
