import { prepareCityIndexes } from '../master-data/cities'
import { vocabulary } from './language-packs'
import { prepareLocationTables } from './location'
import { prepareSearchTerms } from './search-terms'

/**
 * Builds every lookup table the normalisers otherwise build on first use (cities and their typo
 * index, localities, search terms, the language packs). The server runs this before it listens:
 * left to the first city answer, the build (≈ 0.3 s with its garbage) held up every turn in flight
 * on the event loop, the slowest 1 % of turns in `bench:sockets`. Returns the milliseconds taken.
 */
export function prepareLookupTables(): number {
  const t0 = performance.now()
  vocabulary()
  prepareCityIndexes()
  prepareLocationTables()
  prepareSearchTerms()
  return performance.now() - t0
}
