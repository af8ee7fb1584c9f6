import { subYears, format } from 'date-fns'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { getCandidateLocale, setCandidateLocale } from '../../server/candidate/candidate.repo'
import { findCity } from '../../server/master-data/cities'
import { hasHorizontalScroll, newContext, screenshot, seriousA11yViolations, useBrowserSuite, watchPage } from '../setup/browser'
import { completeBasicProfile, createCandidateActor, randomMobile, type Actor } from '../setup/fixtures'
import { readPdf } from '../setup/read-pdf'
import type { TestServer } from '../setup/test-server'

/**
 * The resume bot in Hindi on a 360×740 phone (issue 14 items 3 and 6): a delivery rider's whole
 * conversation answered in Hindi and Hinglish with every bot message in Hindi, the English /
 * हिंदी switch mid-conversation, and voice answers through a fake SpeechRecognition (the
 * transcript fills the field; the candidate sends it). Screenshots in test-results/screenshots.
 */

let server: TestServer
let browser: Browser
useBrowserSuite((suite) => ({ server, browser } = suite))

const PHONE = { width: 360, height: 740 }

async function newCandidate(name: string, locale: 'en' | 'hi'): Promise<Actor> {
  const actor = await createCandidateActor(server.services, { name, mobile: randomMobile() })
  await completeBasicProfile(server.services, actor, { cityId: findCity('Pune')!.id, roleSlug: 'delivery-boy', name })
  await setCandidateLocale(server.services.db, actor.id, locale)
  return actor
}

async function signedIn(actor: Actor, init?: string): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await newContext(browser, server.url, PHONE)
  const eq = actor.cookie.indexOf('=')
  await ctx.addCookies([{ name: actor.cookie.slice(0, eq), value: actor.cookie.slice(eq + 1), url: server.url }])
  if (init) await ctx.addInitScript(init)
  const page = await ctx.newPage()
  return { ctx, page, errors: watchPage(page).errors }
}

const composer = (page: Page) => page.getByTestId('composer')
// the chat's own words follow the page's language, which follows the chat's switch
const log = (page: Page) => page.getByRole('log', { name: /^(Conversation with AIVI|AIVI से बातचीत)$/ })

async function asked(page: Page, text: string | RegExp): Promise<void> {
  await page.getByTestId('live-question').filter({ hasText: text }).waitFor({ timeout: 15_000 })
  await expect.poll(() => page.getByText(/^(Sending…|भेज रहे हैं…)$/).count(), { timeout: 15_000 }).toBe(0)
}

async function tap(scope: Locator, name: string | RegExp): Promise<void> {
  await scope.getByRole('button', { name, exact: typeof name === 'string' }).click()
}

async function hydrated(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized === true)
}

/** The page's own words are in the account's language too (decision 017). */
async function startBot(page: Page, lang: 'en' | 'hi') {
  await page.goto('/resume')
  await hydrated(page)
  await page.getByRole('button', { name: lang === 'hi' ? 'AIVI bot के साथ बनाएँ' : 'Create with AIVI bot' }).click()
}

async function checkPage(page: Page, name: string) {
  expect(await hasHorizontalScroll(page), `sideways scroll on ${name}`).toBe(false)
  expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([])
  await screenshot(page, `chat-hindi-${name}`)
}

const languageButton = (page: Page, name: string) =>
  page.getByRole('group', { name: /^(Chat language|चैट की भाषा)$/ }).getByRole('button', { name: new RegExp(`^(Chat in ${name}|${name} में चैट करें)$`) })

/** A SpeechRecognition stand-in: says `window.__say` in the language asked for, then ends, as Chrome's does. */
const FAKE_SPEECH = `
  window.__speech = { langs: [], said: 'सुनील यादव' };
  class FakeRecognition {
    constructor() { this.lang = ''; this.onresult = null; this.onerror = null; this.onend = null }
    start() {
      window.__speech.langs.push(this.lang);
      setTimeout(() => {
        this.onresult && this.onresult({ results: [[{ transcript: window.__speech.said, confidence: 0.9 }]] });
        this.onend && this.onend();
      }, 50);
    }
    abort() { this.onend && this.onend() }
    stop() { this.onend && this.onend() }
  }
  window.SpeechRecognition = FakeRecognition;
  window.webkitSpeechRecognition = FakeRecognition;
`
const NO_SPEECH = `delete window.SpeechRecognition; delete window.webkitSpeechRecognition;`

describe('the resume bot in Hindi at 360×740', () => {
  it('a delivery rider answers in Hindi and Hinglish to the end: every bot message in Hindi, the resume saved, the PDF in English letters', async () => {
    const actor = await newCandidate('Meena Devi', 'hi')
    const { ctx, page, errors } = await signedIn(actor)
    await startBot(page, 'hi')

    await asked(page, 'पूरा नाम: Meena Devi — क्या यह सही है?')
    await log(page).getByText('नमस्ते Meena! मैं AIVI हूँ।', { exact: false }).waitFor()
    expect(await languageButton(page, 'हिंदी').getAttribute('aria-pressed')).toBe('true')
    await checkPage(page, '1-confirm-name')
    await tap(composer(page), 'हाँ, सही है')

    await asked(page, 'क्या आपके पास वैध ड्राइविंग लाइसेंस है?')
    await tap(composer(page), 'नहीं')
    await asked(page, 'क्या डिलीवरी के लिए आपके पास अपनी बाइक या स्कूटर')
    await tap(composer(page), 'हाँ')
    await asked(page, 'आपके पास कौन सी गाड़ी है?')
    await checkPage(page, '2-vehicle')
    await tap(composer(page), 'दोपहिया (बाइक / स्कूटर)')
    await asked(page, 'क्या आपके पास इंटरनेट वाला Android स्मार्टफ़ोन है?')
    await tap(composer(page), 'हाँ')

    await asked(page, 'आपकी जन्म तिथि क्या है?')
    const dob = composer(page).getByLabel('जन्म तिथि', { exact: true })
    await dob.fill(format(subYears(new Date(), 16), 'dd-MM-yyyy'))
    await tap(composer(page), 'भेजें')
    await log(page).getByText('आपकी उम्र कम से कम 18 साल होनी चाहिए').waitFor()
    await asked(page, 'आपकी जन्म तिथि क्या है?')
    await checkPage(page, '3-date-refused')
    await dob.fill('15-08-1998')
    await tap(composer(page), 'भेजें')

    await asked(page, 'आप Pune में रहते हैं — क्या यह सही है?')
    await tap(composer(page), 'हाँ, सही है')
    await asked(page, 'आप कौन-कौन सी भाषाएँ बोल सकते हैं?')
    await composer(page).getByText(/कम से कम \d+ (भाषा|भाषाएँ) चुनें/).waitFor()
    await tap(composer(page), 'Hindi')
    await composer(page).getByText('1 चुनी', { exact: false }).waitFor()
    await tap(composer(page), 'भेजें')

    await asked(page, 'आपने पहले कहाँ काम किया है?')
    // the work entries form speaks Hindi too: labels, the self-employed tick, placeholders, its buttons
    for (const label of ['कंपनी या मालिक', 'आपका काम', 'कब से', 'कब तक']) await composer(page).getByLabel(label, { exact: true }).waitFor()
    await composer(page).getByLabel('अपना काम', { exact: true }).waitFor()
    await composer(page).getByPlaceholder('जैसे डिलीवरी बॉय, ड्राइवर').waitFor()
    await composer(page).getByRole('button', { name: '+ एक और जोड़ें' }).waitFor()
    await composer(page).getByRole('button', { name: 'भेजें', exact: true }).waitFor()
    await composer(page).getByText('आपकी नौकरी', { exact: true }).waitFor()
    await composer(page).getByLabel('कंपनी या मालिक', { exact: true }).fill('Swiggy')
    await composer(page).getByLabel('आपका काम', { exact: true }).fill('डिलीवरी')
    await composer(page).getByLabel('अभी यहीं काम करता/करती हूँ', { exact: true }).check()
    await composer(page).getByText('कब तक: अभी भी', { exact: true }).waitFor()
    await checkPage(page, '4a-work-entries')
    expect(await composer(page).getByText(/\b(Send|Skip|Add another|Company|Currently|present)\b/).count()).toBe(0)
    await composer(page).getByLabel('अभी यहीं काम करता/करती हूँ', { exact: true }).uncheck()
    await composer(page).getByLabel('कंपनी या मालिक', { exact: true }).fill('')
    await composer(page).getByLabel('आपका काम', { exact: true }).fill('')
    await tap(composer(page), 'पहले काम नहीं किया')
    await asked(page, 'आपके पास कुल कितना काम का अनुभव है?')
    await composer(page).getByLabel('कुल अनुभव', { exact: true }).fill('डेढ़ साल')
    await checkPage(page, '4-experience')
    await tap(composer(page), 'भेजें')

    await asked(page, 'आपके लिए कौन सी शिफ्ट ठीक है?')
    await tap(composer(page), 'दिन की शिफ्ट')
    await asked(page, 'आपको कितनी सैलरी चाहिए?')
    await composer(page).getByLabel('उम्मीद की सैलरी', { exact: true }).fill('bees hazaar')
    await tap(composer(page), 'भेजें')
    await asked(page, 'अपने बारे में कुछ लाइनें लिखें')
    await tap(composer(page), 'छोड़ें')

    // the preview: labels and answers in Hindi
    await composer(page).getByRole('button', { name: 'सब ठीक है — सेव करें' }).waitFor()
    for (const shown of ['कुल अनुभव', '1 साल 6 महीने', '₹20,000 महीना', 'दिन की शिफ्ट', 'पहले काम नहीं किया']) await page.getByText(shown, { exact: true }).first().waitFor()
    await checkPage(page, '5-preview')
    await tap(composer(page), 'सब ठीक है — सेव करें')

    const download = page.getByTestId('resume-saved').getByRole('link', { name: 'PDF डाउनलोड करें' })
    await download.waitFor()
    await page.getByTestId('resume-saved').getByText('आपका resume सेव हो गया (वर्ज़न 1)।').waitFor()
    await screenshot(page, 'chat-hindi-6-saved')
    const pdf = await page.request.get((await download.getAttribute('href'))!)
    const { text } = await readPdf(new Uint8Array(await pdf.body()))
    expect(text).toContain('Meena Devi')
    expect(text).not.toMatch(/[\u0900-\u097F]/)
    expect(errors).toEqual([])
    await ctx.close()
  }, 120_000)

  it('the English / हिंदी switch re-asks the current question in Hindi; a reload and the account keep the choice', async () => {
    const actor = await newCandidate('Ravi Kumar', 'en')
    const { ctx, page, errors } = await signedIn(actor)
    await startBot(page, 'en')
    await asked(page, 'We have your full name as Ravi Kumar — is that right?')
    await tap(composer(page), 'Yes, that’s right')
    await asked(page, 'Do you have a valid driving licence?')

    await languageButton(page, 'हिंदी').click()
    await asked(page, 'क्या आपके पास वैध ड्राइविंग लाइसेंस है?')
    await expect.poll(() => languageButton(page, 'हिंदी').getAttribute('aria-pressed')).toBe('true')
    await composer(page).getByRole('button', { name: 'हाँ', exact: true }).waitFor()
    await checkPage(page, 'switched')
    await expect.poll(() => getCandidateLocale(server.services.db, actor.id)).toBe('hi')

    await page.reload()
    await hydrated(page)
    await asked(page, 'क्या आपके पास वैध ड्राइविंग लाइसेंस है?')
    await tap(composer(page), 'हाँ')
    await asked(page, /लाइसेंस की फ़ोटो या PDF अपलोड करें/)

    await languageButton(page, 'English').click()
    await asked(page, /Please upload a photo or PDF of your driving licence/)
    expect(errors).toEqual([])
    await ctx.close()
  }, 60_000)

  it('voice: the mic (hi-IN) fills the answer, nothing is sent until the candidate sends it, and the answer is accepted', async () => {
    const actor = await newCandidate('Sunil Yadav', 'hi')
    const { ctx, page, errors } = await signedIn(actor, FAKE_SPEECH)
    await startBot(page, 'hi')
    await asked(page, 'पूरा नाम: Sunil Yadav — क्या यह सही है?')
    await tap(composer(page), 'नहीं, बदलना है')
    await asked(page, 'आपका पूरा नाम क्या है')

    const field = composer(page).getByLabel('पूरा नाम', { exact: true })
    await field.fill('')
    await composer(page).getByRole('button', { name: 'बोलकर जवाब दें' }).click()
    await expect.poll(() => field.inputValue()).toBe('सुनील यादव')
    expect(await page.evaluate(() => (window as unknown as { __speech: { langs: string[] } }).__speech.langs)).toEqual(['hi-IN'])
    await screenshot(page, 'chat-hindi-voice-filled')
    // filled, not sent: the same question is still the one asked, no answer bubble
    expect(await log(page).getByText('सुनील यादव', { exact: true }).count()).toBe(0)

    await tap(composer(page), 'भेजें')
    await asked(page, 'क्या आपके पास वैध ड्राइविंग लाइसेंस है?')
    await log(page).getByText('सुनील यादव', { exact: true }).waitFor()
    expect(errors).toEqual([])
    await ctx.close()
  })

  it('voice: no mic where the browser has no speech recognition', async () => {
    const actor = await newCandidate('Asha Rani', 'en')
    const { ctx, page, errors } = await signedIn(actor, NO_SPEECH)
    await startBot(page, 'en')
    await asked(page, 'We have your full name as Asha Rani — is that right?')
    await tap(composer(page), 'No, change it')
    await asked(page, 'What is your full name')
    await composer(page).getByLabel('Full name', { exact: true }).waitFor()
    expect(await page.getByTestId('voice-button').count()).toBe(0)
    expect(errors).toEqual([])
    await ctx.close()
  })
})
