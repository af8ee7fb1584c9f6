/**
 * Page layout from pdf2json output: text items with positions → lines of cells in reading order.
 *
 * Pure (no I/O). `pdf-text.ts` runs pdf2json in a worker and hands us, per page, the text items
 * (`Pages[].Texts`, for positions and font sizes) and the page's raw text (`getRawTextContent()`,
 * for the spaces between words).
 *
 * NOTE (pdf2json 4.0.3 facts this module is built on):
 * - item `x`/`y` are in "form units" (top-down y); `w` is in a per-document unit, so we calibrate a
 *   scale factor from adjacent items instead of trusting it.
 * - LaTeX output has no spaces inside items ("SourabhBajaj"); the raw text has them, so we copy them
 *   back by aligning the two. Word output has explicit space items. wkhtmltopdf gives one item per
 *   character.
 * - single-character items "C" and "G" come back padded as " C " / " G " (a pdf2json quirk).
 * - the raw text lists each page's lines bottom to top and pads gaps with runs of spaces/tabs.
 */

import { foldDigits } from '../../normalise/text'

export interface RawTextItem {
  x: number
  y: number
  /** width in pdf2json's per-document unit (see `calibrateWidthScale`) */
  w: number
  text: string
  /** font size as pdf2json reports it (only comparable within one document) */
  size: number
  bold: boolean
}

export interface RawPdfPage {
  width: number
  height: number
  items: RawTextItem[]
  /** this page's part of `getRawTextContent()` (bottom-to-top lines) */
  rawText: string
}

export interface LayoutCell {
  text: string
  x: number
  xEnd: number
}

export type ColumnSide = 'full' | 'left' | 'right'

export interface LayoutLine {
  /** cells joined by a tab: a tab marks a visible gap (column, tab stop, right-aligned date) */
  text: string
  cells: LayoutCell[]
  page: number
  x: number
  xEnd: number
  y: number
  /** dominant font size of the line (by characters) */
  size: number
  bold: boolean
  column: ColumnSide
}

export interface PageLayout {
  width: number
  height: number
  twoColumn: boolean
  /** x of the gutter's right edge when `twoColumn` */
  gutter: number | null
}

export interface DocumentLayout {
  pages: PageLayout[]
  /** all lines of all pages in reading order */
  lines: LayoutLine[]
  /** the font size carrying the most characters: body text */
  bodySize: number
}

interface Item extends RawTextItem {
  xEnd: number
}

interface Row {
  y: number
  items: Item[]
}

interface Cell extends LayoutCell {
  y: number
  size: number
  bold: boolean
  chars: number
}

// FontAwesome glyph names some LaTeX templates leak into the text layer instead of an icon.
const ICON_GLYPH_NAMES = new Set([
  'HOUSE-CHIMNEY', 'GITHUB-SQUARE', 'GITHUB', 'LINKEDIN', 'LINKEDIN-SQUARE', 'ENVELOPE', 'PHONE', 'MOBILE',
  'MOBILE-ALT', 'GLOBE', 'MAP-MARKER', 'MAP-MARKER-ALT', 'TWITTER', 'TWITTER-SQUARE', 'FACEBOOK', 'HOME',
  'LINK', 'STACK-OVERFLOW', 'GITLAB', 'MEDIUM', 'SKYPE', 'INSTAGRAM', 'YOUTUBE', 'ENVELOPE-SQUARE',
])

/** Unicode clean-up shared by items and raw text, so the two can be aligned character by character. */
export function cleanText(s: string): string {
  return (
    // any script's digits as ASCII ("९८७६५…" is a phone number too); same length, so alignment holds
    foldDigits(s.normalize('NFKC'))
      // soft hyphen: templates use it both as a hyphen and as the dash of a date range
      .replace(/\u00ad/g, '-')
      // private-use code points are icon fonts (FontAwesome envelope, phone…): no text value
      .replace(/[\ue000-\uf8ff]/g, ' ')
      // C1 control codes are Symbol/Wingdings bullets in Word output ("Road \x9f Columbus")
      .replace(/[\u0080-\u009f]/g, ' • ')
      .replace(/[\u200b-\u200d\ufeff]/g, '')
      .replace(/\u00a0/g, ' ')
  )
}

function cleanItemText(t: string): string {
  // NOTE: pdf2json pads lone "C"/"G" glyphs with spaces.
  if (t.length === 3 && t[0] === ' ' && t[2] === ' ' && (t[1] === 'C' || t[1] === 'G')) return t[1]
  // printable ASCII is already clean (NFKC and every replacement above touch only other code
  // points): most items, and one test instead of six passes each
  return PRINTABLE_ASCII.test(t) ? t : cleanText(t)
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

function median(xs: number[]): number {
  if (xs.length === 0) return 0
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return 0
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.floor(q * s.length)))]
}

/**
 * pdf2json's `w` is not in form units. For most fonts it is the width in points, and a form unit
 * is 16 points, so the scale is 1/16; some documents use other scales (1/70, ×0.6). Adjacent items
 * on one line give Δx / w ≥ scale (equal when they touch, larger across a word gap), so a low
 * quantile estimates it. When that lands near 1/16 we take 1/16 exactly: documents made of one
 * item per word never touch, and over-estimating the scale would swallow their word gaps.
 *
 * The estimate holds only if some adjacent items touch. A document drawn one text call per field
 * (jsPDF, report writers) may have no touching pair at all — only a title and its right-aligned
 * date, a bullet and its text — and then the quantile measures those gaps: widths came out three
 * times too large, the title's end ran into the date and the two were joined without a space
 * ("Senior Database AdministratorApr 2017"). Text must end within its page, so a scale that puts
 * items past the page's right edge is impossible: we fall back to 1/16, or to the largest scale
 * that keeps the items on the page.
 */
export function calibrateWidthScale(pages: RawPdfPage[]): number {
  const ratios: number[] = []
  for (const p of pages) {
    const items = [...p.items].sort((a, b) => a.y - b.y || a.x - b.x)
    for (let i = 1; i < items.length; i++) {
      const a = items[i - 1]
      const b = items[i]
      if (Math.abs(a.y - b.y) < 0.05 && b.x > a.x && a.w > 0 && a.size === b.size) ratios.push((b.x - a.x) / a.w)
    }
  }
  const standard = 1 / 16
  let scale = ratios.length < 5 ? standard : quantile(ratios, 0.05)
  const fit = pageFitScale(pages)
  // a little slack: a right-aligned item ends at the margin, and widths are font estimates
  if (fit !== null && scale > fit * PAGE_FIT_SLACK) scale = standard <= fit * PAGE_FIT_SLACK ? standard : fit
  return scale >= standard * 0.9 && scale <= standard * 1.2 ? standard : scale
}

const PAGE_FIT_SLACK = 1.05

/**
 * The largest width scale at which (nearly) every item still ends inside its page, or null when
 * nothing bounds it. A low quantile, not the minimum: one item overflowing a page (clipped text)
 * must not shrink every width in the document.
 */
function pageFitScale(pages: RawPdfPage[]): number | null {
  const fits: number[] = []
  for (const p of pages) for (const it of p.items) if (it.w > 0 && it.x >= 0 && it.x < p.width && it.text.trim()) fits.push((p.width - it.x) / it.w)
  return fits.length ? quantile(fits, 0.01) : null
}

function toItems(page: RawPdfPage, scale: number): Item[] {
  const out: Item[] = []
  for (const it of page.items) {
    const text = cleanItemText(it.text)
    if (!text.trim()) {
      // keep explicit spaces (Word output) as separators, drop empty items
      if (text.length > 0) out.push({ ...it, text: ' ', xEnd: it.x + Math.max(0, it.w * scale) })
      continue
    }
    out.push({ ...it, text, xEnd: it.x + Math.max(0, it.w * scale) })
  }
  return out
}

/** Median width of one character per font size, in form units. */
function charWidths(items: Item[]): Map<number, number> {
  const bySize = new Map<number, number[]>()
  for (const it of items) {
    const n = it.text.trim().length
    if (n < 2) continue
    const arr = bySize.get(it.size) ?? []
    arr.push((it.xEnd - it.x) / it.text.length)
    bySize.set(it.size, arr)
  }
  const all = [...bySize.values()].flat()
  const overall = all.length ? median(all) : 0.3
  const out = new Map<number, number>()
  for (const [size, arr] of bySize) out.set(size, arr.length >= 3 ? median(arr) : overall)
  out.set(-1, overall)
  return out
}

function charWidthFor(widths: Map<number, number>, size: number): number {
  return widths.get(size) ?? widths.get(-1) ?? 0.3
}

function groupRows(items: Item[], tol: number): Row[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x)
  const rows: Row[] = []
  let cur: Row | null = null
  let sumY = 0
  let weight = 0
  for (const it of sorted) {
    if (cur && Math.abs(it.y - cur.y) <= tol) {
      cur.items.push(it)
      const w = Math.max(1, it.text.trim().length)
      sumY += it.y * w
      weight += w
      cur.y = sumY / weight
      continue
    }
    cur = { y: it.y, items: [it] }
    sumY = it.y * Math.max(1, it.text.trim().length)
    weight = Math.max(1, it.text.trim().length)
    rows.push(cur)
  }
  for (const r of rows) r.items.sort((a, b) => a.x - b.x)
  return rows
}

/**
 * Superscripts, subscripts and raised letters ("1st", "12th", the A and E of the LaTeX logo) sit
 * a little above or below their line and end up alone on a row of their own; move them back
 * next to the glyphs they touch.
 */
function reattachStrays(rows: Row[], widths: Map<number, number>, pitch: number): Row[] {
  const byY = [...rows].sort((a, b) => a.y - b.y)
  const moved = new Set<Item>()
  for (let r = 0; r < byY.length; r++) {
    const row = byY[r]
    const snapshot = [...row.items]
    for (let k = 0; k < snapshot.length; k++) {
      const it = snapshot[k]
      const n = it.text.trim().length
      if (n === 0 || n > 3) continue
      const cw = charWidthFor(widths, it.size)
      const touching = (j: Item) => j !== it && j.text.trim() && j.x <= it.xEnd + cw && j.xEnd >= it.x - cw
      // NOTE: the row is sorted by x, so a neighbour in that order usually settles it; the whole
      // row is searched only when neither touches (one glyph per item made this quadratic per row)
      const near = (j: Item | undefined) => !!j && !moved.has(j) && !!touching(j)
      if (near(snapshot[k - 1]) || near(snapshot[k + 1]) || row.items.some(touching)) continue
      let best: Row | null = null
      for (const k of [r - 2, r - 1, r + 1, r + 2]) {
        const other = byY[k]
        if (!other || Math.abs(other.y - it.y) > pitch * 0.6) continue
        if (!other.items.some(touching)) continue
        if (!best || Math.abs(other.y - it.y) < Math.abs(best.y - it.y)) best = other
      }
      if (!best) continue
      moved.add(it)
      row.items.splice(row.items.indexOf(it), 1)
      best.items.push(it)
      best.items.sort((a, b) => a.x - b.x)
    }
  }
  return byY.filter((row) => row.items.some((i) => i.text.trim()))
}

/** Typical distance between consecutive lines of body text, in form units. */
function linePitch(pages: RawPdfPage[], bodySize: number): number {
  const gaps: number[] = []
  for (const p of pages) {
    const ys = [...new Set(p.items.filter((i) => i.size === bodySize).map((i) => Math.round(i.y * 20) / 20))].sort((a, b) => a - b)
    for (let i = 1; i < ys.length; i++) {
      const d = ys[i] - ys[i - 1]
      if (d > 0.1) gaps.push(d)
    }
  }
  return gaps.length ? quantile(gaps, 0.3) : 0.7
}

// ---------------------------------------------------------------------------------------------
// Raw-text alignment: copy word spaces from the raw text into items that lost them.

interface RawStream {
  chars: string
  /** whitespace run length before each char of `chars` (a line break counts as 100) */
  gapBefore: number[]
  cursor: number
  /** characters searched beyond the window so far (bounded: see `alignPart`) */
  scanned: number
}

function buildRawStream(rawText: string): RawStream {
  const lines = cleanText(rawText).split(/\r?\n/).reverse()
  // NOTE: one array push per character, joined once (string += per character and a regex test per
  // character made this a hot spot on files whose raw text pads gaps with long space runs)
  const chars: string[] = []
  const gapBefore: number[] = []
  let pending = 100
  for (const line of lines) {
    for (const ch of line) {
      const c = ch.charCodeAt(0)
      if (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d || c === 0x0a || (c > 0x7f && /\s/.test(ch))) {
        pending += c === 0x09 ? 4 : 1
        continue
      }
      chars.push(ch)
      gapBefore.push(pending)
      pending = 0
    }
    pending = 100
  }
  return { chars: chars.join(''), gapBefore, cursor: 0, scanned: 0 }
}

interface Aligned {
  /** the part's text with spaces restored (and wide raw gaps marked by a tab) */
  text: string
  /** index range of the part in the raw stream */
  start: number
  end: number
}

/** how far around the cursor an item is first looked for, in characters */
const ALIGN_WINDOW = 4000
const FULL_SEARCH_PASSES = 8

function nearby(raw: RawStream, key: string): { fwd: number; back: number } {
  const end = Math.min(raw.chars.length, raw.cursor + ALIGN_WINDOW + key.length)
  const f = raw.chars.slice(raw.cursor, end).indexOf(key)
  const from = Math.max(0, raw.cursor - ALIGN_WINDOW)
  const b = raw.cursor > 0 ? raw.chars.slice(from, raw.cursor - 1 + key.length).lastIndexOf(key) : -1
  return { fwd: f < 0 ? -1 : raw.cursor + f, back: b < 0 ? -1 : from + b }
}

/**
 * Re-insert spaces into a space-less item from the raw text. A wide gap inside one item (a
 * right-aligned date glued to a title in LaTeX output) becomes a tab, which later splits the cell.
 */
function alignPart(text: string, raw: RawStream): Aligned | null {
  const key = text.replace(/\s+/g, '')
  if (key.length < 1) return null
  // nearest occurrence to where the previous item matched; raw and item order mostly agree
  let { fwd, back } = nearby(raw, key)
  // NOTE: not near: search the whole page, but only while the total searched stays within a few
  // times the page's length — an item missing from the raw text cost a full scan each, which made
  // files with many such items quadratic
  if (fwd < 0 && back < 0 && raw.scanned < raw.chars.length * FULL_SEARCH_PASSES) {
    raw.scanned += raw.chars.length
    fwd = raw.chars.indexOf(key, raw.cursor)
    back = raw.cursor > 0 ? raw.chars.lastIndexOf(key, raw.cursor - 1) : -1
  }
  let at = fwd
  if (back >= 0 && (fwd < 0 || (raw.cursor - back) * 2 < fwd - raw.cursor)) at = back
  if (at < 0) return null
  raw.cursor = at + key.length
  let out = key[0]
  for (let i = 1; i < key.length; i++) {
    const gap = raw.gapBefore[at + i]
    out += gap >= 3 ? '\t' : gap > 0 ? ' ' : ''
    out += key[i]
  }
  return { text: out, start: at, end: at + key.length }
}

// ---------------------------------------------------------------------------------------------

interface Ctx {
  widths: Map<number, number>
  raw: RawStream
  /** Word-style output: spaces are explicit items, so geometry-based spaces are only a fallback */
  explicitSpaces: boolean
}

/**
 * A visible gap between two items that the joined text would hide, as a share of a character's
 * width. Word output splits words into items with gaps of up to ~1.4 characters (kerning, width
 * estimates), so a gap alone does not make a space there; see `gluedAcrossKinds`.
 */
const GLUE_GAP = 0.25

/**
 * How joining `prev` and `next` without a space would glue two kinds of token together:
 * - `strong`: an email and what follows it, a phone-length number and a word ("43210" + "Pune"), a
 *   word and a phone number ("gmail.com" + "+91…"). Never one word, so split even when the two
 *   items touch (a PDF writer placing header fields side by side).
 * - `weak`: a number and a word, a word and a number, a lower-case end and a capitalised word.
 *   Split only across a visible gap: none of the Word-output word splits measured on the fixtures
 *   (gaps up to ~1.4 characters) is of these kinds.
 */
const digitCount = (s: string | undefined) => s?.replace(/\D/g, '').length ?? 0

export function gluedAcrossKinds(prev: string, next: string): 'strong' | 'weak' | null {
  const a = prev[prev.length - 1] ?? ''
  const b = next[0] ?? ''
  if (!a || !b) return null
  const lastToken = prev.slice(prev.lastIndexOf(' ') + 1)
  const phoneStart = /[+(]/.test(b) && /\d/.test(next[1] ?? '')
  // an email's end: a lower-case domain then a capital, a digit or a phone's "+"/"(" (a lower-case
  // letter may be the rest of the domain: "gmail.co" + "m")
  if (/[\p{Lu}\p{N}+(]/u.test(b) && /@[^@\s]*\.\p{Ll}{2,}$/u.test(lastToken)) return 'strong'
  if (/\d/.test(a) && /\p{L}/u.test(b)) {
    // "1" + "st", "12" + "th": ordinals whose suffix is a raised item of its own
    if (/^(st|nd|rd|th)\b/i.test(next)) return null
    return digitCount(/[+(\d][\d\s().-]*$/.exec(prev)?.[0]) >= 7 ? 'strong' : 'weak'
  }
  if (/\p{L}/u.test(a) && (phoneStart || /\d/.test(b)) && digitCount(/^[+(\d][\d\s().-]*/.exec(next)?.[0]) >= 7) return 'strong'
  if (/\p{L}/u.test(a) && (/\d/.test(b) || phoneStart)) return 'weak'
  return /\p{Ll}/u.test(a) && /\p{Lu}/u.test(b) ? 'weak' : null
}

function makeCells(row: Row, parts: Item[], ctx: Ctx, cells: Cell[]): void {
  const texts: string[] = []
  const aligned: (Aligned | null)[] = []
  for (const it of parts) {
    const a = !ctx.explicitSpaces && !/\s/.test(it.text) ? alignPart(it.text, ctx.raw) : null
    aligned.push(a)
    texts.push(a ? a.text : it.text)
  }
  let text = ''
  for (let i = 0; i < parts.length; i++) {
    if (i > 0 && !text.endsWith(' ') && !texts[i].startsWith(' ')) {
      const gap = parts[i].x - parts[i - 1].xEnd
      const cw = charWidthFor(ctx.widths, parts[i].size)
      let space: boolean
      // NOTE: explicit space items mean a missing one joins pieces of a word, unless the gap is
      // wide or the join would glue two kinds of token together (an email and a phone number)
      const glued = gluedAcrossKinds(text, texts[i])
      if (glued === 'strong' && gap > -cw * 0.5) space = true
      else if (ctx.explicitSpaces) space = gap > cw * 1.5 || (gap > cw * GLUE_GAP && glued === 'weak')
      else {
        const a = aligned[i - 1]
        const b = aligned[i]
        const rawSpace = !!a && !!b && b.start === a.end && ctx.raw.gapBefore[b.start] > 0
        space = gap > 0.02 || rawSpace
      }
      if (space) text += ' '
    }
    text += texts[i]
  }
  const sizes = new Map<number, number>()
  for (const it of parts) sizes.set(it.size, (sizes.get(it.size) ?? 0) + it.text.trim().length)
  const size = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0][0]
  const x = parts[0].x
  const xEnd = Math.max(...parts.map((p) => p.xEnd))
  const bold = parts.every((p) => p.bold || !p.text.trim())
  const pieces = text.split('\t').map((t) => t.replace(/\s+/g, ' ').trim())
  const total = pieces.reduce((n, p) => n + p.replace(/\s/g, '').length, 0)
  let done = 0
  for (const piece of pieces) {
    const n = piece.replace(/\s/g, '').length
    if (!n) continue
    // pieces split out of one item: estimate their x from character shares
    const px = x + ((xEnd - x) * done) / total
    done += n
    cells.push({ text: piece, x: px, xEnd: x + ((xEnd - x) * done) / total, y: row.y, size, bold, chars: n })
  }
}

function rowCells(row: Row, ctx: Ctx): Cell[] {
  const cells: Cell[] = []
  let parts: Item[] = []
  const textSize = median(row.items.filter((i) => i.text.trim() && !ICON_GLYPH_NAMES.has(i.text.trim())).map((i) => i.size))
  for (const it of row.items) {
    if (ICON_GLYPH_NAMES.has(it.text.trim()) && textSize > 0 && it.size > textSize * 1.3) continue
    if (parts.length === 0) {
      if (it.text !== ' ') parts.push(it)
      continue
    }
    const last = parts[parts.length - 1]
    const cw = Math.max(charWidthFor(ctx.widths, it.size), charWidthFor(ctx.widths, last.size))
    // a gap wider than ~3 characters separates cells (columns, tab stops, right-aligned dates)
    if (it.text !== ' ' && it.x - last.xEnd > cw * 3) {
      makeCells(row, trimSpaces(parts), ctx, cells)
      parts = [it]
    } else parts.push(it)
  }
  if (parts.length) makeCells(row, trimSpaces(parts), ctx, cells)
  return cells
}

function trimSpaces(parts: Item[]): Item[] {
  let a = 0
  let b = parts.length
  while (a < b && !parts[a].text.trim()) a++
  while (b > a && !parts[b - 1].text.trim()) b--
  return parts.slice(a, b)
}

/**
 * Two columns: a vertical strip of white space that (almost) no text crosses, with a substantial
 * share of the text on each side. Right-aligned dates and locations in a one-column resume also
 * sit on the right, but body lines run across the middle there, so no such strip exists.
 */
function findGutter(cells: Cell[], width: number): number | null {
  const total = cells.reduce((n, c) => n + c.chars, 0)
  if (total < 200 || cells.length < 16) return null
  const BIN = 0.25
  const cov = new Array<number>(Math.ceil(width / BIN) + 2).fill(0)
  for (const c of cells) {
    for (let b = Math.max(0, Math.floor(c.x / BIN)); b <= Math.min(cov.length - 1, Math.floor(c.xEnd / BIN)); b++) cov[b]++
  }
  const lo = Math.ceil((width * 0.2) / BIN)
  const hi = Math.floor((width * 0.75) / BIN)
  let min = Infinity
  for (let b = lo; b <= hi; b++) min = Math.min(min, cov[b])
  if (min > cells.length * 0.08) return null
  // the widest run of (near) empty bins; the right column starts where it ends
  const limit = min + Math.max(1, Math.round(cells.length * 0.01))
  let best: { start: number; end: number } | null = null
  for (let b = lo; b <= hi; b++) {
    if (cov[b] > limit) continue
    let e = b
    while (e + 1 <= hi + 8 && e + 1 < cov.length && cov[e + 1] <= limit) e++
    if (!best || e - b > best.end - best.start) best = { start: b, end: e }
    b = e
  }
  if (!best) return null
  const edge = (best.end + 1) * BIN
  const starts = cells.filter((c) => c.x >= edge - BIN * 2 && c.x < edge + 1.5).map((c) => c.x)
  if (starts.length === 0) return null
  const g = Math.min(...starts)

  const right = cells.filter((c) => c.x >= g - 0.3)
  const left = cells.filter((c) => c.xEnd <= g + 0.2 && c.x < g - 0.3)
  const crossing = cells.filter((c) => c.x < g - 0.3 && c.xEnd > g + 0.2)
  const chars = (xs: Cell[]) => xs.reduce((n, c) => n + c.chars, 0)
  if (right.length < 8 || left.length < 8) return null
  if (chars(right) < total * 0.2 || chars(left) < total * 0.12) return null
  if (chars(crossing) > total * 0.12 || crossing.length > (left.length + right.length) * 0.15) return null
  // the right column must be a column: most of its cells start near its left edge
  const aligned = right.filter((c) => c.x - g < width * 0.12).length
  if (aligned < right.length * 0.6) return null
  return g
}

function toLine(cells: Cell[], page: number, column: ColumnSide): LayoutLine {
  const sizes = new Map<number, number>()
  for (const c of cells) sizes.set(c.size, (sizes.get(c.size) ?? 0) + c.chars)
  const size = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0][0]
  return {
    text: cells.map((c) => c.text).join('\t'),
    cells: cells.map((c) => ({ text: c.text, x: c.x, xEnd: c.xEnd })),
    page,
    x: cells[0].x,
    xEnd: Math.max(...cells.map((c) => c.xEnd)),
    y: cells[0].y,
    size,
    bold: cells.every((c) => c.bold),
    column,
  }
}

export function buildLayout(pages: RawPdfPage[]): DocumentLayout {
  const scale = calibrateWidthScale(pages)
  // each page's items cleaned once (NFKC and clean-up regexes per item), for the statistics and the rows
  const pageItems = pages.map((p) => toItems(p, scale))
  const allItems = pageItems.flat()
  const widths = charWidths(allItems)
  const sizeChars = new Map<number, number>()
  for (const it of allItems) sizeChars.set(it.size, (sizeChars.get(it.size) ?? 0) + it.text.trim().length)
  const bodySize = [...sizeChars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
  const pitch = linePitch(pages, bodySize)
  const tol = Math.max(0.08, Math.min(0.3, pitch * 0.3))
  const spaceItems = allItems.filter((i) => i.text === ' ' || /\S\s+\S/.test(i.text)).length
  const explicitSpaces = spaceItems >= Math.max(3, allItems.length * 0.03)

  const pageLayouts: PageLayout[] = []
  const lines: LayoutLine[] = []
  pages.forEach((page, pageIndex) => {
    const raw = buildRawStream(page.rawText)
    const rows = reattachStrays(groupRows(pageItems[pageIndex], tol), widths, pitch)
    const rowCellList = rows.map((r) => rowCells(r, { widths, raw, explicitSpaces })).filter((cs) => cs.length > 0)
    const gutter = findGutter(rowCellList.flat(), page.width)
    pageLayouts.push({ width: page.width, height: page.height, twoColumn: gutter !== null, gutter })
    if (gutter === null) {
      for (const cs of rowCellList) lines.push(toLine(cs, pageIndex, 'full'))
      return
    }
    // Bands between full-width rows; inside a band, the left column is read before the right.
    let left: Cell[][] = []
    let right: Cell[][] = []
    const flushBand = () => {
      for (const cs of left) lines.push(toLine(cs, pageIndex, 'left'))
      for (const cs of right) lines.push(toLine(cs, pageIndex, 'right'))
      left = []
      right = []
    }
    for (const cs of rowCellList) {
      if (cs.some((c) => c.x < gutter - 0.3 && c.xEnd > gutter + 0.2)) {
        flushBand()
        lines.push(toLine(cs, pageIndex, 'full'))
        continue
      }
      const l = cs.filter((c) => c.x < gutter - 0.3)
      const r = cs.filter((c) => c.x >= gutter - 0.3)
      if (l.length) left.push(l)
      if (r.length) right.push(r)
    }
    flushBand()
  })
  return { pages: pageLayouts, lines, bodySize }
}
