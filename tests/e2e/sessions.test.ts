import type { Browser, BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { completeBasicProfile, createCandidateActor, createEmployerActor, randomMobile } from '../setup/fixtures'
import { DESKTOP, hasHorizontalScroll, PHONE, screenshot, seriousA11yViolations, useBrowserSuite, watchPage, withTimeouts } from '../setup/browser'
import type { TestServer } from '../setup/test-server'
import { revokeSession } from '../../server/auth/session.repo'
import { findCity } from '../../server/master-data/cities'

let server: TestServer
let browser: Browser
useBrowserSuite((suite) => ({ server, browser } = suite))

const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 13; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'
const WINDOWS_EDGE = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0'
const IPHONE_SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1'

/** A candidate past the basic-profile gate, made in the database: these tests are about logging in. */
async function candidate(name: string): Promise<string> {
  const mobile = randomMobile()
  const actor = await createCandidateActor(server.services, { mobile, name })
  await completeBasicProfile(server.services, actor, { cityId: findCity('Pune')!.id, roleSlug: 'delivery-boy', name })
  // only the browsers below should be logged in
  await revokeSession(server.services.db, actor.sessionId)
  return mobile
}

async function device(opts: { userAgent: string; viewport: { width: number; height: number }; javaScriptEnabled?: boolean }): Promise<BrowserContext> {
  const mobile = opts.viewport.width < 500
  const ctx = await browser.newContext({ baseURL: server.url, viewport: opts.viewport, userAgent: opts.userAgent, isMobile: mobile, hasTouch: mobile, javaScriptEnabled: opts.javaScriptEnabled ?? true })
  withTimeouts(ctx)
  return ctx
}

async function logIn(page: Page, mobile: string) {
  await page.goto('/login')
  await page.getByLabel('Mobile number').fill(mobile.slice(3))
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.waitForURL('**/home')
}

const sessionsRegion = (page: Page) => page.getByRole('region', { name: "Where you're logged in" })

describe("Profile → Where you're logged in", () => {
  it('lists both devices; "Log out of all other devices" on the phone logs the laptop out on its next navigation', { timeout: 90_000 }, async () => {
    const mobile = await candidate('Lakshmi Iyer')
    const phoneCtx = await device({ userAgent: ANDROID_CHROME, viewport: PHONE })
    const laptopCtx = await device({ userAgent: WINDOWS_EDGE, viewport: DESKTOP })
    const phone = await phoneCtx.newPage()
    const laptop = await laptopCtx.newPage()
    const phoneWatch = watchPage(phone)
    const laptopWatch = watchPage(laptop)
    await logIn(laptop, mobile)
    await logIn(phone, mobile)

    await phone.goto('/profile')
    const region = sessionsRegion(phone)
    const items = region.getByTestId('session-item')
    await expect(items.count()).resolves.toBe(2)
    const first = await items.nth(0).innerText()
    expect(first).toContain('Chrome on Android')
    expect(first).toContain('This device')
    expect(first).toMatch(/First seen \d{1,2} [A-Z][a-z]{2} \d{4}, \d{1,2}:\d{2} [ap]m/)
    expect(first).toContain('Last active just now')
    const second = await items.nth(1).innerText()
    expect(second).toContain('Edge on Windows')
    expect(second).not.toContain('This device')
    // one Log out per other device, named for screen readers
    await expect(region.getByRole('button', { name: /^Log out Edge on Windows, first seen / }).count()).resolves.toBe(1)
    await expect(region.getByRole('button', { name: /^Log out Chrome on Android/ }).count()).resolves.toBe(0)
    expect(await hasHorizontalScroll(phone)).toBe(false)
    expect(await seriousA11yViolations(phone)).toEqual([])
    await region.scrollIntoViewIfNeeded()
    await screenshot(phone, 'sessions-360-two-devices')

    await region.getByRole('button', { name: 'Log out of all other devices' }).click()
    await region.getByRole('status').filter({ hasText: 'Logged out of 1 other device.' }).waitFor()
    await expect(items.count()).resolves.toBe(1)
    await region.getByText('You are logged in only on this device.').waitFor()

    // the laptop is still showing a page; its next navigation finds it logged out
    await laptop.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile', exact: true }).filter({ visible: true }).click()
    await laptop.waitForURL(/\/login\?redirectTo=%2Fprofile/)
    // and the phone carries on
    await phone.reload()
    await expect(sessionsRegion(phone).getByTestId('session-item').count()).resolves.toBe(1)

    expect(phoneWatch.errors).toEqual([])
    expect(laptopWatch.errors).toEqual([])
    await phoneCtx.close()
    await laptopCtx.close()
  })

  it('works without JavaScript: a per-device Log out ends just that device', { timeout: 90_000 }, async () => {
    const mobile = await candidate('Gurpreet Singh')
    const noJsCtx = await device({ userAgent: ANDROID_CHROME, viewport: PHONE, javaScriptEnabled: false })
    const iphoneCtx = await device({ userAgent: IPHONE_SAFARI, viewport: PHONE })
    const laptopCtx = await device({ userAgent: WINDOWS_EDGE, viewport: DESKTOP })
    const page = await noJsCtx.newPage()
    const iphone = await iphoneCtx.newPage()
    const laptop = await laptopCtx.newPage()
    await logIn(iphone, mobile)
    await logIn(laptop, mobile)
    await logIn(page, mobile)

    await page.goto('/profile')
    const region = sessionsRegion(page)
    await expect(region.getByTestId('session-item').count()).resolves.toBe(3)
    await region.getByRole('button', { name: /^Log out Safari on iOS/ }).click()
    await region.getByRole('status').filter({ hasText: 'That device is logged out.' }).waitFor()
    const left = await region.getByTestId('session-list').innerText()
    expect(left).toContain('Edge on Windows')
    expect(left).not.toContain('Safari on iOS')

    await iphone.goto('/jobs')
    await iphone.waitForURL(/\/login\?redirectTo=%2Fjobs/)
    await laptop.goto('/jobs')
    expect(new URL(laptop.url()).pathname).toBe('/jobs')

    await noJsCtx.close()
    await iphoneCtx.close()
    await laptopCtx.close()
  })

  it('employers have the same list on their dashboard', { timeout: 60_000 }, async () => {
    const email = `hiring${Date.now()}@example.com`
    const actor = await createEmployerActor(server.services, { email })
    await revokeSession(server.services.db, actor.sessionId)
    const deskCtx = await device({ userAgent: WINDOWS_EDGE, viewport: DESKTOP })
    const phoneCtx = await device({ userAgent: ANDROID_CHROME, viewport: PHONE })
    const desk = await deskCtx.newPage()
    const phone = await phoneCtx.newPage()
    const watch = watchPage(desk)
    for (const page of [phone, desk]) {
      await page.goto('/employer/login')
      await page.getByLabel('Email', { exact: true }).fill(email)
      await page.getByRole('button', { name: 'Log in' }).click()
      await page.waitForURL(/\/employer$/)
    }
    const region = sessionsRegion(desk)
    await expect(region.getByTestId('session-list').innerText()).resolves.toMatch(/Edge on Windows[\s\S]*This device[\s\S]*Chrome on Android/)
    expect(await seriousA11yViolations(desk)).toEqual([])
    await region.getByRole('button', { name: 'Log out of all other devices' }).click()
    await region.getByRole('status').filter({ hasText: 'Logged out of 1 other device.' }).waitFor()
    await phone.reload()
    await phone.waitForURL(/\/employer\/login\?redirectTo=/)
    expect(watch.errors).toEqual([])
    await deskCtx.close()
    await phoneCtx.close()
  })
})
