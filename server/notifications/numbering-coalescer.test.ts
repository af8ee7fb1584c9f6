import { describe, expect, it } from 'vitest'
import { createNumberingCoalescer } from './numbering-coalescer'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('numbering coalescer', () => {
  it('requests during a run are served by exactly one more run after it; other keys run on their own', async () => {
    const c = createNumberingCoalescer()
    const runs: string[] = []
    let release: () => void = () => {}
    const work = (key: string) => async () => {
      runs.push(key)
      if (runs.length === 1) await new Promise<void>((resolve) => (release = resolve))
      else await tick()
    }
    const first = c.run('e:1', work('e:1'))
    const during = [c.run('e:1', work('e:1')), c.run('e:1', work('e:1')), c.run('e:1', work('e:1'))]
    const other = c.run('e:2', work('e:2'))
    await other
    expect(runs).toEqual(['e:1', 'e:2'])
    release()
    await Promise.all([first, ...during])
    expect(runs).toEqual(['e:1', 'e:2', 'e:1'])
    // idle again: the next request runs at once
    await c.run('e:1', work('e:1'))
    expect(runs).toEqual(['e:1', 'e:2', 'e:1', 'e:1'])
  })

  it('a failing run rejects its callers and frees the key', async () => {
    const c = createNumberingCoalescer()
    await expect(c.run('k', async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down')
    let ran = 0
    await c.run('k', async () => void ran++)
    expect(ran).toBe(1)
  })
})
