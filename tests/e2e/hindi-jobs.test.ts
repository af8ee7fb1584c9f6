import type { Browser, BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { insertCurrentResume, insertJob } from '../helpers/matching'
import { hasHorizontalScroll, newContext, PHONE, screenshot, seriousA11yViolations, useBrowserSuite, watchPage } from '../setup/browser'
import { completeBasicProfile, createCandidateActor, type Actor } from '../setup/fixtures'
import type { TestServer } from '../setup/test-server'

let server: TestServer
let browser: Browser
let rider: Actor
let walker: Actor
let jobId: string

useBrowserSuite((suite) => ({ server, browser } = suite))
beforeAll(async () => {
  const db = server.services.db
  const job = { roleSlug: 'delivery-boy', licence: true, twoWheeler: true, salary: [18_000, 25_000] as [number, number] }
  jobId = await insertJob(db, { ...job, title: 'Delivery Executive', cityId: 'mumbai-mh', locality: 'Andheri East' })
  await insertJob(db, { ...job, title: 'Food Delivery Partner', cityId: 'thane-mh' })
  rider = await createCandidateActor(server.services, { name: 'Ravi Kumar', locale: 'hi' })
  await completeBasicProfile(server.services, rider, { cityId: 'mumbai-mh', roleSlug: 'delivery-boy', name: 'Ravi Kumar' })
  await insertCurrentResume(db, rider.id, { experience_months: 12, expected_salary_monthly: 20_000, has_driving_licence: true, owns_vehicle: true, vehicle_type: 'two_wheeler', languages: ['Hindi', 'Marathi'] })
  // no licence and no vehicle: the delivery jobs are hidden from him, and Home says what unlocks them
  walker = await createCandidateActor(server.services, { name: 'Sunil Yadav', locale: 'hi' })
  await completeBasicProfile(server.services, walker, { cityId: 'mumbai-mh', roleSlug: 'delivery-boy', name: 'Sunil Yadav' })
  await insertCurrentResume(db, walker.id, { experience_months: 0, expected_salary_monthly: 15_000, has_driving_licence: false, owns_vehicle: false, languages: ['Hindi'] })
})

async function hindiPhone(actor?: Actor): Promise<BrowserContext> {
  const ctx = await newContext(browser, server.url, PHONE, { locale: 'hi-IN' })
  if (actor) {
    const [name, ...rest] = actor.cookie.split('=')
    await ctx.addCookies([{ name, value: rest.join('='), url: server.url }])
  }
  return ctx
}

/** Text cut off inside its box (an ellipsis or a clipped word) among the page's short labels. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, a, button, label, summary, dt, [role="menuitem"]')]
      // the skip link is visually hidden on purpose
      .filter((e) => !e.closest('.sr-only') && (e as HTMLElement).offsetParent !== null && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== 'visible')
      .map((e) => (e.textContent ?? '').trim().slice(0, 40)),
  )
}

/** The checks every Hindi page gets: the language, no sideways scroll, nothing clipped, axe. */
async function checkPage(page: Page, name: string) {
  expect(await page.locator('html').getAttribute('lang')).toBe('hi')
  expect(await hasHorizontalScroll(page), `${name}: horizontal scroll`).toBe(false)
  expect(await clipped(page), `${name}: clipped text`).toEqual([])
  expect(await seriousA11yViolations(page), name).toEqual([])
  await screenshot(page, `hi-${name}-360`)
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).innerText()

describe('the candidate’s job pages in Hindi (360 px)', () => {
  it('Home, Jobs and a job page: Hindi headings, reasons and labels; the header keeps one row with the switch', { timeout: 120_000 }, async () => {
    const ctx = await hindiPhone(rider)
    const page = await ctx.newPage()
    const watch = watchPage(page)

    await page.goto('/home')
    expect(await h1(page)).toBe('नमस्ते, Ravi')
    expect(await page.title()).toBe('होम — AIVIUE')
    await page.getByRole('heading', { name: 'आपके लिए नौकरियाँ' }).waitFor()
    const nav = page.getByRole('navigation', { name: 'मुख्य' }).last()
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['होम', 'मेरा Resume', 'नौकरियाँ', 'आवेदन', 'प्रोफ़ाइल'])
    // the header: logo, English switch, bell and avatar on one row
    const header = page.locator('header').first()
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(44 + 2 * 10 + 2)
    const toEnglish = header.getByTestId('language-switch')
    expect(await toEnglish.innerText()).toBe('English')
    const box = (await toEnglish.boundingBox())!
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44)
    // "why it matched", translated from the matcher's English
    const card = page.getByTestId('top-jobs').getByRole('article').first()
    const reasons = await card.getByRole('list', { name: 'क्यों मिली' }).getByRole('listitem').allInnerTexts()
    expect(reasons).toContain('₹18–25k, आपकी ₹20k की उम्मीद के हिसाब से सही')
    expect(reasons).toContain('टू-व्हीलर चाहिए: आपके पास है')
    expect(await card.innerText()).toContain('/महीना')
    const body = await page.locator('main').innerText()
    for (const english of ['Your resume', 'Jobs for you', 'Why it matched', 'Profile completeness', 'Explore more jobs', 'fits your']) expect(body).not.toContain(english)
    await checkPage(page, 'home')

    await page.goto('/jobs')
    expect(await h1(page)).toBe('नौकरियाँ')
    await page.getByRole('article').first().waitFor()
    expect(await page.getByTestId('explore-count').innerText()).toMatch(/^\d[\d,]*\+? (नौकरी|नौकरियाँ)/)
    await page.getByRole('heading', { name: 'सारी नौकरियाँ देखें' }).waitFor()
    await page.locator('summary', { hasText: 'फ़िल्टर' }).click()
    expect(await page.getByLabel('आपका अनुभव').locator('option').allInnerTexts()).toContain('2 साल')
    expect(await page.getByLabel('क्रम').locator('option').allInnerTexts()).toEqual(['सबसे सही पहले', 'सबसे नई पहले', 'सबसे ज़्यादा सैलरी'])
    // categories, roles and work modes in the filters are Hindi words (master data, decision 018)
    expect(await page.locator('select[name="category"] option').allInnerTexts()).toEqual(expect.arrayContaining(['डिलीवरी और सामान पहुँचाना', 'सिक्योरिटी और हाउसकीपिंग']))
    expect(await page.locator('select[name="role"] option').allInnerTexts()).toEqual(expect.arrayContaining(['डिलीवरी बॉय', 'सिक्योरिटी गार्ड', 'ड्राइवर (कार)']))
    const filterText = (await page.locator('main select option').allInnerTexts()).join(' | ')
    for (const english of ['Delivery & Logistics', 'Delivery Boy', 'Security Guard', 'On-site']) expect(filterText).not.toContain(english)
    for (const english of ['Explore all jobs', 'Search jobs', 'Sort by', 'Filters', 'Showing']) expect(await page.locator('main').innerText()).not.toContain(english)
    await checkPage(page, 'jobs')

    await page.goto(`/jobs/${jobId}`)
    expect(await h1(page)).toBe('Delivery Executive')
    expect(await page.title()).toMatch(/^Delivery Executive, .+ — AIVIUE$/)
    const why = page.getByTestId('job-why')
    expect(await why.getByRole('heading').innerText()).toBe('यह नौकरी आपके लिए क्यों')
    expect(await why.getByRole('listitem').allInnerTexts()).toContain('ड्राइविंग लाइसेंस चाहिए: आपके पास है')
    for (const label of ['सैलरी', 'अनुभव', 'नौकरी का प्रकार', 'नौकरी के बारे में', 'क्या चाहिए']) expect(await page.getByText(label, { exact: true }).count(), label).toBeGreaterThan(0)
    expect(await page.getByText('सही ड्राइविंग लाइसेंस').count()).toBe(1)
    // the role, its categories and the work mode in Hindi; the "why" names the role in Hindi too
    expect(await page.getByText('डिलीवरी बॉय', { exact: true }).count()).toBeGreaterThan(0)
    expect(await page.getByText('डिलीवरी और सामान पहुँचाना', { exact: true }).count()).toBeGreaterThan(0)
    expect(await page.getByText('काम की जगह पर', { exact: false }).count()).toBeGreaterThan(0)
    expect(await why.getByRole('listitem').allInnerTexts()).toContain('डिलीवरी बॉय')
    for (const english of ['Delivery Boy', 'Delivery & Logistics', 'Transportation & Driving', 'On-site', 'Work mode']) expect(await page.locator('main').innerText()).not.toContain(english)
    await checkPage(page, 'job')

    // the account menu
    await page.getByRole('button', { name: 'खाते का मेन्यू' }).click()
    expect(await page.getByRole('menuitem').allInnerTexts()).toEqual(['प्रोफ़ाइल', 'मेरा डेटा डाउनलोड करें', 'लॉग आउट'])

    expect(watch.errors).toEqual([])
    await ctx.close()
  })

  it('the profile-gap nudge and the job page’s missing requirements in Hindi', { timeout: 60_000 }, async () => {
    const ctx = await hindiPhone(walker)
    const page = await ctx.newPage()
    const watch = watchPage(page)
    await page.goto('/home')
    const nudge = page.getByTestId('profile-nudge')
    expect(await nudge.innerText()).toMatch(/^अपना ड्राइविंग लाइसेंस( और टू-व्हीलर)? जोड़ें और पास की \d+ और (नौकरी|नौकरियाँ) देखें/)
    expect(await nudge.getByRole('link').innerText()).toBe('मेरा resume बदलें')
    await checkPage(page, 'home-nudge')

    await page.goto(`/jobs/${jobId}`)
    const missing = page.getByTestId('job-missing')
    expect(await missing.getByRole('heading').innerText()).toBe('आवेदन से पहले')
    expect(await missing.innerText()).toContain('इस नौकरी में ड्राइविंग लाइसेंस चाहिए।')
    expect(await missing.innerText()).not.toContain('This job needs')
    expect(watch.errors).toEqual([])
    await ctx.close()
  })

  it('the public pages: candidate landing, employer landing and a shared job', { timeout: 90_000 }, async () => {
    const ctx = await hindiPhone()
    const page = await ctx.newPage()
    const watch = watchPage(page)

    await page.goto('/candidate')
    expect(await h1(page)).toBe('अपनी पसंद की नौकरी पाएँ')
    expect(await page.title()).toBe('अपनी पसंद की नौकरी पाएँ — AIVIUE')
    await page.getByRole('heading', { name: 'कैसे काम करता है' }).waitFor()
    expect(await page.getByTestId('category-tile').first().innerText()).toMatch(/\d+ (नौकरी|नौकरियाँ)$/)
    expect(await page.getByTestId('category-tile').first().innerText()).toContain('डिलीवरी और सामान पहुँचाना')
    for (const english of ['Find your dream job', 'How it works', 'Hot jobs', 'Sign Up']) expect(await page.locator('body').innerText()).not.toContain(english)
    await checkPage(page, 'candidate')

    await page.goto('/')
    expect(await h1(page)).toBe('सही लोग भर्ती करें, हफ़्तों में नहीं, दिनों में।')
    await page.getByRole('heading', { name: 'AIVIUE क्यों' }).waitFor()
    await checkPage(page, 'index')

    await page.goto(`/job/${jobId}`)
    expect(await h1(page)).toBe('Delivery Executive')
    const signUp = page.getByTestId('signup-to-apply')
    expect(await signUp.getByRole('heading').innerText()).toBe('आवेदन के लिए साइन अप करें')
    expect(await signUp.getByRole('link', { name: 'मेरा खाता है: लॉग इन करें' }).count()).toBe(1)
    expect(await page.getByText('/महीना').count()).toBeGreaterThan(0)
    await checkPage(page, 'public-job')

    expect(watch.errors).toEqual([])
    await ctx.close()
  })
})
