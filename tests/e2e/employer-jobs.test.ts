import { randomInt } from 'node:crypto'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { DESKTOP, hasHorizontalScroll, newContext, PHONE, screenshot, seriousA11yViolations, useBrowserSuite, watchPage } from '../setup/browser'
import { insertEmployerJob } from '../setup/employer-jobs'
import { completeBasicProfile, createCandidateActor, createEmployerActor, type Actor } from '../setup/fixtures'
import type { TestServer } from '../setup/test-server'

let server: TestServer
let browser: Browser
let candidate: Actor

useBrowserSuite((suite) => ({ server, browser } = suite))
// runs after the suite's own beforeAll: the server is up
beforeAll(async () => {
  candidate = await createCandidateActor(server.services, { name: 'Sunil Patil' })
  await completeBasicProfile(server.services, candidate, { cityId: 'pune-mh', roleSlug: 'delivery-boy', name: 'Sunil Patil' })
})

async function checkPage(page: Page, what: string) {
  const width = page.viewportSize()?.width ?? 0
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width on ${what}`).toBeLessThanOrEqual(width)
  expect(await hasHorizontalScroll(page), `horizontal scroll on ${what}`).toBe(false)
  expect(await seriousA11yViolations(page), `axe on ${what}`).toEqual([])
}

async function signedIn(actor: Actor, viewport: typeof PHONE, opts: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const ctx = opts.javaScriptEnabled === false ? await browser.newContext({ baseURL: server.url, viewport, javaScriptEnabled: false }) : await newContext(browser, server.url, viewport)
  const [name, ...rest] = actor.cookie.split('=')
  await ctx.addCookies([{ name, value: rest.join('='), url: server.url }])
  return ctx
}

/** What a candidate's "Explore all jobs" lists for a search. */
async function candidateSees(viewport: typeof PHONE, title: string): Promise<boolean> {
  const ctx = await signedIn(candidate, viewport)
  const page = await ctx.newPage()
  const watch = watchPage(page)
  await page.goto(`/jobs?q=${encodeURIComponent(`"${title}"`)}`)
  const results = page.getByTestId('explore-results').or(page.getByTestId('explore-empty'))
  await results.first().waitFor()
  const found = (await page.getByTestId('explore-results').getByRole('article', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} at `) }).count()) > 0
  expect(watch.errors).toEqual([])
  await ctx.close()
  return found
}

async function pickCity(page: Page, label: string, typed: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: label })
  await box.click()
  await box.fill('')
  await box.pressSequentially(typed, { delay: 20 })
  await page.getByRole('option', { name: option }).first().click()
}

const tab = (page: Page, status: 'all' | 'published' | 'draft' | 'closed') => page.getByTestId(`tab-${status}`)
const jobCards = (page: Page) => page.getByTestId('employer-jobs').getByRole('article')

for (const [label, viewport] of [
  ['360', PHONE],
  ['1280', DESKTOP],
] as const) {
  describe(`employer jobs (${label}px)`, () => {
    it('sign up → empty dashboard → profile → a job under Published → close (gone for candidates) → republish → duplicate as a draft', { timeout: 120_000 }, async () => {
      const ctx = await newContext(browser, server.url, viewport)
      const page = await ctx.newPage()
      const watch = watchPage(page)
      const email = `neha.${randomInt(1e9)}@example.com`
      const company = `Zephyr Couriers ${label}`

      // sign up
      await page.goto('/employer/signup')
      await page.getByLabel('Your name').fill('Neha Kulkarni')
      await page.getByLabel('Email', { exact: true }).fill(email)
      await page.getByLabel('Phone').fill('98200 54321')
      await page.getByLabel('Company name').fill(company)
      await page.getByRole('button', { name: 'Create employer account' }).click()
      await page.waitForURL(/\/employer$/)

      // a new employer: the explanation and the button, no tabs, no numbers
      const empty = page.getByTestId('no-jobs')
      await empty.getByRole('heading', { name: 'Post your first job' }).waitFor()
      expect(await empty.getByRole('link', { name: 'Post a job' }).getAttribute('href')).toBe('/employer/jobs/new')
      expect(await page.getByRole('navigation', { name: 'Jobs by status' }).count()).toBe(0)
      const nav = page.getByRole('navigation', { name: 'Main' })
      expect(await nav.getByRole('link').allInnerTexts()).toEqual(expect.arrayContaining(['Dashboard', 'Post a job', 'Profile']))
      await nav.getByRole('button', { name: 'Log out' }).waitFor()
      await checkPage(page, 'empty dashboard')
      await screenshot(page, `employer-jobs-${label}-empty`)

      // profile: a bad website is refused with its message, then everything saves
      await nav.getByRole('link', { name: 'Profile' }).click()
      await page.waitForURL('**/employer/profile')
      await page.getByRole('heading', { name: 'Company profile', level: 1 }).waitFor()
      expect(await page.getByLabel('Company name').inputValue()).toBe(company)
      await page.getByLabel('Industry').selectOption({ label: 'Logistics & Delivery' })
      await pickCity(page, 'City', 'Navi Mum', /^Navi Mumbai\b/)
      await page.getByLabel('Website').fill('not a website')
      await page.getByLabel('About the company').fill('We deliver parcels across Mumbai.\n\nRiders get weekly pay.')
      await page.getByRole('button', { name: 'Save profile' }).click()
      await page.getByText('Enter a website address like example.com').waitFor()
      expect(await page.getByRole('combobox', { name: 'City' }).inputValue()).toBe('Navi Mumbai')
      await checkPage(page, 'profile with an error')
      await page.getByLabel('Website').fill('www.zephyr-couriers.in')
      await page.getByRole('button', { name: 'Save profile' }).click()
      await page.getByRole('status').filter({ hasText: 'Saved ✓' }).waitFor()
      await page.reload()
      expect(await page.getByLabel('Industry').inputValue()).toBe('Logistics & Delivery')
      expect(await page.getByRole('combobox', { name: 'City' }).inputValue()).toBe('Navi Mumbai')
      expect(await page.getByLabel('Website').inputValue()).toBe('https://www.zephyr-couriers.in')
      expect(await page.getByLabel('About the company').inputValue()).toBe('We deliver parcels across Mumbai.\n\nRiders get weekly pay.')
      await checkPage(page, 'profile')
      await screenshot(page, `employer-jobs-${label}-profile`)
      const employer = await server.services.db.selectFrom('employers').select(['id', 'city_id', 'industry']).where('email', '=', email).executeTakeFirstOrThrow()
      expect(employer).toMatchObject({ city_id: 'navi-mumbai-mh', industry: 'Logistics & Delivery' })

      // a published job (as the posting bot will save it); candidates find it
      const title = `Zephyr Parcel Rider ${label}x${randomInt(1e6)}`
      const jobId = await insertEmployerJob(server.services.db, employer.id, { title, cityId: 'navi-mumbai-mh' })
      expect(await candidateSees(viewport, title)).toBe(true)

      await nav.getByRole('link', { name: 'Dashboard' }).click()
      await page.waitForURL(/\/employer$/)
      expect(await tab(page, 'published').innerText()).toMatch(/Published\s*1/)
      expect(await tab(page, 'closed').innerText()).toMatch(/Closed\s*0/)
      await tab(page, 'published').click()
      await page.waitForURL(/\/employer\?status=published$/)
      // a client-side navigation changes the URL before the new tab renders as current
      await expect.poll(() => tab(page, 'published').getAttribute('aria-current')).toBe('page')
      const card = jobCards(page).filter({ hasText: title })
      expect(await card.innerText()).toContain('Published')
      await checkPage(page, 'dashboard, published')
      await screenshot(page, `employer-jobs-${label}-published`)

      // the manage page: the job as candidates see it, and the controls
      await card.getByRole('link', { name: title }).click()
      await page.waitForURL(`**/employer/jobs/${jobId}`)
      await page.getByRole('heading', { name: title, level: 1 }).waitFor()
      const manage = page.getByTestId('job-manage')
      expect(await manage.getByRole('link', { name: 'Edit with AIVI' }).getAttribute('href')).toBe(`/employer/jobs/${jobId}/edit`)
      expect(await page.getByRole('heading', { name: 'About the job' }).count()).toBe(1)
      await checkPage(page, 'manage, published')
      await screenshot(page, `employer-jobs-${label}-manage`)

      // close → under Closed, and gone from the candidate's explore at once
      await manage.getByRole('button', { name: 'Close job' }).click()
      await manage.getByRole('status').filter({ hasText: 'Job closed. Candidates no longer see it.' }).waitFor()
      expect(await manage.innerText()).toMatch(/Closed/)
      expect(await candidateSees(viewport, title)).toBe(false)
      await page.getByRole('link', { name: '← Dashboard' }).click()
      await page.waitForURL(/\/employer$/)
      await tab(page, 'closed').click()
      await page.waitForURL(/\/employer\?status=closed$/)
      expect(await jobCards(page).filter({ hasText: title }).innerText()).toContain('Closed')
      expect(await tab(page, 'published').innerText()).toMatch(/Published\s*0/)

      // republish → live and new again
      await jobCards(page).filter({ hasText: title }).getByRole('link', { name: title }).click()
      await page.waitForURL(`**/employer/jobs/${jobId}`)
      await manage.getByRole('button', { name: 'Republish' }).click()
      await manage.getByRole('status').filter({ hasText: 'Job published again' }).waitFor()
      expect(await candidateSees(viewport, title)).toBe(true)

      // duplicate → the copy's own page, a draft
      await manage.getByRole('button', { name: 'Duplicate' }).click()
      await page.getByRole('heading', { name: `${title} (copy)`, level: 1 }).waitFor()
      expect(page.url()).not.toContain(jobId)
      await manage.getByRole('status').filter({ hasText: 'Copy saved as a draft' }).waitFor()
      expect(await manage.getByRole('link', { name: 'Continue with AIVI' }).count()).toBe(1)
      expect(await manage.getByRole('button', { name: /Close job|Republish/ }).count()).toBe(0)
      await checkPage(page, 'manage, draft')
      await screenshot(page, `employer-jobs-${label}-draft`)
      await page.getByRole('link', { name: '← Dashboard' }).click()
      await page.waitForURL(/\/employer$/)
      expect(await tab(page, 'draft').innerText()).toMatch(/Drafts\s*1/)
      expect(await tab(page, 'published').innerText()).toMatch(/Published\s*1/)
      await tab(page, 'draft').click()
      await page.waitForURL(/\/employer\?status=draft$/)
      expect(await jobCards(page).filter({ hasText: `${title} (copy)` }).innerText()).toContain('Draft')
      expect(await candidateSees(viewport, `${title} (copy)`)).toBe(false)
      await checkPage(page, 'dashboard, drafts')

      expect(watch.errors).toEqual([])
      await ctx.close()
    })
  })
}

describe('employer jobs without JavaScript', () => {
  it('the profile, close and duplicate are plain form posts; another employer’s job is a 404', { timeout: 60_000 }, async () => {
    const owner = await createEmployerActor(server.services)
    const stranger = await createEmployerActor(server.services)
    const title = `No Script Rider ${randomInt(1e6)}`
    const jobId = await insertEmployerJob(server.services.db, owner.id, { title })

    const ctx = await signedIn(owner, PHONE, { javaScriptEnabled: false })
    const page = await ctx.newPage()

    // the profile form: the city is typed, not picked, and resolved on the server
    await page.goto('/employer/profile')
    await page.getByLabel('City').fill('Bombay')
    await page.getByLabel('Website').fill('No-Script.Example.in/jobs')
    await page.getByRole('button', { name: 'Save profile' }).click()
    await page.getByText('Saved ✓').waitFor()
    expect(await server.services.db.selectFrom('employers').select(['city_id', 'city_name', 'website']).where('id', '=', owner.id).executeTakeFirstOrThrow()).toEqual({
      city_id: 'mumbai-mh',
      city_name: 'Mumbai',
      website: 'https://no-script.example.in/jobs',
    })
    await page.getByLabel('City').fill('Atlantis')
    await page.getByRole('button', { name: 'Save profile' }).click()
    await page.getByText('Choose your city from the list').waitFor()
    expect((await server.services.db.selectFrom('employers').select('city_id').where('id', '=', owner.id).executeTakeFirstOrThrow()).city_id).toBe('mumbai-mh')

    await page.goto(`/employer/jobs/${jobId}`)
    await page.getByRole('button', { name: 'Close job' }).click()
    await page.getByText('Job closed. Candidates no longer see it.').waitFor()
    expect((await server.services.db.selectFrom('jobs').select('status').where('id', '=', jobId).executeTakeFirstOrThrow()).status).toBe('closed')
    await page.getByRole('button', { name: 'Duplicate' }).click()
    await page.getByRole('heading', { name: `${title} (copy)`, level: 1 }).waitFor()
    await ctx.close()

    const other = await signedIn(stranger, PHONE)
    const strangerPage = await other.newPage()
    const watch = watchPage(strangerPage)
    const res = await strangerPage.goto(`/employer/jobs/${jobId}`)
    expect(res?.status()).toBe(404)
    await strangerPage.getByText('We could not find this job among yours.').waitFor()
    expect(await strangerPage.content()).not.toContain(title)
    // the browser logs the 404 document itself; nothing else may fail
    expect(watch.errors.filter((e) => !/status of 404/.test(e))).toEqual([])
    await other.close()
  })
})
