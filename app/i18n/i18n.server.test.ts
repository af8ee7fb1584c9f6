import { describe, expect, it } from 'vitest'
import { localeCookie, localeOf } from './i18n.server'

const req = (headers: Record<string, string>) => new Request('http://localhost/', { headers })

describe('localeOf: account, then this device, then the browser, then English', () => {
  it('reads Accept-Language against the languages we have', async () => {
    expect(await localeOf(req({ 'accept-language': 'hi-IN,hi;q=0.9,en;q=0.8' }))).toBe('hi')
    expect(await localeOf(req({ 'accept-language': 'en-IN,en;q=0.9' }))).toBe('en')
    expect(await localeOf(req({ 'accept-language': 'ta-IN,hi;q=0.5' }))).toBe('hi')
    expect(await localeOf(req({ 'accept-language': 'fr-FR' }))).toBe('en')
    expect(await localeOf(req({}))).toBe('en')
  })

  it('the device cookie beats the header; an unknown cookie value is ignored', async () => {
    const hi = await localeCookie.serialize('hi')
    expect(await localeOf(req({ cookie: hi, 'accept-language': 'en-IN' }))).toBe('hi')
    const bogus = await localeCookie.serialize('xx')
    expect(await localeOf(req({ cookie: bogus, 'accept-language': 'hi' }))).toBe('hi')
    expect(await localeOf(req({ cookie: bogus }))).toBe('en')
  })

  it('the account’s language beats the device', async () => {
    const en = await localeCookie.serialize('en')
    expect(await localeOf(req({ cookie: en }), 'hi')).toBe('hi')
    expect(await localeOf(req({ cookie: en }), 'xx')).toBe('en')
  })
})
