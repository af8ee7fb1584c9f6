import { State } from '../master-data/csc-data'
import { describe, expect, it } from 'vitest'
import { getCityById } from '../master-data/cities'
import { pinCityMismatch, statesForPin } from './pin-code'

const city = (id: string) => {
  const c = getCityById(id)
  if (!c) throw new Error(`no city ${id}`)
  return c
}

describe('PIN code against the city', () => {
  // [pin, city id, fits]
  const table: [string, string, boolean][] = [
    ['400001', 'mumbai-mh', true],
    ['110001', 'mumbai-mh', false], // the report: a Delhi PIN accepted for Mumbai
    ['110001', 'delhi-dl', true],
    ['411001', 'pune-mh', true],
    ['560001', 'bengaluru-ka', true],
    ['560001', 'chennai-tn', false],
    ['600001', 'chennai-tn', true],
    ['500001', 'hyderabad-tg', true],
    ['530001', 'hyderabad-tg', false], // Visakhapatnam's PIN: Andhra Pradesh since 2014
    ['122001', 'delhi-dl', false], // Gurugram is Haryana
    ['403001', 'mumbai-mh', false], // Panaji: Goa's own circle inside Maharashtra's 40x
    ['744101', 'port-blair-an', true], // inside West Bengal's 7xx: Andaman and Nicobar
    ['737101', 'kolkata-wb', false], // Gangtok: Sikkim
    ['605001', 'puducherry-py', true],
    ['248001', 'dehradun-ut', true],
    ['682001', 'kochi-kl', true],
    ['834001', 'ranchi-jh', true], // Bihar and Jharkhand share 80x–85x
    ['800001', 'ranchi-jh', true],
    ['781001', 'guwahati-as', true],
    ['160017', 'chandigarh-ch', true],
    ['999001', 'mumbai-mh', true], // Army Postal Service: never compared
  ]
  for (const [pin, id, fits] of table) {
    it(`${pin} ${fits ? 'fits' : 'does not fit'} ${id}`, () => {
      expect(pinCityMismatch(pin, city(id)) === null).toBe(fits)
    })
  }

  it('explains a mismatch in plain words', () => {
    expect(pinCityMismatch('110001', city('mumbai-mh'))).toBe('110001 is a Delhi PIN code, but your city is Mumbai. Please check the PIN code or the city.')
    expect(pinCityMismatch('201301', city('delhi-dl'))).toBe('201301 is an Uttar Pradesh PIN code, but your city is Delhi. Please check the PIN code or the city.')
    expect(pinCityMismatch('813210', city('mumbai-mh'))).toMatch(/^813210 is a Bihar or Jharkhand PIN code/)
  })

  it('names only real states and union territories (as the city data spells them), and covers every one', () => {
    const real = new Set(State.getStatesOfCountry('IN').map((s) => s.name))
    const named = new Set<string>()
    for (let p = 100; p <= 999; p++) for (const s of statesForPin(`${p}001`) ?? []) named.add(s)
    expect([...named].filter((s) => !real.has(s))).toEqual([])
    expect([...real].filter((s) => !named.has(s))).toEqual([])
  })

  it('does not guess: malformed PINs and prefixes not in the table give no answer', () => {
    expect(statesForPin('012345')).toBeNull()
    expect(statesForPin('11000')).toBeNull()
    expect(statesForPin('999999')).toBeNull()
    expect(statesForPin('115001')).toBeNull()
  })
})
