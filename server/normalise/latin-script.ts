import Sanscript from '@indic-transliteration/sanscript'

/**
 * Devanagari → plain Latin letters, the way Hindi names are written in English ("सुनील यादव" →
 * "Sunil Yadav", "ममता" → "Mamta", "ज़ाकिर" → "Zakir"), for the resume PDF: jsPDF's fonts cannot
 * shape Devanagari, and an employer reading the PDF reads English (docs/decisions/016).
 *
 * Sanscript (maintained, MIT, no I/O) does the letter mapping through a scheme we add as data:
 * `hindi_ascii`, its IAST scheme with the spellings Indians use in English (च ch, छ chh, श/ष sh, no
 * diacritics, ज़ z, फ़ f, ड़ r). What no library does is Hindi's dropped inherent vowel
 * (scholarly schemes write "sunīla yādava"): `markSilentSchwas` writes those as a halant first.
 */
const SCHEME = 'hindi_ascii'

function ensureScheme(): void {
  if (Sanscript.schemes[SCHEME]) return
  const iast = Sanscript.schemes.iast
  if (!iast) throw new Error('sanscript has no IAST scheme')
  const scheme: Record<string, Record<string, string>> = {}
  for (const [group, map] of Object.entries(iast)) {
    if (typeof map === 'object' && map !== null && !Array.isArray(map)) scheme[group] = { ...map }
  }
  // NOTE: the vowels stay IAST's (ā, ī…): the engine tells marks apart by them; `ascii` folds them after
  Object.assign(scheme.consonants ?? {}, { च: 'ch', छ: 'chh', श: 'sh', ष: 'sh', ज्ञ: 'gy', क्ष: 'ksh' })
  Object.assign(scheme.extra_consonants ?? {}, {
    '\u0958': 'q', '\u0959': 'kh', '\u095A': 'g', '\u095B': 'z', '\u095C': 'r', '\u095D': 'rh', '\u095E': 'f', '\u095F': 'y', ऱ: 'r', ऴ: 'l', ऩ: 'n',
  })
  Object.assign(scheme.yogavaahas ?? {}, { 'ँ': 'ṃ' })
  Object.assign(scheme.symbols ?? {}, { '।': '.', '॥': '.' })
  // NOTE: the engine reads this flag (not which function added the scheme) to write inherent vowels
  Sanscript.addRomanScheme(SCHEME, Object.assign(scheme, { isRomanScheme: true }) as unknown as Record<string, Record<string, string>>)
}

/** IAST's marks folded to the letters people type (ā → a, ṭ → t, ṃ → n); English loan vowels (ॉ, ॅ) read as o and e. */
function ascii(text: string): string {
  const plain: Record<string, string> = { ā: 'a', ī: 'i', ū: 'u', ṛ: 'ri', ṝ: 'ri', ḷ: 'li', ḹ: 'li', ṃ: 'n', ḥ: 'h', ṅ: 'n', ñ: 'n', ṭ: 't', ḍ: 'd', ṇ: 'n', ś: 'sh', ṣ: 'sh', è: 'e', ò: 'o' }
  return text
    .normalize('NFC')
    .replace(/[āīūṛṝḷḹṃḥṅñṭḍṇśṣèò]/g, (ch) => plain[ch] ?? ch)
    .replace(/\u0949|\u0911/g, 'o')
    .replace(/\u0945|\u090D/g, 'e')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
}

const CONSONANT = /[\u0915-\u0939\u0958-\u095F]/
const NUKTA = '\u093C'
const VIRAMA = '\u094D'
const VOWEL_SIGN = /[\u093E-\u094C\u0962\u0963]/
const TRAIL = /[\u0900-\u0903]/
const INDEPENDENT_VOWEL = /[\u0904-\u0914\u0960\u0961\u0972]/

type Unit = { text: string; cluster: boolean; vowel: 'inherent' | 'sign' | 'none' | 'independent' | 'other'; trail: boolean }

/** A word as aksharas: consonant cluster + vowel (inherent, a sign, or none), or an independent vowel. */
function units(word: string): Unit[] {
  const out: Unit[] = []
  let i = 0
  const chars = [...word]
  while (i < chars.length) {
    const ch = chars[i] as string
    if (CONSONANT.test(ch)) {
      let text = ch
      let consonants = 1
      i++
      if (chars[i] === NUKTA) text += chars[i++]
      while (chars[i] === VIRAMA && chars[i + 1] !== undefined && CONSONANT.test(chars[i + 1] as string)) {
        text += (chars[i] as string) + (chars[i + 1] as string)
        consonants++
        i += 2
        if (chars[i] === NUKTA) text += chars[i++]
      }
      let vowel: Unit['vowel'] = 'inherent'
      if (chars[i] === VIRAMA) {
        vowel = 'none'
        text += chars[i++]
      } else if (chars[i] !== undefined && VOWEL_SIGN.test(chars[i] as string)) {
        vowel = 'sign'
        text += chars[i++]
      }
      let trail = false
      while (chars[i] !== undefined && TRAIL.test(chars[i] as string)) {
        trail = true
        text += chars[i++]
      }
      out.push({ text, cluster: consonants > 1, vowel, trail })
    } else {
      let text = ch
      i++
      let trail = false
      while (chars[i] !== undefined && TRAIL.test(chars[i] as string)) {
        trail = true
        text += chars[i++]
      }
      out.push({ text, cluster: false, vowel: INDEPENDENT_VOWEL.test(ch) ? 'independent' : 'other', trail })
    }
  }
  return out
}

const sounded = (u: Unit | undefined) => u !== undefined && (u.vowel === 'inherent' || u.vowel === 'sign' || u.vowel === 'independent')

/**
 * Hindi drops the inherent "a" at the end of a word (यादव → yādav) and between a vowel and a
 * consonant that has its own vowel (कमला → kamlā, समझदार → samajhdār); not after a cluster
 * (मित्र, नरेंद्र). The usual rule of thumb, right for names and everyday words; it writes a halant
 * where the vowel is silent, so the letter mapping prints no "a" there.
 */
export function markSilentSchwas(word: string): string {
  const us = units(word)
  const silent = new Set<number>()
  const last = us.length - 1
  const deletable = (u: Unit | undefined) => u !== undefined && u.vowel === 'inherent' && !u.cluster && !u.trail
  if (us.length > 1 && deletable(us[last])) silent.add(last)
  for (let i = last - 1; i >= 1; i--) {
    const next = us[i + 1]
    if (!deletable(us[i]) || !sounded(us[i - 1]) || silent.has(i - 1)) continue
    if (next && !next.cluster && sounded(next) && !silent.has(i + 1) && /[\u0915-\u0939\u0958-\u095F]/.test(next.text)) silent.add(i)
  }
  return us.map((u, i) => (silent.has(i) ? u.text + VIRAMA : u.text)).join('')
}

/** Nukta letters in their one-code-point form (NFC splits them; the scheme names them whole). */
function composeNukta(text: string): string {
  const composed: Record<string, string> = { क: '\u0958', ख: '\u0959', ग: '\u095A', ज: '\u095B', ड: '\u095C', ढ: '\u095D', फ: '\u095E', य: '\u095F' }
  return text.replace(/([कखगजडढफय])\u093C/g, (_, base: string) => composed[base] ?? base)
}

/** An anusvara before p/ph/b/bh/m sounds "m" (मुंबई → Mumbai, अंबर → Ambar). */
function labialAnusvara(text: string): string {
  return text.replace(/\u0902(?=[पफबभम])/g, 'म्')
}

// the dandas (।, ॥) end a sentence, not a word
const DEVANAGARI_WORD = /[\u0900-\u0963\u0966-\u097F]+/g

/**
 * Devanagari words in `text` written in Latin letters; everything else as it was. `titleCase`:
 * every transliterated word capitalised (names, places, skills); otherwise only one that starts
 * the text or a sentence.
 */
export function devanagariToLatin(text: string, opts: { titleCase?: boolean } = {}): string {
  if (!/[\u0900-\u097F]/.test(text)) return text
  ensureScheme()
  return text.normalize('NFC').replace(/\s*[\u0964\u0965]/g, '.').replace(DEVANAGARI_WORD, (word, offset: number, whole: string) => {
    // English loan vowels first (the scheme has no ॉ): डॉक्टर reads "doktar", बॉय "boy"
    const loans = word.replace(/\u0949/g, '\u094B').replace(/\u0911/g, '\u0913').replace(/\u0945/g, '\u0947').replace(/\u090D/g, '\u090F')
    const latin = ascii(Sanscript.t(markSilentSchwas(labialAnusvara(composeNukta(loans))), 'devanagari', SCHEME))
    const startsSentence = /(^|[.!?]\s*)$/.test(whole.slice(0, offset))
    return opts.titleCase || startsSentence ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin
  })
}
