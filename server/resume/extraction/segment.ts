/**
 * Re-split words that a PDF glued together: small-caps headings in LaTeX templates come out as
 * "CORNELLUNIVERSITY" or "CORNELLROBOTLEARNINGLAB" with no space anywhere in the text layer.
 *
 * Dynamic programming over a vocabulary made of the document's own words plus the words that
 * institutions and employers are named with; unknown stretches (names) are allowed at a price, so
 * "LAMARTINIEREFORBOYS" → "LA MARTINIERE FOR BOYS".
 */

const COMMON = `
a an the of and for in at on to by with de la le el da di du von van
university college institute institution school academy vidyalaya vidyapeeth vidyapith mahavidyalaya
polytechnic iti campus centre center faculty department dept engineering technology science sciences arts
commerce management business studies research lab labs laboratory laboratories studio studios group
national international state central public private government govt junior senior high higher
secondary primary convent english medical law pharmacy nursing architecture design fashion hotel
catering education training foundation trust society association council board club team committee
boys girls women men memorial mission modern new royal saint st holy sacred heart mary cross
indian india american british global world city regional rural urban north south east west eastern
western northern southern
company corporation corp inc ltd limited pvt private services service solutions solution systems system
software technologies technology tech consulting consultants consultancy industries industry enterprises
enterprise labs networks network communications communication media digital data analytics infotech
infosys info web cloud apps mobile financial finance bank banking capital insurance securities
investments investment partners holdings ventures motors automobiles logistics transport travels tours
foods food restaurant retail stores store market markets marketing sales hospital hospitals
clinic healthcare health care pharma pharmaceuticals chemicals steel power energy electric electricals
electronics textiles constructions construction builders developers infrastructure realty properties
robot robotics learning machine deep computer computers computing computational vision language
languages speech phonetics linguistics physics chemistry biology mathematics math statistics economics
software hardware graphics security robotics
engineer engineering intern internship developer manager assistant associate analyst consultant
researcher head lead leader director officer executive fellow member founder cofounder president
chief teaching undergraduate graduate student open source contributor
`
  .split(/\s+/)
  .filter(Boolean)

const BASE = new Set(COMMON)

/** Words of the document (3+ letters), for the vocabulary. */
export function documentVocabulary(text: string): Set<string> {
  const out = new Set<string>()
  for (const w of text.toLowerCase().split(/[^a-z]+/)) if (w.length >= 3 && w.length <= 20) out.add(w)
  return out
}

/** Split one glued token; returns it unchanged when no split is clearly better. */
export function segmentGlued(token: string, docVocab: Set<string>): string {
  const lower = token.toLowerCase()
  if (!/^[a-z]+$/.test(lower) || lower.length < 12) return token
  const n = lower.length
  // cost[i]: best cost for lower[0..i)
  const cost: number[] = new Array(n + 1).fill(Infinity)
  const back: number[] = new Array(n + 1).fill(-1)
  const known: boolean[] = new Array(n + 1).fill(false)
  cost[0] = 0
  for (let i = 0; i < n; i++) {
    if (cost[i] === Infinity) continue
    for (let j = i + 1; j <= Math.min(n, i + 20); j++) {
      const w = lower.slice(i, j)
      const isWord = (BASE.has(w) && (w.length >= 2 || w === 'a')) || (w.length >= 4 && docVocab.has(w) && w !== lower)
      // an unknown stretch is a name: at least 5 letters, so real words are not chopped
      // into short "known" bits around it
      if (!isWord && w.length < 5 && !(i === 0 && j === n)) continue
      // a word costs ½ (a two-letter one a little more), an unknown name 3 plus ½ per letter:
      // known words win over guessing, and a name is not chopped into short known bits
      const c = cost[i] + (isWord ? (w.length <= 2 ? 0.6 : 0.5) : 3 + 0.5 * w.length)
      if (c < cost[j]) {
        cost[j] = c
        back[j] = i
        known[j] = isWord
      }
    }
  }
  // merge consecutive unknown pieces into one
  const pieces: { w: string; known: boolean }[] = []
  for (let j = n; j > 0; j = back[j]) pieces.unshift({ w: lower.slice(back[j], j), known: known[j] })
  const merged: { w: string; known: boolean }[] = []
  for (const p of pieces) {
    const last = merged[merged.length - 1]
    if (last && !last.known && !p.known) last.w += p.w
    else merged.push({ ...p })
  }
  const knownChars = merged.filter((p) => p.known).reduce((s, p) => s + p.w.length, 0)
  // only accept when most of the token is explained by real words
  const knownPieces = merged.filter((p) => p.known).length
  if (knownPieces < 2 || knownChars < n * 0.4) return token
  // rebuild with the original casing
  let at = 0
  const out: string[] = []
  for (const p of merged) {
    out.push(token.slice(at, at + p.w.length))
    at += p.w.length
  }
  return out.join(' ')
}

/**
 * Apply `segmentGlued` to every long ALL-CAPS token of a phrase (mixed-case words are real words:
 * glued small caps are the case this exists for).
 */
export function segmentPhrase(phrase: string, docVocab: Set<string>): string {
  return phrase.replace(/\p{L}{12,}/gu, (tok) => (/^[A-Z]+$/.test(tok) ? segmentGlued(tok, docVocab) : tok))
}
