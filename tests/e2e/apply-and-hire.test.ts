import { randomInt } from 'node:crypto'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { StoredAnswers as Answers } from '../../server/resume/resume-answers'
import { insertCurrentResume } from '../helpers/matching'
import { DESKTOP, hasHorizontalScroll, newContext, PHONE, screenshot, seriousA11yViolations, useBrowserSuite, watchPage, withTimeouts } from '../setup/browser'
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

/** A rider with a resume that answers everything a delivery job asks. */
const RIDER_RESUME: Answers = { experience_months: 24, expected_salary_monthly: 20_000, has_driving_licence: true, owns_vehicle: true, vehicle_type: 'two_wheeler', languages: ['Hindi', 'Marathi'] }

async function candidate(name: string, resume: Answers | null): Promise<Actor> {
  const actor = await createCandidateActor(server.services, { name })
  await completeBasicProfile(server.services, actor, { cityId: 'pune-mh', roleSlug: 'delivery-boy', name, pinCode: '411001' })
  if (resume) await insertCurrentResume(db(), actor.id, resume)
  return actor
}

async function riderJob(title: string): Promise<string> {
  const id = await insertEmployerJob(db(), employer.id, { title, cityId: 'pune-mh', salary: [18_000, 25_000] })
  await db().updateTable('jobs').set({ requires_driving_licence: true, requires_two_wheeler: true, experience_min_months: 6, experience_max_months: 60 }).where('id', '=', id).execute()
  return id
}

/**
 * A signed-in browser. Every WebSocket the page opens is remembered, and `window.__blockSockets`
 * sends new ones to a closed port: together they cut the live connection and keep it down (a
 * phone in a tunnel) until the test lets it reconnect.
 */
async function signedIn(actor: Actor, viewport: typeof PHONE): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await newContext(browser, server.url, viewport)
  const eq = actor.cookie.indexOf('=')
  await ctx.addCookies([{ name: actor.cookie.slice(0, eq), value: actor.cookie.slice(eq + 1), url: server.url }])
  await ctx.addInitScript(() => {
    const w = window as unknown as { __sockets: WebSocket[]; __blockSockets: boolean }
    const Native = window.WebSocket
    w.__sockets = []
    w.__blockSockets = false
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(w.__blockSockets && String(url).includes('/trpc') ? 'ws://127.0.0.1:9/trpc' : url, protocols)
        w.__sockets.push(this)
      }
    }
  })
  const page = await ctx.newPage()
  return { ctx, page, errors: watchPage(page).errors }
}

async function checkPage(page: Page, what: string) {
  expect(await hasHorizontalScroll(page), `horizontal scroll on ${what}`).toBe(false)
  expect(await seriousA11yViolations(page), `axe on ${what}`).toEqual([])
}

/** The header bell says the stream is live (it has reported since the socket opened). */
async function live(page: Page) {
  await page.locator('[data-testid="notification-bell"][data-live="true"]').waitFor({ timeout: 20_000 })
}

/** A marker that a reload or a full navigation would wipe: proves an update arrived in place. */
async function mark(page: Page) {
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true))
}
async function notReloaded(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true)
}

const applicationCount = async (jobId: string, candidateId: string) =>
  Number((await db().selectFrom('applications').select(db().fn.countAll<number>().as('n')).where('job_id', '=', jobId).where('candidate_id', '=', candidateId).executeTakeFirstOrThrow()).n)

describe('apply and hire', () => {
  it('apply (double tap = one) → employer sees it ranked with reasons → viewed, shortlist, interview: the candidate sees each change live, and after a reconnect', { timeout: 240_000 }, async () => {
    const title = `Swift Parcel Rider ${randomInt(1e6)}`
    const jobId = await riderJob(title)
    const sunil = await candidate('Sunil Patil', RIDER_RESUME)
    // a weaker applicant, so the ranking has something to rank
    const weaker = await candidate('Kiran Jadhav', { experience_months: 3, expected_salary_monthly: 30_000, has_driving_licence: false, owns_vehicle: false })
    const weakerApi = await callerFor(server.services, weaker.cookie)
    const prep = await weakerApi.applications.prepare({ jobId })
    // whatever the sheet would ask: the weakest answer
    const answers = Object.fromEntries(prep.questions.map((q) => [q.key, q.kind === 'yes_no' ? false : q.kind === 'multi_select' ? [q.options?.[0]?.value] : q.options?.[0]?.value]))
    await weakerApi.applications.submit({ jobId, clientRequestId: `weaker-${randomInt(1e9)}`, answers })

    const cand = await signedIn(sunil, PHONE)
    const emp = await signedIn(employer, DESKTOP)

    // ── candidate: the job page, one tap (a double tap) ──────────────────────────────────────
    await cand.page.goto(`/jobs/${jobId}`)
    const applyCard = cand.page.getByTestId('job-apply')
    await applyCard.getByRole('heading', { name: 'Apply for this job' }).waitFor()
    await checkPage(cand.page, 'job page before applying')
    await screenshot(cand.page, 'apply-360-job')
    await live(cand.page)
    await cand.page.getByTestId('job-apply-button').dblclick()
    await applyCard.getByText('Applied ✓').waitFor()
    await applyCard.getByRole('status').filter({ hasText: 'the employer can see your resume now' }).waitFor()
    expect(await applicationCount(jobId, sunil.id)).toBe(1)
    await checkPage(cand.page, 'job page applied')
    await screenshot(cand.page, 'apply-360-applied')

    // ── My applications, from the bottom bar (five tabs, on one row at 360 px) ────────────────
    const tabs = cand.page.getByRole('navigation', { name: 'Main' }).last()
    expect(await tabs.getByRole('link').allInnerTexts()).toEqual(['Home', 'My Resume', 'Jobs', 'Applications', 'Profile'].map((t) => expect.stringContaining(t)))
    const boxes = await Promise.all((await tabs.getByRole('link').all()).map((l) => l.boundingBox()))
    expect(new Set(boxes.map((b) => Math.round(b?.y ?? -1))).size).toBe(1)
    await tabs.getByRole('link', { name: /Applications/ }).click()
    await cand.page.waitForURL('**/applications')
    const card = cand.page.getByTestId('application').filter({ hasText: title })
    const status = card.getByTestId('application-status')
    expect(await status.innerText()).toContain('Applied')
    expect(await card.getByTestId('status-timeline').locator('[aria-current="step"]').getAttribute('data-step')).toBe('applied')
    await checkPage(cand.page, 'my applications')
    await live(cand.page)
    await mark(cand.page)

    // ── employer: ranked with reasons ─────────────────────────────────────────────────────
    await emp.page.goto(`/employer/jobs/${jobId}`)
    await emp.page.getByTestId('applicants-summary').getByText('2 applied').waitFor()
    await emp.page.getByRole('link', { name: 'See applicants (2)' }).click()
    await emp.page.waitForURL(`**/employer/jobs/${jobId}/applicants`)
    const rows = emp.page.getByTestId('applicants').getByTestId('applicant')
    // a client-side navigation changes the URL before the list has rendered
    await expect.poll(() => rows.count()).toBe(2)
    expect(await rows.first().getByRole('heading').innerText()).toBe('Sunil Patil')
    const reasons = await rows.first().getByTestId('applicant-reasons').innerText()
    expect(reasons).toMatch(/Pune|km from the job/)
    expect(reasons).toMatch(/2 yrs as Delivery Boy/)
    expect(await emp.page.getByTestId('applicants-tab-all').innerText()).toMatch(/All\s*2/)
    await checkPage(emp.page, 'applicants list')
    await screenshot(emp.page, 'apply-1280-applicants')

    // the employer shares their phone for this job (a plain form)
    const toggle = emp.page.getByRole('switch', { name: /Show my phone number to applicants of this job/ })
    expect(await toggle.getAttribute('aria-checked')).toBe('false')
    await toggle.click()
    await emp.page.getByTestId('applicants-status').filter({ hasText: 'now see your phone number' }).waitFor()
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true')
    // the switch's form revalidates the list: let it settle before clicking into it
    await emp.page.waitForLoadState('networkidle')

    // ── open the applicant: viewed, live on the phone ────────────────────────────────────────
    await Promise.all([emp.page.waitForURL(/\/applicants\/[0-9a-f-]{36}$/), rows.first().getByRole('link', { name: 'Sunil Patil' }).click()])
    const contact = emp.page.getByTestId('applicant-contact')
    await contact.getByText('Shown after you shortlist this applicant.').waitFor()
    await emp.page.getByTestId('resume-pdf').waitFor()
    expect(await emp.page.getByText(/Aadhaar|PAN/).count()).toBe(0)
    await checkPage(emp.page, 'applicant')
    await screenshot(emp.page, 'apply-1280-applicant')
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toContain('Viewed')

    // ── shortlist: the mobile appears; the phone shows Shortlisted and the employer's number ──
    await emp.page.getByRole('button', { name: 'Shortlist' }).click()
    await emp.page.getByRole('status').filter({ hasText: 'Shortlisted.' }).waitFor()
    expect(await contact.innerText()).toMatch(/\+91 \d{5} \d{5}/)
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toContain('Shortlisted')
    await card.getByTestId('employer-phone').waitFor()
    expect(await card.getByTestId('next-step').innerText()).toContain('shortlisted')
    await notReloaded(cand.page)
    await screenshot(cand.page, 'apply-360-shortlisted')

    // ── the phone loses its connection; the employer schedules the interview meanwhile ───────
    await cand.page.evaluate(() => {
      const w = window as unknown as { __sockets: WebSocket[]; __blockSockets: boolean }
      w.__blockSockets = true
      for (const s of w.__sockets) s.close()
    })
    await cand.page.locator('[data-testid="notification-bell"][data-live="false"]').waitFor()
    const form = emp.page.getByTestId('interview-form')
    const day = new Date(Date.now() + 3 * 86_400_000 + 330 * 60_000).toISOString().slice(0, 10)
    await form.getByLabel('Date', { exact: true }).fill(day)
    await form.getByLabel('Time', { exact: true }).fill('10:30')
    await form.getByLabel('Place (address)').fill('Swift Hub, 12 FC Road, Shivajinagar')
    await form.getByLabel('Whom to ask for (optional)').fill('Neha Kulkarni')
    await form.getByLabel('Notes for the candidate (optional)').fill('Bring your licence.')
    await checkPage(emp.page, 'applicant, interview form filled')
    await form.getByRole('button', { name: 'Schedule interview' }).click()
    await emp.page.getByRole('status').filter({ hasText: 'Interview scheduled.' }).waitFor()
    await emp.page.getByTestId('applicant-interview').getByText('10:30 am').waitFor()
    await screenshot(emp.page, 'apply-1280-interview')
    // still shortlisted on the phone: nothing reached it
    expect(await status.innerText()).toContain('Shortlisted')

    // back online: the stream resumes after the last notification it saw and delivers the interview
    await cand.page.evaluate(() => ((window as unknown as { __blockSockets: boolean }).__blockSockets = false))
    await live(cand.page)
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toContain('Interview')
    const interview = card.getByTestId('interview-details')
    const text = await interview.innerText()
    expect(text).toContain('10:30 am')
    expect(text).toContain('Swift Hub, 12 FC Road, Shivajinagar')
    expect(text).toContain('Neha Kulkarni')
    expect(text).toContain('Bring your licence.')
    expect(await interview.getByRole('link', { name: /Open in Maps/ }).getAttribute('href')).toMatch(/^https:\/\/www\.google\.com\/maps\/search\//)
    expect(await card.getByTestId('status-timeline').locator('[aria-current="step"]').getAttribute('data-step')).toBe('interview')
    await notReloaded(cand.page)
    await checkPage(cand.page, 'my applications, interview')
    await screenshot(cand.page, 'apply-360-interview')

    // ── notifications: the badge counts them; the list marks read ──────────────────────────
    const bell = cand.page.getByTestId('notification-bell')
    await expect.poll(async () => Number(await bell.getAttribute('data-unread'))).toBeGreaterThanOrEqual(3)
    await bell.click()
    await cand.page.waitForURL('**/notifications')
    const list = cand.page.getByTestId('notifications')
    await list.getByText('Interview scheduled').waitFor()
    await list.getByText('You are shortlisted').waitFor()
    await checkPage(cand.page, 'notifications')
    await screenshot(cand.page, 'apply-360-notifications')
    await cand.page.getByRole('button', { name: 'Mark all as read' }).click()
    await cand.page.getByRole('status').filter({ hasText: 'All caught up.' }).waitFor()
    await expect.poll(() => bell.getAttribute('data-unread')).toBe('0')

    // the employer's bell: the new applications; a notification opens its applicant
    const empBell = emp.page.getByTestId('notification-bell')
    await expect.poll(async () => Number(await empBell.getAttribute('data-unread'))).toBeGreaterThanOrEqual(2)
    await empBell.click()
    await emp.page.waitForURL('**/employer/notifications')
    await checkPage(emp.page, 'employer notifications')
    await emp.page.getByTestId('notifications').getByRole('button', { name: /New applicant for/ }).first().click()
    await emp.page.waitForURL(/\/employer\/jobs\/[0-9a-f-]{36}\/applicants\/[0-9a-f-]{36}$/)

    expect(cand.errors.filter((e) => !/WebSocket connection to 'ws:\/\/127\.0\.0\.1:9\//.test(e))).toEqual([])
    expect(emp.errors).toEqual([])
    await cand.ctx.close()
    await emp.ctx.close()
  })

  it('a retry after a lost answer applies once; the sheet asks only what is unknown and says a mismatch plainly; withdraw', { timeout: 120_000 }, async () => {
    const title = `Retry Rider ${randomInt(1e6)}`
    const jobId = await riderJob(title)
    const asha = await candidate('Asha Shinde', { experience_months: 18, expected_salary_monthly: 19_000, has_driving_licence: false, languages: ['Marathi', 'Hindi'] })
    const { ctx, page, errors } = await signedIn(asha, PHONE)

    // the sheet: no licence (said plainly), vehicle unknown (asked) — from a job card in search
    await page.goto(`/jobs?q=${encodeURIComponent(`"${title}"`)}`)
    const cardOf = page.getByTestId('explore-results').getByRole('article', { name: new RegExp(`^${title} at `) })
    await cardOf.getByTestId('card-apply').click()
    const dialog = page.getByRole('dialog', { name: `Apply: ${title}` })
    await dialog.waitFor()
    expect(await dialog.getByTestId('apply-mismatches').innerText()).toContain('This job needs a driving licence')
    await dialog.getByRole('group', { name: 'Which vehicle do you own?' }).waitFor()
    expect(await dialog.getByRole('group').count()).toBe(1)
    await checkPage(page, 'apply sheet')
    await screenshot(page, 'apply-360-sheet')

    // the first answer is lost on the way back (the server did apply): the retry reuses the request id
    let cut = 0
    await page.route('**/trpc/applications.submit**', async (route) => {
      if (cut++ === 0) {
        await route.fetch()
        await route.abort('failed')
      } else await route.continue()
    })
    await dialog.getByText('A two-wheeler (bike / scooter)').click()
    await dialog.getByRole('button', { name: 'Apply anyway' }).click()
    await cardOf.getByText('Applied ✓').waitFor()
    expect(cut).toBe(2)
    expect(await applicationCount(jobId, asha.id)).toBe(1)
    await page.unroute('**/trpc/applications.submit**')
    await checkPage(page, 'jobs, applied card')

    // after a reload the card still says so (applied marks come with the list)
    await page.reload()
    await cardOf.getByText('Applied ✓').waitFor()

    // withdraw on My applications (the <details> asks first)
    await page.goto('/applications')
    const card = page.getByTestId('application').filter({ hasText: title })
    await card.getByText('Withdraw application').click()
    await card.getByRole('button', { name: 'Yes, withdraw' }).click()
    await page.getByTestId('applications-live').filter({ hasText: 'Application withdrawn' }).waitFor()
    await expect.poll(() => card.getByTestId('application-status').innerText()).toContain('Withdrawn')
    expect(await card.getByText('Withdraw application').count()).toBe(0)
    const row = await db().selectFrom('applications').select(['status']).where('job_id', '=', jobId).where('candidate_id', '=', asha.id).executeTakeFirstOrThrow()
    expect(row.status).toBe('withdrawn')
    await checkPage(page, 'my applications, withdrawn')
    await screenshot(page, 'apply-360-withdrawn')

    expect(errors.filter((e) => !/Failed to load resource|applications\.submit/.test(e))).toEqual([])
    await ctx.close()
  })

  it('no resume yet: Apply leads to My Resume and back to the same job', { timeout: 60_000 }, async () => {
    const title = `Resume First Rider ${randomInt(1e6)}`
    const jobId = await riderJob(title)
    const ravi = await candidate('Ravi More', null)
    const { ctx, page, errors } = await signedIn(ravi, PHONE)
    await page.goto(`/jobs/${jobId}`)
    await page.getByTestId('apply-needs-resume').click()
    await page.waitForURL(`**/resume?returnTo=${encodeURIComponent(`/jobs/${jobId}`)}`)
    await page.getByTestId('resume-return').getByText('then we take you straight back').waitFor()
    await checkPage(page, 'my resume with returnTo')
    // the resume is saved (as the bot would), the page offers the way back
    await insertCurrentResume(db(), ravi.id, RIDER_RESUME)
    await page.reload()
    await page.getByTestId('resume-return').getByText('Your resume is ready').waitFor()
    await page.getByRole('link', { name: 'Back to the job' }).click()
    await page.waitForURL(`**/jobs/${jobId}`)
    await page.getByTestId('job-apply-button').click()
    await page.getByTestId('job-apply').getByText('Applied ✓').waitFor()
    expect(await applicationCount(jobId, ravi.id)).toBe(1)
    expect(errors).toEqual([])
    await ctx.close()
  })

  it('without JavaScript: apply, and the employer schedules an interview', { timeout: 90_000 }, async () => {
    const title = `No Script Rider ${randomInt(1e6)}`
    const jobId = await riderJob(title)
    const meena = await candidate('Meena Pawar', RIDER_RESUME)
    const noJs = async (actor: Actor, viewport: typeof PHONE) => {
      const ctx = await browser.newContext({ baseURL: server.url, viewport, javaScriptEnabled: false })
      withTimeouts(ctx)
      const eq = actor.cookie.indexOf('=')
      await ctx.addCookies([{ name: actor.cookie.slice(0, eq), value: actor.cookie.slice(eq + 1), url: server.url }])
      return ctx
    }
    const cctx = await noJs(meena, PHONE)
    const cpage = await cctx.newPage()
    await cpage.goto(`/jobs/${jobId}`)
    await cpage.getByTestId('job-apply-button').click()
    await cpage.getByTestId('job-apply').getByText('Applied ✓').waitFor()
    expect(await applicationCount(jobId, meena.id)).toBe(1)

    // the employer on a phone, without JavaScript: tick → bulk shortlist, then the interview form
    const ectx = await noJs(employer, PHONE)
    const epage = await ectx.newPage()
    await epage.goto(`/employer/jobs/${jobId}/applicants`)
    await epage.getByRole('checkbox', { name: 'Select Meena Pawar' }).check()
    await epage.getByTestId('bulk-shortlist').click()
    await epage.getByTestId('applicants-status').filter({ hasText: '1 applicant shortlisted.' }).waitFor()
    expect(await epage.getByTestId('applicant').filter({ hasText: 'Meena Pawar' }).getByTestId('application-status').innerText()).toContain('Shortlisted')
    await epage.getByRole('link', { name: 'Meena Pawar' }).click()
    await epage.waitForURL(/\/applicants\/[0-9a-f-]{36}$/)
    const form = epage.getByTestId('interview-form')
    // the browser itself refuses a day before today (no script needed)
    expect(await form.getByLabel('Date', { exact: true }).getAttribute('min')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const day = new Date(Date.now() + 86_400_000 + 330 * 60_000).toISOString().slice(0, 10)
    await epage.getByTestId('interview-form').getByLabel('Date', { exact: true }).fill(day)
    await epage.getByTestId('interview-form').getByLabel('Place (address)').fill('Depot 3, Hadapsar')
    await epage.getByTestId('interview-form').getByRole('button', { name: 'Schedule interview' }).click()
    await epage.getByRole('status').filter({ hasText: 'Interview scheduled.' }).waitFor()
    // interviewing reveals the mobile
    expect(await epage.getByTestId('applicant-contact').innerText()).toMatch(/\+91/)

    await cpage.goto('/applications')
    const card = cpage.getByTestId('application').filter({ hasText: title })
    expect(await card.getByTestId('interview-details').innerText()).toContain('Depot 3, Hadapsar')
    await cctx.close()
    await ectx.close()

    // the employer's pages on a phone (with JavaScript: axe needs it): no sideways scroll, no serious axe findings
    const phone = await signedIn(employer, PHONE)
    await phone.page.goto(`/employer/jobs/${jobId}/applicants`)
    await checkPage(phone.page, 'applicants at 360 px')
    await screenshot(phone.page, 'apply-360-employer-applicants')
    await phone.page.getByRole('link', { name: 'Meena Pawar' }).click()
    await phone.page.waitForURL(/\/applicants\/[0-9a-f-]{36}$/)
    await phone.page.getByTestId('applicant-interview').waitFor()
    await checkPage(phone.page, 'applicant at 360 px')
    await screenshot(phone.page, 'apply-360-employer-applicant')
    expect(phone.errors).toEqual([])
    await phone.ctx.close()
  })
})
