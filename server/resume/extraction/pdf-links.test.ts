import { jsPDF } from 'jspdf'
import { describe, expect, it } from 'vitest'
import { pdfWithCompressedLink } from '../../../tests/helpers/hostile-pdfs'
import { extractLinkUris } from './pdf-links'

describe('extractLinkUris', () => {
  it('finds link annotations in plain objects', () => {
    const doc = new jsPDF()
    doc.text('GitHub', 20, 20)
    doc.link(20, 15, 30, 8, { url: 'https://github.com/ramesh-k' })
    expect(extractLinkUris(new Uint8Array(doc.output('arraybuffer')))).toEqual(['https://github.com/ramesh-k'])
  })

  it('finds link annotations inside compressed object streams, unescaping the string', () => {
    expect(extractLinkUris(pdfWithCompressedLink('https://www.linkedin.com/in/a(b)'))).toEqual(['https://www.linkedin.com/in/a(b)'])
  })

  it('returns nothing for a PDF without links or for garbage', () => {
    const doc = new jsPDF()
    doc.text('no links here', 20, 20)
    expect(extractLinkUris(new Uint8Array(doc.output('arraybuffer')))).toEqual([])
    expect(extractLinkUris(new Uint8Array(Buffer.from('%PDF-1.4 1 0 obj << /Type /ObjStm /FlateDecode >> stream\nnot zlib\nendstream')))).toEqual([])
  })

  it('reads hex strings and escaped parentheses, and skips an escaped close', () => {
    const text = '%PDF-1.4\n<< /URI <68747470733A2F2F612E636F6D> >> << /URI (https://b.com/x\\)y) >>'
    expect(extractLinkUris(new Uint8Array(Buffer.from(text, 'latin1')))).toEqual(['https://a.com', 'https://b.com/x)y'])
  })

  it('stays linear on unterminated strings and on streams without objects', () => {
    // the regex it replaced rescanned to the end for each `/URI (`: ~10^10 steps here
    const hostile = Buffer.from(`%PDF-1.4\n${'/URI ('.repeat(200_000)}${'stream\n'.repeat(100_000)}`, 'latin1')
    const start = performance.now()
    expect(extractLinkUris(new Uint8Array(hostile))).toEqual([])
    // linear: tens of ms; the old regex: minutes. Loose bound, the machine may be busy.
    expect(performance.now() - start).toBeLessThan(10_000)
  }, 60_000)
})
