import { sql } from 'kysely'
import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DESKTOP, hasHorizontalScroll, newContext, PHONE, screenshot, seriousA11yViolations, useBrowserSuite, watchPage } from '../setup/browser'
import type { TestServer } from '../setup/test-server'

let server: TestServer
let browser: Browser
useBrowserSuite((suite) => ({ server, browser } = suite))

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
      const links = await nav.getByRole('link').allInnerTexts()
      // "For Candidates" sits left of the employer Login / Sign Up
      const texts = links.map((l) => l.replace(/\s+/g, ' ').trim())
      expect(texts[0]).toContain('AIVIUE')
      expect(texts.slice(1)).toEqual(['For Candidates', 'Login', 'Sign Up'])
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
