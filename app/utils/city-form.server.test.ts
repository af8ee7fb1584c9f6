import { describe, expect, it } from 'vitest'
import { optionalCityIdFromForm } from './city-form.server'

const form = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}

describe('optionalCityIdFromForm', () => {
  it('an emptied box clears the city, even when the hidden id still holds the old one', () => {
    expect(optionalCityIdFromForm(form({ cityId: 'pune-mh', cityName: '  ' }), 'city')).toBe('')
  })
  it('a picked city counts while the box still shows its name', () => {
    expect(optionalCityIdFromForm(form({ cityId: 'navi-mumbai-mh', cityName: 'navi mumbai' }), 'city')).toBe('navi-mumbai-mh')
  })
  it('typed text wins over a stale hidden id (no JavaScript: the hidden field keeps the first city)', () => {
    expect(optionalCityIdFromForm(form({ cityId: 'pune-mh', cityName: 'Bombay' }), 'city')).toBe('mumbai-mh')
  })
  it('text naming no place is null, so the form can say so instead of clearing the city', () => {
    expect(optionalCityIdFromForm(form({ cityId: '', cityName: 'Qwzxv' }), 'city')).toBeNull()
  })
})
