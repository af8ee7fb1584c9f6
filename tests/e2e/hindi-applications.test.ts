import { randomInt } from 'node:crypto'
import type { Browser, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSession } from '../../server/auth/session.repo'
import type { StoredAnswers as Answers } from '../../server/resume/resume-answers'
import { insertCurrentResume } from '../helpers/matching'
import { hasHorizontalScroll, newContext, PHONE, screenshot, seriousA11yViolations, useBrowserSuite, watchPage } from '../setup/browser'
import { insertEmployerJob } from '../setup/employer-jobs'
import { callerFor, completeBasicProfile, createCandidateActor, createEmployerActor, type Actor } from '../setup/fixtures'
import type { TestServer } from '../setup/test-server'

let server: TestServer
let browser: Browser
let employer: Actor

useBrowserSuite((suite) => ({ server, browser } = suite))
beforeAll(async () => {
  employer = await createEmployerActor(server.services)
})

const db = () => server.services.db
const RIDER: Answers = { experience_months: 24, expected_salary_monthly: 20_000, has_driving_licence: true, owns_vehicle: true, vehicle_type: 'two_wheeler', languages: ['Hindi', 'Marathi'] }

/** Block elements whose text is cut off (wider than their box); `truncate` is deliberate. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main h1, main h2, main h3, main p, main dd, main dt, main button, main a, main li')]
      .filter((el) => {
        const e = el as HTMLElement
        return !e.closest('.truncate, .sr-only') && getComputedStyle(e).display !== 'inline' && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1
      })
      .map((el) => (el as HTMLElement).innerText.slice(0, 60)),
  )
}

async function checkPage(page: Page, what: string) {
  expect(await page.locator('html').getAttribute('lang'), what).toBe('hi')
  expect(await hasHorizontalScroll(page), `horizontal scroll on ${what}`).toBe(false)
  expect(await clipped(page), `clipped text on ${what}`).toEqual([])
  expect(await seriousA11yViolations(page), `axe on ${what}`).toEqual([])
}

const HINDI_DAY = '(रविवार|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार)'
const HINDI_MONTH = '(जनवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर)'
const ENGLISH_DATE_WORDS = /\b(Sun|Mon|Tue|Wed|Thu|Fri|Sat|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\d at \d/

/** Text of the page's main area, for "no English left" checks. */
const mainText = (page: Page) => page.locator('main').innerText()

/** A day a few days ahead as yyyy-mm-dd (interviews are from today on). */
function daysAhead(n: number): string {
  return new Date(Date.now() + n * 86_400_000 + 330 * 60_000).toISOString().slice(0, 10)
}

describe('the candidate’s applications, notifications and resume in Hindi (360 px)', () => {
  it('resume, apply (with a question), my applications, one application with withdraw, notifications', { timeout: 180_000 }, async () => {
    const n = randomInt(1e6)
    const nightJob = await insertEmployerJob(db(), employer.id, { title: `Night Rider ${n}`, cityId: 'pune-mh', salary: [18_000, 25_000] })
    await db().updateTable('jobs').set({ shift: 'night', requires_driving_licence: true }).where('id', '=', nightJob).execute()
    const guardJob = await insertEmployerJob(db(), employer.id, { title: `Gate Guard ${n}`, cityId: 'pune-mh', salary: [15_000, 18_000] })

    const sunil = await createCandidateActor(server.services, { name: 'Sunil Patil', locale: 'hi' })
    await completeBasicProfile(server.services, sunil, { cityId: 'pune-mh', roleSlug: 'delivery-boy', name: 'Sunil Patil', pinCode: '411001' })
    await insertCurrentResume(db(), sunil.id, RIDER)
    // the guard job: applied already, and the employer has fixed an interview
    const api = await callerFor(server.services, sunil.cookie)
    const { applicationId } = await api.applications.submit({ jobId: guardJob, clientRequestId: `hi-${n}`, answers: {} })
    const empApi = await callerFor(server.services, employer.cookie)
    await empApi.applicants.scheduleInterview({ applicationId, date: daysAhead(3), time: '14:30', place: 'Hinjewadi Phase 1 gate', contactName: 'Ramesh' })

    const ctx = await newContext(browser, server.url, PHONE, { locale: 'hi-IN' })
    const eq = sunil.cookie.indexOf('=')
    await ctx.addCookies([{ name: sunil.cookie.slice(0, eq), value: sunil.cookie.slice(eq + 1), url: server.url }])
    const page = await ctx.newPage()
    const watch = watchPage(page)

    // ── My Resume ────────────────────────────────────────────────────────────────────────
    await page.goto('/resume')
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('मेरा Resume')
    const current = page.getByTestId('current-resume')
    await current.getByRole('heading', { name: 'आपका resume' }).waitFor()
    await current.getByText('PDF डाउनलोड करें').waitFor()
    expect(await current.innerText()).toMatch(/वर्ज़न 1/)
    expect(await page.title()).toBe('मेरा Resume — AIVIUE')
    const resumeText = await mainText(page)
    for (const english of ['Download PDF', 'Your resume', 'Find matching jobs', 'Saved ']) expect(resumeText).not.toContain(english)
    await checkPage(page, 'my resume')
    await screenshot(page, 'hi-resume-360')

    // ── the job page's Apply card: one tap, a question in Hindi, applied ─────────────────────
    await page.goto(`/jobs/${nightJob}`)
    const card = page.getByTestId('job-apply')
    await card.getByRole('heading', { name: 'इस नौकरी के लिए अप्लाई करें' }).waitFor()
    await page.getByTestId('job-apply-button').click()
    const sheet = page.getByTestId('apply-sheet')
    await sheet.getByText('इस नौकरी में रात की शिफ़्ट है। क्या आप कर पाएँगे?').waitFor()
    await sheet.getByText('एक सवाल जिसका जवाब आपके resume में नहीं है:').waitFor()
    await checkPage(page, 'apply sheet')
    await screenshot(page, 'hi-apply-sheet-360')
    await sheet.getByLabel('हाँ').check()
    await sheet.getByRole('button', { name: 'अभी अप्लाई करें' }).click()
    await card.getByText('अप्लाई हो गया ✓').waitFor()
    await card.getByRole('status').filter({ hasText: 'नियोक्ता अब आपका resume देख सकता है' }).waitFor()
    const cardText = await card.innerText()
    for (const english of ['Applied ✓', 'Apply for this job', 'My applications']) expect(cardText).not.toContain(english)
    await screenshot(page, 'hi-apply-done-360')

    // ── My applications ─────────────────────────────────────────────────────────────────────
    await page.goto('/applications')
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('मेरी अर्ज़ियाँ')
    expect(await page.title()).toBe('मेरी अर्ज़ियाँ — AIVIUE')
    const guard = page.getByTestId('application').filter({ hasText: `Gate Guard ${n}` })
    expect(await guard.getByTestId('application-status').innerText()).toContain('इंटरव्यू')
    await guard.getByRole('heading', { name: 'आपका इंटरव्यू' }).waitFor()
    expect(await guard.getByTestId('interview-details').innerText()).toMatch(/दोपहर 2:30/)
    expect(await guard.getByTestId('next-step').innerText()).toMatch(/अब आगे क्या करें[\s\S]*इंटरव्यू के लिए .* Ramesh से मिलें/)
    // the interview's day and time inside the server's sentence are Hindi words too
    const nextStep = await guard.getByTestId('next-step').innerText()
    expect(nextStep).toMatch(new RegExp(`इंटरव्यू के लिए ${HINDI_DAY}, \\d{1,2} ${HINDI_MONTH} \\d{4} को दोपहर 2:30 बजे जाएँ`))
    expect(nextStep).not.toMatch(ENGLISH_DATE_WORDS)
    expect(await guard.getByRole('list', { name: 'अर्ज़ी कहाँ तक पहुँची' }).count()).toBe(1)
    const night = page.getByTestId('application').filter({ hasText: `Night Rider ${n}` })
    expect(await night.getByTestId('application-status').innerText()).toContain('अप्लाई किया')
    const listText = await mainText(page)
    for (const english of ['What to do next', 'Your interview', 'Withdraw application', 'Applied ', 'Decision', 'Open in Maps']) expect(listText).not.toContain(english)
    await checkPage(page, 'my applications')
    await screenshot(page, 'hi-applications-360')

    // ── one application, withdrawn in Hindi ───────────────────────────────────────────────────
    await page.goto(`/applications/${applicationId}`)
    await page.getByRole('link', { name: '← मेरी अर्ज़ियाँ' }).waitFor()
    expect(await page.title()).toBe(`Gate Guard ${n} — मेरी अर्ज़ी — AIVIUE`)
    await checkPage(page, 'one application')
    await screenshot(page, 'hi-application-360')

    // withdraw from the list, asked "are you sure?" in Hindi
    await page.goto('/applications')
    const guardCard = page.getByTestId('application').filter({ hasText: `Gate Guard ${n}` })
    await guardCard.getByText('अर्ज़ी वापस लें').click()
    await guardCard.getByText('से अर्ज़ी वापस लेनी है? नियोक्ता को बता दिया जाएगा।').waitFor()
    await guardCard.getByRole('button', { name: 'हाँ, वापस लें' }).click()
    await page.getByTestId('applications-live').filter({ hasText: 'अर्ज़ी वापस ले ली गई। नियोक्ता को बता दिया गया है।' }).waitFor()
    await expect.poll(() => guardCard.getByTestId('application-status').innerText()).toContain('वापस ली गई')
    expect(await guardCard.getByTestId('next-step').innerText()).toContain('आपने यह अर्ज़ी वापस ले ली।')

    // ── notifications: the server's sentences in Hindi, job and company as typed ────────────────
    await page.goto('/notifications')
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('सूचनाएँ')
    expect(await page.title()).toBe('सूचनाएँ — AIVIUE')
    const list = page.getByRole('list', { name: 'सूचनाएँ' })
    await list.getByText('इंटरव्यू तय हुआ').waitFor()
    expect(await list.innerText()).toContain(`Gate Guard ${n} (Test Company Pvt Ltd): इंटरव्यू`)
    expect(await list.innerText()).toMatch(new RegExp(`इंटरव्यू ${HINDI_DAY}, \\d{1,2} ${HINDI_MONTH} \\d{4} को दोपहर 2:30 बजे, Hinjewadi Phase 1 gate`))
    expect(await list.innerText()).not.toMatch(ENGLISH_DATE_WORDS)
    const notesText = await mainText(page)
    for (const english of ['Interview scheduled', 'Mark read', 'Notifications', 'unread']) expect(notesText).not.toContain(english)
    expect(await page.getByTestId('notification-bell').getAttribute('aria-label')).toMatch(/^सूचनाएँ/)
    await checkPage(page, 'notifications')
    await screenshot(page, 'hi-notifications-360')

    // ── the devices list on Profile: "this device", how long ago, in Hindi ─────────────────────
    await createSession(db(), { candidateId: sunil.id }, new Date(Date.now() - 2 * 3_600_000 - 60_000), { userAgent: 'Mozilla/5.0 (Linux; Android 13; SM-A146B) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36' })
    await page.goto('/profile')
    const devices = page.getByTestId('session-list')
    await devices.getByText('यह फ़ोन/डिवाइस', { exact: true }).waitFor()
    const devicesText = await devices.innerText()
    expect(devicesText).toContain('आख़िरी बार अभी')
    expect(devicesText).toContain('आख़िरी बार 2 घंटे पहले')
    expect(devicesText).toMatch(new RegExp(`पहली बार \\d{1,2} ${HINDI_MONTH} \\d{4}`))
    for (const english of ['just now', 'ago', 'This device', 'hours']) expect(devicesText).not.toContain(english)
    await devices.scrollIntoViewIfNeeded()
    await checkPage(page, 'profile devices')
    await screenshot(page, 'hi-profile-devices-360')

    expect(watch.errors).toEqual([])
    await ctx.close()
  })
})
