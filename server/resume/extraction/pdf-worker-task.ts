import PDFParser from 'pdf2json'
import { buildLayout, type DocumentLayout, type RawPdfPage } from './layout'
import { extractLinkUris } from './pdf-links'
import { hasEofMarker, inflatedSizeWithin, scanPdfStructure, startsWithPdfMagic } from './pdf-sniff'
import type { PdfErrorCode } from './pdf-text'

/**
 * Everything done with an uploaded PDF's bytes, run inside a pool worker (pdf-worker.mjs loads
 * this module): byte checks, pdf2json, the layout step, link annotations. The main thread only
 * hands over the bytes and gets back the result, so no crafted file can hold the event loop; the
 * pool's time limit and heap cap bound what one file can cost.
 */

export interface PdfTask {
  pdf: Uint8Array
  maxPages: number
}

/** where the worker's time went, in ms (for the benchmark's breakdown; wall clock inside the worker) */
export interface PdfTaskTimings {
  /** byte checks before parsing: magic, EOF, structure scan, inflated size */
  checksMs: number
  /** pdf2json: parse, raw text, items */
  parseMs: number
  /** letters count, layout, link annotations */
  layoutMs: number
}

export type PdfTaskResult = { ok: true; layout: DocumentLayout; pageCount: number; linkUris: string[]; timings: PdfTaskTimings } | { ok: false; code: PdfErrorCode }

/** fewer letters than this in the whole document = a scan without a text layer */
const MIN_TEXT_LETTERS = 20
/** pdf.js parses nested arrays recursively: 200 000 levels hang it; real files nest a few deep */
const MAX_NESTING = 1000
/** all Flate streams inflated: fonts and a photo of a resume take a few MB */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024
const PAGE_BREAK = /\r?\n-{16}Page \(\d+\) Break-{16}\r?\n?/

type ParseOutcome = { kind: 'ok'; pages: RawPdfPage[] } | { kind: 'error'; name: string; message: string } | { kind: 'too_many_pages' }

interface Pdf2JsonText {
  x: number
  y: number
  w: number
  R: { T: string; TS: number[]; RA?: number }[]
}
interface Pdf2JsonPage {
  Width: number
  Height: number
  Texts?: Pdf2JsonText[]
}

function parse(bytes: Uint8Array, maxPages: number): Promise<ParseOutcome> {
  return new Promise((resolve) => {
    let done = false
    let pageCount = 0
    const parser = new PDFParser(null, true)
    const finish = (outcome: ParseOutcome) => {
      if (done) return
      done = true
      resolve(outcome)
      // NOTE: destroying mid-parse makes pdf2json throw from its next scheduled page; the worker
      // swallows that (pdf-worker.mjs), and the pool's time limit still bounds a stuck parser.
      try {
        parser.destroy()
      } catch {
        // already torn down
      }
    }
    parser.on('data', (page: unknown) => {
      if (page && ++pageCount > maxPages) finish({ kind: 'too_many_pages' })
    })
    parser.on('pdfParser_dataError', (err: unknown) => {
      const e = ((err as { parserError?: unknown })?.parserError ?? err) as { name?: unknown; message?: unknown } | string
      finish({ kind: 'error', name: String((typeof e === 'object' && e?.name) || ''), message: String((typeof e === 'object' && e?.message) || e) })
    })
    parser.on('pdfParser_dataReady', (out: { Pages?: Pdf2JsonPage[] }) => {
      if (done) return
      const raw = parser.getRawTextContent().split(PAGE_BREAK)
      const pages: RawPdfPage[] = (out?.Pages ?? []).map((p, i) => ({
        width: p.Width,
        height: p.Height,
        rawText: raw[i] ?? '',
        items: (p.Texts ?? [])
          .filter((t) => !t.R.some((r) => r.RA))
          .map((t) => ({ x: t.x, y: t.y, w: t.w, text: t.R.map((r) => r.T).join(''), size: t.R[0].TS[1], bold: t.R[0].TS[2] === 1 })),
      }))
      finish({ kind: 'ok', pages })
    })
    try {
      // NOTE: pdf2json re-reads `buf.buffer` from offset 0, so it gets a buffer of its own
      const own = Buffer.alloc(bytes.byteLength)
      own.set(bytes)
      parser.parseBuffer(own)
    } catch (e) {
      finish({ kind: 'error', name: String((e as Error)?.name ?? ''), message: String((e as Error)?.message ?? e) })
    }
  })
}

function classifyParseError(name: string, message: string, encryptedDict: boolean): PdfErrorCode {
  if (name === 'PasswordException' || /password/i.test(message)) return 'encrypted'
  return encryptedDict ? 'encrypted' : 'corrupt'
}

function letterCount(pages: RawPdfPage[]): number {
  let n = 0
  for (const p of pages) for (const it of p.items) n += it.text.match(/\p{L}/gu)?.length ?? 0
  return n
}

export async function readPdfTask(task: PdfTask): Promise<PdfTaskResult> {
  const { pdf, maxPages } = task
  const t0 = performance.now()
  if (!startsWithPdfMagic(pdf)) return { ok: false, code: 'not_pdf' }
  if (!hasEofMarker(pdf)) return { ok: false, code: 'corrupt' }
  const structure = scanPdfStructure(pdf)
  if (Math.max(structure.pageObjects, structure.maxPagesCount) > maxPages) return { ok: false, code: 'too_many_pages' }
  if (structure.maxNesting > MAX_NESTING || !inflatedSizeWithin(pdf, structure.streams, MAX_INFLATED_BYTES)) return { ok: false, code: 'too_complex' }

  const t1 = performance.now()
  const outcome = await parse(pdf, maxPages)
  const t2 = performance.now()
  if (outcome.kind === 'too_many_pages') return { ok: false, code: 'too_many_pages' }
  if (outcome.kind === 'error') return { ok: false, code: classifyParseError(outcome.name, outcome.message, structure.encrypted) }
  const { pages } = outcome
  if (pages.length === 0) return { ok: false, code: structure.encrypted ? 'encrypted' : 'corrupt' }
  if (pages.length > maxPages) return { ok: false, code: 'too_many_pages' }
  if (letterCount(pages) < MIN_TEXT_LETTERS) return { ok: false, code: 'no_text' }
  const layout = buildLayout(pages)
  const linkUris = extractLinkUris(pdf)
  const timings = { checksMs: t1 - t0, parseMs: t2 - t1, layoutMs: performance.now() - t2 }
  return { ok: true, layout, pageCount: pages.length, linkUris, timings }
}
