import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applicationMessages, INLINE_APPLY_REFUSALS } from '../../tests/helpers/server-messages-applications'
import { resources, supportedLocales } from './i18n'
import { translateServerMessage, type ServerMessageCatalog } from './server-messages'

const catalog = (code: string) => (resources[code] as { serverMessages: ServerMessageCatalog }).serverMessages

describe('what the server says about applications, in the reader’s language', () => {
  it('examples: whole sentences, sentences around a job, and an employer’s own words kept', () => {
    const hi = catalog('hi')
    expect(translateServerMessage(hi, 'Application sent')).toBe('अर्ज़ी भेज दी गई')
    expect(translateServerMessage(hi, 'You applied for Delivery Rider at Swift Parcels.')).toBe('आपने Delivery Rider (Swift Parcels) के लिए अप्लाई किया।')
    expect(translateServerMessage(hi, 'This job needs at least 2 yrs of experience')).toBe('इस नौकरी के लिए कम से कम 2 साल का अनुभव चाहिए')
    expect(translateServerMessage(hi, 'Driver at Ola: Please come back next month.')).toBe('Driver (Ola): Please come back next month.')
    // the interview's day and time in Hindi words, through the pages' own date formatters
    expect(translateServerMessage(hi, 'Go for your interview on Tue, 14 Jan 2031 at 10:30 at Plot 12, MIDC and ask for Ramesh. Carry your resume and an ID proof.', 'hi')).toBe(
      'इंटरव्यू के लिए मंगलवार, 14 जनवरी 2031 को सुबह 10:30 बजे जाएँ, पता: Plot 12, MIDC, और Ramesh से मिलें। अपना resume और कोई ID proof साथ ले जाएँ।',
    )
    expect(translateServerMessage(hi, 'Security Guard at Hotel Taj at Mumbai: Mon, 1 Dec 2031 at 16:00, Gate 2.', 'hi')).toBe(
      'Security Guard (Hotel Taj at Mumbai): इंटरव्यू सोमवार, 1 दिसंबर 2031 को शाम 4:00 बजे, Gate 2।',
    )
  })

  it('the inline refusals are still what the service says', () => {
    const source = readFileSync('server/applications/applications.service.ts', 'utf8')
    for (const m of INLINE_APPLY_REFUSALS) expect(source, m).toContain(`'${m}'`)
  })

  for (const code of supportedLocales.filter((c) => c !== 'en')) {
    it(`${code}: every sentence about applying, applications and their notifications is translated`, () => {
      const produced = [...applicationMessages(), ...INLINE_APPLY_REFUSALS]
      expect(produced.length).toBeGreaterThan(80)
      // a catalog entry the same in both languages ("ITI") counts as known
      expect(produced.filter((m) => !(m in catalog(code)) && translateServerMessage(catalog(code), m) === m)).toEqual([])
    })
  }
})
