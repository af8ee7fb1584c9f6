import { describe, expect, it } from 'vitest'
import { CATEGORIES } from './categories'
import { MASTER_NAME_BOOKS, nameTranslations } from './master-data-names'
import { ROLES } from './roles'

describe('category and role names per language', () => {
  it('names every seeded category and role in every language, and nothing else', () => {
    for (const [language, book] of Object.entries(MASTER_NAME_BOOKS)) {
      expect(CATEGORIES.filter((c) => !book.categories[c.slug]?.trim()).map((c) => `${language}: ${c.slug}`)).toEqual([])
      expect(ROLES.filter((r) => !book.roles[r.slug]?.trim()).map((r) => `${language}: ${r.slug}`)).toEqual([])
      const slugs = new Set([...CATEGORIES.map((c) => c.slug), ...ROLES.map((r) => r.slug)])
      expect([...Object.keys(book.categories), ...Object.keys(book.roles)].filter((s) => !slugs.has(s))).toEqual([])
    }
  })

  it('writes Hindi names in Devanagari, one name per role', () => {
    const hi = MASTER_NAME_BOOKS.hi
    for (const name of [...Object.values(hi.categories), ...Object.values(hi.roles)]) expect(name).toMatch(/[\u0900-\u097F]/)
    const names = Object.values(hi.roles)
    expect(new Set(names).size).toBe(names.length)
  })

  it('builds the translations column for one row, leaving out languages without a name', () => {
    expect(nameTranslations('roles', 'delivery-boy')).toEqual({ hi: 'डिलीवरी बॉय' })
    expect(nameTranslations('categories', 'security-facility')).toEqual({ hi: 'सिक्योरिटी और हाउसकीपिंग' })
    const books = { hi: MASTER_NAME_BOOKS.hi, mr: { categories: {}, roles: { driver: 'चालक' } } }
    expect(nameTranslations('roles', 'driver', books)).toEqual({ hi: 'ड्राइवर (कार)', mr: 'चालक' })
    expect(nameTranslations('roles', 'delivery-boy', books)).toEqual({ hi: 'डिलीवरी बॉय' })
  })
})
