import { describe, expect, it } from 'vitest'
import { extractEmail, extractLinks, extractPhone, normaliseLink } from './contact'
import { docFromLines, h } from '../../../tests/helpers/test-layout'

describe('extractEmail', () => {
  it('takes the header email, lower-cased, not a referee’s', () => {
    const doc = docFromLines(['Ravi Kumar', 'E-mail: - Ravi.Kumar@Gmail.com', h('References'), 'Mr. X, x@company.com'])
    expect(extractEmail(doc)).toEqual({ value: 'ravi.kumar@gmail.com', confidence: 'high' })
  })

  it('falls back to a mailto: link', () => {
    const doc = docFromLines(['Ravi Kumar', h('Skills'), 'Driving'])
    expect(extractEmail(doc, ['mailto:ravi@example.com'])?.value).toBe('ravi@example.com')
    expect(extractEmail(doc)).toBeNull()
  })
})

describe('extractPhone', () => {
  it.each([
    ['Mobile: +91 98765 43210', '+919876543210', '919876543210'],
    ['Mob No. 098765-43210', '+919876543210', '09876543210'],
    ['Contact No.: - 9823022320', '+919823022320', '9823022320'],
    ['Phone: +91-922-333-9060', '+919223339060', '919223339060'],
    ['(+82)10-9030-1843 | posquit0@gmail.com', '+821090301843', '821090301843'],
    ['Seattle, WA | +1 206-555-0149 | e@x.com', '+12065550149', '12065550149'],
    // run together inside one PDF text item
    ['ravi.kumar@gmail.com+91 98765 43210', '+919876543210', '919876543210'],
    ['ravi.kumar@gmail.com9876543210Pune', '+919876543210', '9876543210'],
  ])('%s', (line, e164, digits) => {
    const found = extractPhone(docFromLines(['Name Surname', line]))
    expect(found?.value).toBe(e164)
    expect(found?.digits).toBe(digits)
  })

  it('does not read years, GPAs or ids as phones', () => {
    const doc = docFromLines(['Name Surname', 'ID: 3003ff1d762e4a1063', h('Education'), 'B.E. 2014 - 2018, CGPA 8.1/10'])
    expect(extractPhone(doc)).toBeNull()
  })

  it('uses a tel: link when the text has no number', () => {
    expect(extractPhone(docFromLines(['Name Surname']), ['tel:+919876543210'])?.value).toBe('+919876543210')
  })
})

describe('normaliseLink', () => {
  it.each([
    ['https://www.LinkedIn.com/in/Someone/', 'linkedin.com/in/someone'],
    ['http://github.com/github.com/chinya07', 'github.com/chinya07'],
    ['https://facebook/dd', 'facebook.com/dd'],
    ['www.posquit0.com', 'posquit0.com'],
    ['mailto:a@b.com', null],
    ['tel:+91123', null],
  ])('%s → %s', (url, link) => {
    expect(normaliseLink(url)).toBe(link)
  })
})

describe('extractLinks', () => {
  it('reads URLs, bare domains in the header and "Site: handle" labels', () => {
    const doc = docFromLines([
      'Deb Das',
      'debarghyadas.com | fb.co/dd | deb@fb.com',
      h('Links'),
      'Github:// deedydas',
      'LinkedIn: debarghyadas',
      h('Skills'),
      'Node.js, ASP.NET, backbone.js',
    ])
    expect(extractLinks(doc).value).toEqual(['debarghyadas.com', 'fb.co/dd', 'github.com/deedydas', 'linkedin.com/in/debarghyadas'])
  })

  it('keeps profile links and visible links from annotations, not links inside prose', () => {
    const doc = docFromLines(['Jane Doe', 'posquit0 | posquit0', h('Experience'), 'Handled Financial Risks and Planning.'])
    const links = extractLinks(doc, ['https://github.com/posquit0', 'https://www.linkedin.com/in/posquit0', 'http://en.wikipedia.org/wiki/Finance', 'mailto:j@d.com'])
    expect(links.value).toEqual(['github.com/posquit0', 'linkedin.com/in/posquit0'])
  })

  it('prefers the fuller form of the same profile', () => {
    const doc = docFromLines(['Jane Doe', h('Links'), 'YouTube:// DeedyDash007'])
    expect(extractLinks(doc, ['https://www.youtube.com/user/DeedyDash007']).value).toEqual(['youtube.com/user/deedydash007'])
  })
})
