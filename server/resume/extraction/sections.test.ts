import { describe, expect, it } from 'vitest'
import { classifyHeadingText, labelValues, splitSections } from './sections'
import type { DocumentLayout } from './layout'
import { docFromLines, h, layoutFromLines } from '../../../tests/helpers/test-layout'

describe('classifyHeadingText', () => {
  it.each([
    ['WORK EXPERIENCE', 'experience'],
    ['Wor k Experience', 'experience'],
    ['Professional Experience:', 'experience'],
    ['Academic Qualification', 'education'],
    ['EDUCATIONAL QUALIFICATIONS', 'education'],
    ['Key Skills', 'skills'],
    ['IT PROFICIENCY', 'skills'],
    ['Career Objective', 'summary'],
    ['Personal Details', 'personal'],
    ['Personal Profile', 'personal'],
    ['Declaration', 'declaration'],
    ['Languages Known', 'languages'],
    ['ACHIEVEMENTS, AWARDS & CERTIFICATIONS', 'certifications'],
    ['Extra-curricular Activities / Interests and Hobbies', 'interests'],
    ['Volunteer Experience', 'volunteer'],
    ['SELECTED PROJECTS', 'projects'],
    ['2. Relevant Work Experience', 'experience'],
    ['Professional Skills:', 'skills'],
    ['Additional Experience', 'experience'],
    ['Education Details', 'education'],
    ['III. Academic Projects', 'projects'],
    ['Relevant Coursework', 'coursework'],
    ['Positions of Responsibility', 'volunteer'],
    ['ADDITIONAL INFORMATION', 'additional'],
  ])('%s → %s', (text, kind) => {
    expect(classifyHeadingText(text)).toBe(kind)
  })

  it('does not take sentences or names for headings', () => {
    expect(classifyHeadingText('Researched upcoming database methodologies and technologies.')).toBeNull()
    expect(classifyHeadingText('Ramesh Kumar')).toBeNull()
  })
})

describe('splitSections', () => {
  it('splits on dictionary headings and keeps the header block', () => {
    const doc = docFromLines([
      { text: 'Ramesh Kumar', size: 18, bold: true },
      'ramesh@example.com | +91 98765 43210',
      h('CAREER OBJECTIVE'),
      'To work with a reputed company.',
      h('KEY SKILLS'),
      'Driving, Loading',
      h('DECLARATION'),
      'I hereby declare that the above is true.',
    ])
    expect(doc.header.map((l) => l.text)).toEqual(['Ramesh Kumar', 'ramesh@example.com | +91 98765 43210'])
    expect(doc.sections.map((s) => s.kind)).toEqual(['summary', 'skills', 'declaration'])
    expect(doc.sections[1].lines.map((l) => l.text)).toEqual(['Driving, Loading'])
  })

  it('ignores look-alike words in a smaller style than the real headings', () => {
    const doc = docFromLines([
      'Name',
      h('EXPERIENCE'),
      { text: 'Volunteer', size: 11, bold: true },
      'NSG Group',
      h('EDUCATION'),
      'B.E., Pune University, 2018',
    ])
    expect(doc.sections.map((s) => s.title)).toEqual(['EXPERIENCE', 'EDUCATION'])
    expect(doc.sections[0].lines.map((l) => l.text)).toEqual(['Volunteer', 'NSG Group'])
  })

  it('treats "Key Skills: …" as a label line, not a heading', () => {
    const doc = docFromLines(['Name', 'Key Skills: Java, SQL', h('Summary'), 'text'])
    expect(doc.sections.map((s) => s.kind)).toEqual(['summary'])
  })

  it('drops running footers repeated on every page and portal navigation', () => {
    const layout = layoutFromLines(['Name', h('Experience'), 'Acme Ltd', '^ Back to Top'])
    layout.lines.push({ ...layout.lines[2], text: 'Jane Doe · Résumé\t1', cells: [{ text: 'Jane Doe · Résumé', x: 2, xEnd: 8 }, { text: '1', x: 30, xEnd: 30.3 }], y: 49, page: 0 })
    layout.lines.push({ ...layout.lines[2], text: 'Jane Doe · Résumé\t2', cells: [{ text: 'Jane Doe · Résumé', x: 2, xEnd: 8 }, { text: '2', x: 30, xEnd: 30.3 }], y: 49, page: 1 })
    layout.pages.push({ ...layout.pages[0] })
    const doc = splitSections(layout)
    expect(doc.lines.map((l) => l.text)).toEqual(['Name', 'Experience', 'Acme Ltd'])
  })
})

describe('labelValues', () => {
  it('reads Indian bio-data label lines', () => {
    const lv = labelValues(
      layoutFromLines([
        "❖ Father’s Name\t: - Mr. Niranjan Joshi",
        'Date of Birth : 24th April 1996',
        'Language Known :- English, Hindi, Marathi',
        'Contact No.: - 9823022320',
      ]).lines,
    )
    expect(lv.map((x) => [x.label, x.value])).toEqual([
      ["father's name", 'Mr. Niranjan Joshi'],
      ['date of birth', '24th April 1996'],
      ['language known', 'English, Hindi, Marathi'],
      ['contact no.', '9823022320'],
    ])
  })

  it('joins a value list that wraps onto the next lines', () => {
    const lv = labelValues(layoutFromLines(['Key Skills: java,c++,web application', 'development,project management', 'Notice Period: 15 Days']).lines)
    expect(lv[0]).toMatchObject({ label: 'key skills', value: 'java,c++,web application development,project management' })
    expect(lv[1]).toMatchObject({ label: 'notice period', value: '15 Days' })
  })

  it('pairs labels stacked above their values in a grid', () => {
    const lv = labelValues(layoutFromLines(['EXPERIENCE\tEXPECTED SALARY', '4 years\tRs. 22,000 / month']).lines)
    expect(lv.map((x) => [x.label, x.value])).toEqual([
      ['experience', '4 years'],
      ['expected salary', 'Rs. 22,000 / month'],
    ])
  })
})

describe('splitSections on plain job-portal text', () => {
  it('ends a section at a dictionary heading set like body text (no size contrast)', () => {
    const doc = docFromLines(['Asha Rao', 'EDUCATION', 'MCA', 'Osmania University', 'ADDITIONAL INFORMATION', 'Willing to relocate'])
    expect(doc.sections.map((s) => [s.kind, s.lines.map((l) => l.text)])).toEqual([
      ['education', ['MCA', 'Osmania University']],
      ['additional', ['Willing to relocate']],
    ])
  })

  it('keeps a name that is printed again at the top of every page', () => {
    const line = (text: string, page: number, y: number, size = 10) => ({
      text, cells: [{ text, x: 2, xEnd: 2 + text.length * 0.3 }], page, x: 2, xEnd: 2 + text.length * 0.3, y, size, bold: false, column: 'full' as const,
    })
    const layout: DocumentLayout = {
      pages: [0, 1].map(() => ({ width: 38, height: 50, twoColumn: false, gutter: null })),
      lines: [
        line('Priya Sharma', 0, 1.5, 16), line('EXPERIENCE', 0, 5), line('Cashier', 0, 6), line('Page 1', 0, 48),
        line('Priya Sharma', 1, 1.5, 16), line('Packer', 1, 5), line('Page 2', 1, 48),
      ],
      bodySize: 10,
    }
    const doc = splitSections(layout)
    expect(doc.header.map((l) => l.text)).toEqual(['Priya Sharma'])
    expect(doc.sections[0].lines.map((l) => l.text)).toEqual(['Cashier', 'Packer'])
  })
})
