import { describe, expect, it } from 'vitest'
import { deviceKind, deviceLabel, ipPrefix } from './session-device'

const UA = {
  androidChrome: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
  iphoneSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
  samsung: 'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A515F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
}

describe('deviceLabel', () => {
  it('names the browser and the operating system people know', () => {
    expect(deviceLabel(UA.androidChrome)).toBe('Chrome on Android')
    expect(deviceLabel(UA.iphoneSafari)).toBe('Safari on iOS')
    expect(deviceLabel(UA.samsung)).toBe('Samsung Internet on Android')
    expect(deviceLabel(UA.edge)).toBe('Edge on Windows')
  })

  it('falls back when the header is missing or not a browser', () => {
    expect(deviceLabel(null)).toBe('Unknown device')
    expect(deviceLabel('   ')).toBe('Unknown device')
    expect(deviceLabel('curl/8.4.0')).toBe('Unknown device')
  })

  it('tells phones, tablets and computers apart', () => {
    expect(deviceKind(UA.androidChrome)).toBe('phone')
    expect(deviceKind(UA.ipad)).toBe('tablet')
    expect(deviceKind(UA.edge)).toBe('computer')
    expect(deviceKind(null)).toBe('unknown')
  })
})

describe('ipPrefix', () => {
  it('keeps only the IPv4 /24', () => {
    expect(ipPrefix('203.0.113.77')).toBe('203.0.113.x')
    expect(ipPrefix('::ffff:49.36.10.200')).toBe('49.36.10.x')
  })

  it('keeps only the IPv6 /48, with "::" expanded', () => {
    expect(ipPrefix('2405:201:abcd:12:3456::1')).toBe('2405:201:abcd::/48')
    expect(ipPrefix('2001:db8::1')).toBe('2001:db8:0::/48')
    expect(ipPrefix('::1')).toBe('0:0:0::/48')
  })

  it('drops anything that is not an address', () => {
    expect(ipPrefix('unknown')).toBeNull()
    expect(ipPrefix(undefined)).toBeNull()
  })
})
