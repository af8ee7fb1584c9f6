import type { Found } from './contact'
import type { LayoutLine } from './layout'
import { classifyHeadingText, labelValues, type SectionedResume } from './sections'
import { isAllCaps, lineText, titleCase } from './text'

/**
 * The candidate's name: usually the largest text near the top. Also "Name: …" label lines (bio-data
 * style). Suffixes such as ", C.A. (1985)" or job-portal stamps ("Featured Resume") are cut.
 */

const NOT_NAME = /\b(resume|résumé|curriculum|vitae|cv|bio-?data|profile|objective|summary|page|updated|confidential)\b/i
const PORTAL_STAMP = /\s*(featured resume|resume headline|naukri|monster|indeed)\s*$/i
// professional letters after a name: ", C.A. (1985)", ", MBA", ", PhD"
const NAME_SUFFIX = /\s*,\s*(?:[A-Z][A-Za-z.]{0,6}\.?\s*)+(?:\(\d{4}\))?\s*$/

export function cleanName(raw: string): string | null {
  let s = raw.replace(/\t/g, ' ').replace(PORTAL_STAMP, '').replace(/([a-z])(Featured Resume)$/i, '$1')
  s = s.replace(NAME_SUFFIX, '')
  s = s.replace(/^(name|full name)\s*[:：-]\s*/i, '')
  s = s.replace(/[|•·].*$/, '').replace(/\s+/g, ' ').trim()
  // "SourabhBajaj" (LaTeX output without spaces)
  if (!/\s/.test(s) && /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(s)) s = s.replace(/([a-z])([A-Z])/g, '$1 $2')
  if (!looksLikeName(s)) return null
  return isAllCaps(s) ? titleCase(s) : s
}

export function looksLikeName(s: string): boolean {
  if (s.length < 3 || s.length > 60) return false
  if (/[\d@:/\\_]/.test(s)) return false
  if (NOT_NAME.test(s)) return false
  if (classifyHeadingText(s)) return false
  const words = s.split(/\s+/)
  if (words.length > 5) return false
  // words start with a letter; initials ("B.", "H") allowed
  return words.every((w) => /^[\p{Lu}\p{Ll}][\p{L}.'’-]*$/u.test(w)) && words.some((w) => w.replace(/[^\p{L}]/gu, '').length >= 2)
}

export function extractName(doc: SectionedResume): Found<string> | null {
  const labelled = labelValues(doc.lines.slice(0, 80)).find((lv) => /^(name|full name|candidate name|name of (the )?candidate)$/.test(lv.label))
  const top = (doc.header.length ? doc.header : doc.lines).slice(0, 12)
  const first = doc.lines.slice(0, 15)
  const pool = [...new Set([...top, ...first])]
  if (pool.length === 0) return labelled ? { value: cleanName(labelled.value) ?? labelled.value, confidence: 'low' } : null

  const maxSize = Math.max(...pool.map((l) => l.size))
  const byLook = [...pool]
    .filter((l) => l.size >= maxSize * 0.95)
    .sort((a, b) => a.page - b.page || a.y - b.y)
  for (const line of byLook) {
    const joined = joinSplitName(pool, line)
    const name = cleanName(joined ?? lineText(line)) ?? cleanName(line.cells[0]?.text ?? '')
    if (name) return { value: name, confidence: line.size > doc.bodySize * 1.2 ? 'high' : 'low' }
  }
  if (labelled) {
    const name = cleanName(labelled.value)
    if (name) return { value: name, confidence: 'high' }
  }
  // no size contrast (job-portal exports): the first line that reads like a name
  for (const line of pool) {
    const name = cleanName(line.cells[0]?.text ?? '')
    if (name) return { value: name, confidence: 'low' }
  }
  return null
}

/** "Chanchal" / "Sharma" set on two lines in the same large font. */
function joinSplitName(pool: LayoutLine[], line: LayoutLine): string | null {
  const i = pool.indexOf(line)
  const next = pool[i + 1]
  if (!next || next.page !== line.page || Math.abs(next.size - line.size) > 0.01) return null
  const a = lineText(line)
  const b = lineText(next)
  if (/\s/.test(a) || /\s/.test(b)) return null
  return `${a} ${b}`
}
