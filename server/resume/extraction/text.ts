import type { LayoutLine } from './layout'

/** Small text helpers shared by the field extractors. Pure. */

export const BULLET_RE = /^[\s•❖*■▪►●◦·‣⁃○□➢➤✓✔-]+/u

// NOTE: every field extractor reads the lines of its scope again; a line never changes once laid
// out, so its text is computed once and kept with it.
const lineTexts = new WeakMap<LayoutLine, string>()

/** A line's text with its cells joined by single spaces. */
export function lineText(line: LayoutLine): string {
  let text = lineTexts.get(line)
  if (text === undefined) {
    text = line.cells.map((c) => c.text).join(' ').replace(/\s+/g, ' ').trim()
    lineTexts.set(line, text)
  }
  return text
}

export function stripBullet(s: string): string {
  // Word's Symbol-font bullet often arrives as a lone "o"
  return s.replace(BULLET_RE, '').replace(/^o\s+(?=\p{Lu})/u, '').trim()
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

export function normaliseDashes(s: string): string {
  return s.replace(/[\u2010-\u2015\u2212]/g, '–')
}

export function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '')
  return letters.length >= 2 && letters === letters.toUpperCase()
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'in', 'for', 'at', 'on', 'to', 'a', 'an', 'with', 'by'])

/** "CORNELL UNIVERSITY" → "Cornell University"; keeps short acronyms ("IIT", "MIT", "B.E."). */
export function titleCase(s: string): string {
  return s
    .split(/(\s+)/)
    .map((w, i) => {
      if (!/\p{L}/u.test(w)) return w
      const lower = w.toLowerCase()
      if (i > 0 && SMALL_WORDS.has(lower)) return lower
      const letters = w.replace(/[^\p{L}]/gu, '')
      if (letters.length <= 3 && /[.]/.test(w)) return w
      if (letters.length <= 3 && !/[aeiou]/i.test(letters)) return w
      return lower.replace(/(^|[-'’(/])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase())
    })
    .join('')
}

/** Title-case only text that is shouting (all caps); leave mixed case as written. */
export function unshout(s: string): string {
  return isAllCaps(s) && s.replace(/[^\p{L}]/gu, '').length > 3 ? titleCase(s) : s
}

export function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}+#.]+/u).filter(Boolean)
}

/** Remove one pair of wrapping brackets/quotes and trailing punctuation. */
export function trimPunct(s: string): string {
  return s
    .replace(/^[\s,;:|–-]+/, '')
    .replace(/[\s,;:|–-]+$/, '')
    .trim()
}
