import { sql } from 'kysely'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { categoryBySlug, insertCurrentResume, insertJob, roleBySlug } from '../helpers/matching'
import { DESKTOP, hasHorizontalScroll, newContext, PHONE, screenshot, seriousA11yViolations, useBrowserSuite, watchPage, watchScripts } from '../setup/browser'
import { completeBasicProfile, createCandidateActor, type Actor } from '../setup/fixtures'
import type { TestServer } from '../setup/test-server'

let server: TestServer
let browser: Browser
let rider: Actor
let nanny: Actor

useBrowserSuite((suite) => ({ server, browser } = suite))
// runs after the suite's own beforeAll: the server is up
beforeAll(async () => {
  const db = server.services.db
  // NOTE: the random demo set may hold no delivery job near Mumbai; post a few like an employer would
  const job = { roleSlug: 'delivery-boy', licence: true, twoWheeler: true, salary: [18_000, 25_000] as [number, number] }
  await insertJob(db, { ...job, title: 'Delivery Executive', cityId: 'mumbai-mh', locality: 'Andheri East' })
  await insertJob(db, { ...job, title: 'Food Delivery Partner', cityId: 'thane-mh' })
  await insertJob(db, { ...job, title: 'Parcel Delivery Rider', cityId: 'navi-mumbai-mh' })

  rider = await createCandidateActor(server.services, { name: 'Ravi Kumar' })
  await completeBasicProfile(server.services, rider, { cityId: 'mumbai-mh', roleSlug: 'delivery-boy', name: 'Ravi Kumar' })
  await insertCurrentResume(db, rider.id, { experience_months: 12, expected_salary_monthly: 20_000, has_driving_licence: true, owns_vehicle: true, vehicle_type: 'two_wheeler', languages: ['Hindi', 'Marathi'] })

  // the empty state: no open job in this candidate's field anywhere
  const domestic = await categoryBySlug(db, 'domestic-help')
  const nannyRole = await roleBySlug(db, 'nanny')
  await db
    .updateTable('jobs')
    .set({ status: 'closed', closed_at: new Date() })
    .where(sql<boolean>`role_id = ${nannyRole.id}::uuid or ${domestic.id}::uuid = any(category_ids)`)
    .execute()
  nanny = await createCandidateActor(server.services, { name: 'Meena Devi' })
  await completeBasicProfile(server.services, nanny, { cityId: 'port-blair-an', roleSlug: 'nanny', name: 'Meena Devi', pinCode: '744101' })
})

/** Elements sticking out to the right (empty = no horizontal scroll), named so a failure says what. */
async function overflowing(page: Page): Promise<string[]> {
  if (!(await hasHorizontalScroll(page))) return []
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .reverse()
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.getAttribute('class') ?? '').slice(0, 60)} "${(e.textContent ?? '').slice(0, 40)}" → ${Math.round(e.getBoundingClientRect().right)}px`)
      .slice(0, 6),
  )
}

/** Taps the middle of an element with the mouse: whatever is on top there gets it (a card's stretched link). */
async function tapCentre(page: Page, target: ReturnType<Page['locator']>) {
  await target.scrollIntoViewIfNeeded()
  const box = (await target.boundingBox())!
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
}

/** Waits until React has hydrated the page, so JavaScript-only behaviour (auto-submit) is live. */
async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const router = (window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter
    return router?.state.initialized === true
  })
}

async function signedIn(actor: Actor, viewport: typeof PHONE): Promise<BrowserContext> {
  const ctx = await newContext(browser, server.url, viewport)
  const [name, ...rest] = actor.cookie.split('=')
  await ctx.addCookies([{ name, value: rest.join('='), url: server.url }])
  return ctx
}

describe('jobs pages', () => {
  for (const [label, viewport] of [
    ['360', PHONE],
    ['1280', DESKTOP],
  ] as const) {
    it(`Home shows the top matches with reasons (${label}px)`, async () => {
      const ctx = await signedIn(rider, viewport)
      const page = await ctx.newPage()
      const watch = watchPage(page)
      await page.goto('/home')
      const top = page.getByTestId('top-jobs')
      const cards = top.getByRole('article')
      expect(await cards.count()).toBeGreaterThanOrEqual(3)
      expect(await cards.count()).toBeLessThanOrEqual(6)
      const first = await cards.first().innerText()
      expect(first).toContain('Delivery Executive')
      expect(first).toContain('Why it matched')
      expect(first).toContain('₹18–25k fits your ₹20k')
      expect(first).toContain('needs a two-wheeler: you have one')
      expect(await top.innerText()).toContain('Food Delivery Partner')
      expect(await overflowing(page)).toEqual([])
      expect(await seriousA11yViolations(page)).toEqual([])
      await screenshot(page, `home-jobs-${label}`)

      // the whole card is the tap target: a tap on its reasons (not the title) opens the job's page;
      // Apply stays its own target above the card's link (no nested interactive elements)
      const apply = cards.first().getByTestId('card-apply')
      await apply.scrollIntoViewIfNeeded()
      const box = (await apply.boundingBox())!
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('button')?.getAttribute('data-testid') ?? null, [box.x + box.width / 2, box.y + box.height / 2])
      expect(hit).toBe('card-apply')
      expect(await cards.first().locator('a').count()).toBe(1)
      // NOTE: a real tap at that point (the link's overlay takes it, as on a phone)
      await tapCentre(page, cards.first().getByText('Why it matched'))
      await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/)
      await page.getByRole('heading', { level: 1, name: 'Delivery Executive' }).waitFor()
      expect(await page.getByTestId('job-why').innerText()).toContain('In Andheri East, Mumbai')
      expect(await overflowing(page)).toEqual([])
      await screenshot(page, `job-detail-${label}`)
      expect(watch.errors).toEqual([])
      await ctx.close()
    })

    it(`Jobs page filters, sorts and pages through all jobs (${label}px)`, async () => {
      const ctx = await signedIn(rider, viewport)
      const page = await ctx.newPage()
      const watch = watchPage(page)
      await page.goto('/jobs')
      await hydrated(page)
      expect(await page.getByTestId('recommendations').getByRole('article').count()).toBeGreaterThan(0)
      expect(await page.getByTestId('explore-results').getByRole('article').count()).toBeGreaterThan(0)
      // Explore starts at the candidate's city, best match first ("Most relevant" = match score)
      expect(await page.getByTestId('explore-count').innerText()).toMatch(/near Mumbai, best match for you first$/)
      expect(await page.getByLabel('Sort by').inputValue()).toBe('relevance')
      expect(await page.getByTestId('explore-results').getByRole('article').first().innerText()).toContain('Delivery Executive')

      const form = page.getByTestId('explore-form')
      await form.locator('summary').click()
      expect(await form.getByLabel('City').inputValue()).toBe('Mumbai')
      // anywhere in India, for the India-wide count below
      await form.getByLabel('City').fill('')
      await form.getByLabel('Category').selectOption({ label: 'Delivery & Logistics' })
      await form.getByLabel('Work mode').selectOption('onsite')
      const delivery = await categoryBySlug(server.services.db, 'delivery-logistics')
      const n = await server.services.db
        .selectFrom('jobs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '=', 'published')
        .where('work_mode', '=', 'onsite')
        .where(sql<boolean>`${delivery.id}::uuid = any(category_ids)`)
        .executeTakeFirstOrThrow()
      await form.getByRole('button', { name: 'Search' }).click()
      await page.waitForURL(/category=/)
      await page.getByTestId('explore-count').filter({ hasText: `of ${n.n} job` }).waitFor()
      expect(new URL(page.url()).searchParams.get('mode')).toBe('onsite')
      // filtering leads with the results: no recommendations above them
      expect(await page.getByTestId('recommendations').count()).toBe(0)

      // the sort applies at once (JavaScript) and the URL stays shareable
      await page.getByLabel('Sort by').selectOption('salary')
      await page.waitForURL(/sort=salary/)
      await page.getByTestId('explore-results').waitFor()
      expect(new URL(page.url()).searchParams.get('category')).toBe(delivery.id)
      if (Number(n.n) > 18) {
        await page.getByTestId('pagination').getByRole('link', { name: 'Next ›' }).click()
        await page.waitForURL(/page=2/)
        await page.getByTestId('explore-count').filter({ hasText: /^Showing 19–/ }).waitFor()
      }
      expect(await overflowing(page)).toEqual([])
      expect(await seriousA11yViolations(page)).toEqual([])
      await screenshot(page, `jobs-filtered-${label}`)

      // a search with no result never leaves an empty page
      await page.goto('/jobs?q=zzqqxx+nothing')
      const empty = page.getByTestId('explore-empty')
      expect(await empty.innerText()).toContain('No jobs match these filters')
      await empty.getByRole('link', { name: 'Explore more jobs' }).click()
      await page.waitForURL((u) => u.pathname === '/jobs' && u.searchParams.get('city') === 'any')
      await page.getByTestId('explore-results').waitFor()
      expect(await page.getByTestId('explore-results').getByRole('article').count()).toBeGreaterThan(0)
      expect(watch.errors).toEqual([])
      await ctx.close()
    })
  }

  it('a phone downloads little JavaScript for the jobs pages', async () => {
    // the explore page once shipped the whole world's city list (8 MB) in its browser code
    const ctx = await signedIn(rider, PHONE)
    const page = await ctx.newPage()
    const scripts = watchScripts(page)
    for (const path of ['/home', '/jobs']) {
      await page.goto(path)
      await hydrated(page)
    }
    const sizes = await scripts.sizes()
    const total = sizes.reduce((sum, [, n]) => sum + n, 0)
    const largest = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 3)
    expect(total, `scripts: ${JSON.stringify(largest)}`).toBeLessThan(800_000)
    expect(largest[0][1]).toBeLessThan(500_000)
    await ctx.close()
  })

  it('the filter form works without JavaScript', async () => {
    const ctx = await browser.newContext({ baseURL: server.url, viewport: PHONE, javaScriptEnabled: false })
    const [name, ...rest] = rider.cookie.split('=')
    await ctx.addCookies([{ name, value: rest.join('='), url: server.url }])
    const page = await ctx.newPage()
    await page.goto('/jobs')
    await page.locator('summary').click()
    await page.getByLabel('City').fill('Thane')
    await page.getByLabel('Distance').selectOption('0')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.waitForURL(/cityName=Thane/)
    const titles = await page.getByTestId('explore-results').getByRole('article').allInnerTexts()
    expect(titles.length).toBeGreaterThan(0)
    expect(titles.every((t) => t.includes('Thane'))).toBe(true)
    await ctx.close()
  })

  it('shows skeletons while the next results load', async () => {
    const ctx = await signedIn(rider, DESKTOP)
    const page = await ctx.newPage()
    await page.goto('/jobs')
    await hydrated(page)
    // hold the data request so the loading state is visible
    let release: () => void = () => {}
    const held = new Promise<void>((r) => (release = r))
    await page.route('**/jobs.data*', async (route) => {
      await held
      await route.continue()
    })
    await page.getByLabel('Sort by').selectOption('newest')
    await page.getByTestId('jobs-skeleton').first().waitFor()
    release()
    await page.waitForURL(/sort=newest/)
    await page.getByTestId('explore-results').waitFor()
    expect(await page.getByTestId('jobs-skeleton').count()).toBe(0)
    await ctx.close()
  })

  for (const [label, viewport] of [
    ['360', PHONE],
    ['1280', DESKTOP],
  ] as const) {
    it(`no match: a clear way to explore more jobs (${label}px)`, async () => {
      const ctx = await signedIn(nanny, viewport)
      const page = await ctx.newPage()
      const watch = watchPage(page)
      await page.goto('/home')
      const empty = page.getByTestId('top-jobs-empty')
      expect(await empty.innerText()).toContain('No jobs match your profile yet')
      expect(await seriousA11yViolations(page)).toEqual([])
      await screenshot(page, `home-empty-${label}`)
      await empty.getByRole('link', { name: 'Explore more jobs' }).click()
      await page.waitForURL('**/jobs#explore')
      await page.getByTestId('recommendations-empty').waitFor()
      // nothing near Port Blair: the list widens to India instead of showing nothing
      expect(await page.getByTestId('explore-widened').innerText()).toContain('No open jobs near Port Blair yet')
      expect(await page.getByTestId('recommendations-empty').innerText()).toContain('No jobs match your profile yet')
      expect(await page.getByTestId('explore-results').getByRole('article').count()).toBeGreaterThan(0)
      expect(await overflowing(page)).toEqual([])
      expect(watch.errors).toEqual([])
      await ctx.close()
    })
  }
})
