import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { hasHorizontalScroll, newContext, PHONE, screenshot, seriousA11yViolations, useBrowserSuite, watchPage } from '../setup/browser'
import { randomMobile } from '../setup/fixtures'
import type { TestServer } from '../setup/test-server'

let server: TestServer
let browser: Browser
useBrowserSuite((suite) => ({ server, browser } = suite))

describe('language: English / हिंदी', () => {
  it('the server renders the browser’s language: no English first, <html lang> set', async () => {
    const hi = await (await fetch(`${server.url}/login`, { headers: { 'accept-language': 'hi-IN,hi;q=0.9,en;q=0.5' } })).text()
    expect(hi).toContain('<html lang="hi"')
    expect(hi).toContain('फिर से स्वागत है')
    expect(hi).toContain('<title>लॉग इन — AIVIUE</title>')
    expect(hi).not.toContain('Welcome back')
    // employers' pages stay English, and offer no switch
    const employer = await (await fetch(`${server.url}/employer/login`, { headers: { 'accept-language': 'hi-IN' } })).text()
    expect(employer).toContain('<html lang="en"')
    expect(employer).not.toContain('data-testid="language-switch"')
    const en = await (await fetch(`${server.url}/login`, { headers: { 'accept-language': 'en-IN' } })).text()
    expect(en).toContain('<html lang="en"')
    expect(en).toContain('Welcome back')
  })

  it('a Hindi phone gets Hindi; the switch changes the page and is remembered on the device (360 px)', async () => {
    const ctx = await newContext(browser, server.url, PHONE, { locale: 'hi-IN' })
    const page = await ctx.newPage()
    const watch = watchPage(page)
    await page.goto('/signup?redirectTo=%2Fjobs')
    expect(await page.locator('html').getAttribute('lang')).toBe('hi')
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('अपना खाता बनाएँ')
    expect(await page.getByLabel('मोबाइल नंबर').count()).toBe(1)
    // the server's refusals in Hindi too
    await page.getByLabel('मोबाइल नंबर').fill('5876543210')
    await page.getByRole('button', { name: 'साइन अप करें' }).click()
    await page.getByText('मोबाइल नंबर 6, 7, 8 या 9 से शुरू होता है').waitFor()
    await page.getByText('अपना पूरा नाम डालें').waitFor()
    expect(await hasHorizontalScroll(page)).toBe(false)
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, 'language-signup-hi-360')

    // to English: same page, same way back, words in English
    await page.getByTestId('language-switch').filter({ hasText: 'English' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Create your account')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/signup?redirectTo=%2Fjobs')
    expect(await page.getByLabel('Mobile number').count()).toBe(1)

    // remembered on this device although the browser still asks for Hindi
    await page.goto('/login')
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Welcome back')
    await page.getByTestId('language-switch').filter({ hasText: 'हिंदी' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('फिर से स्वागत है')
    expect(watch.errors).toEqual([])
    await ctx.close()
  })

  it('a Hindi phone signs up and meets the basic-profile gate in Hindi, refusals included (360 px)', async () => {
    const ctx = await newContext(browser, server.url, PHONE, { locale: 'hi-IN' })
    const page = await ctx.newPage()
    const watch = watchPage(page)
    await page.goto('/signup')
    const mobile = randomMobile()
    await page.getByLabel('मोबाइल नंबर').fill(mobile)
    await page.getByLabel('पूरा नाम').fill('Sunita Devi')
    await page.getByRole('button', { name: 'साइन अप करें' }).click()
    await page.waitForURL('**/onboarding')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('स्वागत है, Sunita!')
    expect(await page.title()).toBe('आपकी बुनियादी प्रोफ़ाइल — AIVIUE')
    await page.getByLabel('पिन कोड').fill('012345')
    await page.getByRole('button', { name: 'आगे बढ़ें' }).click()
    await page.getByText('पिन कोड में 6 अंक होते हैं और यह 0 से शुरू नहीं होता').waitFor()
    await page.getByText('कम से कम एक पसंद की नौकरी की जगह चुनें').waitFor()
    expect(await hasHorizontalScroll(page)).toBe(false)
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, 'language-gate-hi-360')
    // the role picker names categories and roles in Hindi (master data, decision 018)
    await expect.poll(() => page.locator('select[name="preferredCategoryId"] option').allInnerTexts()).toContain('डिलीवरी और सामान पहुँचाना')
    expect(await page.locator('select[name="preferredCategoryId"] option').allInnerTexts()).not.toContain('Delivery & Logistics')
    await page.locator('select[name="preferredCategoryId"]').selectOption({ label: 'डिलीवरी और सामान पहुँचाना' })
    await expect.poll(() => page.locator('select[name="preferredRoleId"] option').allInnerTexts()).toContain('डिलीवरी बॉय')
    expect(await hasHorizontalScroll(page)).toBe(false)
    await screenshot(page, 'language-gate-roles-hi-360')
    // city search forgives a typing slip (issue 15): "Banglore" offers Bengaluru
    const city = page.getByRole('combobox', { name: 'अभी कहाँ रहते हैं' })
    await city.click()
    await city.pressSequentially('Banglore', { delay: 20 })
    await page.getByRole('option', { name: /Bengaluru/ }).first().waitFor()
    expect(watch.errors).toEqual([])
    await ctx.close()

    // the account keeps the language it was made in: an English browser that logs in gets Hindi
    const row = await server.services.db.selectFrom('candidates').select('locale').where('mobile', '=', mobile).executeTakeFirstOrThrow()
    expect(row.locale).toBe('hi')
    const other = await newContext(browser, server.url, PHONE, { locale: 'en-IN' })
    const page2 = await other.newPage()
    await page2.goto('/login')
    expect(await page2.getByRole('heading', { level: 1 }).innerText()).toBe('Welcome back')
    await page2.getByLabel('Mobile number').fill(mobile)
    await page2.getByRole('button', { name: 'Log in' }).click()
    await page2.waitForURL('**/onboarding')
    await expect.poll(() => page2.getByRole('heading', { level: 1 }).innerText()).toBe('स्वागत है, Sunita!')
    expect(await page2.locator('html').getAttribute('lang')).toBe('hi')
    // and switching there changes the account, not only this device
    await page2.getByTestId('language-switch').filter({ hasText: 'English' }).click()
    await expect.poll(() => page2.getByRole('heading', { level: 1 }).innerText()).toBe('Welcome, Sunita!')
    await expect.poll(async () => (await server.services.db.selectFrom('candidates').select('locale').where('mobile', '=', mobile).executeTakeFirstOrThrow()).locale).toBe('en')
    await other.close()
  })

  it('the switch works before scripts run (a plain form post)', async () => {
    const res = await fetch(`${server.url}/resources/locale`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: server.url, referer: `${server.url}/candidate?x=1`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ locale: 'hi' }),
    })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/candidate?x=1')
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toMatch(/^lng=/)
    const page = await (await fetch(`${server.url}/login`, { headers: { cookie: cookie.split(';')[0], 'accept-language': 'en' } })).text()
    expect(page).toContain('<html lang="hi"')

    // an unknown language or a foreign way back changes nothing and goes nowhere else
    const bad = await fetch(`${server.url}/resources/locale`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: server.url, referer: 'https://evil.example/jobs', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ locale: 'xx' }),
    })
    expect(bad.status).toBe(302)
    expect(bad.headers.get('location')).toBe('/')
    expect(bad.headers.get('set-cookie')).toBeNull()
  })
})
