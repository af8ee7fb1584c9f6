import { State } from '../master-data/csc-data'
import { allCities, allCityAliases, findCity, type City } from '../master-data/cities'
import { localityRows } from './data/localities'
import { foldScripts } from './language-packs'
import { collapse, escapeRegExp, foldText } from './text'

/**
 * Places as written → the city they belong to. The city dataset (`master-data/cities.ts`, backed
 * by country-state-city) names cities; `data/localities.ts` rolls localities up to their city
 * (Ameerpet, Kondapur → Hyderabad; Andheri → Mumbai; Whitefield → Bengaluru; Thane stays Thane).
 * Pure (the datasets are read once, lazily).
 */

export interface Place {
  /** the dataset's display name ("Bengaluru"), or the text as written when the dataset lacks it */
  city: string
  /** the locality that was rolled up ("Ameerpet"), when one was written */
  locality: string | null
  /** the city is in the dataset (else `city` is the tidied text) */
  known: boolean
}

// Top-ranked dataset cities are the curated list (metros, then by population); a place ranked
// below it is a town or a dataset locality ("Andheri", "Powai").
const MAJOR_CITY_RANK = 160

// other scripts' letters stay in the key ("मुंबई" must not become an empty key)
const key = (s: string) => foldScripts(foldText(s)).replace(/[^a-z0-9\p{L}\p{M}\p{N}]+/gu, '').replace(/(?![a-z0-9])[\p{Script=Latin}]/gu, '')

let tables: { localities: Map<string, string>; states: Set<string>; scan: RegExp; scanNames: Map<string, { city: string; locality: string | null }> } | null = null

// Locality names that are also everyday words; never spotted in prose, only in location fields.
const AMBIGUOUS_IN_PROSE = new Set(['camp', 'fort', 'cp', 'gk', 'orr', 'omr', 'ecr', 'sus', 'deccan', 'satellite', 'padi', 'sola', 'agara', 'kalas', 'koti', 'abids', 'gurukul', 'science city', 'financial district', 'seepz', 'itpl', 'bkc', 'kphb', 'ecil', 'majestic', 'infopark', 'sector v', 'mg road', 'ring road surat', 'outer ring road', 'old airport road', 'mount road', 'tonk road', 'hosur road', 'mysore road', 'tumkur road', 'sohna road', 'sarjapur road', 'bannerghatta road', 'kanakapura road', 'sinhagad road', 'ashram road', 'relief road', 'cg road', 'sg road', 'sg highway', 'fc road', 'jm road', 'sb road', 'prabhat road', 'lavelle road', 'cunningham road', 'brigade road', 'nikol road', 'film nagar'])
// Curated city names that are also English words
const CITY_WORDS = new Set(['erode', 'salem', 'gaya', 'kota', 'bhilai', 'ooty', 'mathura'])

function load() {
  if (tables) return tables
  const localities = new Map<string, string>()
  for (const [loc, city] of localityRows()) localities.set(key(loc), city)
  const states = new Set<string>(['india', 'ncr', 'delhincr', 'panindia', 'remote', 'anywhere', 'anywhereinindia', 'multiplelocations', 'workfromhome', 'wfh'])
  for (const s of State.getStatesOfCountry('IN')) {
    // a state named like its capital city (Delhi) stays a city
    const c = findCity(s.name)
    if (!c || c.rank > MAJOR_CITY_RANK) states.add(key(s.name))
    states.add(key(s.isoCode))
  }
  for (const s of ['Orissa', 'Pondicherry UT', 'UP', 'MP', 'AP', 'TN', 'KA', 'MH', 'TS', 'HR', 'WB', 'Uttaranchal', 'J&K']) states.add(key(s))
  // prose scan: major cities, their aliases, localities
  const scanNames = new Map<string, { city: string; locality: string | null }>()
  for (const c of allCities().filter((c) => c.rank <= MAJOR_CITY_RANK)) scanNames.set(c.name.toLowerCase(), { city: c.name, locality: null })
  for (const [alias, name] of allCityAliases()) if (alias.length >= 4) scanNames.set(foldText(alias).toLowerCase(), { city: name, locality: null })
  for (const [loc, city] of localityRows()) {
    if (loc.length >= 4 && !AMBIGUOUS_IN_PROSE.has(loc.toLowerCase())) scanNames.set(loc.toLowerCase(), { city, locality: loc })
  }
  const names = [...scanNames.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
  // marks too: a Devanagari name followed by a vowel sign is part of a longer word
  const scan = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu')
  tables = { localities, states, scan, scanNames }
  return tables
}

/** Builds the locality tables and compiles the prose scan now (the server, before it listens). */
export function prepareLocationTables(): void {
  // V8 compiles a RegExp on its first run, ≈ 15 ms for this one
  findPlacesInText('Pune')
}

/** "Greater Chennai Area", "Mumbai (All Areas)", "Hiring office located in Pune" → the place words. */
function tidyPlace(raw: string): string {
  return collapse(
    foldText(raw)
      .replace(/\b(?:hiring office located in|job location|work location|location|place|city)\s*[:\-]?\s*/gi, ' ')
      .replace(/\((?:all areas|india)\)/gi, ' ')
      .replace(/\b[Gg]reater\s+([A-Z][\w-]*)\s+(?:Area|Region)\b/g, '$1')
      .replace(/\s+(?:area|metropolitan region|region|metro|urban|district|dist\.?)\b/gi, '')
      .replace(/\b[1-9]\d{2}\s?\d{3}\b/g, ' ')
      .replace(/[.]+$/, ''),
  )
}

function isState(part: string): boolean {
  return load().states.has(key(part))
}

type Hit = { city: string; locality: string | null; known: boolean; major: boolean; viaLocality: boolean }

function resolvePart(part: string): Hit | null {
  const k = key(part)
  if (!k || isState(part)) return null
  const loc = load().localities.get(k)
  if (loc) return { city: loc, locality: collapse(part), known: true, major: true, viaLocality: true }
  const c: City | null = findCity(part)
  if (c) return { city: c.name, locality: null, known: true, major: c.rank <= MAJOR_CITY_RANK, viaLocality: false }
  return null
}

/**
 * A location as written ("Ameerpet, Hyderabad", "Bengaluru( Koramangala )", "Noida, Uttar
 * Pradesh", "Hyderabad, Chennai, Bengaluru", "Greater Chennai Area") → its city. A list of cities
 * gives the first; "locality, city" gives the city. Null for "Remote", "Pan India", states alone.
 * With `allowUnknown`, a short place the dataset lacks ("Place: Suryapet") is kept as written.
 */
export function resolvePlace(raw: string, opts: { allowUnknown?: boolean } = {}): Place | null {
  const text = tidyPlace(raw)
  if (!text) return null
  // "Bengaluru( Koramangala )": the bracket holds a locality of the city before it
  const bracket = /^([^()]+)\(([^()]*)\)\s*(.*)$/.exec(text)
  if (bracket) {
    const outer = resolvePlace(`${bracket[1]}${bracket[3] ? `, ${bracket[3]}` : ''}`, opts)
    if (outer) {
      const written = collapse(bracket[2].split(/[,/]/)[0] ?? '')
      const inner = resolvePart(written)
      return { ...outer, locality: outer.locality ?? (inner?.viaLocality ? inner.locality : written || null) }
    }
  }
  const parts = text.split(/\s*[,/|;•]\s*|\s+-\s+|\s+(?:or|and|&)\s+/).map((p) => p.trim()).filter(Boolean)
  const hits = parts.map(resolvePart)
  const first = hits.findIndex((h) => h !== null)
  if (first >= 0) {
    const h = hits[first] as Hit
    const next = hits[first + 1]
    // "Dwarka, Delhi", "Teachers Colony, Narayanpet": a minor place before a major city is a locality of it
    if (!h.viaLocality && !h.major && next?.major && !next.viaLocality) return { city: next.city, locality: parts[first], known: true }
    const locality = h.locality ?? (first > 0 && !isState(parts[first - 1]) && hits[first - 1] === null && parts[first - 1].length <= 40 ? parts[first - 1] : null)
    return { city: h.city, locality, known: h.known }
  }
  // "Anna Nagar Chennai": names inside a part
  const spotted = findPlacesInText(text)[0]
  if (spotted) return { city: spotted.city, locality: spotted.locality, known: true }
  if (opts.allowUnknown) {
    const p = parts.find((x) => !isState(x) && /^[\p{L}\p{M} .'-]{3,30}$/u.test(x))
    if (p) return { city: p.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()), locality: null, known: false }
  }
  return null
}

export interface PlaceMention {
  city: string
  locality: string | null
  /** the text as written */
  text: string
  index: number
}

/**
 * Major cities, their old names and well-known localities named in prose, in order. Names must
 * start with a capital letter (or the text be lower-case throughout) so "erode", "camp", "fort"
 * in a sentence are not places.
 */
export function findPlacesInText(text: string): PlaceMention[] {
  const { scan, scanNames } = load()
  const folded = foldText(text)
  const lowerOnly = folded === folded.toLowerCase()
  const out: PlaceMention[] = []
  scan.lastIndex = 0
  for (const m of folded.matchAll(scan)) {
    const written = m[0]
    const name = written.toLowerCase()
    // scripts without case (Devanagari) always count
    if (!lowerOnly && /^\p{Ll}/u.test(written)) continue
    // "Erode", "Salem" are words too: only after a place cue ("in Erode", "Salem, Tamil Nadu")
    if (CITY_WORDS.has(name) && !/(?:\b(?:in|at|from|near|to)|,)\s*$/i.test(folded.slice(Math.max(0, (m.index ?? 0) - 8), m.index)) && !/^\s*,/.test(folded.slice((m.index ?? 0) + written.length))) continue
    const hit = scanNames.get(name)
    if (hit) out.push({ city: hit.city, locality: hit.locality, text: written, index: m.index ?? 0 })
  }
  return out
}

/** The dataset's name for a city, alias or locality ("Bombay", "Andheri" → "Mumbai"), or null. */
export function canonicalCity(name: string): string | null {
  const p = resolvePlace(name)
  return p?.known ? p.city : null
}
