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

function scan(text: string, out: Set<string>): void {
  for (const m of text.matchAll(/\/URI\s*(?:\(((?:\\.|[^\\)])*)\)|<([0-9a-fA-F\s]*)>)/g)) {
    if (out.size >= MAX_URIS) return
    const uri = m[1] !== undefined ? unescapePdfString(m[1]) : Buffer.from((m[2] ?? '').replace(/\s/g, ''), 'hex').toString('latin1')
    const clean = uri.trim()
    if (clean && clean.length <= 500) out.add(clean)
  }
}

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
    const objStart = text.lastIndexOf(' obj', m.index)
    const dict = objStart >= 0 ? text.slice(objStart, m.index) : ''
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
