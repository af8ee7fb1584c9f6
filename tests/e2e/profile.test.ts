import { randomInt } from 'node:crypto'
import type { Browser, Page } from 'playwright-core'
import { jsPDF } from 'jspdf'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { verhoeffCheckDigit } from '../../server/candidate/aadhaar'
import { DESKTOP, hasHorizontalScroll, newContext, PHONE, screenshot, seriousA11yViolations, useBrowserSuite, watchPage, watchScripts, withTimeouts } from '../setup/browser'
import { randomMobile } from '../setup/fixtures'
import type { TestServer } from '../setup/test-server'

let server: TestServer
let browser: Browser
useBrowserSuite((suite) => ({ server, browser } = suite))

function validAadhaar(): string {
  const body = `${2 + randomInt(8)}${String(randomInt(0, 1e10)).padStart(10, '0')}`
  return `${body}${verhoeffCheckDigit(body)}`
}
const validPan = () => `ABC${'P'}${String.fromCharCode(65 + randomInt(26))}${String(randomInt(1000, 9999))}${String.fromCharCode(65 + randomInt(26))}`

/** A 900×600 photo: left half purple, right half teal, so a crop is visibly a crop. */
async function testPhoto(): Promise<Buffer> {
  const width = 900
  const height = 600
  const raw = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set(x < width / 2 ? [110, 40, 200] : [20, 180, 160], (y * width + x) * 3)
  return sharp(raw, { raw: { width, height, channels: 3 } }).png().toBuffer()
}

async function pickFromCombobox(page: Page, label: string, typed: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: label })
  await box.click()
  await box.pressSequentially(typed, { delay: 20 })
  await page.getByRole('option', { name: option }).first().click()
}

const region = (page: Page, name: string) => page.getByRole('region', { name })

/**
 * NOTE: with `isMobile` Chromium widens the layout viewport to fit overflowing content (so
 * `innerWidth` grows with it); compare with the configured viewport width as well.
 */
async function expectNoSideScroll(page: Page, what: string) {
  const width = page.viewportSize()?.width ?? 0
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(scrollWidth, `page width on ${what}`).toBeLessThanOrEqual(width)
  expect(await hasHorizontalScroll(page), `horizontal scroll on ${what}`).toBe(false)
}

describe('candidate journey: sign up → gate → Home → Profile → log out → log in', () => {
  for (const [label, viewport] of [
    ['360', PHONE],
    ['1280', DESKTOP],
  ] as const) {
    it(`works end to end at ${label}px`, { timeout: 120_000 }, async () => {
      const ctx = await newContext(browser, server.url, viewport)
      const page = await ctx.newPage()
      const watch = watchPage(page)
      const mobile = randomMobile()
      const name = label === '360' ? 'Ravi Kumar' : 'Ravi Shankar'

      // ── sign up ──
      await page.goto('/signup')
      await page.getByLabel('Mobile number').fill(mobile.replace('+91', '+91 '))
      await page.getByLabel('Full name').fill(name)
      await page.getByRole('button', { name: 'Sign up' }).click()
      await page.waitForURL('**/onboarding')

      // ── basic-profile gate: every candidate page redirects here until it is done ──
      await page.goto('/profile')
      // …and comes back to the page asked for once it is passed
      await page.waitForURL(/\/onboarding\?redirectTo=%2Fprofile$/)
      await pickFromCombobox(page, 'Current location', 'Pune', /^Pune\b/)
      await page.getByLabel('PIN code').fill('411001')
      await page.getByLabel('Preferred job category').selectOption({ label: 'Delivery & Logistics' })
      await page.getByLabel('Preferred job role').selectOption({ label: 'Delivery Boy' })
      await pickFromCombobox(page, 'Preferred job locations', 'Mumbai', /^Mumbai\b/)
      await expectNoSideScroll(page, 'onboarding')
      await screenshot(page, `journey-${label}-onboarding`)
      await page.getByRole('button', { name: 'Continue' }).click()
      await page.waitForURL('**/profile')
      await page.getByRole('heading', { name: 'My profile', level: 1 }).waitFor()
      await page.goto('/home')
      await expect(page.getByTestId('profile-completeness').innerText()).resolves.toMatch(/\d+%/)
      await expectNoSideScroll(page, 'home')

      // ── Profile ──
      // header nav on desktop, bottom tab bar on phones: whichever is visible
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile', exact: true }).filter({ visible: true }).click()
      await page.waitForURL('**/profile')
      await page.getByRole('heading', { name: 'My profile', level: 1 }).waitFor()
      const mobileField = page.getByLabel('Mobile number')
      expect(await mobileField.getAttribute('readonly')).not.toBeNull()
      expect(await mobileField.inputValue()).toBe(`+91 ${mobile.slice(3, 8)} ${mobile.slice(8)}`)
      await expect(page.getByText('It cannot be changed').count()).resolves.toBeGreaterThan(0)
      await expect(page.getByLabel('Current location').inputValue()).resolves.toBe('Pune')
      await expectNoSideScroll(page, 'profile')
      expect(await seriousA11yViolations(page)).toEqual([])

      // photo: choose → crop square → upload → shown
      await page.getByTestId('photo-input').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: await testPhoto() })
      const dialog = page.getByRole('dialog', { name: 'Crop your photo' })
      await dialog.waitFor()
      await dialog.getByLabel('Zoom').fill('1.5')
      await expectNoSideScroll(page, 'crop dialog')
      await screenshot(page, `journey-${label}-crop`)
      await dialog.getByRole('button', { name: 'Save photo' }).click()
      await page.getByText('Your photo was updated.').waitFor()
      expect(await dialog.count()).toBe(0)
      // the 96 px picture asks for the 96 px copy; a dense screen may take a larger one from srcset
      const src = await page.getByTestId('profile-photo').getAttribute('src')
      expect(src).toMatch(/^\/files\/[0-9a-f-]{36}\?size=96$/)
      const master = src!.replace(/\?.*$/, '')
      expect(await page.getByTestId('profile-photo').getAttribute('srcset')).toContain(`${master} 512w`)
      const served = await page.request.get(master)
      expect(served.status()).toBe(200)
      expect(served.headers()['content-type']).toBe('image/webp')
      // zoomed in (1.5×) on a 600 px tall photo the crop covers 400 source pixels: still stored at 512
      const meta = await sharp(await served.body()).metadata()
      expect([meta.width, meta.height]).toEqual([512, 512])
      // the header avatar follows (loaders revalidated), at its own size
      await expect(page.getByRole('button', { name: 'Account menu' }).locator('img').getAttribute('src')).resolves.toBe(`${master}?size=48`)

      // Aadhaar / PAN: saved, then only ever shown masked
      const aadhaar = validAadhaar()
      const pan = validPan()
      const ids = region(page, 'Identity documents')
      await ids.getByLabel('Aadhaar number').fill(`${aadhaar.slice(0, 4)} ${aadhaar.slice(4, 8)} ${aadhaar.slice(8)}`)
      await ids.getByLabel('PAN').fill(pan.toLowerCase())
      await ids.getByRole('button', { name: 'Save' }).click()
      await ids.getByText(`Saved: XXXX XXXX ${aadhaar.slice(-4)}`).waitFor()

      // rich text: bold + a bullet list
      const about = region(page, 'About you')
      const editor = about.getByTestId('about-editor')
      await editor.click()
      const bold = about.getByRole('button', { name: 'Bold' })
      await bold.click()
      expect(await bold.getAttribute('aria-pressed')).toBe('true')
      await page.keyboard.type('Reliable rider')
      await bold.click()
      expect(await bold.getAttribute('aria-pressed')).toBe('false')
      await page.keyboard.press('Enter')
      await about.getByRole('button', { name: 'Bullet list' }).click()
      await page.keyboard.type('Two-wheeler licence')
      await page.keyboard.press('Enter')
      await page.keyboard.type('Knows Pune well')
      await about.getByRole('button', { name: 'Save' }).click()
      await about.getByText('Saved ✓').waitFor()

      // personal: salary, an underage DOB first (refused with its message), languages as tags
      const personal = region(page, 'Personal details')
      await personal.getByLabel('Current monthly salary (₹)').fill('18,000')
      const underage = new Date()
      const dob = personal.getByLabel('Date of birth', { exact: true })
      await dob.fill('')
      await dob.pressSequentially(`0101${underage.getFullYear() - 10}`)
      expect(await dob.inputValue()).toBe(`01-01-${underage.getFullYear() - 10}`)
      const langs = personal.getByRole('combobox', { name: 'Languages known' })
      await langs.click()
      await langs.pressSequentially('Ta')
      await page.getByRole('option', { name: 'Tamil' }).click()
      await langs.pressSequentially('hindi')
      await langs.press('Enter')
      await langs.pressSequentially('Saurashtra')
      await langs.press('Enter')
      expect(await personal.getByTestId('language-tags').innerText()).toMatch(/Tamil[\s\S]*Hindi[\s\S]*Saurashtra/)
      await personal.getByRole('button', { name: 'Save' }).click()
      await personal.getByText('You must be at least 18 years old').waitFor()
      await dob.fill('15-08-1995')
      await personal.getByRole('button', { name: 'Save' }).click()
      await personal.getByText('Saved ✓').waitFor()
      await expectNoSideScroll(page, 'profile after edits')

      // ── reload: everything is there, PII only masked ──
      await page.reload()
      const html = await page.content()
      expect(html).not.toContain(aadhaar)
      expect(html).not.toContain(pan)
      const idsAfter = region(page, 'Identity documents')
      await expect(idsAfter.getByTestId('aadhaar-saved').innerText()).resolves.toBe(`Saved: XXXX XXXX ${aadhaar.slice(-4)}`)
      await expect(idsAfter.getByTestId('pan-saved').innerText()).resolves.toBe(`Saved: XXXXXX${pan.slice(-4)}`)
      expect(await idsAfter.getByLabel('Aadhaar number').inputValue()).toBe('')
      expect(await idsAfter.getByLabel('Aadhaar number').getAttribute('placeholder')).toBe(`XXXX XXXX ${aadhaar.slice(-4)} saved — enter a new number to replace`)
      const editorHtml = await region(page, 'About you').getByTestId('about-editor').innerHTML()
      expect(editorHtml).toContain('<strong>Reliable rider</strong>')
      expect(editorHtml).toMatch(/<ul><li><p>Two-wheeler licence<\/p><\/li><li><p>Knows Pune well<\/p><\/li><\/ul>/)
      const personalAfter = region(page, 'Personal details')
      expect(await personalAfter.getByLabel('Date of birth', { exact: true }).inputValue()).toBe('15-08-1995')
      expect(await personalAfter.getByLabel('Current monthly salary (₹)').inputValue()).toBe('18000')
      expect(await personalAfter.getByTestId('language-tags').innerText()).toMatch(/Tamil[\s\S]*Hindi[\s\S]*Saurashtra/)

      const row = await server.services.db
        .selectFrom('candidates')
        .select(['about_html', 'languages', 'date_of_birth', 'current_salary_monthly', 'aadhaar_enc', 'aadhaar_last4', 'pan_last4'])
        .where('mobile', '=', mobile)
        .executeTakeFirstOrThrow()
      expect(row).toMatchObject({ languages: ['Tamil', 'Hindi', 'Saurashtra'], date_of_birth: '1995-08-15', current_salary_monthly: 18000, aadhaar_last4: aadhaar.slice(-4), pan_last4: pan.slice(-4) })
      expect(row.aadhaar_enc).not.toContain(aadhaar)
      expect(row.about_html).toContain('<strong>Reliable rider</strong>')
      expect(await seriousA11yViolations(page)).toEqual([])
      await screenshot(page, `journey-${label}-profile`)

      // ── log out (avatar menu) → log in again ──
      await page.getByRole('button', { name: 'Account menu' }).click()
      await page.getByRole('menuitem', { name: 'Log out' }).click()
      await page.waitForURL('**/candidate')
      await page.goto('/profile')
      await page.waitForURL(/\/login\?redirectTo=%2Fprofile/)
      await page.getByLabel('Mobile number').fill(mobile.slice(3))
      await page.getByRole('button', { name: 'Log in' }).click()
      await page.waitForURL('**/profile')
      await expect(page.getByTestId('profile-photo').getAttribute('src')).resolves.toBe(src)
      await expect(region(page, 'Identity documents').getByTestId('aadhaar-saved').innerText()).resolves.toContain(aadhaar.slice(-4))

      expect(watch.errors).toEqual([])
      await ctx.close()
    })
  }
})

/** A new delivery candidate in Chennai, through the gate to Home; returns the mobile. */
async function signUpInChennai(page: Page, name: string): Promise<string> {
  await page.goto('/signup')
  const mobile = randomMobile()
  await page.getByLabel('Mobile number').fill(mobile)
  await page.getByLabel('Full name').fill(name)
  await page.getByRole('button', { name: 'Sign up' }).click()
  await page.waitForURL('**/onboarding')
  await pickFromCombobox(page, 'Current location', 'Chennai', /^Chennai\b/)
  await page.getByLabel('PIN code').fill('600001')
  await page.getByLabel('Preferred job category').selectOption({ label: 'Delivery & Logistics' })
  await page.getByLabel('Preferred job role').selectOption({ label: 'Delivery Boy' })
  await pickFromCombobox(page, 'Preferred job locations', 'Chennai', /^Chennai\b/)
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.waitForURL('**/home')
  return mobile
}

/** Whether the page's beforeunload handling would ask before a reload or closing the tab. */
const wouldAskBeforeUnload = (page: Page) =>
  page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(event)
    return event.defaultPrevented
  })

describe('profile page details', () => {
  it('an edit not saved yet is marked, survives saving another section, and leaving asks first', { timeout: 60_000 }, async () => {
    const ctx = await newContext(browser, server.url, PHONE)
    const page = await ctx.newPage()
    const watch = watchPage(page)
    const mobile = await signUpInChennai(page, 'Kavya Menon')
    await page.goto('/profile')
    const basic = region(page, 'Basic details')
    const location = region(page, 'Location')
    const status = (section: typeof basic) => section.getByRole('status').first()
    expect(await status(basic).innerText()).toBe('')
    expect(await wouldAskBeforeUnload(page)).toBe(false)

    await basic.getByLabel('Email (optional)').fill('kavya@example.com')
    await basic.getByText('Unsaved changes').waitFor()
    expect(await wouldAskBeforeUnload(page)).toBe(true)

    // saving another section keeps the typed email and its mark
    await location.getByLabel('PIN code').fill('600002')
    await location.getByRole('button', { name: 'Save' }).click()
    await location.getByText('Saved ✓').waitFor()
    expect(await basic.getByLabel('Email (optional)').inputValue()).toBe('kavya@example.com')
    expect(await status(basic).innerText()).toBe('Unsaved changes')

    // a link away asks; staying keeps everything
    const asked: string[] = []
    page.once('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.dismiss()
    })
    await page.getByRole('link', { name: 'Home', exact: true }).first().click()
    await expect.poll(() => asked.length).toBe(1)
    expect(asked[0]).toMatch(/not saved yet/)
    expect(new URL(page.url()).pathname).toBe('/profile')
    expect(await basic.getByLabel('Email (optional)').inputValue()).toBe('kavya@example.com')

    // once saved, nothing asks
    await basic.getByRole('button', { name: 'Save' }).click()
    await basic.getByText('Saved ✓').waitFor()
    expect(await wouldAskBeforeUnload(page)).toBe(false)
    await page.getByRole('link', { name: 'Home', exact: true }).first().click()
    await page.waitForURL('**/home')
    expect(asked).toHaveLength(1)
    const row = await server.services.db.selectFrom('candidates').select(['email', 'pin_code']).where('mobile', '=', mobile).executeTakeFirstOrThrow()
    expect(row).toEqual({ email: 'kavya@example.com', pin_code: '600002' })
    expect(watch.errors).toEqual([])
    await ctx.close()
  })

  it('the rich-text editor comes after the page: a phone downloads little script first, and text typed in the plain box meanwhile is kept and saved', { timeout: 60_000 }, async () => {
    const ctx = await newContext(browser, server.url, PHONE)
    const page = await ctx.newPage()
    const watch = watchPage(page)
    const mobile = await signUpInChennai(page, 'Meena Iyer')
    // the editor's chunk (tiptap, ≈ 300 KB) is held back until the plain box has been used
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    let requested = false
    await page.route(/\/rich-text-editor-[\w-]+\.js$/, async (route) => {
      requested = true
      await held
      await route.continue()
    })
    const scripts = watchScripts(page)
    await page.goto('/profile')
    const about = region(page, 'About you')
    await about.locator('[data-editor="loading"]').waitFor()
    // the page asks for the editor once it is up, not as part of it
    await expect.poll(() => requested).toBe(true)
    const sizes = await scripts.sizes()
    const total = sizes.reduce((sum, [, n]) => sum + n, 0)
    expect(sizes.some(([path]) => path.includes('rich-text-editor'))).toBe(false)
    expect(total, `scripts: ${JSON.stringify([...sizes].sort((a, b) => b[1] - a[1]).slice(0, 3))}`).toBeLessThan(700_000)

    await about.getByLabel('About you').fill('Calm under pressure.\n- Knows Chennai')
    release()
    // the editor arrived while the box was in use: the box stays, with what was typed
    await about.locator('[data-editor="plain"]').waitFor()
    expect(await about.getByTestId('about-editor').count()).toBe(0)
    expect(await about.getByLabel('About you').inputValue()).toBe('Calm under pressure.\n- Knows Chennai')
    await about.getByRole('button', { name: 'Save' }).click()
    await about.getByText('Saved ✓').waitFor()
    const row = await server.services.db.selectFrom('candidates').select('about_html').where('mobile', '=', mobile).executeTakeFirstOrThrow()
    expect(row.about_html).toBe('<p>Calm under pressure.</p><ul><li><p>Knows Chennai</p></li></ul>')

    // next visit, nobody typing: the editor replaces the box, with the saved text
    await page.reload()
    const editor = region(page, 'About you').getByTestId('about-editor')
    await editor.waitFor()
    expect(await editor.innerHTML()).toMatch(/<p>Calm under pressure\.<\/p><ul><li><p>Knows Chennai<\/p><\/li><\/ul>/)
    expect(await region(page, 'About you').locator('[data-editor="rich"]').count()).toBe(1)
    expect(watch.errors).toEqual([])
    await ctx.close()
  })

  it('the editor\'s chunk lost on the network: the plain box stays and saves', { timeout: 60_000 }, async () => {
    const ctx = await newContext(browser, server.url, PHONE)
    const page = await ctx.newPage()
    const mobile = await signUpInChennai(page, 'Selvi Raj')
    await page.route(/\/rich-text-editor-[\w-]+\.js$/, (route) => route.abort('connectionreset'))
    await page.goto('/profile')
    const about = region(page, 'About you')
    await about.locator('[data-editor="plain"]').waitFor()
    await about.getByLabel('About you').fill('Night shifts are fine.')
    await about.getByRole('button', { name: 'Save' }).click()
    await about.getByText('Saved ✓').waitFor()
    const row = await server.services.db.selectFrom('candidates').select('about_html').where('mobile', '=', mobile).executeTakeFirstOrThrow()
    expect(row.about_html).toBe('<p>Night shifts are fine.</p>')
    await ctx.close()
  })

  it('Aadhaar/PAN, email and PIN errors show their messages; Remove clears Aadhaar; a resume PDF uploads from Documents', { timeout: 60_000 }, async () => {
    const ctx = await newContext(browser, server.url, PHONE)
    const page = await ctx.newPage()
    const watch = watchPage(page)
    const mobile = await signUpInChennai(page, 'Meena Pillai')
    await page.goto('/profile')

    const ids = region(page, 'Identity documents')
    const good = validAadhaar()
    const wrongCheck = `${good.slice(0, 11)}${(Number(good[11]) + 1) % 10}`
    await ids.getByLabel('Aadhaar number').fill(wrongCheck)
    await ids.getByLabel('PAN').fill('ABCDE1234')
    await ids.getByRole('button', { name: 'Save' }).click()
    await ids.getByText('This is not a valid Aadhaar number; please check the digits').waitFor()
    await ids.getByText('A PAN has 10 characters; this one has 9').waitFor()

    await ids.getByLabel('Aadhaar number').fill(good)
    await ids.getByLabel('PAN').fill('')
    await ids.getByRole('button', { name: 'Save' }).click()
    await ids.getByTestId('aadhaar-saved').waitFor()
    await ids.getByRole('button', { name: 'Remove Aadhaar' }).click()
    await ids.getByTestId('aadhaar-saved').waitFor({ state: 'detached' })
    const row = await server.services.db.selectFrom('candidates').select(['aadhaar_enc', 'aadhaar_last4']).where('mobile', '=', mobile).executeTakeFirstOrThrow()
    expect(row).toEqual({ aadhaar_enc: null, aadhaar_last4: null })

    // a bad email and an invalid PIN in their sections
    const basic = region(page, 'Basic details')
    await basic.getByLabel('Email (optional)').fill('not-an-email')
    await basic.getByRole('button', { name: 'Save' }).click()
    await basic.getByText('Enter a valid email address, e.g. name@example.com').waitFor()
    const location = region(page, 'Location')
    await location.getByLabel('PIN code').fill('012345')
    await location.getByRole('button', { name: 'Save' }).click()
    await location.getByText('A PIN code has 6 digits and does not start with 0').waitFor()
    // fixing a field takes its old message away before the next save
    await location.getByLabel('PIN code').fill('600001')
    await location.getByText('A PIN code has 6 digits and does not start with 0').waitFor({ state: 'detached' })
    expect(await location.getByLabel('PIN code').getAttribute('aria-invalid')).toBeNull()
    // a PIN from another state is explained, not saved
    await location.getByLabel('PIN code').fill('110001')
    await location.getByRole('button', { name: 'Save' }).click()
    await location.getByText('110001 is a Delhi PIN code, but your city is Chennai. Please check the PIN code or the city.').waitFor()
    await screenshot(page, 'profile-pin-city-mismatch-360')
    await expect.poll(() => location.getByLabel('PIN code').getAttribute('aria-invalid')).toBe('true')
    expect((await server.services.db.selectFrom('candidates').select('pin_code').where('mobile', '=', mobile).executeTakeFirstOrThrow()).pin_code).toBe('600001')
    await location.getByLabel('PIN code').fill('600001')
    await location.getByRole('button', { name: 'Save' }).click()
    await location.getByText('Saved ✓').waitFor()

    // Documents: a text file is refused in place; a real PDF continues on My Resume
    const docs = region(page, 'Documents')
    const resumeInput = docs.getByLabel('Upload resume / BioData (PDF)')
    await resumeInput.setInputFiles({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not really a pdf\n'.repeat(50)) })
    await docs.getByRole('button', { name: 'Upload PDF' }).click()
    await docs.getByRole('alert').filter({ hasText: /PDF/ }).waitFor()
    expect(page.url()).toMatch(/\/profile$/)
    const pdf = new jsPDF()
    pdf.text(['Meena Pillai', 'Chennai', 'Delivery executive, 2 years at Swiggy', 'Languages: Tamil, English'], 20, 20)
    await resumeInput.setInputFiles({ name: 'meena.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf.output('arraybuffer')) })
    // the refused email and PIN above are still unsaved: going on to My Resume asks first
    const asked: string[] = []
    page.once('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.accept()
    })
    await docs.getByRole('button', { name: 'Upload PDF' }).click()
    await page.waitForURL('**/resume?upload=uploaded')
    expect(asked).toHaveLength(1)
    // the refused upload is the only thing the browser reports (it logs every non-2xx fetch)
    expect(watch.errors).toEqual(['console: Failed to load resource: the server responded with a status of 415 (Unsupported Media Type)'])
    await ctx.close()
  })

  it('works without JavaScript: plain forms save, the photo form posts the file, the about field is a textarea', { timeout: 60_000 }, async () => {
    const ctx = await browser.newContext({ baseURL: server.url, viewport: PHONE, javaScriptEnabled: false })
    withTimeouts(ctx)
    const page = await ctx.newPage()
    await page.goto('/signup')
    const mobile = randomMobile()
    await page.getByLabel('Mobile number').fill(mobile)
    await page.getByLabel('Full name').fill('Arjun Das')
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.waitForURL('**/onboarding')
    // without JS the city pickers are text fields the server resolves
    await page.getByLabel('Current location').fill('Kolkata')
    await page.getByLabel('PIN code').fill('700001')
    await page.getByLabel('Preferred job category').selectOption({ label: 'Delivery & Logistics' })
    await page.getByLabel('Preferred job role').selectOption({ label: 'Delivery Boy' })
    await page.getByLabel('Preferred job locations').fill('Kolkata, Howrah')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.waitForURL('**/home')
    await page.goto('/profile')

    await region(page, 'Profile photo').locator('input[type=file]').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: await testPhoto() })
    await page.getByRole('button', { name: 'Upload photo' }).click()
    await page.waitForURL('**/profile?photo=saved')
    await page.getByText('Your photo was updated.').waitFor()
    expect(await page.getByTestId('profile-photo').getAttribute('src')).toMatch(/^\/files\//)

    const about = region(page, 'About you')
    await about.getByLabel('About you').fill('Honest and punctual.\n- Own bike\n- Knows Kolkata')
    await about.getByRole('button', { name: 'Save' }).click()
    await page.waitForLoadState('load')
    const personal = region(page, 'Personal details')
    await personal.getByLabel('Languages known').fill('Bangla, English')
    await personal.getByLabel('Date of birth', { exact: true }).fill('01-02-1990')
    await personal.getByRole('button', { name: 'Save' }).click()
    await page.waitForLoadState('load')
    const row = await server.services.db.selectFrom('candidates').select(['about_html', 'languages', 'date_of_birth']).where('mobile', '=', mobile).executeTakeFirstOrThrow()
    expect(row).toEqual({ about_html: '<p>Honest and punctual.</p><ul><li><p>Own bike</p></li><li><p>Knows Kolkata</p></li></ul>', languages: ['Bengali', 'English'], date_of_birth: '1990-02-01' })
    await ctx.close()
  })
})
