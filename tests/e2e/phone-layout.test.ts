import { randomInt } from 'node:crypto'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { insertCurrentResume, insertJob } from '../helpers/matching'
import { smallTapTargets, wordsBrokenInside } from '../helpers/phone-layout'
import { lazyPartsSettled, newContext, PHONE, screenshot, seriousA11yViolations, useBrowserSuite, watchPage } from '../setup/browser'
import { callerFor, completeBasicProfile, createCandidateActor, type Actor } from '../setup/fixtures'
import type { TestServer } from '../setup/test-server'

let server: TestServer
let browser: Browser
let rider: Actor
let newcomer: Actor
let jobId: string

useBrowserSuite((suite) => ({ server, browser } = suite))
beforeAll(async () => {
  const db = server.services.db
  const job = { roleSlug: 'delivery-boy', licence: true, twoWheeler: true, salary: [18_000, 25_000] as [number, number] }
  jobId = await insertJob(db, { ...job, title: 'Delivery Executive', cityId: 'mumbai-mh', locality: 'Andheri East' })
  const applied = await insertJob(db, { ...job, title: 'Parcel Delivery Rider', cityId: 'thane-mh' })
  rider = await createCandidateActor(server.services, { name: 'Ravi Kumar' })
  await completeBasicProfile(server.services, rider, { cityId: 'mumbai-mh', roleSlug: 'delivery-boy', name: 'Ravi Kumar' })
  await insertCurrentResume(db, rider.id, { experience_months: 12, expected_salary_monthly: 20_000, has_driving_licence: true, owns_vehicle: true, vehicle_type: 'two_wheeler', languages: ['Hindi', 'Marathi'] })
  // no resume yet: the chat starts at its first question
  newcomer = await createCandidateActor(server.services, { name: 'Meena Devi' })
  await completeBasicProfile(server.services, newcomer, { cityId: 'mumbai-mh', roleSlug: 'delivery-boy', name: 'Meena Devi' })
  // Applications with one card on it
  const api = await callerFor(server.services, rider.cookie)
  await api.applications.submit({ jobId: applied, clientRequestId: `layout-${randomInt(1e9)}` })
})

async function signedIn(actor: Actor): Promise<BrowserContext> {
  const ctx = await newContext(browser, server.url, PHONE)
  const [name, ...rest] = actor.cookie.split('=')
  await ctx.addCookies([{ name, value: rest.join('='), url: server.url }])
  return ctx
}

async function hydrated(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized === true)
}

/** One row: the logo (36 px) or a 44 px target, plus the header's 12 px padding top and bottom. */
const ONE_ROW_HEADER_MAX = 44 + 2 * 12 + 2

describe('at 360 px', () => {
  it('public headers take one row; the menu holds the other links; category names never break inside a word', async () => {
    const ctx = await newContext(browser, server.url, PHONE)
    const page = await ctx.newPage()
    const watch = watchPage(page)
    for (const path of ['/', '/candidate', `/job/${jobId}`, '/login', '/signup', '/employer/login']) {
      await page.goto(path)
      const height = (await page.getByTestId('public-header').boundingBox())!.height
      expect(height, `header height on ${path}`).toBeLessThanOrEqual(ONE_ROW_HEADER_MAX)
    }

    await page.goto('/candidate')
    await hydrated(page)
    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.getByRole('link', { name: 'Sign Up' }).waitFor()
    expect(await nav.getByRole('link', { name: 'For Employers' }).count()).toBe(0)
    await nav.locator('summary', { hasText: 'Menu' }).click()
    await nav.getByRole('link', { name: 'For Employers' }).click()
    await page.waitForURL(/\/$/)
    // the menu closed behind the navigation
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'For Candidates' }).count()).toBe(0)

    await page.goto('/candidate')
    const tiles = page.getByTestId('category-tile')
    expect(await tiles.count()).toBeGreaterThanOrEqual(15)
    const broken: string[] = []
    for (const tile of await tiles.all()) broken.push(...(await wordsBrokenInside(tile)))
    expect(broken).toEqual([])
    await page.getByTestId('categories').screenshot({ path: 'test-results/screenshots/categories-360.png' })
    expect(watch.errors).toEqual([])
    await ctx.close()
  })

  it('every interactive element on the candidate pages is at least 44×44 px, and "why it matched" is a list of chips', { timeout: 90_000 }, async () => {
    const ctx = await signedIn(rider)
    const page = await ctx.newPage()
    const watch = watchPage(page)
    const small: Record<string, unknown> = {}
    const check = async (name: string) => {
      const found = await smallTapTargets(page)
      if (found.length) small[name] = found
      await screenshot(page, `tap-targets-${name}-360`)
    }

    await page.goto('/home')
    const card = page.getByTestId('top-jobs').getByRole('article').first()
    const reasons = card.getByRole('list', { name: 'Why it matched' })
    // one list item per reason, wrapping onto rows rather than one run-on line
    expect(await reasons.getByRole('listitem').count()).toBeGreaterThanOrEqual(3)
    expect(await reasons.getByRole('listitem').allInnerTexts()).toContain('₹18–25k fits your ₹20k')
    // one discreet demo marker: the badge, once per card; the company name whole, without "(Demo)"
    const cards = page.getByRole('article')
    for (const c of await cards.all()) {
      const company = c.getByTestId('job-card-company')
      expect(await company.innerText()).not.toContain('(Demo)')
      expect(await company.evaluate((e) => e.scrollWidth <= e.clientWidth && getComputedStyle(e).textOverflow !== 'ellipsis')).toBe(true)
      expect(await c.getByText('Demo', { exact: true }).count()).toBeLessThanOrEqual(1)
    }
    await check('home')

    await page.goto('/jobs')
    await page.getByRole('article').first().waitFor()
    await check('jobs')
    await page.locator('summary', { hasText: 'Filters' }).click()
    await check('jobs-filters')

    await page.goto(`/jobs/${jobId}`)
    const why = page.getByTestId('job-why')
    expect(await why.getByRole('list', { name: 'Why it matches you' }).getByRole('listitem').count()).toBeGreaterThanOrEqual(3)
    await check('job')

    await page.goto('/applications')
    await page.getByText('Parcel Delivery Rider').first().waitFor()
    await check('applications')

    await page.goto('/profile')
    await hydrated(page)
    await lazyPartsSettled(page)
    await check('profile')
    expect(await seriousA11yViolations(page)).toEqual([])

    const ctx2 = await signedIn(newcomer)
    const chat = await ctx2.newPage()
    const watch2 = watchPage(chat)
    await chat.goto('/resume')
    await hydrated(chat)
    await chat.getByRole('button', { name: /Create with AIVI bot/ }).click()
    await chat.getByTestId('live-question').waitFor()
    const found = await smallTapTargets(chat)
    if (found.length) small.chat = found
    await screenshot(chat, 'tap-targets-chat-360')

    expect(small).toEqual({})
    expect(watch.errors).toEqual([])
    expect(watch2.errors).toEqual([])
    await ctx.close()
    await ctx2.close()
  })
})
