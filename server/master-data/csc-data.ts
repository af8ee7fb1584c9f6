import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Country as CscCountry, State as CscState } from 'country-state-city'

// NOTE: the country-state-city package's index loads every city of the world into module variables
// that live as long as the process — 150 000 rows as arrays and, after the first city lookup, again
// as objects: ≈ 45 MB and over a million small objects that every major garbage collection marks.
// With the server's two cores shared with Postgres, each such collection held every chat turn in
// flight for 100–200 ms (decision 026). So we never import the index: states and countries come
// from the package's own small modules, cities from its data file, parsed when asked and dropped
// once the caller has kept what it needs. The version is pinned; the cities tests fail if the file's
// row format changes.
const require = createRequire(import.meta.url)
const DIR = 'country-state-city/lib/cjs'

export const State = (require(`${DIR}/state.js`) as { default: typeof CscState }).default
export const Country = (require(`${DIR}/country.js`) as { default: typeof CscCountry }).default

export type CityRow = { name: string; countryCode: string; stateCode: string; latitude: string; longitude: string }

/**
 * The cities of the countries `keep` accepts, in the dataset's order. Reads and parses the whole
 * file (≈ 8 MB, 60–80 ms) each call: build what you need from it once.
 */
export function readCities(keep: (countryCode: string) => boolean): CityRow[] {
  const rows = JSON.parse(readFileSync(require.resolve(`${DIR}/assets/city.json`), 'utf8')) as unknown
  if (!Array.isArray(rows)) throw new Error('country-state-city: city.json is not a list')
  const out: CityRow[] = []
  for (const row of rows as unknown[]) {
    const [name, countryCode, stateCode, latitude, longitude] = Array.isArray(row) ? (row as unknown[]) : []
    if (typeof name !== 'string' || typeof countryCode !== 'string' || typeof stateCode !== 'string' || typeof latitude !== 'string' || typeof longitude !== 'string') {
      throw new Error('country-state-city: unexpected city row')
    }
    if (keep(countryCode)) out.push({ name, countryCode, stateCode, latitude, longitude })
  }
  return out
}
