import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { startTestServer, type TestServer } from './test-server'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots')

export const PHONE = { width: 360, height: 740 }
export const DESKTOP = { width: 1280, height: 900 }

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  })
}

/** `locale` sets the browser's language (its Accept-Language header); Chromium's own default otherwise. */
export async function newContext(browser: Browser, baseURL: string, viewport = PHONE, opts: { locale?: string } = {}): Promise<BrowserContext> {
  const ctx = await browser.newContext({ baseURL, viewport, deviceScaleFactor: 1, isMobile: viewport.width < 500, hasTouch: viewport.width < 500, locale: opts.locale })
  return withTimeouts(ctx)
}

/**
 * Every browser context's waits: 15 s for a step, 45 s for a navigation — a file's first page load
 * (cold server, Chromium's first renderer) is the step a loaded CI machine slows most.
 */
export function withTimeouts(ctx: BrowserContext): BrowserContext {
  ctx.setDefaultTimeout(15_000)
  ctx.setDefaultNavigationTimeout(45_000)
  return ctx
}

/** Fails the test on uncaught page errors and console errors (a broken page must not pass). */
export function watchPage(page: Page): { errors: string[] } {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`)
  })
  return { errors }
}

/**
 * Counts the script bytes a page downloads from now on. `sizes()`: each script's path and length,
 * for the responses seen so far.
 */
export function watchScripts(page: Page): { sizes: () => Promise<(readonly [string, number])[]> } {
  const scripts = new Map<string, Promise<number>>()
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.set(r.url(), r.body().then((b) => b.length, () => 0))
  })
  return { sizes: () => Promise.all([...scripts].map(async ([url, size]) => [new URL(url).pathname, await size] as const)) }
}

/**
 * Waits until content the page loads after it is up has arrived (the profile's rich-text editor
 * replaces its plain box then), so a check that walks the page does not race the swap.
 */
export async function lazyPartsSettled(page: Page): Promise<void> {
  await page.locator('[data-editor="loading"]').waitFor({ state: 'detached' })
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

export async function seriousA11yViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))
}

/** NOTE: on a mobile viewport the window widens with overflowing content, so compare with the configured width. */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  const width = page.viewportSize()?.width ?? 0
  return page.evaluate((w) => document.documentElement.scrollWidth > Math.max(w, 0) + 1 || document.documentElement.scrollWidth > window.innerWidth + 1, width)
}

/** Signs a new candidate up through the real form and completes the basic-profile gate. */
export async function signUpCandidate(page: Page, opts: { mobile: string; name: string; city?: string; categoryName?: string; roleName?: string; pin?: string }) {
  await page.goto('/signup')
  await page.getByLabel('Mobile number').fill(opts.mobile)
  await page.getByLabel('Full name').fill(opts.name)
  await page.getByRole('button', { name: 'Sign up' }).click()
  await page.waitForURL('**/onboarding')
}

/**
 * The usual browser-test file: a real server over its own database plus one Chromium, started
 * before the file's tests and stopped after. `onReady` hands both to the file's variables.
 */
export function useBrowserSuite(onReady: (suite: { server: TestServer; browser: Browser }) => void) {
  let server: TestServer | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    server = await startTestServer()
    browser = await launchBrowser()
    // one server-rendered page before the first test's, so that one is not the cold start
    await (await fetch(server.url + '/')).arrayBuffer()
    onReady({ server, browser })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })
}

/**
 * Visible texts with Devanagari that are not drawn with a Devanagari font (the reader sees boxes).
 * Asks Chromium which fonts it laid each element's text out with (CSS.getPlatformFontsForNode),
 * after the page's fonts have loaded.
 */
export async function devanagariInBoxes(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const texts = await page.evaluate(() => {
    const out: string[] = []
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('')
      if (!/[\u0900-\u097F]/.test(own) || !el.checkVisibility({ visibilityProperty: true })) continue
      el.setAttribute('data-deva-check', String(out.length))
      out.push(own.replace(/\s+/g, ' ').trim())
    }
    return out
  })
  const cdp = await page.context().newCDPSession(page)
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 })
    await cdp.send('CSS.enable')
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-deva-check]' })
    const boxed: string[] = []
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      if (fonts.some((f) => /devanagari/i.test(f.familyName))) continue
      const { attributes } = await cdp.send('DOM.getAttributes', { nodeId })
      const at = attributes.indexOf('data-deva-check')
      boxed.push(`"${texts[Number(attributes[at + 1])]}" in ${fonts.map((f) => f.familyName).join(', ') || 'no font'}`)
    }
    return boxed
  } finally {
    await cdp.detach()
  }
}
