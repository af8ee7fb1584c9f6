import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { buildLayout, type DocumentLayout, type RawPdfPage } from './layout'
import { extractLinkUris } from './pdf-links'

/**
 * The only module that calls pdf2json.
 *
 * pdf2json parses synchronously in long stretches (a 2 000-page file keeps it busy for seconds), so
 * it runs in a worker thread: the event loop stays free, a hard time limit is a `terminate()`, and a
 * page limit can stop a parse half-way. One worker is kept warm (loading pdf2json costs ~80 ms)
 * and replaced after a kill; jobs queue behind it so a burst of uploads cannot fan out into many
 * parsers at once. Cheap checks on the bytes (magic, size, %%EOF, visible page count) run first.
 *
 * NOTE: the layout step (`buildLayout`, pure TypeScript) runs on the main thread after the worker
 * replies: ~5–30 ms for a resume, up to ~80 ms for a page of one-item-per-character output.
 * The worker runs plain CommonJS from a string so no TypeScript loader is needed inside it.
 */

export type PdfErrorCode =
  | 'not_pdf'
  | 'empty'
  | 'too_large'
  | 'corrupt'
  | 'encrypted'
  | 'no_text'
  | 'too_many_pages'
  | 'timeout'

/** User-facing, each with the offer to build the resume with the bot instead. */
export const PDF_ERROR_MESSAGES: Record<PdfErrorCode, string> = {
  not_pdf: "This file isn't a PDF. Please upload your resume as a PDF — or let's build it together with the AIVI bot instead.",
  empty: "This file is empty. Please choose your resume PDF again — or let's build it together with the AIVI bot instead.",
  too_large: 'This PDF is larger than 2 MB. Please upload a smaller file — or build your resume with the AIVI bot instead.',
  corrupt: "This PDF looks damaged or incomplete, so we couldn't read it. Try saving it again — or build your resume with the AIVI bot instead.",
  encrypted: "This PDF is password-protected, so we can't read it. Upload a copy without a password — or build your resume with the AIVI bot instead.",
  no_text: "This PDF looks like a scan or a photo — it has no text we can read. Upload a text PDF (e.g. exported from Word) — or build your resume with the AIVI bot instead.",
  too_many_pages: 'This PDF has too many pages for a resume. Upload your resume alone (a few pages) — or build it with the AIVI bot instead.',
  timeout: 'Reading this PDF took too long. Try a simpler file — or build your resume with the AIVI bot instead.',
}

export interface PdfTextOptions {
  /** default 50 */
  maxPages?: number
  /** default 10 000 ms */
  timeoutMs?: number
  /** default 2 MB (the upload limit) */
  maxBytes?: number
}

export type PdfTextResult =
  | { ok: true; layout: DocumentLayout; pageCount: number; linkUris: string[] }
  | { ok: false; code: PdfErrorCode; message: string }

export const DEFAULT_MAX_PAGES = 50
export const DEFAULT_PDF_TIMEOUT_MS = 10_000
export const DEFAULT_MAX_PDF_BYTES = 2 * 1024 * 1024
/** fewer letters than this in the whole document = a scan without a text layer */
const MIN_TEXT_LETTERS = 20

function fail(code: PdfErrorCode): PdfTextResult {
  return { ok: false, code, message: PDF_ERROR_MESSAGES[code] }
}

// ---------------------------------------------------------------------------------------------
// Cheap checks on the bytes, before any parsing.

function startsWithPdfMagic(buf: Uint8Array): boolean {
  // "%PDF-" may follow a little junk (some generators prepend a BOM or whitespace); PDF readers
  // accept it within the first 1 KB.
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.byteLength, 1024)).toString('latin1')
  return head.indexOf('%PDF-') >= 0
}

function hasEofMarker(buf: Uint8Array): boolean {
  const tailStart = Math.max(0, buf.byteLength - 2048)
  return Buffer.from(buf.buffer, buf.byteOffset + tailStart, buf.byteLength - tailStart).toString('latin1').includes('%%EOF')
}

/** Page count visible without parsing: page objects and the page tree's /Count (uncompressed PDFs). */
export function visiblePageCount(buf: Uint8Array): number {
  const s = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1')
  const pageObjects = (s.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length
  let maxCount = 0
  for (const m of s.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) {
    maxCount = Math.max(maxCount, Number(m[1] ?? m[2]))
  }
  return Math.max(pageObjects, maxCount)
}

function hasEncryptDictionary(buf: Uint8Array): boolean {
  return /\/Encrypt\s+(\d+\s+\d+\s+R|<<)/.test(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1'))
}

// ---------------------------------------------------------------------------------------------
// Worker

type WorkerReply =
  | { id: number; kind: 'ok'; pages: RawPdfPage[] }
  | { id: number; kind: 'error'; name: string; message: string }
  | { id: number; kind: 'too_many_pages' }

// CommonJS source evaluated in the worker. Kept as a string so it survives bundling (no separate
// file to ship) and so the worker never needs a TypeScript loader.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const PDFParser = require(workerData.pdf2jsonPath)
const BREAK = /\\r?\\n-{16}Page \\(\\d+\\) Break-{16}\\r?\\n?/
parentPort.on('message', (job) => {
  let done = false
  let pageCount = 0
  let parser
  const finish = (msg) => {
    if (done) return
    done = true
    parentPort.postMessage(Object.assign({ id: job.id }, msg))
  }
  try {
    parser = new PDFParser(null, true)
    parser.on('data', (page) => { if (page && ++pageCount > job.maxPages) finish({ kind: 'too_many_pages' }) })
    parser.on('pdfParser_dataError', (err) => {
      const e = (err && err.parserError) || err
      finish({ kind: 'error', name: String((e && e.name) || ''), message: String((e && e.message) || e) })
    })
    parser.on('pdfParser_dataReady', (out) => {
      if (done) return
      const raw = parser.getRawTextContent().split(BREAK)
      const pages = (out && out.Pages ? out.Pages : []).map((p, i) => ({
        width: p.Width,
        height: p.Height,
        rawText: raw[i] || '',
        items: (p.Texts || []).filter((t) => !t.R.some((r) => r.RA)).map((t) => ({
          x: t.x, y: t.y, w: t.w,
          text: t.R.map((r) => r.T).join(''),
          size: t.R[0].TS[1],
          bold: t.R[0].TS[2] === 1,
        })),
      }))
      finish({ kind: 'ok', pages })
      try { parser.destroy() } catch (_) {}
    })
    parser.parseBuffer(Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength))
  } catch (e) {
    finish({ kind: 'error', name: String((e && e.name) || ''), message: String((e && e.message) || e) })
  }
})
`

interface Job {
  id: number
  data: Uint8Array
  maxPages: number
  timeoutMs: number
  resolve: (r: WorkerReply | { id: number; kind: 'timeout' } | { id: number; kind: 'crash'; message: string }) => void
}

type JobOutcome = Parameters<Job['resolve']>[0]

const requireFromHere = createRequire(import.meta.url)
let pdf2jsonPath: string | null = null

/** an idle worker holds ~100 MB; let it go after a quiet spell */
const IDLE_MS = 60_000

class PdfWorker {
  private worker: Worker | null = null
  private queue: Job[] = []
  private current: { job: Job; timer: NodeJS.Timeout } | null = null
  private idleTimer: NodeJS.Timeout | null = null
  private nextId = 1

  run(data: Uint8Array, maxPages: number, timeoutMs: number): Promise<JobOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, data, maxPages, timeoutMs, resolve })
      this.pump()
    })
  }

  async close(): Promise<void> {
    // jobs in flight or queued must not be left hanging
    const queued = this.queue
    this.queue = []
    if (this.current) this.settle(this.current.job.id, { id: this.current.job.id, kind: 'crash', message: 'closed' }, false)
    for (const job of queued) job.resolve({ id: job.id, kind: 'crash', message: 'closed' })
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
    const w = this.worker
    this.worker = null
    if (w) await w.terminate()
  }

  private spawn(): Worker {
    pdf2jsonPath ??= requireFromHere.resolve('pdf2json')
    // stdout/stderr are captured and discarded: pdf2json prints warnings with console.log, which
    // must not reach a CLI's stdout or a test's console.error guard. The heap is capped, so a
    // crafted PDF that balloons pdf.js kills only the worker (→ corrupt).
    const w = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { pdf2jsonPath },
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    })
    w.stdout.resume()
    w.stderr.resume()
    w.on('message', (msg: WorkerReply) => this.settle(msg.id, msg, false))
    w.on('error', (err) => this.onWorkerGone(w, err instanceof Error ? err.message : String(err)))
    w.on('exit', () => this.onWorkerGone(w, 'worker exited'))
    return w
  }

  private onWorkerGone(w: Worker, message: string): void {
    if (this.worker !== w) return
    this.worker = null
    if (this.current) this.settle(this.current.job.id, { id: this.current.job.id, kind: 'crash', message }, false)
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
    const job = this.queue.shift() as Job
    this.worker ??= this.spawn()
    this.worker.ref()
    const timer = setTimeout(() => this.settle(job.id, { id: job.id, kind: 'timeout' }, true), job.timeoutMs)
    this.current = { job, timer }
    // a copy is transferred: the caller's buffer stays usable
    const data = new Uint8Array(job.data)
    this.worker.postMessage({ id: job.id, data, maxPages: job.maxPages }, [data.buffer])
  }

  private settle(id: number, outcome: JobOutcome, kill: boolean): void {
    if (!this.current || this.current.job.id !== id) return
    const { job, timer } = this.current
    clearTimeout(timer)
    this.current = null
    // a parse stopped half-way (time or page limit) leaves pdf2json busy: replace the worker
    if (kill || outcome.kind === 'too_many_pages' || outcome.kind === 'timeout') {
      const w = this.worker
      this.worker = null
      void w?.terminate()
    }
    job.resolve(outcome)
    if (this.queue.length) return this.pump()
    this.worker?.unref()
    this.idleTimer = setTimeout(() => void this.close(), IDLE_MS)
    this.idleTimer.unref()
  }
}

const pool = new PdfWorker()

/** Stop the warm worker (tests, scripts). The next call starts a new one. */
export function closePdfWorkers(): Promise<void> {
  return pool.close()
}

function classifyParseError(name: string, message: string, encryptedDict: boolean): PdfErrorCode {
  if (name === 'PasswordException' || /password/i.test(message)) return 'encrypted'
  if (encryptedDict) return 'encrypted'
  return 'corrupt'
}

export async function readPdfText(pdf: Uint8Array, opts: PdfTextOptions = {}): Promise<PdfTextResult> {
  const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_PDF_BYTES
  if (pdf.byteLength === 0) return fail('empty')
  if (pdf.byteLength > maxBytes) return fail('too_large')
  if (!startsWithPdfMagic(pdf)) return fail('not_pdf')
  if (!hasEofMarker(pdf)) return fail('corrupt')
  if (visiblePageCount(pdf) > maxPages) return fail('too_many_pages')
  const encryptedDict = hasEncryptDictionary(pdf)

  const outcome = await pool.run(pdf, maxPages, timeoutMs)
  switch (outcome.kind) {
    case 'timeout':
      return fail('timeout')
    case 'too_many_pages':
      return fail('too_many_pages')
    case 'crash':
      return fail('corrupt')
    case 'error':
      return fail(classifyParseError(outcome.name, outcome.message, encryptedDict))
    case 'ok': {
      if (outcome.pages.length === 0) return fail(encryptedDict ? 'encrypted' : 'corrupt')
      if (outcome.pages.length > maxPages) return fail('too_many_pages')
      const letters = outcome.pages.reduce((n, p) => n + p.items.reduce((m, it) => m + (it.text.match(/\p{L}/gu)?.length ?? 0), 0), 0)
      if (letters < MIN_TEXT_LETTERS) return fail('no_text')
      const layout = buildLayout(outcome.pages)
      return { ok: true, layout, pageCount: outcome.pages.length, linkUris: extractLinkUris(pdf) }
    }
  }
}
