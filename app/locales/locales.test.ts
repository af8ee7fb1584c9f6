import { describe, expect, it } from 'vitest'
import { resources, supportedLocales } from '~/i18n/i18n'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(path, v)
    else for (const [p, s] of leaves(v, path)) out.set(p, s)
  }
  return out
}
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()

// the server-message catalogs are keyed by English sentences and checked in app/i18n/server-messages.test.ts
const pages = (code: string) => {
  const { serverMessages: _, ...rest } = resources[code] as Tree
  return rest
}
const english = leaves(pages('en'))

describe('message files', () => {
  it('offers English and Hindi', () => {
    expect(supportedLocales).toEqual(['en', 'hi'])
  })

  for (const code of supportedLocales.filter((c) => c !== 'en')) {
    it(`${code} has exactly the English keys, each non-empty, with the same placeholders`, () => {
      const other = leaves(pages(code))
      expect([...other.keys()].filter((k) => !english.has(k)), 'keys only in ' + code).toEqual([])
      expect([...english.keys()].filter((k) => !other.has(k)), 'keys missing from ' + code).toEqual([])
      for (const [key, text] of other) {
        expect(text.trim(), key).not.toBe('')
        expect(placeholders(text), key).toEqual(placeholders(english.get(key)!))
      }
    })
  }

  it('the check itself catches a missing key and a renamed placeholder', () => {
    const broken = leaves({ common: { a: 'x', b: 'Hello {{nme}}' } })
    const reference = leaves({ common: { a: 'x', b: 'Hello {{name}}', c: 'y' } })
    expect([...reference.keys()].filter((k) => !broken.has(k))).toEqual(['common.c'])
    expect(placeholders(broken.get('common.b')!)).not.toEqual(placeholders(reference.get('common.b')!))
  })
})
