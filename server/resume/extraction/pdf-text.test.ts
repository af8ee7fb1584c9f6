import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { jsPDF } from 'jspdf'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { encryptedPdf, pdfWithCompressedLink } from './hostile-pdfs'
import { closePdfWorkers, PDF_ERROR_MESSAGES, readPdfText, visiblePageCount, type PdfErrorCode } from './pdf-text'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const fixturesDir = process.env.FIXTURES_DIR ?? path.resolve(repoRoot, '../shared/fixtures/resumes')
const fixture = (name: string) => readFile(path.join(fixturesDir, name))

afterAll(() => closePdfWorkers())

function textPdf(lines: string[]): Uint8Array {
  const doc = new jsPDF()
  lines.forEach((l, i) => doc.text(l, 20, 20 + i * 8))
  return new Uint8Array(doc.output('arraybuffer'))
}

async function hostileCorpus(): Promise<Record<PdfErrorCode, Uint8Array>> {
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
  }
}

describe('readPdfText', () => {
  it('reads a text PDF into lines, top-down', async () => {
    const r = await readPdfText(textPdf(['Ramesh Kumar', 'Mobile: +91 98765 43210', 'Skills: Driving, Cash handling']))
    if (!r.ok) throw new Error(r.code)
    expect(r.pageCount).toBe(1)
    expect(r.layout.lines.map((l) => l.text)).toEqual(['Ramesh Kumar', 'Mobile: +91 98765 43210', 'Skills: Driving, Cash handling'])
  })

  it('refuses every hostile file with its own code and a message offering the bot', async () => {
    const corpus = await hostileCorpus()
    const codes: string[] = []
    for (const [expected, bytes] of Object.entries(corpus) as [PdfErrorCode, Uint8Array][]) {
      const r = await readPdfText(bytes, expected === 'timeout' ? { timeoutMs: 0 } : {})
      expect(r, expected).toEqual({ ok: false, code: expected, message: PDF_ERROR_MESSAGES[expected] })
      expect(PDF_ERROR_MESSAGES[expected]).toMatch(/AIVI bot/)
      codes.push(expected)
    }
    expect(new Set(Object.values(PDF_ERROR_MESSAGES)).size).toBe(codes.length)
  })

  it('refuses garbage behind a PDF header as corrupt', async () => {
    const r = await readPdfText(new Uint8Array(Buffer.from(`%PDF-1.4\n${'x'.repeat(400)}\n%%EOF\n`)))
    expect(r).toMatchObject({ ok: false, code: 'corrupt' })
  })

  it('stops a parse at the page limit even when the page count is hidden in object streams', async () => {
    const pdf = await fixture('posquit0__Awesome-CV__resume.pdf') // 3 pages, compressed object streams
    expect(visiblePageCount(pdf)).toBeLessThanOrEqual(2)
    expect(await readPdfText(pdf, { maxPages: 2 })).toMatchObject({ ok: false, code: 'too_many_pages' })
    // the killed worker is replaced: the next parse works
    const again = await readPdfText(pdf)
    expect(again.ok && again.pageCount).toBe(3)
  })

  it('keeps links from compressed annotations', async () => {
    const r = await readPdfText(pdfWithCompressedLink('https://github.com/ramesh-k'))
    expect(r.ok && r.linkUris).toEqual(['https://github.com/ramesh-k'])
  })

  it('parses off the event loop and serves concurrent callers', async () => {
    const pdf = await fixture('OmkarPathak__ResumeParser__Abhisheks_Resume.pdf')
    let last = performance.now()
    let maxGap = 0
    const timer = setInterval(() => {
      const t = performance.now()
      maxGap = Math.max(maxGap, t - last)
      last = t
    }, 5)
    const started = performance.now()
    const results = await Promise.all([readPdfText(pdf), readPdfText(pdf), readPdfText(pdf)])
    const elapsed = performance.now() - started
    clearInterval(timer)
    expect(results.every((r) => r.ok)).toBe(true)
    // three parses of the heaviest fixture take far longer than any pause of the main thread
    expect(maxGap).toBeLessThan(Math.max(150, elapsed / 3))
  })
})
