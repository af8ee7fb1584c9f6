import { Country, readCities, State } from '../../master-data/csc-data'
import { findCity, findCityAllowingTypo, type City } from '../../master-data/cities'
import type { Found } from './contact'
import type { LayoutLine } from './layout'
import { labelValues, linesOf, type SectionedResume } from './sections'
import { collapse, lineText } from './text'

/**
 * The candidate's own city: from "Current Location:" / "Address:" lines, the personal details and
 * the header block — never from experience or education lines, which name employers' and
 * colleges' cities. Indian cities resolve to the city dataset's canonical name; elsewhere the city
 * is recognised from "City, State" / "City, Country" (country-state-city) and kept as written.
 */

export interface LocationFound extends Found<string> {
  city: City | null
}

const LOCATION_LABELS = /^(current location|location|current city|city|present location|based in|residing at|residence|hometown|home town)$/
const ADDRESS_LABELS = /^(present address|current address|address|residential address|correspondence address|permanent address|postal address|address for communication|communication address|home address|local address)$/
const PLACE_LABELS = /^(place)$/

// NOTE: alias spellings people write for countries country-state-city names differently
const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'US', us: 'US', unitedstatesofamerica: 'US', america: 'US', uk: 'GB', unitedkingdom: 'GB', england: 'GB',
  republicofkorea: 'KR', korea: 'KR', southkorea: 'KR', uae: 'AE', india: 'IN', bharat: 'IN',
}

const compact = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '')

let countryIndex: Map<string, string> | null = null
function countries(): Map<string, string> {
  if (!countryIndex) {
    countryIndex = new Map(Object.entries(COUNTRY_ALIASES))
    for (const c of Country.getAllCountries()) countryIndex.set(compact(c.name), c.isoCode)
  }
  return countryIndex
}

function countryCode(part: string): string | null {
  const key = compact(part)
  return key.length >= 2 ? (countries().get(key) ?? null) : null
}

const STATE_COUNTRIES = ['IN', 'US', 'GB', 'CA', 'AU'] as const

// NOTE: built once per process: country-state-city copies and sorts a country's whole list on
// every call, which made this the extractor's hottest spot (called for every part of every line).
let stateIndex: Map<string, { country: string; state: string }> | null = null
function states(): Map<string, { country: string; state: string }> {
  if (!stateIndex) {
    stateIndex = new Map()
    // first country wins on a shared name, in the order above
    for (const country of STATE_COUNTRIES) {
      for (const s of State.getStatesOfCountry(country)) {
        const k = compact(s.name)
        if (!stateIndex.has(k)) stateIndex.set(k, { country, state: s.isoCode })
      }
    }
  }
  return stateIndex
}

function stateByName(key: string): { country: string; state: string } | null {
  return states().get(key) ?? null
}

function stateOf(part: string): { country: string; state: string } | null {
  const t = part.replace(/\b\d{4,6}(-\d{4})?\b/g, '').trim()
  if (!t) return null
  // US-style two-letter codes only when written in capitals ("WA", "OH")
  if (/^[A-Z]{2}$/.test(t)) {
    const us = State.getStateByCodeAndCountry(t, 'US')
    return us ? { country: 'US', state: us.isoCode } : null
  }
  return stateByName(compact(t))
}

/**
 * Compact city names by country and by country:state, each list as one `|a|b|` string (a few
 * thousand strings rather than 150 000: the whole world's names stay out of the heap the garbage
 * collector marks). Read from the dataset once, on the first address outside India.
 */
let worldCityNames: Map<string, string> | null = null
function worldCities(): Map<string, string> {
  if (!worldCityNames) {
    const lists = new Map<string, string[]>()
    const add = (key: string, name: string) => {
      const list = lists.get(key)
      if (list) list.push(name)
      else lists.set(key, [name])
    }
    for (const c of readCities(() => true)) {
      const name = compact(c.name)
      add(c.countryCode, name)
      add(`${c.countryCode}:${c.stateCode}`, name)
    }
    worldCityNames = new Map([...lists].map(([key, names]) => [key, `|${names.join('|')}|`]))
  }
  return worldCityNames
}

function citiesOf(country: string, state?: string): { has: (name: string) => boolean } {
  const joined = worldCities().get(state ? `${country}:${state}` : country) ?? ''
  return { has: (name) => name.length > 0 && joined.includes(`|${name}|`) }
}

/**
 * Builds the country, state and world-city tables an address outside India needs. The server runs
 * this before it listens: left to the first such resume, reading the city dataset (≈ 80 ms) held
 * up everything else on the event loop. Returns the milliseconds taken.
 */
export function prepareAddressTables(): number {
  const t0 = performance.now()
  countries()
  states()
  worldCities()
  return performance.now() - t0
}

function foreignCity(name: string, country: string, state?: string): string | null {
  // house numbers and postcodes ("London NW1 6XE", "2222 McCoy Road Columbus") are not the city
  const clean = collapse(name.replace(/\S*\d\S*/g, ' '))
  if (!clean || /^city$/i.test(clean)) return null
  const words = clean.split(/\s+/)
  const names = citiesOf(country, state)
  // the city is the end of the part ("2222 McCoy Road Columbus")
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const tail = words.slice(-n).join(' ')
    if (names.has(compact(tail))) return tail
  }
  return null
}

/** Parts of an address line: split on commas, pipes, bullets, slashes and dashes before PIN codes. */
function addressParts(text: string): string[] {
  return text
    .replace(/[()]/g, ' ')
    .split(/\s*(?:[,|•·;/]|\s[-–]\s|\t|\s{2,})\s*/)
    .map((p) => p.replace(/[-–]?\s*\b\d{6}\b/g, '').replace(/^[-–\s]+|[-–.\s]+$/g, '').trim())
    .filter(Boolean)
}

const ADDRESS_HINT = /\b(\d{6}|india|road|rd\.?|nagar|street|st\.|lane|sector|colony|chowk|near|opp\.?|flat|house|apartment|complex|society|village|dist\.?|district|taluka|tehsil|pin|post)\b/i

/** A part that can be a place's name: one to three capitalised words, no digits, no street words. */
function unknownPlaceName(part: string): string | null {
  const p = collapse(part)
  if (ADDRESS_HINT.test(p) || stateOf(p) || countryCode(p)) return null
  return /^\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}$/u.test(p) ? p : null
}

/**
 * A city in one piece of text. `strict`: the text is not known to be an address (a header line),
 * so a city must be a whole part of it or a well-known city.
 */
export interface CityInText {
  /** the dataset's name of an Indian city; the city as written elsewhere */
  name: string
  /** outside India: the city with its state or country as written ("Austin, TX") */
  written?: string
  city: City | null
}

export function cityInText(text: string, strict: boolean): CityInText | null {
  const parts = addressParts(text)
  const addressLike = ADDRESS_HINT.test(text) || parts.some((p) => countryCode(p) || stateOf(p))
  // a place the dataset lacks, named before its Indian state ("Sulthan Bathery, Kerala"): kept as
  // written if nothing better turns up
  let beforeState: string | null = null
  // foreign "City, ST" / "City, State" / "City, Country"
  for (let i = 1; i < parts.length; i++) {
    const country = countryCode(parts[i])
    const st = stateOf(parts[i])
    if (st?.country === 'IN') beforeState ??= unknownPlaceName(parts[i - 1])
    if (st?.country === 'IN' || country === 'IN') continue
    // NOTE: the dataset's state list is uneven (GB has a "state" named United Kingdom, without
    // cities): a city not under the state is looked up in its country
    const name =
      (st ? (foreignCity(parts[i - 1], st.country, st.state) ?? foreignCity(parts[i - 1], st.country)) : null) ??
      (country ? foreignCity(parts[i - 1], country) : null)
    if (name) return { name, written: `${name}, ${collapse(parts[i].replace(/\b\d{4,6}(-\d{4})?\b/g, ' '))}`, city: null }
  }
  // Indian: whole parts first, right to left (addresses end with the city), then words inside parts
  for (let i = parts.length - 1; i >= 0; i--) {
    const city = findCity(parts[i])
    if (city && (!strict || addressLike || city.rank <= 300)) return { name: city.name, city }
  }
  // a slip of the keyboard in a part of its own ("Banglore", "chnadigarh"): well-known cities only;
  // in a header, one long word alone (a name line "Anand S" is one slip from the town Anand)
  for (let i = parts.length - 1; i >= 0; i--) {
    if (parts[i].split(/\s+/).length > (strict ? 1 : 2) || (strict && parts[i].length < 7)) continue
    const city = findCityAllowingTypo(parts[i])
    if (city) return { name: city.name, city }
  }
  if (strict && !addressLike) return null
  const asWritten = beforeState ? { name: beforeState, city: null } : null
  for (let i = parts.length - 1; i >= 0; i--) {
    // "Hyderabad-Deccan": hyphens join a city to its area
    const words = parts[i].split(/[\s-]+/).filter(Boolean)
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      for (let s = words.length - n; s >= 0; s--) {
        const phrase = words.slice(s, s + n).join(' ')
        if (!/^[A-Z]/.test(phrase) || phrase.length < 3) continue
        const city = findCity(phrase)
        if (city && (city.rank <= 1000 || n > 1)) return { name: city.name, city }
      }
    }
  }
  return asWritten
}

/**
 * Is this short text only a place ("Mountain View, CA", "Pune, Maharashtra, India", "Seoul,
 * S.Korea", "Remote")? `notPlace` rules out names that merely contain a city ("Pune University").
 */
export function looksLikePlace(text: string, notPlace?: RegExp): boolean {
  const t = text.replace(/^[|,–-]\s*/, '').replace(/[|,–-]\s*$/, '').trim()
  if (!t) return true
  if (/^(remote|onsite|on-site|hybrid|online|work from home|wfh|india)$/i.test(t)) return true
  if (t.split(/\s+/).length > 6 || /\d{3}/.test(t.replace(/\b\d{5,6}\b/, ''))) return false
  if (notPlace?.test(t)) return false
  if (/^([A-Z][\p{L}.'-]*\s?){1,3},\s*([A-Z]{2}|[A-Z][\p{L}.]*(\s[A-Z][\p{L}.]*)?)(\s*[&,]\s*.*)?$/u.test(t)) return true
  const parts = addressParts(t)
  return parts.length > 0 && parts.every((p) => !!findCity(p) || !!stateOf(p) || !!countryCode(p) || !!cityInText(p, false))
}

function followingLines(lines: LayoutLine[], from: LayoutLine, max: number): string[] {
  const i = lines.indexOf(from)
  if (i < 0) return []
  const out: string[] = []
  for (let j = i + 1; j < lines.length && out.length < max; j++) {
    const t = lineText(lines[j])
    if (/[:：]/.test(t) && !ADDRESS_HINT.test(t)) break
    out.push(t)
  }
  return out
}

export function extractLocation(doc: SectionedResume): LocationFound | null {
  const excluded = new Set([
    ...linesOf(doc, 'experience'), ...linesOf(doc, 'education'), ...linesOf(doc, 'projects'),
    ...linesOf(doc, 'references'), ...linesOf(doc, 'volunteer'), ...linesOf(doc, 'awards'),
  ])
  const own = doc.lines.filter((l) => !excluded.has(l))
  const labels = labelValues(own)

  // 1. "Current Location: Mumbai", "City: Pune"
  for (const lv of labels) {
    if (!LOCATION_LABELS.test(lv.label)) continue
    const hit = cityInText(lv.value, false)
    if (hit) return { value: hit.written ?? hit.name, city: hit.city, confidence: 'high' }
    // a place the datasets do not know ("Location: Leeds"): kept as written, to be confirmed
    const asWritten = placeAsWritten(lv.value)
    if (asWritten) return { value: asWritten, city: null, confidence: 'low' }
  }
  // 2. "Address: …" (the value may be on the next lines)
  for (const lv of labels) {
    if (!ADDRESS_LABELS.test(lv.label)) continue
    const texts = [lv.value, ...followingLines(own, lv.line, 3)].filter(Boolean)
    for (const t of texts.reverse()) {
      const hit = cityInText(t, false)
      if (hit) return { value: hit.written ?? hit.name, city: hit.city, confidence: lv.label.startsWith('permanent') ? 'low' : 'high' }
    }
  }
  // 3. the header block and personal details (contact lines)
  const contact = [...doc.header, ...linesOf(doc, 'personal')]
  for (const line of contact) {
    const text = lineText(line).replace(/\S+@\S+/g, ' ').replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    const hit = cityInText(text, true)
    if (hit) return { value: hit.written ?? hit.name, city: hit.city, confidence: hit.city ? 'high' : 'low' }
  }
  // 4. "Place: Pune" under the declaration
  for (const lv of labels) {
    if (!PLACE_LABELS.test(lv.label)) continue
    const hit = cityInText(lv.value, false)
    if (hit) return { value: hit.written ?? hit.name, city: hit.city, confidence: 'low' }
  }
  return null
}

const NOT_A_PLACE =
  /^(remote|anywhere|any ?where|any|open|flexible|negotiable|n\/?a|na|nil|none|not applicable|not mentioned|not specified|india|pan india|relocat\w*|willing.*|on-?site|client site|hybrid|work from home|wfh|home|same|as above)$/i

/** A label's value that reads as a place name alone: one to three capitalised words, no digits. */
function placeAsWritten(value: string): string | null {
  const v = collapse(value.replace(/[.;]+$/, ''))
  // an Indian state or a country alone names no city; foreign "states" can be cities (GB: Leeds)
  if (NOT_A_PLACE.test(v) || stateOf(v)?.country === 'IN' || countryCode(v)) return null
  return /^\p{Lu}[\p{L}'.-]+(?:\s\p{Lu}[\p{L}'.-]+){0,2}(?:,\s*\p{Lu}[\p{L}'. -]+)?$/u.test(v) ? v : null
}
