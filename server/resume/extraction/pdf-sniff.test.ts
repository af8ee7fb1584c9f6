import { jsPDF } from 'jspdf'
import { describe, expect, it } from 'vitest'
import { encryptedPdf, flateBombPdf, nestedArraysPdf, pageCountRedosPdf, pdfWithPagesInObjectStream } from '../../../tests/helpers/hostile-pdfs'
import { hasEncryptDictionary, inflatedSizeWithin, scanPdfStructure, visiblePageCount } from './pdf-sniff'

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'))

function jspdfPages(n: number, compress = false): Uint8Array {
  const doc = new jsPDF({ compress })
  for (let i = 1; i < n; i++) doc.addPage()
  return new Uint8Array(doc.output('arraybuffer'))
}

describe('scanPdfStructure', () => {
  it('counts page objects and the page tree /Count of a plain PDF', () => {
    expect(visiblePageCount(jspdfPages(7))).toBe(7)
    const s = scanPdfStructure(bytes('%PDF-1.4\n1 0 obj << /Type /Pages /Kids [] /Count 12 /Extra << /Count 99 >> >> endobj\n%%EOF'))
    // a /Count in a nested dictionary is not the page tree's
    expect(s.maxPagesCount).toBe(12)
    expect(s.pageObjects).toBe(0)
  })

  it('ignores names inside strings and stream data, and cannot see pages in object streams', () => {
    expect(visiblePageCount(bytes('%PDF-1.4\n(/Type /Page) <</Length 20>>stream\n/Type /Page /Type /Page\nendstream %%EOF'))).toBe(0)
    expect(visiblePageCount(pdfWithPagesInObjectStream([['a'], ['b'], ['c']]))).toBe(0)
  })

  it('finds an /Encrypt entry by reference or inline, and only those', () => {
    expect(hasEncryptDictionary(encryptedPdf())).toBe(true)
    expect(hasEncryptDictionary(bytes('trailer << /Encrypt << /Filter /Standard >> >>'))).toBe(true)
    expect(hasEncryptDictionary(jspdfPages(1))).toBe(false)
    expect(hasEncryptDictionary(bytes('<< /Filter [/Encrypt] /Encrypt 12 >>'))).toBe(false)
  })

  it('measures nesting and finds stream data', () => {
    expect(scanPdfStructure(nestedArraysPdf(5000)).maxNesting).toBeGreaterThan(5000)
    expect(scanPdfStructure(jspdfPages(1)).maxNesting).toBeLessThan(10)
    const s = scanPdfStructure(bytes('1 0 obj << /Length 3 >>\nstream\nabc\nendstream endobj'))
    expect(s.streams).toHaveLength(1)
    const [start, end] = s.streams[0]
    expect(Buffer.from(bytes('1 0 obj << /Length 3 >>\nstream\nabc\nendstream endobj').subarray(start, end)).toString('latin1').trim()).toBe('abc')
  })

  // Each input is 2 MB of one adversarial pattern. One linear pass takes milliseconds; the old
  // backtracking regex needed 141 s on the first. The bound is generous for a loaded machine.
  it.each([
    ['/Type/Pages repeated (the ReDoS finding)', () => pageCountRedosPdf()],
    ['<< repeated', () => bytes('<<'.repeat(1_000_000))],
    ['[ repeated', () => bytes('['.repeat(2_000_000))],
    ['an unterminated string', () => bytes(`(${'a'.repeat(2_000_000)}`)],
    ['/Encrypt 1 repeated', () => bytes('/Encrypt 1 '.repeat(180_000))],
    ['/Count digits', () => bytes(`/Count ${'9'.repeat(2_000_000)}`)],
    ['s repeated', () => bytes('s'.repeat(2_000_000))],
    ['stream keywords without end', () => bytes(' stream\n'.repeat(250_000))],
    ['/Type then whitespace', () => bytes(`/Type${' '.repeat(2_000_000)}`)],
  ])('scans %s in linear time', (_, make) => {
    const pdf = make()
    const started = performance.now()
    scanPdfStructure(pdf)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('inflatedSizeWithin', () => {
  it('refuses a flate bomb and accepts a normal PDF', () => {
    const bomb = flateBombPdf(2)
    expect(inflatedSizeWithin(bomb, scanPdfStructure(bomb).streams, 64 * 1024 * 1024)).toBe(false)
    expect(inflatedSizeWithin(bomb, scanPdfStructure(bomb).streams, 200 * 1024 * 1024)).toBe(true)
    const plain = jspdfPages(3, true)
    expect(scanPdfStructure(plain).streams.length).toBeGreaterThan(0)
    expect(inflatedSizeWithin(plain, scanPdfStructure(plain).streams, 1024 * 1024)).toBe(true)
    expect(inflatedSizeWithin(plain, scanPdfStructure(plain).streams, 10)).toBe(false)
  })
})
