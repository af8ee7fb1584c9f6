import { describe, expect, it, vi } from 'vitest'
import * as cscData from '../../master-data/csc-data'
import { cityInText, prepareAddressTables } from './location'

// counts reads of the city dataset (≈ 8 MB of JSON) without changing what they return
vi.mock('../../master-data/csc-data', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../master-data/csc-data')>()
  return { ...actual, readCities: vi.fn(actual.readCities) }
})

describe('prepareAddressTables', () => {
  it('reads the city dataset before the first address outside India, so that resume does not', () => {
    const reads = vi.mocked(cscData.readCities)
    prepareAddressTables()
    const afterPrepare = reads.mock.calls.length
    expect(afterPrepare).toBeGreaterThan(0)

    expect(cityInText('Mapo-gu, Seoul, Republic of Korea', false)?.name).toBe('Seoul')
    expect(cityInText('2222 McCoy Road • Columbus, Ohio 44444', false)?.name).toBe('Columbus')
    prepareAddressTables()
    expect(reads.mock.calls.length).toBe(afterPrepare)
  })
})
