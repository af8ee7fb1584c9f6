import { randomInt } from 'node:crypto'
import type { Browser, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { resources } from '../../app/i18n/i18n'
import { insertCurrentResume } from '../helpers/matching'
import { devanagariInBoxes, lazyPartsSettled, newContext, PHONE, screenshot, useBrowserSuite, watchPage } from '../setup/browser'
import { insertEmployerJob } from '../setup/employer-jobs'
import { callerFor, completeBasicProfile, createCandidateActor, createEmployerActor, type Actor } from '../setup/fixtures'
import type { TestServer } from '../setup/test-server'

/**
 * Every candidate page in Hindi, walked for English left from our own UI. "Our own" is exact: a
 * visible text (text node, placeholder, aria-label, title) that is a whole English string of the
 * message files (placeholders as wildcards) whose Hindi differs. User data (names, companies, job
 * titles, cities) and brand words are never in that list, so they cannot trip it; the price is that
 * an English literal typed straight into a component (not in a message file) is not caught here —
 * the page tests look for those by name. Master-data names are left out too: a demo job's title may
 * be a role's English name ("Security Guard"); their Hindi is checked in hindi-jobs.test.ts.
 */
let server: TestServer
let browser: Browser
let employer: Actor

useBrowserSuite((suite) => ({ server, browser } = suite))
beforeAll(async () => {
  employer = await createEmployerActor(server.services)
})

type Tree = { [key: string]: string | Tree }

function strings(en: Tree, hi: Tree | undefined, path: string[] = []): { key: string; text: string }[] {
  return Object.entries(en).flatMap(([k, v]) => {
    const other = hi?.[k]
    if (typeof v !== 'string') return strings(v, typeof other === 'object' ? other : undefined, [...path, k])
    // the same in both languages on purpose ("AIVI", "PDF", "Hindi"): not English left behind
    return other === v ? [] : [{ key: [...path, k].join('.'), text: v }]
  })
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const { serverMessages: _en, ...enTree } = resources.en as unknown as Tree & { serverMessages: unknown }
const { serverMessages: _hi, ...hiTree } = resources.hi as unknown as Tree & { serverMessages: unknown }
// a string worth looking for has English outside its placeholders: a word of 3+ letters, and with
// placeholders at least two such words ("{{a}} and {{b}}" alone would match any sentence with "and")
const englishWords = (text: string) => text.replace(/\{\{\s*\w+\s*\}\}/g, ' ').match(/[A-Za-z]{3,}/g)?.length ?? 0
const OURS = strings(enTree, hiTree)
  .filter(({ text }) => englishWords(text) >= (text.includes('{{') ? 2 : 1))
  .map(({ key, text }) => ({ key, re: new RegExp(`^${text.trim().split(/\{\{\s*\w+\s*\}\}/).map(escape).join('.+?')}$`) }))

/** What a reader sees or hears on the page: text nodes of visible elements, and labels, placeholders, titles. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true }) || el.closest('.sr-only') !== null
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement
      const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim()
      if (text && parent && !['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName) && shown(parent)) out.push(text)
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (!shown(el)) continue
      for (const a of ['aria-label', 'placeholder', 'title']) {
        const v = el.getAttribute(a)?.replace(/\s+/g, ' ').trim()
        if (v) out.push(v)
      }
    }
    return out
  })
}

async function englishLeft(page: Page): Promise<string[]> {
  const texts = [...new Set(await visibleTexts(page))]
  return texts.flatMap((t) => OURS.filter((o) => o.re.test(t)).map((o) => `${o.key}: "${t}"`))
}

describe('no English of ours on a Hindi candidate’s pages (360 px)', () => {
  it('knows what to look for', () => {
    expect(OURS.length).toBeGreaterThan(300)
    // it would catch a page left in English
    expect(OURS.some((o) => o.re.test('Jobs for you'))).toBe(true)
    expect(OURS.some((o) => o.re.test('Posted 3 days ago'))).toBe(true)
    // and not a person or a company
    expect(OURS.some((o) => o.re.test('Ravi Kumar') || o.re.test('Swift Parcels Pvt Ltd') || o.re.test('AIVIUE'))).toBe(false)
  })

  it('walks every candidate page', { timeout: 180_000 }, async () => {
    const n = randomInt(1e6)
    const db = server.services.db
    const jobId = await insertEmployerJob(db, employer.id, { title: `Gate Guard ${n}`, cityId: 'pune-mh', salary: [15_000, 18_000] })
    const me = await createCandidateActor(server.services, { name: 'Sunil Patil', locale: 'hi' })
    await completeBasicProfile(server.services, me, { cityId: 'pune-mh', roleSlug: 'security-guard', name: 'Sunil Patil', pinCode: '411001' })
    await insertCurrentResume(db, me.id, { experience_months: 24, expected_salary_monthly: 16_000, languages: ['Hindi', 'Marathi'] })
    const { applicationId } = await (await callerFor(server.services, me.cookie)).applications.submit({ jobId, clientRequestId: `walk-${n}`, answers: {} })
    await (await callerFor(server.services, employer.cookie)).applicants.scheduleInterview({ applicationId, date: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10), time: '11:00', place: 'Main gate', contactName: 'Ramesh' })

    const ctx = await newContext(browser, server.url, PHONE, { locale: 'hi-IN' })
    const eq = me.cookie.indexOf('=')
    await ctx.addCookies([{ name: me.cookie.slice(0, eq), value: me.cookie.slice(eq + 1), url: server.url }])
    const page = await ctx.newPage()
    const watch = watchPage(page)
    const found: string[] = []
    // every Hindi word drawn in a font that has it, at every weight (a font stack can stop the
    // browser's fallback before the Devanagari font: headings showed boxes)
    const boxes: string[] = []
    for (const path of ['/home', '/jobs', `/jobs/${jobId}`, '/resume', '/applications', `/applications/${applicationId}`, '/notifications', '/profile']) {
      await page.goto(path)
      await page.locator('main').waitFor()
      await lazyPartsSettled(page)
      expect(await page.locator('html').getAttribute('lang'), path).toBe('hi')
      found.push(...(await englishLeft(page)).map((f) => `${path} ${f}`))
      boxes.push(...(await devanagariInBoxes(page)).map((f) => `${path} ${f}`))
      await screenshot(page, `hi-walk-${path.split('/')[1]}-360`)
    }
    await ctx.close()

    // the chat's answer controls, for a candidate who has no resume yet
    const newcomer = await createCandidateActor(server.services, { name: 'Meena Devi', locale: 'hi' })
    await completeBasicProfile(server.services, newcomer, { cityId: 'pune-mh', roleSlug: 'delivery-boy', name: 'Meena Devi', pinCode: '411001' })
    const chatCtx = await newContext(browser, server.url, PHONE, { locale: 'hi-IN' })
    const ceq = newcomer.cookie.indexOf('=')
    await chatCtx.addCookies([{ name: newcomer.cookie.slice(0, ceq), value: newcomer.cookie.slice(ceq + 1), url: server.url }])
    const chatPage = await chatCtx.newPage()
    const chatWatch = watchPage(chatPage)
    await chatPage.goto('/resume')
    await chatPage.waitForFunction(() => (window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized === true)
    await chatPage.getByRole('button', { name: 'AIVI bot के साथ बनाएँ' }).click()
    await chatPage.getByTestId('live-question').waitFor({ timeout: 15_000 })
    found.push(...(await englishLeft(chatPage)).map((f) => `/resume (chat) ${f}`))
    boxes.push(...(await devanagariInBoxes(chatPage)).map((f) => `/resume (chat) ${f}`))
    await screenshot(chatPage, 'hi-walk-chat-360')
    await chatCtx.close()

    // the public pages a Hindi phone sees before signing up
    const anon = await newContext(browser, server.url, PHONE, { locale: 'hi-IN' })
    const pub = await anon.newPage()
    const pubWatch = watchPage(pub)
    for (const path of ['/candidate', '/login', '/signup', `/job/${jobId}`]) {
      await pub.goto(path)
      found.push(...(await englishLeft(pub)).map((f) => `${path} ${f}`))
      boxes.push(...(await devanagariInBoxes(pub)).map((f) => `${path} ${f}`))
    }
    await anon.close()
    expect(found).toEqual([])
    expect(boxes).toEqual([])
    expect([...watch.errors, ...chatWatch.errors, ...pubWatch.errors]).toEqual([])
  })
})
