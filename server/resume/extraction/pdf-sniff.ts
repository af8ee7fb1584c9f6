/**
 * Cheap checks on a PDF's bytes before pdf2json sees them: the magic, the %%EOF marker, the page
 * count visible without parsing, and whether there is an /Encrypt entry. Pure, no I/O.
 *
 * Every function here reads untrusted bytes, so each is one forward pass: no regular expressions,
 * no look-backs, nothing that rescans. (The regex this replaces, `/Type\s*\/Pages\b[^>]*?\/Count`,
 * backtracked quadratically: 2 MB of "/Type/Pages " held the event loop for 141 s.) They run in
 * the PDF worker anyway (pdf-worker-task.ts), so a mistake here costs a worker, never the server.
 */

import { constants as zlibConstants, inflateSync } from 'node:zlib'

function latin1(buf: Uint8Array, start = 0, end = buf.byteLength): string {
  return Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1')
}

export function startsWithPdfMagic(buf: Uint8Array): boolean {
  // "%PDF-" may follow a little junk (some generators prepend a BOM or whitespace); PDF readers
  // accept it within the first 1 KB.
  return latin1(buf, 0, Math.min(buf.byteLength, 1024)).includes('%PDF-')
}

export function hasEofMarker(buf: Uint8Array): boolean {
  return latin1(buf, Math.max(0, buf.byteLength - 2048)).includes('%%EOF')
}

// PDF character classes (ISO 32000-1 §7.2.2)
const WHITESPACE = new Uint8Array(256)
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) WHITESPACE[c] = 1
const DELIMITER = new Uint8Array(256)
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1
const isRegular = (c: number) => !WHITESPACE[c] && !DELIMITER[c]

export interface PdfStructure {
  /** `/Type /Page` dictionaries */
  pageObjects: number
  /** the largest `/Count` of a `/Type /Pages` dictionary */
  maxPagesCount: number
  /** an `/Encrypt` entry pointing at a dictionary (inline or by reference) */
  encrypted: boolean
  /** deepest nesting of arrays and dictionaries outside streams */
  maxNesting: number
  /** where each stream's data lies, [start, end) (at most MAX_STREAMS) */
  streams: [number, number][]
}

/** deeper dictionaries are counted but not tracked: no resume nests 64 levels */
const MAX_TRACKED_DEPTH = 64
const MAX_COUNT_DIGITS = 9
const MAX_STREAMS = 20_000

/**
 * One pass over the uncompressed part of the file: names, dictionaries, strings, comments and
 * streams are recognised just enough to skip what cannot hold structure (string contents, stream
 * data) and to know which dictionary a `/Count` belongs to. Compressed object streams stay opaque:
 * their pages are caught by the page limit during the parse.
 */
export function scanPdfStructure(buf: Uint8Array): PdfStructure {
  const n = buf.byteLength
  const out: PdfStructure = { pageObjects: 0, maxPagesCount: 0, encrypted: false, maxNesting: 0, streams: [] }
  // per open dictionary: is it /Type /Pages, and its /Count
  const isPages: boolean[] = []
  const counts: number[] = []
  let depth = 0
  let arrays = 0
  const nested = () => {
    out.maxNesting = Math.max(out.maxNesting, depth + arrays)
  }

  const skipWhitespace = (j: number) => {
    while (j < n && WHITESPACE[buf[j]]) j++
    return j
  }
  const nameEnd = (j: number) => {
    while (j < n && isRegular(buf[j])) j++
    return j
  }
  const nameIs = (start: number, end: number, name: string) => {
    if (end - start !== name.length) return false
    for (let k = 0; k < name.length; k++) if (buf[start + k] !== name.charCodeAt(k)) return false
    return true
  }
  const digitsEnd = (j: number) => {
    while (j < n && buf[j] >= 0x30 && buf[j] <= 0x39) j++
    return j
  }
  const closeDictionary = () => {
    if (depth === 0) return
    depth--
    if (depth < MAX_TRACKED_DEPTH && isPages[depth]) out.maxPagesCount = Math.max(out.maxPagesCount, counts[depth])
  }

  let i = 0
  while (i < n) {
    const c = buf[i]
    if (c === 0x25 /* % */) {
      // comment to the end of the line
      while (i < n && buf[i] !== 0x0a && buf[i] !== 0x0d) i++
    } else if (c === 0x28 /* ( */) {
      // literal string: balanced parentheses, backslash escapes
      let parens = 1
      i++
      while (i < n && parens > 0) {
        const d = buf[i]
        if (d === 0x5c /* \ */) i += 2
        else {
          if (d === 0x28) parens++
          else if (d === 0x29) parens--
          i++
        }
      }
    } else if (c === 0x3c /* < */) {
      if (buf[i + 1] === 0x3c) {
        if (depth < MAX_TRACKED_DEPTH) {
          isPages[depth] = false
          counts[depth] = 0
        }
        depth++
        nested()
        i += 2
      } else {
        // hex string
        while (i < n && buf[i] !== 0x3e) i++
        i++
      }
    } else if (c === 0x3e /* > */) {
      if (buf[i + 1] === 0x3e) {
        closeDictionary()
        i += 2
      } else i++
    } else if (c === 0x5b /* [ */) {
      arrays++
      nested()
      i++
    } else if (c === 0x5d /* ] */) {
      if (arrays > 0) arrays--
      i++
    } else if (c === 0x2f /* / */) {
      const start = i + 1
      const end = nameEnd(start)
      i = end
      const top = depth - 1
      if (nameIs(start, end, 'Type')) {
        const j = skipWhitespace(end)
        if (buf[j] === 0x2f) {
          const vEnd = nameEnd(j + 1)
          if (nameIs(j + 1, vEnd, 'Page')) out.pageObjects++
          else if (nameIs(j + 1, vEnd, 'Pages') && top >= 0 && top < MAX_TRACKED_DEPTH) isPages[top] = true
          i = vEnd
        }
      } else if (nameIs(start, end, 'Count')) {
        const j = skipWhitespace(end)
        const dEnd = digitsEnd(j)
        if (dEnd > j && top >= 0 && top < MAX_TRACKED_DEPTH) {
          counts[top] = Number(latin1(buf, j, Math.min(dEnd, j + MAX_COUNT_DIGITS)))
        }
        i = dEnd
      } else if (nameIs(start, end, 'Encrypt')) {
        // `/Encrypt 12 0 R` or `/Encrypt << … >>` (a bare `/Encrypt` elsewhere, e.g. in a
        // /Filter array, is not the trailer entry)
        let j = skipWhitespace(end)
        if (buf[j] === 0x3c && buf[j + 1] === 0x3c) out.encrypted = true
        else {
          const a = digitsEnd(j)
          j = skipWhitespace(a)
          const b = digitsEnd(j)
          j = skipWhitespace(b)
          if (a > end && b > a && buf[j] === 0x52 /* R */) out.encrypted = true
        }
      }
    } else if (c === 0x73 /* s */ && (i === 0 || !isRegular(buf[i - 1])) && nameIs(i, i + 6, 'stream') && !isRegular(buf[i + 6] ?? 0x20)) {
      // stream data is binary: jump to its end (forward only, so the pass stays linear)
      let start = i + 6
      if (buf[start] === 0x0d) start++
      if (buf[start] === 0x0a) start++
      const end = latin1Search(buf, 'endstream', start)
      if (out.streams.length < MAX_STREAMS) out.streams.push([start, end < 0 ? n : end])
      i = end < 0 ? n : end + 9
    } else {
      i++
    }
  }
  return out
}

/** indexOf over bytes without copying the whole buffer into a string */
function latin1Search(buf: Uint8Array, needle: string, from: number): number {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).indexOf(needle, from, 'latin1')
}

/** Page count visible without parsing: page objects and the page tree's /Count (uncompressed PDFs). */
export function visiblePageCount(buf: Uint8Array): number {
  const s = scanPdfStructure(buf)
  return Math.max(s.pageObjects, s.maxPagesCount)
}

export function hasEncryptDictionary(buf: Uint8Array): boolean {
  return scanPdfStructure(buf).encrypted
}

const ZLIB_FIRST_BYTE = 0x78

/**
 * Whether the Flate streams, inflated, stay within `budget` bytes in total — a "flate bomb" (a
 * few KB that pdf.js would inflate to gigabytes outside the worker's heap cap) does not. Streams
 * compressed twice are followed one level down. Streams that are not zlib are skipped; pdf.js
 * reads them its own way, within the pool's time limit.
 */
export function inflatedSizeWithin(buf: Uint8Array, streams: [number, number][], budget: number): boolean {
  let left = budget
  const inflate = (data: Uint8Array, level: number): boolean => {
    if (data[0] !== ZLIB_FIRST_BYTE) return true
    let out: Buffer
    try {
      // one byte over what is left tells "too much" from "exactly enough"
      out = inflateSync(data, { maxOutputLength: left + 1, finishFlush: zlibConstants.Z_SYNC_FLUSH })
    } catch (error) {
      return (error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE'
    }
    left -= out.byteLength
    if (left < 0) return false
    return level >= 2 || inflate(out, level + 1)
  }
  for (const [start, end] of streams) {
    if (!inflate(buf.subarray(start, end), 1)) return false
  }
  return true
}
