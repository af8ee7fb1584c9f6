import { randomInt } from 'node:crypto'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DESKTOP, hasHorizontalScroll, newContext, PHONE, screenshot, seriousA11yViolations, useBrowserSuite, watchPage } from '../setup/browser'
import { createCandidateActor, createEmployerActor, randomMobile } from '../setup/fixtures'
import type { TestServer } from '../setup/test-server'

let server: TestServer
let browser: Browser
useBrowserSuite((suite) => ({ server, browser } = suite))

/** No sideways scrolling (see profile.test.ts: with `isMobile` innerWidth grows with the content). */
async function expectFits(page: Page, what: string) {
  const width = page.viewportSize()?.width ?? 0
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width on ${what}`).toBeLessThanOrEqual(width)
  expect(await hasHorizontalScroll(page), `horizontal scroll on ${what}`).toBe(false)
}

const alert = (page: Page) => page.getByRole('alert').filter({ visible: true })

async function signUp(page: Page, mobile: string, name: string) {
  await page.goto('/signup')
  await page.getByLabel('Mobile number').fill(mobile)
  await page.getByLabel('Full name').fill(name)
  await page.getByRole('button', { name: 'Sign up' }).click()
}

async function pickCity(page: Page, label: string, typed: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: label })
  await box.click()
  await box.pressSequentially(typed, { delay: 20 })
  await page.getByRole('option', { name: option }).first().click()
}

const optionLabels = (page: Page, selectLabel: string) => page.getByLabel(selectLabel).locator('option').allInnerTexts()

for (const [label, viewport] of [
  ['360', PHONE],
  ['1280', DESKTOP],
] as const) {
  describe(`candidate sign-up and login (${label}px)`, () => {
    it('bad mobile numbers show why; a duplicate says "already registered" with a login link', { timeout: 60_000 }, async () => {
      const ctx = await newContext(browser, server.url, viewport)
      const page = await ctx.newPage()
      const watch = watchPage(page)
      await page.goto('/signup')
      expect(await seriousA11yViolations(page)).toEqual([])
      await expectFits(page, 'signup')

      for (const [typed, message] of [
        ['5123456789', 'Mobile numbers start with 6, 7, 8 or 9'],
        ['98765', 'A mobile number has 10 digits; this one has 5'],
        ['022 2345 6789', 'this looks like a landline number'],
      ] as const) {
        await signUp(page, typed, 'Sita Devi')
        await page.getByText(message).waitFor()
        expect(page.url()).toMatch(/\/signup$/)
      }
      await screenshot(page, `auth-${label}-signup-error`)

      // an empty name gets one message, not three
      await signUp(page, randomMobile(), '')
      await page.getByText('Please enter your full name').waitFor()
      expect(await page.getByText(/^Name (must|can)/).count()).toBe(0)

      // already registered (typed with a 0 prefix and spaces: the same number once normalised)
      const mobile = randomMobile()
      await createCandidateActor(server.services, { mobile })
      await signUp(page, `0${mobile.slice(3, 8)} ${mobile.slice(8)}`, 'Sita Devi')
      await alert(page).getByText('This mobile number is already registered').waitFor()
      await alert(page).getByRole('link', { name: 'Log in' }).click()
      await page.waitForURL('**/login')

      // unknown number at login says so, with a sign-up link
      await page.getByLabel('Mobile number').fill(randomMobile())
      await page.getByRole('button', { name: 'Log in' }).click()
      await alert(page).getByText('There is no account with this mobile number').waitFor()
      await alert(page).getByRole('link', { name: 'Sign up' }).click()
      await page.waitForURL('**/signup')
      expect(watch.errors).toEqual([])
      await ctx.close()
    })

    it('sign up → gate (city autocomplete, category → role, preferred locations, PIN rules) → Home → log out → log in', { timeout: 90_000 }, async () => {
      const ctx = await newContext(browser, server.url, viewport)
      const page = await ctx.newPage()
      const watch = watchPage(page)
      const mobile = randomMobile()
      await signUp(page, mobile.slice(3), 'Imran Shaikh')
      await page.waitForURL('**/onboarding')
      await page.getByRole('heading', { name: 'Welcome, Imran!' }).waitFor()

      // every candidate page sends an incomplete profile back to the gate
      await page.goto('/home')
      await page.waitForURL('**/onboarding')

      // empty submit: per-field messages
      await page.getByRole('button', { name: 'Continue' }).click()
      await page.getByText('Choose your city').first().waitFor()
      await page.getByText('Choose a job category').first().waitFor()

      await pickCity(page, 'Current location', 'Navi Mum', /^Navi Mumbai\b/)
      expect(await page.getByRole('combobox', { name: 'Current location' }).inputValue()).toBe('Navi Mumbai')

      // category → role: the role list follows the category; a role in two categories is under both
      await page.getByLabel('Preferred job category').selectOption({ label: 'Customer Support & Telecalling' })
      const support = await optionLabels(page, 'Preferred job role')
      expect(support).toContain('Telecaller')
      expect(support).not.toContain('Delivery Boy')
      await page.getByLabel('Preferred job category').selectOption({ label: 'Sales & Marketing' })
      expect(await optionLabels(page, 'Preferred job role')).toContain('Telecaller')
      await page.getByLabel('Preferred job category').selectOption({ label: 'Transportation & Driving' })
      expect(await optionLabels(page, 'Preferred job role')).toContain('Delivery Boy')
      await page.getByLabel('Preferred job category').selectOption({ label: 'Delivery & Logistics' })
      await page.getByLabel('Preferred job role').selectOption({ label: 'Delivery Boy' })

      await pickCity(page, 'Preferred job locations', 'Thane', /^Thane\b/)
      await pickCity(page, 'Preferred job locations', 'Pune', /^Pune\b/)
      const chosen = page.getByRole('list', { name: 'Selected preferred job locations' })
      expect(await chosen.getByRole('listitem').count()).toBe(2)
      await chosen.getByRole('button', { name: 'Remove Pune' }).click()
      expect(await chosen.innerText()).not.toContain('Pune')

      // a PIN code starting with 0 is refused with its message
      await page.getByLabel('PIN code').fill('012345')
      await page.getByRole('button', { name: 'Continue' }).click()
      await page.getByText('A PIN code has 6 digits and does not start with 0').waitFor()
      await expectFits(page, 'onboarding')
      expect(await seriousA11yViolations(page)).toEqual([])
      await screenshot(page, `auth-${label}-onboarding-error`)
      await page.getByLabel('PIN code').fill('400703')
      await page.getByRole('button', { name: 'Continue' }).click()
      await page.waitForURL('**/home')
      await page.getByRole('heading', { name: /Namaste, Imran/ }).waitFor()
      await expect(page.getByTestId('resume-status').getByRole('link', { name: 'Start my resume' }).count()).resolves.toBe(1)
      await screenshot(page, `auth-${label}-home`)

      const saved = await server.services.db
        .selectFrom('candidates')
        .select(['mobile', 'current_city_name', 'pin_code', 'preferred_city_ids', 'basic_profile_completed_at'])
        .where('mobile', '=', mobile)
        .executeTakeFirstOrThrow()
      expect(saved.current_city_name).toBe('Navi Mumbai')
      expect(saved.pin_code).toBe('400703')
      expect(saved.preferred_city_ids).toHaveLength(1)
      expect(saved.basic_profile_completed_at).not.toBeNull()

      // log out from the avatar menu; the session is gone
      await page.getByRole('button', { name: 'Account menu' }).click()
      await page.getByRole('menuitem', { name: 'Log out' }).click()
      await page.waitForURL('**/candidate')
      await page.goto('/home')
      await page.waitForURL(/\/login\?redirectTo=%2Fhome$/)
      expect(await seriousA11yViolations(page)).toEqual([])
      await expectFits(page, 'login')

      // log in again with a differently written form of the same number, back to where we were going
      await page.getByLabel('Mobile number').fill(`+91-${mobile.slice(3, 8)}-${mobile.slice(8)}`)
      await page.getByRole('button', { name: 'Log in' }).click()
      await page.waitForURL('**/home')
      // a signed-in candidate is not shown the login page again
      await page.goto('/login')
      await page.waitForURL('**/home')
      expect(watch.errors).toEqual([])
      await ctx.close()
    })
  })

  describe(`employer sign-up and login (${label}px)`, () => {
    it('sign up → dashboard with the company and account details → log out → log in by email', { timeout: 60_000 }, async () => {
      const ctx = await newContext(browser, server.url, viewport)
      const page = await ctx.newPage()
      const watch = watchPage(page)
      const email = `priya.${randomInt(1e9)}@acme-logistics.example`
      const company = `Acme Logistics ${label === '360' ? 'North' : 'South'} Pvt Ltd`

      await page.goto('/employer/signup')
      expect(await seriousA11yViolations(page)).toEqual([])
      await expectFits(page, 'employer signup')
      await page.getByLabel('Your name').fill('Priya Sharma')
      await page.getByLabel('Email', { exact: true }).fill('not-an-email')
      await page.getByLabel('Phone').fill('98200 12345')
      await page.getByLabel('Company name').fill(company)
      await page.getByRole('button', { name: 'Create employer account' }).click()
      await page.getByText('Please enter a valid email address').waitFor()

      await page.getByLabel('Email', { exact: true }).fill(email.toUpperCase())
      await page.getByRole('button', { name: 'Create employer account' }).click()
      await page.waitForURL(/\/employer$/)
      await page.getByRole('heading', { name: company, level: 1 }).waitFor()
      const main = await page.locator('main').innerText()
      expect(main).toContain('Priya Sharma')
      expect(main).toContain(email)
      // a new employer: the first-job explanation and its button, no numbers
      await page.getByTestId('no-jobs').getByRole('link', { name: 'Post a job' }).waitFor()
      expect(await page.getByRole('navigation', { name: 'Jobs by status' }).count()).toBe(0)
      await expectFits(page, 'employer dashboard')
      expect(await seriousA11yViolations(page)).toEqual([])
      await screenshot(page, `auth-${label}-employer-dashboard`)

      // an employer is not a candidate: candidate pages send them away
      await page.goto('/home')
      await page.waitForURL(/\/employer$/)

      await page.getByRole('button', { name: 'Log out' }).click()
      await page.waitForURL(`${server.url}/`)
      await page.goto('/employer')
      await page.waitForURL(/\/employer\/login\?redirectTo=%2Femployer$/)
      await page.getByLabel('Email', { exact: true }).fill(email)
      await page.getByRole('button', { name: /log in/i }).click()
      await page.waitForURL(/\/employer$/)
      await page.getByRole('heading', { name: company, level: 1 }).waitFor()
      expect(watch.errors).toEqual([])
      await ctx.close()
    })

    it('a duplicate email says "already registered" with a login link; a candidate cannot open the dashboard', { timeout: 60_000 }, async () => {
      const email = `dup.${randomInt(1e9)}@example.com`
      await createEmployerActor(server.services, { email })
      const ctx = await newContext(browser, server.url, viewport)
      const page = await ctx.newPage()
      const watch = watchPage(page)
      await page.goto('/employer/signup')
      await page.getByLabel('Your name').fill('Rahul Verma')
      await page.getByLabel('Email', { exact: true }).fill(email)
      await page.getByLabel('Phone').fill(randomMobile())
      await page.getByLabel('Company name').fill('Dup Traders')
      await page.getByRole('button', { name: 'Create employer account' }).click()
      await alert(page).getByText('This email is already registered').waitFor()
      await alert(page).getByRole('link', { name: 'Log in' }).click()
      await page.waitForURL('**/employer/login')
      // let the client navigation finish before the next goto, or Remix logs the aborted fetch
      await page.getByRole('heading', { name: 'Employer login' }).waitFor()
      await page.waitForLoadState('networkidle')

      const candidate = await createCandidateActor(server.services)
      const [name, value] = candidate.cookie.split('=')
      await ctx.addCookies([{ name, value, url: server.url }])
      await page.goto('/employer')
      // the employer login page sends a signed-in candidate to their own area
      await page.waitForURL(/\/(home|onboarding)$/)
      expect(watch.errors).toEqual([])
      await ctx.close()
    })
  })
}

describe('login redirects stay on AIVIUE', () => {
  it('a tab-smuggled redirectTo lands on Home, never on another site; a newline or U+3000 is no 500', { timeout: 60_000 }, async () => {
    const ctx = await newContext(browser, server.url, DESKTOP)
    const page = await ctx.newPage()
    const watch = watchPage(page)
    const candidate = await createCandidateActor(server.services)
    const mobile = (await server.services.db.selectFrom('candidates').select('mobile').where('id', '=', candidate.id).executeTakeFirstOrThrow()).mobile
    await page.goto('/login?redirectTo=%2F%09%2Fevil.example')
    await page.getByLabel('Mobile number').fill(mobile.slice(3))
    await page.getByRole('button', { name: 'Log in' }).click()
    // Home, or the basic-profile gate Home sends a new candidate to
    await page.waitForURL(/\/(home|onboarding)$/)
    expect(new URL(page.url()).host).toBe(new URL(server.url).host)
    expect(watch.errors).toEqual([])
    await ctx.close()

    // the same form posted without a browser: every trick falls back to Home
    for (const redirectTo of ['/\n/evil.example', '/\u3000/evil.example', '/\\evil.example', '//evil.example', 'https://evil.example']) {
      const res = await fetch(`${server.url}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
        body: new URLSearchParams({ mobile: mobile.slice(3), redirectTo }),
        redirect: 'manual',
      })
      await res.text()
      expect(res.status, redirectTo).toBe(302)
      expect(res.headers.get('location'), redirectTo).toBe('/home')
    }
  })
})
