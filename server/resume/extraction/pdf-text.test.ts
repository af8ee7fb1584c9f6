import { jsPDF } from 'jspdf'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { makeResumePdf, SOFTWARE_ENGINEER } from '../../../tests/fixtures/make-resume-pdf'
import { encryptedPdf, flateBombPdf, pageCountRedosPdf, pdfWithCompressedLink, pdfWithPagesInObjectStream, slowTextPdf } from '../../../tests/helpers/hostile-pdfs'
import { visiblePageCount } from './pdf-sniff'
import { closePdfWorkers, PDF_ERROR_MESSAGES, PdfTextPool, readPdfText, type PdfErrorCode, type PdfTextResult } from './pdf-text'

afterAll(() => closePdfWorkers())

function textPdf(lines: string[]): Uint8Array {
  const doc = new jsPDF()
  lines.forEach((l, i) => doc.text(l, 20, 20 + i * 8))
  return new Uint8Array(doc.output('arraybuffer'))
}

const resume = () => makeResumePdf(SOFTWARE_ENGINEER)

async function hostileCorpus(): Promise<Record<Exclude<PdfErrorCode, 'busy'>, Uint8Array>> {
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#ff0000' } }).png().toBuffer()
  const good = textPdf(['Ramesh Kumar', 'Delivery executive with four years of experience'])
  const blank = new jsPDF()
  for (let i = 1; i < 2000; i++) blank.addPage()
  const drawing = new jsPDF()
  drawing.setFillColor(40, 40, 40)
  drawing.rect(20, 20, 120, 80, 'F')
  return {
    not_pdf: new Uint8Array(png), // a PNG renamed to .pdf
    empty: new Uint8Array(0),
    too_large: new Uint8Array(3 * 1024 * 1024).fill(0x25),
    corrupt: good.slice(0, Math.floor(good.length / 2)), // truncated upload
    encrypted: encryptedPdf(),
    too_many_pages: new Uint8Array(blank.output('arraybuffer')),
    no_text: new Uint8Array(drawing.output('arraybuffer')), // like a scan: nothing but graphics
    timeout: good, // refused only under a 0 ms budget, below
    too_complex: flateBombPdf(),
  }
}

/** Records the longest pause of the event loop while `work` runs. */
async function withLoopLag<T>(work: () => Promise<T>): Promise<{ result: T; maxLagMs: number; elapsedMs: number }> {
  let last = performance.now()
  let maxLagMs = 0
  const timer = setInterval(() => {
    const t = performance.now()
    maxLagMs = Math.max(maxLagMs, t - last)
    last = t
  }, 5)
  const started = performance.now()
  try {
    const result = await work()
    return { result, maxLagMs, elapsedMs: performance.now() - started }
  } finally {
    clearInterval(timer)
  }
}

describe('readPdfText', () => {
  it('reads a text PDF into lines, top-down', async () => {
    const r = await readPdfText(textPdf(['Ramesh Kumar', 'Mobile: +91 98765 43210', 'Skills: Driving, Cash handling']))
    if (!r.ok) throw new Error(r.code)
    expect(r.pageCount).toBe(1)
    expect(r.layout.lines.map((l) => l.text)).toEqual(['Ramesh Kumar', 'Mobile: +91 98765 43210', 'Skills: Driving, Cash handling'])
  })

  it('reads a realistic resume: sections, right-aligned dates in their own cell', async () => {
    const r = await readPdfText(resume())
    if (!r.ok) throw new Error(r.code)
    const lines = r.layout.lines.map((l) => l.text)
    expect(lines.slice(0, 3).join('\n')).toContain('Sourabh Bajaj')
    expect(lines).toContain('Experience')
    expect(lines).toContain('Senior Software Engineer\tJan 2014 – Oct 2016')
  })

  it('refuses every hostile file with its own code and a message offering the bot', async () => {
    const corpus = await hostileCorpus()
    for (const [expected, bytes] of Object.entries(corpus) as [PdfErrorCode, Uint8Array][]) {
      const r = await readPdfText(bytes, expected === 'timeout' ? { timeoutMs: 0 } : {})
      expect(r, expected).toEqual({ ok: false, code: expected, message: PDF_ERROR_MESSAGES[expected] })
    }
    for (const message of Object.values(PDF_ERROR_MESSAGES)) expect(message).toMatch(/AIVI bot/)
    expect(new Set(Object.values(PDF_ERROR_MESSAGES)).size).toBe(Object.keys(PDF_ERROR_MESSAGES).length)
  })

  it('refuses garbage behind a PDF header as corrupt', async () => {
    const r = await readPdfText(new Uint8Array(Buffer.from(`%PDF-1.4\n${'x'.repeat(400)}\n%%EOF\n`)))
    expect(r).toMatchObject({ ok: false, code: 'corrupt' })
  })

  it('stops a parse at the page limit even when the pages are hidden in object streams', async () => {
    const pdf = pdfWithPagesInObjectStream([['Page one of my resume'], ['Page two of my resume'], ['Page three of my resume']])
    expect(visiblePageCount(pdf)).toBeLessThanOrEqual(2)
    expect(await readPdfText(pdf, { maxPages: 2 })).toMatchObject({ ok: false, code: 'too_many_pages' })
    // the worker that stopped half-way serves the next parse
    const again = await readPdfText(pdf)
    expect(again.ok && again.pageCount).toBe(3)
    expect(again.ok && again.layout.lines.map((l) => l.text)).toEqual(['Page one of my resume', 'Page two of my resume', 'Page three of my resume'])
  })

  it('keeps links from compressed annotations', async () => {
    const r = await readPdfText(pdfWithCompressedLink('https://github.com/ramesh-k'))
    expect(r.ok && r.linkUris).toEqual(['https://github.com/ramesh-k'])
  })

  it('parses off the event loop and serves concurrent callers', async () => {
    const pdf = makeResumePdf({ ...SOFTWARE_ENGINEER, extraPages: 3 })
    const { result, maxLagMs, elapsedMs } = await withLoopLag(() =>
      Promise.all([readPdfText(pdf, { owner: 'a' }), readPdfText(pdf, { owner: 'b' }), readPdfText(pdf, { owner: 'c' })]),
    )
    expect(result.map((r) => r.ok && r.pageCount)).toEqual([4, 4, 4])
    // three parses of a 4-page resume take far longer than any pause of the main thread
    expect(maxLagMs).toBeLessThan(Math.max(150, elapsedMs / 3))
  })

  it('the 2 MB page-count ReDoS file is refused without blocking another candidate', async () => {
    await readPdfText(resume()) // a warm worker, so the timings below are about the files
    const attack = pageCountRedosPdf()
    expect(attack.byteLength).toBeLessThanOrEqual(2 * 1024 * 1024)
    const { result, maxLagMs, elapsedMs } = await withLoopLag(async () => {
      const hostile = readPdfText(attack, { owner: 'attacker' })
      const startedNormal = performance.now()
      const normal = await readPdfText(resume(), { owner: 'candidate' })
      const normalMs = performance.now() - startedNormal
      return { hostile: await hostile, normal, normalMs }
    })
    expect(result.hostile).toMatchObject({ ok: false, code: 'corrupt' })
    expect(result.normal.ok).toBe(true)
    // the old main-thread regex froze the loop for the whole 141 s; now no pause is more than a
    // small part of the work, and the other candidate is not made to wait for the attacker
    expect(maxLagMs).toBeLessThan(Math.max(200, elapsedMs / 2))
    expect(result.normalMs).toBeLessThan(DEFAULT_GENEROUS_MS)
  })
})

/** far above a normal parse (~0.1–1 s), far below the 141 s the ReDoS file used to cost */
const DEFAULT_GENEROUS_MS = 15_000

describe('PdfTextPool: fairness, limits, recovery', () => {
  it('one owner’s slow files cost that owner: a 4th candidate’s resume goes before their second files', async () => {
    const pool = new PdfTextPool({ threads: 2 })
    try {
      const HOSTILE_MS = 3000
      const finished: string[] = []
      const track = (label: string, p: Promise<PdfTextResult>) =>
        p.then((r) => {
          finished.push(label)
          return r
        })
      const hostile = ['a', 'b', 'c'].flatMap((owner) =>
        [1, 2].map((n) => track(`${owner}${n}`, pool.read(slowTextPdf(), { owner, timeoutMs: HOSTILE_MS }))),
      )
      const small = track('d', pool.read(resume(), { owner: 'd' }))
      const d = await small
      expect(d.ok).toBe(true)
      const hostileBeforeD = finished.indexOf('d')
      const results = await Promise.all(hostile)
      expect(results.every((r) => !r.ok && r.code === 'timeout')).toBe(true)
      // d waited for at most one hostile file per worker (plus a third if its own worker was slow
      // to start), never for the six of them as one shared queue would make it
      expect(hostileBeforeD).toBeLessThanOrEqual(3)
      expect(finished.indexOf('d')).toBeLessThan(finished.length - 1)
    } finally {
      await pool.close()
    }
  }, 60_000)

  it('refuses cleanly with "busy" when an owner’s queue or the whole queue is full', async () => {
    const pool = new PdfTextPool({ threads: 2, maxQueued: 3, maxQueuedPerOwner: 1 })
    try {
      const slow = (owner: string) => pool.read(slowTextPdf(), { owner, timeoutMs: 1500 })
      const accepted = [slow('a'), slow('a')] // one on a worker, one waiting
      expect(await pool.read(resume(), { owner: 'a' })).toEqual({ ok: false, code: 'busy', message: PDF_ERROR_MESSAGES.busy })
      accepted.push(slow('b'), slow('c'), slow('d')) // b on the second worker; c and d wait: 3 waiting
      expect(pool.stats()).toMatchObject({ running: 2, queued: 3 })
      expect(await pool.read(resume(), { owner: 'e' })).toMatchObject({ ok: false, code: 'busy' })
      expect((await Promise.all(accepted)).map((r) => !r.ok && r.code)).toEqual(Array(5).fill('timeout'))
      // drained: the next file is read
      expect((await pool.read(resume(), { owner: 'e' })).ok).toBe(true)
    } finally {
      await pool.close()
    }
  }, 60_000)

  it('a file over its time limit has its worker killed; a new worker reads the next file', async () => {
    const pool = new PdfTextPool({ threads: 2 })
    try {
      expect((await pool.read(resume(), { owner: 'a' })).ok).toBe(true)
      const before = pool.stats().threadIds
      expect(before).toHaveLength(1)
      const { result, maxLagMs, elapsedMs } = await withLoopLag(() => pool.read(slowTextPdf(), { owner: 'a', timeoutMs: 1000 }))
      expect(result).toEqual({ ok: false, code: 'timeout', message: PDF_ERROR_MESSAGES.timeout })
      expect(elapsedMs).toBeLessThan(DEFAULT_GENEROUS_MS)
      expect(maxLagMs).toBeLessThan(Math.max(200, elapsedMs / 2))
      const next = await pool.read(resume(), { owner: 'a' })
      expect(next.ok).toBe(true)
      // the worker that ran the slow file is gone
      expect(pool.stats().threadIds).not.toContain(before[0])
      expect(pool.stats().threadIds.length).toBeGreaterThan(0)
    } finally {
      await pool.close()
    }
  }, 60_000)

  it('answers waiting jobs "busy" when closed', async () => {
    const pool = new PdfTextPool({ threads: 2 })
    const running = [pool.read(slowTextPdf(), { owner: 'a' }), pool.read(slowTextPdf(), { owner: 'b' })]
    const waiting = pool.read(resume(), { owner: 'c' })
    await pool.close()
    expect(await waiting).toMatchObject({ ok: false, code: 'busy' })
    expect((await Promise.all(running)).map((r) => !r.ok && r.code)).toEqual(['busy', 'busy'])
  })
})
