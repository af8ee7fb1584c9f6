import { inflateSync } from 'node:zlib'

/**
 * URIs of the PDF's link annotations (`/URI (…)`), including those inside compressed object
 * streams.
 *
 * NOTE: pdf2json reads link annotations but drops them ("Unsupported: field.type of Link"), and
 * LaTeX templates often print only an icon and a handle ("[github icon] posquit0") while the real
 * address lives in the annotation. No installed library exposes annotations, so we scan for the
 * `/URI` key ourselves: plain objects directly, object streams (`/Type /ObjStm`, where modern PDFs
 * keep annotation dictionaries) after inflating them. Pure: zlib only, bounded output.
 */
const MAX_INFLATED_BYTES = 4 * 1024 * 1024
const MAX_URIS = 100

function unescapePdfString(s: string): string {
  return s.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8))
    const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' }
    return map[e] ?? e
  })
}

const isPdfSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00

/**
 * Index of the `)` closing a literal string whose text starts at `from` (the first `)` not escaped
 * by an odd run of backslashes, as the old regex read it), or -1 when the text ends first.
 */
function literalEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x5c) i++
    else if (c === 0x29) return i
  }
  return -1
}

/**
 * One pass over `text`, linear in its length. NOTE: a regex (`/URI\s*\((…)*\)`) rescans to the end
 * of the text for every unterminated `/URI (`, which is quadratic on a crafted file. Here an
 * unterminated string ends the scan: every later `/URI (` would run to the end unterminated too
 * (its backslash runs are the same ones, since `(` is not a backslash), so nothing is lost.
 */
function scan(text: string, out: Set<string>): void {
  let from = 0
  while (out.size < MAX_URIS) {
    const at = text.indexOf('/URI', from)
    if (at < 0) return
    let p = at + 4
    while (p < text.length && isPdfSpace(text.charCodeAt(p))) p++
    from = p
    let uri: string | null = null
    if (text[p] === '(') {
      const end = literalEnd(text, p + 1)
      if (end < 0) return
      uri = unescapePdfString(text.slice(p + 1, end))
      from = end + 1
    } else if (text[p] === '<') {
      let end = p + 1
      while (end < text.length && /[0-9a-fA-F\s]/.test(text[end])) end++
      if (text[end] !== '>') continue
      uri = Buffer.from(text.slice(p + 1, end).replace(/\s/g, ''), 'hex').toString('latin1')
      from = end + 1
    }
    const clean = uri?.trim()
    if (clean && clean.length <= 500) out.add(clean)
  }
}

/** an object's dictionary sits just before its `stream` keyword; look back this far at most */
const MAX_DICT_CHARS = 4096

export function extractLinkUris(pdf: Uint8Array): string[] {
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  const text = buf.toString('latin1')
  const out = new Set<string>()
  scan(text, out)
  let inflated = 0
  const re = /stream\r?\n/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) && inflated < MAX_INFLATED_BYTES && out.size < MAX_URIS) {
    const start = m.index + m[0].length
    // bounded look-back: an unbounded lastIndexOf would make many `stream`s without `obj` quadratic
    const before = text.slice(Math.max(0, m.index - MAX_DICT_CHARS), m.index)
    const objStart = before.lastIndexOf(' obj')
    const dict = objStart >= 0 ? before.slice(objStart) : ''
    if (!/\/Type\s*\/ObjStm/.test(dict) || !/\/FlateDecode/.test(dict)) continue
    const end = text.indexOf('endstream', start)
    if (end < 0) break
    re.lastIndex = end
    try {
      const data = inflateSync(buf.subarray(start, end), { maxOutputLength: MAX_INFLATED_BYTES - inflated })
      inflated += data.length
      scan(data.toString('latin1'), out)
    } catch {
      // damaged or over-long stream: its links are lost, the text is still read by pdf2json
    }
  }
  return [...out]
}
