import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { Country, readCities, State } from './csc-data'
import { prepareLookupTables } from '../normalise'
import { cityInText } from '../resume/extraction/location'

const require = createRequire(import.meta.url)

describe('country-state-city data, read without the package index', () => {
  it('reads one country’s cities with their states and coordinates', () => {
    const rows = readCities((country) => country === 'IN')
    expect(rows.length).toBeGreaterThan(4000)
    expect(rows.every((r) => r.countryCode === 'IN')).toBe(true)
    const pune = rows.find((r) => r.name === 'Pune')
    expect(pune?.stateCode).toBe('MH')
    expect(Number(pune?.latitude)).toBeCloseTo(18.5, 0)
    expect(State.getStatesOfCountry('IN').map((s) => s.name)).toContain('Maharashtra')
    expect(Country.getCountryByCode('US')?.name).toBe('United States')
  })

  it('never loads the whole-world city list into the process (it would stay for good)', () => {
    prepareLookupTables()
    expect(cityInText('2222 McCoy Road, Columbus, OH 43210', false)?.written).toMatch(/Columbus/)
    const index = require.resolve('country-state-city/lib/cjs/city.js')
    expect(Object.keys(require.cache)).not.toContain(index)
  })
})
