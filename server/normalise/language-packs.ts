import { z } from 'zod'
import { LANGUAGE_PACKS } from './data/languages'

/**
 * The vocabulary of every language the normalisers understand (`data/languages/`), checked and
 * merged once. The normalisers only ever see the merged tables, so a new language is a new data
 * file, never a code change. Pure.
 */

const words = z.array(z.string().trim().min(1))
const wordValues = z.record(z.string().trim().min(1), z.number().finite())
const phrases = z.record(z.string().trim().min(1), z.string().trim().min(1))

export const languagePackSchema = z
  .object({
    /** ISO 639-1 code */
    code: z.string().regex(/^[a-z]{2,3}$/),
    name: z.string().min(1),
    /** character replacements applied to input and keys alike (spellings a keyboard makes optional) */
    folds: z.array(z.tuple([z.string().min(1), z.string()])).default([]),
    /** whole numbers and standalone fractions ("ढाई" 2.5) */
    numbers: wordValues.default({}),
    /** "a", "an": a count of one, but only in durations ("15000 a month" is a period) */
    articles: wordValues.default({}),
    /** added to the number after it ("साढ़े तीन" 3.5), or to one before a multiplier ("सवा लाख") */
    fractionPrefixes: wordValues.default({}),
    /** hundred, thousand, lakh, crore in every spelling */
    multipliers: wordValues.default({}),
    /** phrase → the English the rule sets read, per context */
    glossary: z.object({ duration: phrases.default({}), pay: phrases.default({}) }).default({}),
    yes: words.default([]),
    no: words.default([]),
    /** polite words that mean yes alone and leave the decision to the next word otherwise */
    particles: words.default([]),
    /** alias → [the city dataset's display name, state code] */
    cityAliases: z.array(z.tuple([z.string().trim().min(2), z.string().min(1), z.string().length(2)])).default([]),
    /** search word → English words postings use */
    searchTerms: z.record(z.string().trim().min(1), words.min(1)).default({}),
    searchStopWords: words.default([]),
  })
  .strict()

export type LanguagePackInput = z.input<typeof languagePackSchema>
export type LanguagePack = z.output<typeof languagePackSchema>

export interface MergedVocabulary {
  packs: readonly LanguagePack[]
  folds: readonly (readonly [string, string])[]
  numbers: ReadonlyMap<string, number>
  articles: ReadonlyMap<string, number>
  fractionPrefixes: ReadonlyMap<string, number>
  multipliers: ReadonlyMap<string, number>
  glossary: { duration: ReadonlyMap<string, string>; pay: ReadonlyMap<string, string> }
  yes: ReadonlySet<string>
  no: ReadonlySet<string>
  particles: ReadonlySet<string>
  cityAliases: readonly (readonly [alias: string, name: string, stateCode: string])[]
  searchTerms: ReadonlyMap<string, readonly string[]>
  searchStopWords: ReadonlySet<string>
}

let merged: MergedVocabulary | null = null

/** The language packs, validated (a bad pack fails the first caller, and the pack tests). */
export function vocabulary(): MergedVocabulary {
  if (merged) return merged
  const packs = LANGUAGE_PACKS.map((p) => languagePackSchema.parse(p))
  const folds = packs.flatMap((p) => p.folds)
  const fold = (s: string) => foldWith(folds, s)
  const map = <V>(pick: (p: LanguagePack) => Record<string, V>) => {
    const out = new Map<string, V>()
    for (const p of packs) for (const [k, v] of Object.entries(pick(p))) out.set(fold(k), v)
    return out
  }
  const set = (pick: (p: LanguagePack) => string[]) => new Set(packs.flatMap(pick).map(fold))
  merged = {
    packs,
    folds,
    numbers: map((p) => p.numbers),
    articles: map((p) => p.articles),
    fractionPrefixes: map((p) => p.fractionPrefixes),
    multipliers: map((p) => p.multipliers),
    glossary: { duration: map((p) => p.glossary.duration), pay: map((p) => p.glossary.pay) },
    yes: set((p) => p.yes),
    no: set((p) => p.no),
    particles: set((p) => p.particles),
    cityAliases: packs.flatMap((p) => p.cityAliases),
    searchTerms: map((p) => p.searchTerms),
    searchStopWords: set((p) => p.searchStopWords),
  }
  return merged
}

function foldWith(folds: readonly (readonly [string, string])[], s: string): string {
  // NFKC first: "ज़" may arrive precomposed or as ज + nukta; zero-width joiners change no word
  let out = s.normalize('NFKC').replace(/[\u200c\u200d]/g, '').toLowerCase()
  for (const [from, to] of folds) out = out.split(from).join(to)
  return out
}

/** Lower-case, NFKC, and every pack's spelling folds: the form vocabulary keys are compared in. */
export function foldScripts(s: string): string {
  return foldWith(vocabulary().folds, s)
}

/** A letter or number of any script, with its combining marks (Devanagari vowel signs are marks). */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]'

/** A regex matching any of `phrases` as whole words, longest first (`u` and `g` flags). */
export function phraseRegExp(phrases: Iterable<string>): RegExp | null {
  const list = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
  if (list.length === 0) return null
  return new RegExp(`(?<!${WORD_CHAR})(?:${list.join('|')})(?!${WORD_CHAR})`, 'gu')
}
