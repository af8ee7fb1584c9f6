import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AUTH_MESSAGES, candidateSignUpInput } from '#server/auth/auth.router'
import { consumeOrThrow } from '#server/auth/rate-limit'
import { zMobile } from '#server/candidate/mobile'
import { makeProfileSchemas } from '#server/candidate/profile-schema'
import { pinCityMismatch } from '#server/normalise/pin-code'
import { checkUpload, LICENCE_MIME_TYPES, PHOTO_MIME_TYPES, RESUME_MIME_TYPES } from '#server/storage/file-checks'
import { RateLimiterMemory } from 'rate-limiter-flexible'
import { applicationMessages, INLINE_APPLY_REFUSALS } from '../../tests/helpers/server-messages-applications'
import { resources, supportedLocales } from './i18n'
import { translateServerMessage, type ServerMessageCatalog } from './server-messages'

const catalog = (code: string) => (resources[code] as { serverMessages: ServerMessageCatalog }).serverMessages

function messagesOf(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.success ? [] : result.error!.issues.map((i) => i.message)
}

/** what sign-up, login and the basic-profile gate really say, produced by the real validators */
async function producedMessages(): Promise<string[]> {
  const out = new Set<string>()
  for (const m of ['', '1', '12345', '5876543210', '0123456789', '+44 7911 123456', '98765abc10', '1800123456', '02226543210', '987654321012345'])
    messagesOf(zMobile.safeParse(m)).forEach((x) => out.add(x))
  for (const fullName of ['', 'A', 'R@vi', 'x'.repeat(81)]) messagesOf(candidateSignUpInput.safeParse({ mobile: '9876543210', fullName })).forEach((x) => out.add(x))
  const { basicProfile, profileUpdate } = makeProfileSchemas(new Date('2026-12-07T00:00:00Z'))
  for (const input of [
    {},
    { name: '', currentCityId: '', pinCode: '', preferredCategoryId: '', preferredRoleId: '', preferredCityIds: [] },
    { name: 'A', pinCode: '012345', preferredCategoryId: 'x', preferredRoleId: 'y', preferredCityIds: ['a', 'b', 'c', 'd', 'e', 'f'] },
    { name: 'R@vi', pinCode: '12' },
    { name: 'x'.repeat(81) },
  ])
    messagesOf(basicProfile.safeParse(input)).forEach((x) => out.add(x))
  for (const dateOfBirth of ['', '31-02-2000', '1995/08/15', '01-01-2030', '01-01-2015', '01-01-1900']) messagesOf(profileUpdate.safeParse({ dateOfBirth })).forEach((x) => out.add(x))
  messagesOf(profileUpdate.safeParse({ email: 'not-an-email' })).forEach((x) => out.add(x))
  Object.values(AUTH_MESSAGES).forEach((x) => out.add(x))
  for (const [pin, city] of [
    ['110001', { name: 'Mumbai', state: 'Maharashtra' }],
    ['400001', { name: 'Agra', state: 'Uttar Pradesh' }],
    ['560001', { name: 'Indore', state: 'Madhya Pradesh' }],
    ['781001', { name: 'Patna', state: 'Bihar' }],
  ] as const) {
    const m = pinCityMismatch(pin, city)
    if (m) out.add(m)
  }
  // the upload routes' file checks
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Array(40).fill(0)])
  const pdf = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')
  for (const [buf, allowed] of [
    [new Uint8Array(0), RESUME_MIME_TYPES],
    [new Uint8Array(2_140_000), RESUME_MIME_TYPES],
    [new Uint8Array(3_500_000), LICENCE_MIME_TYPES],
    [new TextEncoder().encode('just some text, not a file type'), PHOTO_MIME_TYPES],
    [png, RESUME_MIME_TYPES],
    [pdf, PHOTO_MIME_TYPES],
  ] as const) {
    const r = await checkUpload(buf, { allowed, maxBytes: 2 * 1024 * 1024 })
    if (!r.ok) out.add(r.message)
  }
  // applying and applications (app/i18n/server-messages-applications.test.ts)
  for (const x of [...applicationMessages(), ...INLINE_APPLY_REFUSALS]) out.add(x)
  for (const duration of [30, 600, 7200]) {
    const limiter = new RateLimiterMemory({ points: 1, duration })
    await consumeOrThrow([[limiter, 'k']])
    await consumeOrThrow([[limiter, 'k']]).catch((e: Error) => out.add(e.message))
  }
  return [...out]
}

function serverSources(dir = path.resolve('server')): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? serverSources(path.join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? readFileSync(path.join(dir, e.name), 'utf8') : ''))
    .join('\n')
}

describe('server messages in the reader’s language', () => {
  it('exact sentences and sentences with a varying part', () => {
    const hi = catalog('hi')
    expect(translateServerMessage(hi, 'Enter your name')).toBe('अपना नाम डालें')
    expect(translateServerMessage(hi, 'A mobile number has 10 digits; this one has 9 digits')).toBe('मोबाइल नंबर में 10 अंक होते हैं; इसमें 9 अंक हैं')
    expect(translateServerMessage(hi, 'Too many attempts. Please try again in 3 hours.')).toBe('बहुत ज़्यादा कोशिशें हो गईं। कृपया 3 घंटे बाद फिर कोशिश करें।')
    // unknown: shown as it is; English: as it is
    expect(translateServerMessage(hi, 'Something new (a.b*c)')).toBe('Something new (a.b*c)')
    expect(translateServerMessage(catalog('en'), 'Enter your name')).toBe('Enter your name')
    // the chat's progress while a resume is read
    expect(translateServerMessage(hi, 'Found 7 details in your resume')).toBe('आपके resume में 7 जानकारियाँ मिलीं')
    // a list of choices joined again with the page's "or"
    expect(translateServerMessage(hi, 'This file is PNG, not PDF. Please upload a PDF file.')).toBe('यह फ़ाइल PNG है, PDF नहीं। कृपया PDF फ़ाइल अपलोड करें।')
    expect(translateServerMessage(hi, "We could not recognise this file's type. Please upload a JPEG, PNG or WebP file.", 'hi')).toBe(
      'इस फ़ाइल का प्रकार पहचान में नहीं आया। कृपया JPEG, PNG या WebP फ़ाइल अपलोड करें।',
    )
  })

  for (const code of supportedLocales.filter((c) => c !== 'en')) {
    it(`${code}: everything sign-up, login and the basic profile can say is translated`, async () => {
      const produced = await producedMessages()
      expect(produced.length).toBeGreaterThan(20)
      const untranslated = produced.filter((m) => translateServerMessage(catalog(code), m) === m)
      expect(untranslated).toEqual([])
    })

    it(`${code}: every catalog entry is a sentence the server can still say, with the same placeholders`, async () => {
      const source = serverSources()
      const produced = await producedMessages()
      for (const [key, text] of Object.entries(catalog(code))) {
        // said by a validator above, or (its fixed head, before any placeholder) still in the source
        const said = produced.some((m) => translateServerMessage({ [key]: text }, m) !== m)
        const fixed = key.split('{{')[0].replace(/[;.,]?\s*$/, '')
        expect(said || source.includes(fixed), key).toBe(true)
        // the same placeholders, in any order: Hindi puts the verb last ("{{anchor}} से {{km}} km")
        expect([...text.matchAll(/\{\{\s*(\w+)\s*(?:,\s*\w+\s*)?\}\}/g)].map((m) => m[1]).sort(), key).toEqual([...key.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort())
      }
    })
  }
})
