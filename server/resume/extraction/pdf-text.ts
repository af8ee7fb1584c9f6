import { AsyncLocalStorage } from 'node:async_hooks'
import os from 'node:os'
import Piscina from 'piscina'
import type { DocumentLayout } from './layout'
import type { PdfTask, PdfTaskResult, PdfTaskTimings } from './pdf-worker-task'

/**
 * The only way into pdf2json: a pool of worker threads (piscina) that does ALL the work on an
 * uploaded PDF's bytes — magic and %%EOF checks, the visible page count, the /Encrypt sniff,
 * pdf2json, the layout step and link annotations (pdf-worker-task.ts). The main thread only checks
 * the length, so no crafted file can hold the event loop.
 *
 * What one file may cost is bounded: a time limit per file (the worker is terminated and replaced),
 * a heap cap per worker, a page limit that stops a parse half-way, and refusals before pdf2json
 * for what its limits cannot catch (flate bombs inflate outside the heap; deep nesting hangs it). What one *person* may cost is
 * bounded too: jobs wait in a queue per owner (the candidate), each owner has at most one job on a
 * worker, and a free worker takes the owner who has waited longest since their last turn
 * (round-robin, newcomers first). So three people uploading hostile
 * files that each run into the time limit slow down themselves; a fourth person's resume takes the
 * next free worker. The queues are bounded; when they are full the answer is `busy`.
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
  | 'too_complex'
  | 'busy'

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
  too_complex: "This PDF unpacks into far more than a resume holds, so we won't open it. Save it again as a normal PDF — or build your resume with the AIVI bot instead.",
  busy: "We're reading a lot of PDFs right now. Please try again in a minute — or build your resume with the AIVI bot instead.",
}

export interface PdfTextOptions {
  /** default 50 */
  maxPages?: number
  /**
   * default 10 000 ms, counted from when the file gets a worker (including starting one, ~0.5–1 s
   * after a kill); time waiting in the queue is not counted
   */
  timeoutMs?: number
  /** default 2 MB (the upload limit) */
  maxBytes?: number
  /**
   * Whose file this is (candidate id, employer id…): the unit of fairness. Without one, the owner
   * set by `withPdfOwner` is used, else all unowned reads share one queue.
   */
  owner?: string
}

export type PdfTextResult =
  | { ok: true; layout: DocumentLayout; pageCount: number; linkUris: string[]; timings: PdfTaskTimings }
  | { ok: false; code: PdfErrorCode; message: string }

export const DEFAULT_MAX_PAGES = 50
export const DEFAULT_PDF_TIMEOUT_MS = 10_000
export const DEFAULT_MAX_PDF_BYTES = 2 * 1024 * 1024
const ANONYMOUS_OWNER = 'anonymous'

function fail(code: PdfErrorCode): PdfTextResult {
  return { ok: false, code, message: PDF_ERROR_MESSAGES[code] }
}

const ownerContext = new AsyncLocalStorage<string>()

/**
 * Runs `fn` with `owner` as the owner of every PDF read started inside it that names none — for
 * code paths (e.g. an extractor wrapped by the LLM pass) that do not pass the owner on.
 */
export function withPdfOwner<T>(owner: string, fn: () => Promise<T>): Promise<T> {
  return ownerContext.run(owner, fn)
}

export interface PdfPoolOptions {
  /** worker threads; default 2–4 by available cores (at least 2: one stuck file never takes the only worker) */
  threads?: number
  /** jobs waiting, all owners together (default 32) */
  maxQueued?: number
  /** jobs waiting per owner, besides the one running (default 2) */
  maxQueuedPerOwner?: number
  /** a job still waiting after this long is answered `busy` (default 30 s) */
  maxWaitMs?: number
  /** per-worker heap cap (default 512 MB): a file that balloons pdf.js kills only its worker */
  heapMb?: number
  /** an idle worker holds ~100 MB; it exits after this quiet spell (default 60 s) */
  idleMs?: number
  /**
   * per-worker young generation (default 128 MB): pdf2json allocates a great many short-lived
   * objects, and at 32 MB the scavenges made it 14–25 % slower in the worker on the larger resumes
   * (measured side by side, docs/decisions/014); V8 grows the space only as far as it is used
   */
  youngMb?: number
}

interface Job {
  owner: string
  pdf: Uint8Array
  maxPages: number
  timeoutMs: number
  resolve: (r: PdfTextResult) => void
  waitTimer: NodeJS.Timeout | null
}

export interface PdfPoolStats {
  running: number
  queued: number
  /** thread ids of the live workers */
  threadIds: number[]
}

export class PdfTextPool {
  private readonly opts: Required<PdfPoolOptions>
  private piscina: Piscina<PdfTask, PdfTaskResult> | null = null
  /** waiting jobs per owner, in order of arrival */
  private readonly queues = new Map<string, Job[]>()
  /** owners with a job on a worker */
  private readonly runningOwners = new Set<string>()
  /** when each owner with work left last got a worker (a turn number): the longest-waiting goes next */
  private readonly lastTurn = new Map<string, number>()
  private turns = 0
  private running = 0
  private queued = 0
  private closed = false

  constructor(opts: PdfPoolOptions = {}) {
    this.opts = {
      threads: opts.threads ?? Math.min(4, Math.max(2, os.availableParallelism())),
      maxQueued: opts.maxQueued ?? 32,
      maxQueuedPerOwner: opts.maxQueuedPerOwner ?? 2,
      maxWaitMs: opts.maxWaitMs ?? 30_000,
      heapMb: opts.heapMb ?? 512,
      idleMs: opts.idleMs ?? 60_000,
      youngMb: opts.youngMb ?? 128,
    }
  }

  read(pdf: Uint8Array, opts: PdfTextOptions = {}): Promise<PdfTextResult> {
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_PDF_BYTES
    // length only: every look at the bytes themselves happens on a worker
    if (pdf.byteLength === 0) return Promise.resolve(fail('empty'))
    if (pdf.byteLength > maxBytes) return Promise.resolve(fail('too_large'))
    const owner = opts.owner ?? ownerContext.getStore() ?? ANONYMOUS_OWNER
    const queue = this.queues.get(owner) ?? []
    if (this.closed || this.queued >= this.opts.maxQueued || queue.length >= this.opts.maxQueuedPerOwner) return Promise.resolve(fail('busy'))

    return new Promise((resolve) => {
      const job: Job = {
        owner,
        pdf,
        maxPages: opts.maxPages ?? DEFAULT_MAX_PAGES,
        timeoutMs: opts.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS,
        resolve,
        waitTimer: null,
      }
      job.waitTimer = setTimeout(() => this.giveUpWaiting(job), this.opts.maxWaitMs)
      job.waitTimer.unref()
      queue.push(job)
      if (!this.queues.has(owner)) this.queues.set(owner, queue)
      this.queued++
      this.dispatch()
    })
  }

  stats(): PdfPoolStats {
    return { running: this.running, queued: this.queued, threadIds: this.piscina?.threads.map((t) => t.threadId) ?? [] }
  }

  /** Answers waiting jobs `busy`, stops the workers (running jobs are answered `busy` too). */
  async close(): Promise<void> {
    this.closed = true
    for (const queue of this.queues.values()) {
      for (const job of queue) {
        if (job.waitTimer) clearTimeout(job.waitTimer)
        job.resolve(fail('busy'))
      }
    }
    this.queues.clear()
    this.lastTurn.clear()
    this.queued = 0
    const piscina = this.piscina
    this.piscina = null
    await piscina?.destroy()
  }

  private workers(): Piscina<PdfTask, PdfTaskResult> {
    this.piscina ??= this.startWorkers()
    return this.piscina
  }

  private startWorkers(): Piscina<PdfTask, PdfTaskResult> {
    const piscina = new Piscina<PdfTask, PdfTaskResult>({
      // NOTE: resolved beside this file at run time; the server runs from source under tsx (not
      // bundled), so the .mjs ships as it is
      filename: new URL('./pdf-worker.mjs', import.meta.url).href,
      minThreads: 0,
      maxThreads: this.opts.threads,
      idleTimeout: this.opts.idleMs,
      // our own queues decide the order; piscina's only holds a job while a killed worker is replaced
      maxQueue: this.opts.threads * 2,
      concurrentTasksPerWorker: 1,
      // message passing only: a worker's event loop keeps turning between tasks
      atomics: 'disabled',
      resourceLimits: { maxOldGenerationSizeMb: this.opts.heapMb, maxYoungGenerationSizeMb: this.opts.youngMb, stackSizeMb: 4 },
    })
    // a worker that dies between tasks (out of memory while idle) is replaced on demand; with no
    // task to fail, piscina reports it as an 'error' event, which must not crash the process
    piscina.on('error', () => {})
    return piscina
  }

  private giveUpWaiting(job: Job): void {
    const queue = this.queues.get(job.owner)
    const at = queue?.indexOf(job) ?? -1
    if (!queue || at < 0) return
    queue.splice(at, 1)
    if (queue.length === 0) this.forget(job.owner)
    this.queued--
    job.resolve(fail('busy'))
  }

  /**
   * Next job: among owners with nothing on a worker, the one whose last turn is oldest (never
   * served first, then by arrival). So with every worker busy, a newcomer goes before anyone's
   * second file.
   */
  private takeNext(): Job | null {
    let pick: string | null = null
    let pickTurn = Infinity
    for (const owner of this.queues.keys()) {
      if (this.runningOwners.has(owner)) continue
      const turn = this.lastTurn.get(owner) ?? -1
      if (turn < pickTurn) {
        pick = owner
        pickTurn = turn
      }
    }
    if (pick === null) return null
    const queue = this.queues.get(pick) as Job[]
    const job = queue.shift() as Job
    if (queue.length === 0) this.queues.delete(pick)
    this.lastTurn.set(pick, ++this.turns)
    this.queued--
    return job
  }

  /** an owner with nothing waiting and nothing running starts afresh next time */
  private forget(owner: string): void {
    this.queues.delete(owner)
    if (!this.runningOwners.has(owner)) this.lastTurn.delete(owner)
  }

  private dispatch(): void {
    while (!this.closed && this.running < this.opts.threads) {
      const job = this.takeNext()
      if (!job) return
      this.start(job)
    }
  }

  private start(job: Job): void {
    if (job.waitTimer) clearTimeout(job.waitTimer)
    this.running++
    this.runningOwners.add(job.owner)
    const abort = new AbortController()
    // the time limit: aborting a running task terminates its worker; piscina starts another
    const timer = setTimeout(() => abort.abort(), job.timeoutMs)
    // the limit is also checked on arrival: a busy event loop may deliver the result before the timer
    const deadline = performance.now() + job.timeoutMs
    // a copy is transferred: the caller's buffer stays usable
    const pdf = new Uint8Array(job.pdf)
    this.workers()
      .run({ pdf, maxPages: job.maxPages }, { signal: abort.signal, transferList: [pdf.buffer] })
      .then(
        (r): PdfTextResult =>
          this.closed
            ? fail('busy')
            : abort.signal.aborted || performance.now() >= deadline
              ? fail('timeout')
              : r.ok
                ? { ok: true, layout: r.layout, pageCount: r.pageCount, linkUris: r.linkUris, timings: r.timings }
                : fail(r.code),
        // a killed worker: over time, out of memory, or crashed inside pdf.js
        (): PdfTextResult => fail(this.closed ? 'busy' : abort.signal.aborted ? 'timeout' : 'corrupt'),
      )
      .then((result) => {
        clearTimeout(timer)
        this.running--
        this.runningOwners.delete(job.owner)
        if (!this.queues.has(job.owner)) this.lastTurn.delete(job.owner)
        job.resolve(result)
        this.dispatch()
      })
  }
}

let defaultPool: PdfTextPool | null = null

/** The process-wide pool, started on first use. */
export function pdfTextPool(): PdfTextPool {
  defaultPool ??= new PdfTextPool()
  return defaultPool
}

/** Stop the workers (shutdown, tests, scripts). The next read starts a new pool. */
export async function closePdfWorkers(): Promise<void> {
  const pool = defaultPool
  defaultPool = null
  await pool?.close()
}

export function readPdfText(pdf: Uint8Array, opts: PdfTextOptions = {}): Promise<PdfTextResult> {
  return pdfTextPool().read(pdf, opts)
}
