import { foldScripts, vocabulary } from './language-packs'

/**
 * A typed yes/no in any language pack ("yes", "हाँ", "जी हाँ", "haan ji", "नहीं", "nahi", "ji nahi")
 * → true / false; null when it is neither. Pure.
 *
 * The whole answer is looked up first, then its first word; a polite particle ("जी", "ji") is yes
 * alone and otherwise lets the word after it decide ("जी नहीं" is no).
 */
export function yesNo(text: string): boolean | null {
  const { yes, no, particles } = vocabulary()
  const t = foldScripts(text).replace(/\s+/g, ' ').trim().replace(/[!.?,।]+$/u, '')
  const decide = (s: string): boolean | null => (yes.has(s) ? true : no.has(s) ? false : null)
  const whole = decide(t)
  if (whole !== null) return whole
  const words = t.split(/[\s,.!।]+/u).filter(Boolean)
  let i = 0
  while (i < words.length && particles.has(words[i])) i++
  if (i === words.length) return i > 0 ? true : null
  return decide(words[i])
}
