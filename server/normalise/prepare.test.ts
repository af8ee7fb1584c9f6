import { describe, expect, it } from 'vitest'
import { expandSearchQuery, findPlacesInText, prepareLookupTables } from '.'
import { findCityAllowingTypo } from '../master-data/cities'

describe('prepareLookupTables', () => {
  it('builds the tables the first lookups use, and later lookups answer from them', () => {
    prepareLookupTables()
    // a second run finds everything built and changes nothing
    prepareLookupTables()
    expect(findCityAllowingTypo('Banglore')?.name).toBe('Bengaluru')
    expect(findPlacesInText('Flat 4, Andheri East, Mumbai').map((p) => p.city)).toContain('Mumbai')
    expect(expandSearchQuery('मुंबई delivery').groups.flat()).toContain('Mumbai')
  })
})
