import { describe, expect, it } from 'vitest'
import { buildLayout, calibrateWidthScale, cleanText, gluedAcrossKinds, type RawPdfPage, type RawTextItem } from './layout'

// synthetic pdf2json output: w is in points (scale 1/16), 0.3 form units per character
const CW = 0.3
function item(x: number, y: number, text: string, size = 10, bold = false): RawTextItem {
  return { x, y, w: text.length * CW * 16, text, size, bold }
}
/** one item per word, a small gap between words (LaTeX-style output: no space characters) */
function words(x: number, y: number, text: string, size = 10): RawTextItem[] {
  const out: RawTextItem[] = []
  let cx = x
  for (const w of text.split(' ')) {
    out.push(item(cx, y, w, size))
    cx += w.length * CW + 0.15
  }
  return out
}
function page(items: RawTextItem[], rawText = '', width = 38, height = 50): RawPdfPage {
  return { width, height, items, rawText }
}
const texts = (p: RawPdfPage[]) => buildLayout(p).lines.map((l) => l.text)

describe('cleanText', () => {
  it('normalises ligatures, soft hyphens, icon glyphs and Word bullets', () => {
    expect(cleanText('ﬁnance')).toBe('finance')
    expect(cleanText('Sep. 2023\u00adMar. 2024')).toBe('Sep. 2023-Mar. 2024')
    expect(cleanText('\uf0e0 mail')).toBe('  mail')
    expect(cleanText('Road\u009fColumbus')).toBe('Road • Columbus')
  })
})

describe('calibrateWidthScale', () => {
  it('recovers the width unit from touching items', () => {
    const chars = [...'abcdefghij'].map((c, i) => item(2 + i * CW, 5, c))
    expect(calibrateWidthScale([page(chars)])).toBeCloseTo(1 / 16, 3)
  })

  it('never takes a scale that would put text past the page edge (no touching items: only gaps were measured)', () => {
    // one item per field: titles with right-aligned dates, bullets with their text; nothing touches
    const items: RawTextItem[] = []
    for (let k = 0; k < 3; k++) {
      items.push(item(3, 5 + k * 2, 'Senior Database Administrator'), item(28.4, 5 + k * 2, 'Apr 2017 – Present'))
      items.push(item(3.3, 6 + k * 2, '•'), item(4, 6 + k * 2, 'Ran forty PostgreSQL clusters.'))
    }
    items.push(item(24.6, 2, 'Email: meera.iyer@example.com'))
    // the gaps alone would say about three times 1/16
    const scale = calibrateWidthScale([page(items, '', 37.2)])
    expect(scale).toBeCloseTo(1 / 16, 3)
    const lines = buildLayout([page(items, '', 37.2)]).lines
    const dated = lines.find((l) => l.text.startsWith('Senior'))
    expect(dated?.cells.map((c) => c.text)).toEqual(['Senior Database Administrator', 'Apr 2017 – Present'])
  })

  it('keeps another width unit that fits the page; without a measure, 1/16 only if it fits', () => {
    // w in a unit 4× smaller than points: touching items measure 1/4, and everything fits
    const small = [...'abcdefghij'].map((c, i) => ({ ...item(2 + i * CW, 5, c), w: CW * 4 }))
    expect(calibrateWidthScale([page(small)])).toBeCloseTo(1 / 4, 3)
    // two lines, nothing to measure, w in a unit where 1/16 would run 30 form units past the page:
    // the largest scale that keeps the widest item on it
    const big = [{ ...item(2, 5, 'Curriculum vitae of a long-named candidate'), w: 1000 }, { ...item(2, 7, 'Pune'), w: 100 }]
    expect(calibrateWidthScale([page(big, '', 38)])).toBeCloseTo(36 / 1000, 4)
  })
})

describe('gluedAcrossKinds', () => {
  it.each([
    ['ravi@gmail.com', '+91 98765 43210', 'strong'],
    ['ravi@gmail.com', 'Pune', 'strong'],
    ['ravi@gmail.com', '9876543210', 'strong'],
    ['+91 98765 43210', 'Pune, Maharashtra', 'strong'],
    ['98765-43210', 'ravi@gmail.com', 'strong'],
    ['Pune', '+91 98765 43210', 'strong'],
    ['Pune', '9876543210', 'strong'],
    ['Room 12', 'Pune', 'weak'],
    ['Windows', '10', 'weak'],
    ['Hyderabad', 'Telangana', 'weak'],
  ] as const)('%s | %s → %s', (prev, next, kind) => {
    expect(gluedAcrossKinds(prev, next)).toBe(kind)
  })

  it.each([
    // pieces of one word or one email, as Word output splits them
    ['abhishek@gmail.co', 'm'],
    ['Payment S', 'olutions'],
    ['December 20', '14'],
    ['12', 'th'],
    ['Cost B', 'enefit'],
  ])('%s | %s → not glued', (prev, next) => {
    expect(gluedAcrossKinds(prev, next)).toBeNull()
  })
})

describe('buildLayout', () => {
  it('splits header fields that the PDF runs together, by their item positions', () => {
    // Word-style output (explicit spaces inside items); the items touch or nearly touch
    const fields = (gap: number, y: number) => {
      const out: RawTextItem[] = []
      let x = 2
      for (const t of ['ravi.kumar@gmail.com', '+91 98765 43210', 'Pune, Maharashtra']) {
        out.push(item(x, y, t))
        x += t.length * CW + gap
      }
      return out
    }
    // a word split into two items across a gap of a whole character stays one word
    const split = [item(2, 9, 'Cost B'), item(2 + 6 * CW + CW, 9, 'enefit analysis')]
    const lines = texts([page([...fields(0, 5), ...fields(CW, 7), ...split])])
    expect(lines[0]).toBe('ravi.kumar@gmail.com +91 98765 43210 Pune, Maharashtra')
    expect(lines[1]).toBe('ravi.kumar@gmail.com +91 98765 43210 Pune, Maharashtra')
    expect(lines[2]).toBe('Cost Benefit analysis')
  })


  it('reads top-down and joins words with spaces', () => {
    const lines = texts([page([...words(2, 10, 'second line here'), ...words(2, 5, 'First line of text')])])
    expect(lines).toEqual(['First line of text', 'second line here'])
  })

  it('copies spaces from the raw text into space-less items and splits wide raw gaps into cells', () => {
    // raw text lists lines bottom to top, with padding between a title and its date
    const raw = 'Software Engineer        Oct 2016 – Present\r\nSourabh Bajaj'
    const items = [item(2, 2, 'SourabhBajaj', 17), item(2, 4, 'SoftwareEngineerOct2016–Present'), ...words(2, 6, 'one two three four five six'), ...words(2, 7, 'alpha beta gamma delta')]
    const layout = buildLayout([page(items, raw)])
    expect(layout.lines[0].text).toBe('Sourabh Bajaj')
    expect(layout.lines[1].cells.map((c) => c.text)).toEqual(['Software Engineer', 'Oct 2016 – Present'])
  })

  it('splits cells at wide gaps and undoes pdf2json padding of C and G', () => {
    const row = [item(2, 5, 'Kent'), item(3.2, 5, ' '), item(3.5, 5, ' C '), item(3.8, 5, 'olumbus'), item(25, 5, '2015'), item(26.2, 5, ' '), item(26.5, 5, 'Present')]
    // explicit space items mark Word-style output
    const filler = [...'Word style text here'].map((c, i) => item(2 + i * CW, 8, c))
    const layout = buildLayout([page([...row, ...filler])])
    expect(layout.lines[0].cells.map((c) => c.text)).toEqual(['Kent Columbus', '2015 Present'])
  })

  it('reattaches superscripts and raised letters to their line', () => {
    const items = [item(2, 5, '2014'), item(3.4, 5, '1'), item(3.7, 4.8, 'st', 7), item(4.4, 5, 'place'), ...words(2, 8, 'another line')]
    expect(texts([page(items)])[0]).toBe('2014 1st place')
  })

  it('drops FontAwesome glyph names printed instead of icons', () => {
    const items = [item(2, 5, 'GITHUB-SQUARE', 16), item(6.2, 5, 'posquit0', 9), ...words(2, 8, 'body text line')]
    expect(texts([page(items)])[0]).toBe('posquit0')
  })

  it('detects two columns and reads the left column before the right', () => {
    const items: RawTextItem[] = [...words(2, 1, 'Full Width Name Header Line Spanning Both Columns Of The Page Here', 16)]
    for (let i = 0; i < 12; i++) {
      items.push(...words(2, 4 + i, `left column line number ${i} text`))
      items.push(...words(20, 4.1 + i, `right column line ${i} with more words in it`))
    }
    const layout = buildLayout([page(items)])
    expect(layout.pages[0].twoColumn).toBe(true)
    const order = layout.lines.map((l) => l.text)
    expect(order[0]).toMatch(/^Full Width Name/)
    expect(order.indexOf('left column line number 11 text')).toBeLessThan(order.indexOf('right column line 0 with more words in it'))
    expect(layout.lines.find((l) => l.text.startsWith('right'))?.column).toBe('right')
  })

  it('keeps a one-column resume with right-aligned dates in one column', () => {
    const items: RawTextItem[] = []
    for (let i = 0; i < 6; i++) {
      items.push(...words(2, 3 + i * 3, `Company number ${i}`, 11))
      items.push(...words(30, 3 + i * 3, 'Jan 2019 – Present'))
      items.push(...words(2, 4 + i * 3, 'Built and shipped many things across the whole width of the page text'))
      items.push(...words(2, 5 + i * 3, 'Led a team of engineers and wrote a lot of code for the product'))
    }
    const layout = buildLayout([page(items)])
    expect(layout.pages[0].twoColumn).toBe(false)
    expect(layout.lines[0].cells.map((c) => c.text)).toEqual(['Company number 0', 'Jan 2019 – Present'])
  })

  it('reports the dominant font size as body size', () => {
    const layout = buildLayout([page([...words(2, 2, 'Big Name', 20), ...words(2, 4, 'lots of body text in the normal size here'), ...words(2, 5, 'and some more body text')])])
    expect(layout.bodySize).toBe(10)
    expect(layout.lines[0].size).toBe(20)
  })

  it('stays linear in the raw text when items are missing from it', () => {
    // 6 000 space-less items missing from a 2 MB raw text: a whole-page search per item (the old
    // alignment) took 20 s here on a busy 2-core machine, the windowed one 0.4 s. The bound is loose on
    // purpose (a busy machine), and quadratic work would still be far past it.
    const missing: RawTextItem[] = []
    for (let i = 0; i < 6_000; i++) missing.push(item(2 + (i % 60) * 0.5, 10 + Math.floor(i / 60) * 0.6, `ex${i}`))
    const raw = 'managed daily delivery routes '.repeat(70_000)
    const start = performance.now()
    const layout = buildLayout([page(missing, raw, 120, 450)])
    expect(layout.lines.length).toBe(100)
    expect(performance.now() - start).toBeLessThan(5000)
  }, 60_000)
})
