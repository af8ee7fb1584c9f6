import { describe, expect, it } from 'vitest'
import { safeRedirect } from './auth.server'

const FALLBACK = '/home'

describe('safeRedirect', () => {
  it.each([
    ['/jobs', '/jobs'],
    ['/jobs?category=delivery&page=2', '/jobs?category=delivery&page=2'],
    ['/jobs/123#apply', '/jobs/123#apply'],
    ['/profile?q=delivery%20boy', '/profile?q=delivery%20boy'],
    ['/jobs/../profile', '/profile'],
    ['/नौकरी', '/%E0%A4%A8%E0%A5%8C%E0%A4%95%E0%A4%B0%E0%A5%80'],
  ])('keeps the same-origin path %j', (input, expected) => {
    expect(safeRedirect(input, FALLBACK)).toBe(expected)
  })

  // each of these either leaves the site in some browser, or cannot be a header value
  it.each([
    '//evil.example',
    '///evil.example',
    '/\t/evil.example',
    '/%09/evil.example'.replace('%09', '\t'),
    '/\n/evil.example',
    '/\r\n/evil.example',
    '/\\evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    'https://evil.example',
    'http:evil.example',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'evil.example',
    ' /jobs',
    '/jobs\u3000/x',
    '/\u3000/evil.example',
    '/\u00a0/evil.example',
    '/\u200b/evil.example',
    '/\u2028/evil.example',
    '/\u0000/evil.example',
    '/\ufeff/evil.example',
    '/' + 'a'.repeat(5000),
    '',
  ])('refuses %j', (input) => {
    const out = safeRedirect(input, FALLBACK)
    expect(out).toBe(FALLBACK)
  })

  it('falls back for missing and non-string values', () => {
    expect(safeRedirect(null, FALLBACK)).toBe(FALLBACK)
    expect(safeRedirect(undefined, FALLBACK)).toBe(FALLBACK)
    expect(safeRedirect(new File(['x'], 'x.txt'), FALLBACK)).toBe(FALLBACK)
  })

  it('always returns a path that a Location header accepts and that stays on the site', () => {
    const samples = ['/a b', '/ok?x=1', '/%2F%2Fevil.example', '/a/./b/../c', '/?next=//evil.example']
    for (const s of samples) {
      const out = safeRedirect(s, FALLBACK)
      expect(() => new Headers({ location: out })).not.toThrow()
      expect(new URL(out, 'https://aiviue.in').origin).toBe('https://aiviue.in')
    }
  })
})
