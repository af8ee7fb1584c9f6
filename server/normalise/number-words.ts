import { foldScripts, phraseRegExp, vocabulary } from './language-packs'
import { foldDigits } from './text'

/**
 * Numbers and their context words as people write them in any language pack → the English forms
 * the salary and experience rule sets read: "दो साल" → "2 years", "ढाई साल" → "2.5 years",
 * "बीस हज़ार" / "bees hazaar" → "20 thousand", "dedh lakh" → "1.5 lakh", "साढ़े तीन" → "3.5",
 * "दो लाख पचास हज़ार" → "2.5 lakh", "twenty five" → "25". Digits of any script become ASCII. Pure.
 *
 * - `duration`: every number word (and "a"/"an") becomes digits; duration glossary applied.
 * - `pay`: number words become digits only next to a multiplier ("हज़ार"), before a pay unit
 *   ("ढाई LPA") or when they are the whole answer, so "one time joining bonus" stays prose;
 *   pay glossary applied ("महीना" → "per month").
 * - `count`: every number word becomes digits (an answer to "how many").
 */
export type NumberContext = 'duration' | 'pay' | 'count'

type Token = { text: string; start: number; end: number }

const TOKEN = /\d+(?:\.\d+)?|[\p{L}\p{M}]+/gu
/** multipliers the rule sets already read as written, so "2 lakh" alone is left untouched */
const READ_AS_WRITTEN = /^(?:thousands?|lakhs?|lacs?|crores?)$/
// a figure followed by one of these is pay ("ढाई LPA", "बीस per day", "पच्चीस k")
const PAY_UNIT_AFTER = /^\s*(?:k|l|lpa|lacs?|lakhs?|cr|crores?|thousands?|per|p\.?\s?[ma]\b|monthly|yearly|daily|\/|rs|inr|₹)/

interface Expression {
  first: number
  last: number
  value: number
  /** the largest multiplier ≥ 1 000 used, else 1 */
  unit: number
  words: boolean
  multipliers: number
}

function readExpression(tokens: readonly Token[], i: number, text: string, articles: boolean): Expression | null {
  const v = vocabulary()
  let total = 0
  let current: number | null = null
  let prefix: number | null = null
  let unit = 1
  let lastMultiplier = Number.POSITIVE_INFINITY
  let words = false
  let multipliers = 0
  let tens = false
  let last = -1
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j]
    if (j > i && !/^\s*$/.test(text.slice(tokens[j - 1].end, t.start))) break
    const w = t.text
    if (/^\d/.test(w)) {
      if (current !== null) break
      current = Number(w) + (prefix ?? 0)
      prefix = null
      tens = false
      last = j
      continue
    }
    const n = v.numbers.get(w) ?? (articles ? v.articles.get(w) : undefined)
    if (n !== undefined) {
      if (current !== null) {
        // "twenty five": a tens word then a unit word add up
        if (!(tens && Number.isInteger(n) && n > 0 && n < 10)) break
        current += n
        tens = false
      } else {
        current = n + (prefix ?? 0)
        prefix = null
        tens = n >= 20 && n < 100 && n % 10 === 0
      }
      words = true
      last = j
      continue
    }
    const p = v.fractionPrefixes.get(w)
    if (p !== undefined) {
      if (current !== null || prefix !== null) break
      prefix = p
      continue
    }
    const m = v.multipliers.get(w)
    if (m !== undefined) {
      if (current === null && prefix !== null) {
        // "सवा लाख": a prefix alone before a multiplier counts one
        current = 1 + prefix
        prefix = null
        words = true
      }
      if (current === null || m >= lastMultiplier) break
      if (m < 1000) current *= m
      else {
        total += current * m
        current = null
        lastMultiplier = m
        unit = Math.max(unit, m)
      }
      if (!READ_AS_WRITTEN.test(w)) words = true
      multipliers++
      tens = false
      last = j
      continue
    }
    break
  }
  if (last < i) return null
  return { first: i, last, value: total + (current ?? 0), unit, words, multipliers }
}

const UNIT_NAMES: Readonly<Record<number, string>> = { 1000: 'thousand', 100_000: 'lakh', 10_000_000: 'crore' }

function format(e: Expression): string {
  const n = (x: number) => String(Math.round(x * 1e6) / 1e6)
  return e.unit >= 1000 ? `${n(e.value / e.unit)} ${UNIT_NAMES[e.unit]}` : n(e.value)
}

const glossaryRes = new Map<string, RegExp | null>()
function glossaryRegExp(context: 'duration' | 'pay'): RegExp | null {
  if (!glossaryRes.has(context)) glossaryRes.set(context, phraseRegExp(vocabulary().glossary[context].keys()))
  return glossaryRes.get(context) ?? null
}

/** `text` (any case, any script) → lower-case text with numbers as digits and context words in English. */
export function translateNumbers(text: string, context: NumberContext): string {
  let t = foldScripts(foldDigits(text))
  if (context !== 'count') {
    const re = glossaryRegExp(context)
    const table = vocabulary().glossary[context]
    if (re) t = t.replace(re, (m) => ` ${table.get(m.replace(/\s+/g, ' ')) ?? m} `)
  }
  const tokens = [...t.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
  const found: Expression[] = []
  for (let i = 0; i < tokens.length; i++) {
    const e = readExpression(tokens, i, t, context === 'duration')
    if (!e) continue
    found.push(e)
    i = e.last
  }
  let out = ''
  let at = 0
  found.forEach((e, k) => {
    const start = tokens[e.first].start
    const end = tokens[e.last].end
    const rewrite = context === 'pay' ? isPay(e, found[k + 1], tokens, t) : e.words || e.multipliers > 1
    if (rewrite) {
      out += `${t.slice(at, start)}${format(e)}`
      at = end
    }
  })
  return out + t.slice(at)
}

/** In pay text a figure in words counts next to an amount word, before a pay unit, as the lower end of such a range ("बीस से पच्चीस हज़ार") or alone. */
function isPay(e: Expression, next: Expression | undefined, tokens: readonly Token[], t: string): boolean {
  if (!e.words && e.multipliers < 2) return false
  if (e.multipliers > 0) return true
  const start = tokens[e.first].start
  const end = tokens[e.last].end
  if (t.slice(0, start).trim() === '' && t.slice(end).trim() === '') return true
  if (PAY_UNIT_AFTER.test(t.slice(end))) return true
  return next !== undefined && next.multipliers > 0 && /^\s*(?:-|to|upto|till|or)\s*$/.test(t.slice(end, tokens[next.first].start))
}

/** A whole answer that is one number in words or digits of any script ("पाँच", "twenty five", "१२") → the number. */
export function numberFromWords(text: string): number | null {
  const t = translateNumbers(text, 'count').trim()
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : null
}
