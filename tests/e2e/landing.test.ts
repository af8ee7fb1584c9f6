import { sql } from 'kysely'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DESKTOP, hasHorizontalScroll, newContext, PHONE, screenshot, seriousA11yViolations, useBrowserSuite, watchPage } from '../setup/browser'
import { completeBasicProfile, createCandidateActor, randomMobile } from '../setup/fixtures'
import { insertJob } from '../helpers/matching'
import type { TestServer } from '../setup/test-server'

let server: TestServer
let browser: Browser
useBrowserSuite((suite) => ({ server, browser } = suite))

async function pickCity(page: Page, label: string, typed: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: label })
  await box.click()
  await box.pressSequentially(typed, { delay: 20 })
  await page.getByRole('option', { name: option }).first().click()
}

describe('landing pages', () => {
  for (const [label, viewport] of [
    ['360', PHONE],
    ['1280', DESKTOP],
  ] as const) {
    it(`/ renders and "For Candidates" leads to /candidate (${label}px)`, async () => {
      const ctx = await newContext(browser, server.url, viewport)
      const page = await ctx.newPage()
      const watch = watchPage(page)
      await page.goto('/')
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)
      const nav = page.getByRole('navigation', { name: 'Main' })
      // phones: one header row — Sign Up beside a menu that holds every link
      if (label === '360') await nav.locator('summary', { hasText: 'Menu' }).click()
      const links = await nav.getByRole('link').allInnerTexts()
      // "For Candidates" sits left of the employer Login / Sign Up
      const texts = links.map((l) => l.replace(/\s+/g, ' ').trim())
      expect(texts[0]).toContain('AIVIUE')
      expect(texts.slice(1)).toEqual(label === '360' ? ['Sign Up', 'For Candidates', 'Login', 'Sign Up'] : ['For Candidates', 'Login', 'Sign Up'])
      expect(await hasHorizontalScroll(page)).toBe(false)
      expect(await seriousA11yViolations(page)).toEqual([])
      await screenshot(page, `landing-${label}`)
      await nav.getByRole('link', { name: 'For Candidates' }).click()
      await page.waitForURL('**/candidate')
      expect(watch.errors).toEqual([])
      await ctx.close()
    })

    it(`/candidate shows live hot jobs and category counts (${label}px)`, async () => {
      const ctx = await newContext(browser, server.url, viewport)
      const page = await ctx.newPage()
      const watch = watchPage(page)
      await page.goto('/candidate')
      expect(await page.getByRole('heading', { name: 'Find your dream job' }).count()).toBe(1)

      const newest = await server.services.db
        .selectFrom('jobs')
        .select(['title', 'company_name'])
        .where('status', '=', 'published')
        .orderBy('published_at', 'desc')
        .executeTakeFirstOrThrow()
      const hot = page.getByTestId('hot-jobs')
      expect(await hot.getByRole('article').count()).toBeGreaterThanOrEqual(4)
      expect(await hot.innerText()).toContain(newest.title)

      const delivery = await sql<{ n: number }>`select count(*)::int as n from jobs j join job_categories c on c.id = any(j.category_ids) where c.slug = 'delivery-logistics' and j.status = 'published'`.execute(server.services.db)
      expect(delivery.rows[0].n).toBeGreaterThan(0)
      const categoryText = await page.getByTestId('categories').innerText()
      expect(categoryText).toContain('Delivery & Logistics')
      expect(categoryText).toContain(`${delivery.rows[0].n} jobs`)

      expect(await hasHorizontalScroll(page)).toBe(false)
      expect(await seriousA11yViolations(page)).toEqual([])
      await screenshot(page, `candidate-landing-${label}`)
      expect(watch.errors).toEqual([])
      await ctx.close()
    })
  }

  it('a visitor opens a hot job by tapping its card and sees the public job page with "Sign up to apply" (360px)', async () => {
    const ctx = await newContext(browser, server.url, PHONE)
    const page = await ctx.newPage()
    const watch = watchPage(page)
    await page.goto('/candidate')
    const card = page.getByTestId('hot-jobs').getByRole('article').first()
    const title = (await card.getByRole('heading', { level: 3 }).innerText()).trim()
    // a tap anywhere on the card (here: its posted line), not only the title
    const posted = card.getByText(/^Posted /)
    await posted.scrollIntoViewIfNeeded()
    const box = (await posted.boundingBox())!
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await page.waitForURL(/\/job\/[0-9a-f-]{36}$/)
    const jobId = page.url().split('/').pop()!
    await page.getByRole('heading', { level: 1, name: title }).waitFor()
    const prompt = page.getByTestId('signup-to-apply')
    expect(await prompt.getByRole('heading', { name: 'Sign up to apply' }).count()).toBe(1)
    // the posting only: never the employer's contact
    const employer = await server.services.db
      .selectFrom('jobs as j')
      .innerJoin('employers as e', 'e.id', 'j.employer_id')
      .select(['e.phone', 'e.email'])
      .where('j.id', '=', jobId)
      .executeTakeFirstOrThrow()
    const html = await page.content()
    expect(employer.email).toContain('@')
    expect(html).not.toContain(employer.email)
    // demo employers may have no phone on file; a real one must never show
    const phone = employer.phone.replace(/\D/g, '').slice(-10)
    if (phone.length === 10) expect(html.replace(/\D/g, '')).not.toContain(phone)
    expect(await hasHorizontalScroll(page)).toBe(false)
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, 'public-job-360')
    await prompt.getByTestId('signup-to-apply-link').click()
    await page.waitForURL(`**/signup?redirectTo=%2Fjobs%2F${jobId}`)

    // sign up and pass the basic-profile gate: the visitor lands back on that job, where Apply is
    await page.getByLabel('Mobile number').fill(randomMobile().slice(3))
    await page.getByLabel('Full name').fill('Farhan Qureshi')
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.waitForURL(`**/onboarding?redirectTo=%2Fjobs%2F${jobId}`)
    await pickCity(page, 'Current location', 'Pune', /^Pune\b/)
    await page.getByLabel('PIN code').fill('411001')
    await page.getByLabel('Preferred job category').selectOption({ label: 'Delivery & Logistics' })
    await page.getByLabel('Preferred job role').selectOption({ label: 'Delivery Boy' })
    await pickCity(page, 'Preferred job locations', 'Pune', /^Pune\b/)
    expect(await hasHorizontalScroll(page)).toBe(false)
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.waitForURL(`**/jobs/${jobId}`)
    await page.getByRole('heading', { level: 1, name: title }).waitFor()
    await page.getByText('Apply for this job').first().waitFor()
    await screenshot(page, 'public-job-360-after-signup')
    expect(watch.errors).toEqual([])
    await ctx.close()
  })

  it('a visitor with an account that never finished the basic profile logs in from a job: the gate, then back on that job (360px)', async () => {
    // signed up earlier, left before the gate: no basic profile yet
    const mobile = randomMobile()
    await createCandidateActor(server.services, { name: 'Rekha Pawar', mobile })
    const job = await server.services.db.selectFrom('jobs').select(['id', 'title']).where('status', '=', 'published').orderBy('published_at', 'desc').executeTakeFirstOrThrow()
    const ctx = await newContext(browser, server.url, PHONE)
    const page = await ctx.newPage()
    const watch = watchPage(page)
    await page.goto(`/job/${job.id}`)
    await page.getByTestId('signup-to-apply').getByRole('link', { name: 'I have an account: log in' }).click()
    await page.waitForURL(`**/login?redirectTo=%2Fjobs%2F${job.id}`)
    await page.getByLabel('Mobile number').fill(mobile.slice(3))
    await page.getByRole('button', { name: 'Log in' }).click()
    // the job page sends an unfinished profile to the gate, which keeps the way back
    await page.waitForURL(`**/onboarding?redirectTo=%2Fjobs%2F${job.id}`)
    await page.getByRole('heading', { name: 'Welcome, Rekha!' }).waitFor()
    await pickCity(page, 'Current location', 'Pune', /^Pune\b/)
    await page.getByLabel('PIN code').fill('411001')
    await page.getByLabel('Preferred job category').selectOption({ label: 'Delivery & Logistics' })
    await page.getByLabel('Preferred job role').selectOption({ label: 'Delivery Boy' })
    await pickCity(page, 'Preferred job locations', 'Pune', /^Pune\b/)
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.waitForURL(`**/jobs/${job.id}`)
    await page.getByRole('heading', { level: 1, name: job.title }).waitFor()
    await page.getByText('Apply for this job').first().waitFor()
    await screenshot(page, 'login-to-job-360-after-gate')
    expect(watch.errors).toEqual([])
    await ctx.close()
  })

  it('a redirectTo off the site is dropped on sign-up and login (no open redirect); a safe one is carried between them', async () => {
    const ctx = await newContext(browser, server.url, PHONE)
    const page = await ctx.newPage()
    const watch = watchPage(page)
    for (const evil of ['https://evil.example/jobs', '//evil.example', '/\t/evil.example', '/\\evil.example']) {
      await page.goto(`/signup?redirectTo=${encodeURIComponent(evil)}`)
      expect(await page.locator('input[name="redirectTo"]').inputValue()).toBe('')
      expect(await page.getByRole('link', { name: 'Log in' }).last().getAttribute('href')).toBe('/login')
      await page.goto(`/login?redirectTo=${encodeURIComponent(evil)}`)
      expect(await page.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/signup')
    }
    // login without an account yet: "Create an account" keeps the way back to the job
    await page.goto(`/login?redirectTo=${encodeURIComponent('/jobs/123')}`)
    expect(await page.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/signup?redirectTo=%2Fjobs%2F123')
    expect(watch.errors).toEqual([])
    await ctx.close()
  })

  it('category tiles: visitors go to sign-up; a signed-in candidate gets Explore filtered by that category', async () => {
    const delivery = await server.services.db.selectFrom('job_categories').select(['id']).where('slug', '=', 'delivery-logistics').executeTakeFirstOrThrow()
    const visitor = await newContext(browser, server.url, PHONE)
    const page = await visitor.newPage()
    const watch = watchPage(page)
    await page.goto('/candidate')
    await page.getByTestId('category-tile').filter({ hasText: 'Delivery & Logistics' }).click()
    await page.waitForURL('**/signup')
    expect(watch.errors).toEqual([])
    await visitor.close()

    // the seeded set is random: make sure there is a delivery job near the candidate's city
    await insertJob(server.services.db, { title: 'Tile Delivery Rider', roleSlug: 'delivery-boy', cityId: 'mumbai-mh', salary: [18_000, 24_000] })
    const actor = await createCandidateActor(server.services, { name: 'Tile Person' })
    await completeBasicProfile(server.services, actor, { cityId: 'mumbai-mh', roleSlug: 'delivery-boy', name: 'Tile Person' })
    const ctx = await newContext(browser, server.url, PHONE)
    const [name, ...rest] = actor.cookie.split('=')
    await ctx.addCookies([{ name, value: rest.join('='), url: server.url }])
    const signedIn = await ctx.newPage()
    const watch2 = watchPage(signedIn)
    await signedIn.goto('/candidate')
    await signedIn.getByTestId('category-tile').filter({ hasText: 'Delivery & Logistics' }).click()
    await signedIn.waitForURL((u) => u.pathname === '/jobs' && u.searchParams.get('category') === delivery.id)
    await signedIn.getByTestId('explore-results').waitFor()
    expect(await signedIn.getByLabel('Category').inputValue()).toBe(delivery.id)
    expect(await signedIn.getByTestId('explore-count').innerText()).toContain('near Mumbai')
    expect(watch2.errors).toEqual([])
    await ctx.close()
  })

  it('the CSP holds: our scripts carry the nonce and run; an injected inline script does not', async () => {
    const ctx = await newContext(browser, server.url, DESKTOP)
    const page = await ctx.newPage()
    const watch = watchPage(page)
    const response = await page.goto('/candidate')
    const csp = (await response!.headerValue('content-security-policy')) ?? ''
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1]
    expect(nonce).toBeTruthy()
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    const html = await response!.text()
    const inlineTags = html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []
    expect(inlineTags.length).toBeGreaterThan(0)
    for (const tag of inlineTags) expect(tag).toContain(`nonce="${nonce}"`)
    // hydrated: React handlers work (the page's own scripts ran under the CSP)
    await page.waitForFunction(() => (window as unknown as { __remixContext?: unknown }).__remixContext !== undefined)
    const violation = page.waitForEvent('console', (m) => /Content Security Policy/i.test(m.text()))
    const ran = await page.evaluate(() => {
      const s = document.createElement('script')
      s.textContent = 'window.__injected = true'
      document.body.appendChild(s)
      return (window as unknown as { __injected?: boolean }).__injected === true
    })
    expect(ran).toBe(false)
    await violation
    // only the violation we provoked
    expect(watch.errors.filter((e) => !/Content Security Policy/i.test(e))).toEqual([])
    expect(watch.errors.filter((e) => /Content Security Policy/i.test(e))).toHaveLength(1)
    await ctx.close()
  })
})
