import { readFile } from 'node:fs/promises'
import { subYears, format } from 'date-fns'
import sharp from 'sharp'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { QUESTION_TEMPLATE_BY_FAMILY } from '../../seeds/data/question-templates'
import type { TemplateFamily } from '../../seeds/data/roles'
import { findCity } from '../../server/master-data/cities'
import { DESKTOP, hasHorizontalScroll, newContext, PHONE, screenshot, seriousA11yViolations, useBrowserSuite, watchPage } from '../setup/browser'
import { completeBasicProfile, createCandidateActor, randomMobile, type Actor } from '../setup/fixtures'
import { readPdf } from '../setup/read-pdf'
import type { TestServer } from '../setup/test-server'

let server: TestServer
let browser: Browser
useBrowserSuite((suite) => ({ server, browser } = suite))

type Candidate = { actor: Actor; mobile: string; name: string }

async function newCandidate(roleSlug: string, name: string): Promise<Candidate> {
  const mobile = randomMobile()
  const actor = await createCandidateActor(server.services, { name, mobile })
  await completeBasicProfile(server.services, actor, { cityId: findCity('Pune')!.id, roleSlug, name })
  return { actor, mobile, name }
}

async function signedIn(actor: Actor, viewport = PHONE): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await newContext(browser, server.url, viewport)
  const eq = actor.cookie.indexOf('=')
  await ctx.addCookies([{ name: actor.cookie.slice(0, eq), value: actor.cookie.slice(eq + 1), url: server.url }])
  const page = await ctx.newPage()
  return { ctx, page, errors: watchPage(page).errors }
}

function promptOf(family: TemplateFamily, key: string): string {
  const q = QUESTION_TEMPLATE_BY_FAMILY.get(family)?.questions.find((x) => x.key === key)
  if (!q) throw new Error(`no question ${key} in ${family}`)
  return q.prompt
}

const log = (page: Page) => page.getByRole('log', { name: 'Conversation with AIVI' })
const composer = (page: Page) => page.getByTestId('composer')

/** Waits until the bot has asked `text` (the newest such bubble) and the composer is ready for it. */
async function asked(page: Page, text: string, times = 1): Promise<void> {
  await expect.poll(() => log(page).getByText(text, { exact: true }).count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(times)
  await expect.poll(() => page.getByText('Sending…').count(), { timeout: 15_000 }).toBe(0)
}

async function tap(scope: Locator, name: string | RegExp): Promise<void> {
  await scope.getByRole('button', { name, exact: typeof name === 'string' }).click()
}

const pdfText = async (bytes: Buffer) => (await readPdf(bytes)).text

async function downloadResume(page: Page): Promise<string> {
  const saved = page.getByTestId('resume-saved')
  await saved.waitFor()
  const link = saved.getByRole('link', { name: 'Download PDF' })
  await link.waitFor()
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  expect(download.suggestedFilename()).toMatch(/resume-v1\.pdf$/)
  const file = await download.path()
  return pdfText(await readFile(file))
}

const normalise = (text: string) => text.replace(/\s+/g, ' ')

describe('AIVI resume chat in the browser (360 px)', () => {
  it('delivery boy: licence upload, DOB under 18 refused and re-asked, edit from the preview, reload mid-way, download the PDF', async () => {
    const c = await newCandidate('delivery-boy', 'Ravi Kumar')
    const { ctx, page, errors } = await signedIn(c.actor)
    const family = 'delivery'
    const httpSends: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/trpc/') && r.url().includes('chat.send')) httpSends.push(r.url())
    })

    await page.goto('/resume')
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, 'chat-start-choices-360')
    await page.getByRole('button', { name: /Create with AIVI bot/ }).click()

    // the name comes from the profile: confirmed, not asked
    await asked(page, 'We have your full name as Ravi Kumar — is that right?')
    await expect.poll(() => page.getByTestId('connection').innerText()).toBe('Live')
    await tap(composer(page), 'Yes, that’s right')

    await asked(page, promptOf(family, 'has_driving_licence'))
    await tap(composer(page), 'Yes')

    await asked(page, promptOf(family, 'driving_licence_file'))
    const fileInput = composer(page).locator('input[type=file]')
    // the browser refuses a file that is not really an image before uploading it
    await fileInput.setInputFiles({ name: 'licence.png', mimeType: 'image/png', buffer: Buffer.from('<html>not an image</html>') })
    await composer(page).getByText('Please choose a PNG, JPG or PDF file.').waitFor()
    const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: { r: 30, g: 90, b: 200 } } }).png().toBuffer()
    await fileInput.setInputFiles({ name: 'licence.png', mimeType: 'image/png', buffer: png })

    await asked(page, promptOf(family, 'licence_type'))
    await log(page).getByText('Uploaded', { exact: true }).waitFor()
    const stored = await server.services.db.selectFrom('files').select(['kind', 'mime']).where('candidate_id', '=', c.actor.id).execute()
    expect(stored).toEqual([{ kind: 'driving_licence', mime: 'image/png' }])
    await tap(composer(page), 'Two-wheeler (bike / scooter)')
    await tap(composer(page), 'Send')

    await asked(page, promptOf(family, 'owns_vehicle'))
    await tap(composer(page), 'Yes')
    // a two-wheeler-only licence: the vehicle question says so before a car is offered
    await asked(page, 'Which vehicle do you have? Your licence covers two-wheelers only — to drive a car for work you would need an LMV licence.')
    await tap(composer(page), 'Two-wheeler (bike / scooter)')

    // leaving and coming back continues at the exact question
    await asked(page, promptOf(family, 'has_smartphone'))
    await page.reload()
    await asked(page, promptOf(family, 'has_smartphone'))
    expect(await log(page).getByText(promptOf(family, 'has_smartphone'), { exact: true }).count()).toBe(1)
    await tap(composer(page), 'Yes')

    const dob = promptOf(family, 'date_of_birth')
    await asked(page, dob)
    const tooYoung = format(subYears(new Date(), 16), 'dd-MM-yyyy')
    await composer(page).getByLabel('Date of birth', { exact: true }).fill(tooYoung)
    await tap(composer(page), 'Send')
    await log(page).getByText('You must be at least 18 years old').waitFor()
    // the same question again, not the next one
    await asked(page, dob, 2)
    await expect.poll(() => log(page).getByText(promptOf(family, 'current_location')).count()).toBe(0)
    await screenshot(page, 'chat-delivery-dob-refused-360')
    await composer(page).getByLabel('Date of birth', { exact: true }).fill('15081998')
    expect(await composer(page).getByLabel('Date of birth', { exact: true }).inputValue()).toBe('15-08-1998')
    await tap(composer(page), 'Send')

    await asked(page, 'You live in Pune — is that right?')
    await tap(composer(page), 'Yes, that’s right')

    await asked(page, promptOf(family, 'languages'))
    await tap(composer(page), 'Hindi')
    await tap(composer(page), 'Marathi')
    await tap(composer(page), 'Send')

    await asked(page, promptOf(family, 'work_history'))
    await tap(composer(page), 'No previous work')

    await asked(page, promptOf(family, 'experience_months'))
    await composer(page).getByLabel('Total experience', { exact: true }).fill('1 year 6 months')
    await tap(composer(page), 'Send')

    await asked(page, promptOf(family, 'shift_preference'))
    await tap(composer(page), 'Day shift')

    await asked(page, promptOf(family, 'expected_salary_monthly'))
    expect(await composer(page).getByText('per month', { exact: true }).count()).toBe(1)
    await tap(composer(page), '₹15k – 20k')

    await asked(page, promptOf(family, 'about'))
    await tap(composer(page), 'Write it for me')
    await asked(page, 'Here is a draft — change anything you like, then send it.')
    const about = composer(page).getByLabel('About me', { exact: true })
    await expect.poll(() => about.inputValue()).not.toBe('')
    await tap(composer(page), 'Send')

    // preview: change one answer, then save
    await composer(page).getByRole('button', { name: 'Looks good — save' }).waitFor()
    const preview = log(page).getByText('Your resume — check your answers').last().locator('..')
    expect(normalise(await preview.innerText())).toContain('Hindi, Marathi')
    await log(page).getByRole('button', { name: 'Edit Shift' }).last().click()
    await asked(page, promptOf(family, 'shift_preference'), 2)
    await tap(composer(page), 'Night shift')
    await composer(page).getByRole('button', { name: 'Looks good — save' }).waitFor()
    expect(normalise(await log(page).getByText('Your resume — check your answers').last().locator('..').innerText())).toContain('Night shift')
    expect(await hasHorizontalScroll(page)).toBe(false)
    await screenshot(page, 'chat-delivery-preview-360')
    await tap(composer(page), 'Looks good — save')

    const text = await downloadResume(page)
    // with the socket open every answer went over it; only the start button's first choice used HTTP
    expect(httpSends).toHaveLength(1)
    const flat = normalise(text)
    expect(flat).toContain('Ravi Kumar')
    expect(text.replace(/\s+/g, '')).toContain(c.mobile)
    expect(flat).toContain('Hindi, Marathi')
    expect(flat).toContain('1 year 6 months')
    expect(flat).toMatch(/15,000/)
    expect(flat).toMatch(/Two-wheeler/i)

    // My Resume now shows the saved resume with its version and actions
    const current = page.getByTestId('current-resume')
    await expect.poll(() => current.innerText()).toContain('Version 1')
    expect(normalise(await current.innerText())).toContain('Hindi, Marathi')
    expect(await current.getByRole('link', { name: 'Find matching jobs' }).getAttribute('href')).toBe('/jobs')
    expect(await hasHorizontalScroll(page)).toBe(false)
    await screenshot(page, 'chat-delivery-saved-360')

    // Edit re-opens the bot with every answer prefilled: straight to the preview; saving makes version 2
    await current.getByRole('button', { name: 'Edit' }).click()
    await asked(page, 'Welcome back, Ravi! Here is your resume — tap any answer to change it.')
    await log(page).getByRole('button', { name: 'Edit Languages' }).click()
    await asked(page, promptOf(family, 'languages'))
    expect(await composer(page).getByRole('button', { name: 'Marathi' }).getAttribute('aria-pressed')).toBe('true')
    await tap(composer(page), 'English')
    await tap(composer(page), 'Send')
    await tap(composer(page), 'Looks good — save')
    await page.getByTestId('resume-saved').getByText('Your resume is saved (version 2).').waitFor()
    await expect.poll(() => current.innerText()).toContain('Version 2')
    expect(normalise(await current.innerText())).toContain('Hindi, Marathi, English')
    expect(errors).toEqual([])
    await ctx.close()
  }, 120_000)

  it('software developer: skill chips + a custom skill, free-form experience, LPA salary; another device continues live; a dropped socket loses nothing', async () => {
    const c = await newCandidate('software-developer', 'Priya Sharma')
    const { ctx, page, errors } = await signedIn(c.actor)
    const family = 'software'

    await page.goto('/resume')
    await page.getByRole('button', { name: /Create with AIVI bot/ }).click()
    await asked(page, 'We have your full name as Priya Sharma — is that right?')
    await tap(composer(page), 'Yes, that’s right')
    await asked(page, promptOf(family, 'date_of_birth'))
    await composer(page).getByLabel('Date of birth', { exact: true }).fill('12-03-1999')
    await tap(composer(page), 'Send')
    await asked(page, 'You live in Pune — is that right?')
    await tap(composer(page), 'Yes, that’s right')
    await asked(page, promptOf(family, 'languages'))
    await tap(composer(page), 'English')
    await tap(composer(page), 'Send')
    await asked(page, promptOf(family, 'highest_education'))
    await tap(composer(page), 'Graduate (BA, BCom, BSc, BTech…)')

    await asked(page, promptOf(family, 'education'))
    await composer(page).getByLabel('Degree or course', { exact: true }).fill('B.Tech')
    await composer(page).getByLabel('School, college or institute', { exact: true }).fill('COEP, Pune')
    await composer(page).getByLabel('Year of passing', { exact: true }).fill('2020')
    await tap(composer(page), 'Send')

    await asked(page, promptOf(family, 'skills'))
    await tap(composer(page), 'TypeScript')
    await tap(composer(page), 'React')
    await composer(page).getByLabel('Add your own skill', { exact: true }).fill('Kotlin Multiplatform')
    await tap(composer(page), 'Add')
    expect(await composer(page).getByRole('button', { name: /Kotlin Multiplatform/ }).getAttribute('aria-pressed')).toBe('true')
    expect(await hasHorizontalScroll(page)).toBe(false)
    await screenshot(page, 'chat-software-skills-360')
    await tap(composer(page), 'Send')
    await log(page).getByText('TypeScript, React, Kotlin Multiplatform').waitFor()

    await asked(page, promptOf(family, 'work_history'))
    await tap(composer(page), 'Fresher')

    // another device (desktop) picks up the same conversation at the same question…
    const experience = promptOf(family, 'experience_months')
    await asked(page, experience)
    const other = await signedIn(c.actor, DESKTOP)
    await other.page.goto('/resume')
    await asked(other.page, experience)
    await expect.poll(() => other.page.getByTestId('connection').innerText()).toBe('Live')
    await composer(other.page).getByLabel('Total experience', { exact: true }).fill('2 years 3 months')
    await tap(composer(other.page), 'Send')
    // …and the phone receives that turn live, once
    await asked(page, promptOf(family, 'notice_period'))
    await log(page).getByText('2 years 3 months', { exact: true }).waitFor()
    expect(await log(page).getByText(promptOf(family, 'notice_period'), { exact: true }).count()).toBe(1)
    await screenshot(other.page, 'chat-software-other-device-1280')
    expect(other.errors).toEqual([])
    await other.ctx.close()

    // the server drops the phone's socket: it reconnects, resumes after the last event it saw, nothing is lost or doubled
    await tap(composer(page), 'In 30 days')
    await asked(page, promptOf(family, 'preferred_work_mode'))
    expect(server.services.socketRegistry.closeSession(c.actor.sessionId)).toBeGreaterThan(0)
    await expect.poll(() => page.getByTestId('connection').innerText(), { timeout: 15_000 }).toBe('Live')
    await tap(composer(page), 'Hybrid')
    await asked(page, promptOf(family, 'github_url'))
    expect(await log(page).getByText(promptOf(family, 'preferred_work_mode'), { exact: true }).count()).toBe(1)

    // a link that is not GitHub is refused with the reason; then a good one
    await composer(page).getByLabel('GitHub', { exact: true }).fill('not a link')
    await tap(composer(page), 'Send')
    await log(page).getByText(/doesn't look like a github\.com link/).waitFor()
    await asked(page, promptOf(family, 'github_url'), 2)
    await composer(page).getByLabel('GitHub', { exact: true }).fill('github.com/priya-sharma')
    await tap(composer(page), 'Send')
    await asked(page, promptOf(family, 'linkedin_url'))
    await tap(composer(page), 'Skip')
    await asked(page, promptOf(family, 'portfolio_url'))
    await tap(composer(page), 'Skip')

    await asked(page, promptOf(family, 'expected_salary_monthly'))
    expect(await composer(page).getByText('LPA', { exact: true }).count()).toBe(1)
    await composer(page).getByLabel('Expected salary', { exact: true }).fill('12')
    await tap(composer(page), 'Send')
    await log(page).getByText('12 LPA', { exact: false }).first().waitFor()

    await asked(page, promptOf(family, 'about'))
    await tap(composer(page), 'Skip')
    await composer(page).getByRole('button', { name: 'Looks good — save' }).waitFor()
    // the earlier answers still offer "Change"
    expect(await log(page).getByRole('button', { name: 'Change Skills' }).count()).toBe(1)
    await tap(composer(page), 'Looks good — save')

    const text = normalise(await downloadResume(page))
    for (const skill of ['TypeScript', 'React', 'Kotlin Multiplatform']) expect(text).toContain(skill)
    expect(text).toContain('Priya Sharma')
    expect(text).toContain('2 years 3 months')
    expect(text).toContain('12 LPA')
    expect(await hasHorizontalScroll(page)).toBe(false)

    // history lists the finished conversation; New chat starts one (no unfinished one to offer)
    const history = page.getByRole('list', { name: 'Past conversations' })
    await expect.poll(() => history.innerText()).toContain('Completed')
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, 'chat-software-saved-360')
    expect(errors).toEqual([])
    await ctx.close()
  }, 120_000)

  it('keeps working over HTTP when the WebSocket cannot connect', async () => {
    const c = await newCandidate('delivery-boy', 'Amit Singh')
    const ctx = await newContext(browser, server.url, PHONE)
    const eq = c.actor.cookie.indexOf('=')
    await ctx.addCookies([{ name: c.actor.cookie.slice(0, eq), value: c.actor.cookie.slice(eq + 1), url: server.url }])
    const page = await ctx.newPage()
    // every socket is refused (a proxy that blocks WebSockets, a captive network…): aimed at a closed port,
    // so the browser fails the handshake for real (error + close), as it would behind such a proxy
    await page.addInitScript(() => {
      const Native = window.WebSocket
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(String(url).includes('/trpc') ? 'ws://127.0.0.1:9/trpc' : url, protocols)
        }
      }
    })
    const errors = watchPage(page).errors
    const httpSends: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('chat.send')) httpSends.push(r.url())
    })
    await page.goto('/resume')
    await page.getByRole('button', { name: /Create with AIVI bot/ }).click()
    await asked(page, 'We have your full name as Amit Singh — is that right?')
    await expect.poll(() => page.getByTestId('connection').innerText(), { timeout: 20_000 }).toBe('Offline — sending over the network')
    await tap(composer(page), 'Yes, that’s right')
    await asked(page, promptOf('delivery', 'has_driving_licence'))
    await tap(composer(page), 'No')
    await asked(page, promptOf('delivery', 'owns_vehicle'))
    expect(await log(page).getByText('No', { exact: true }).count()).toBe(1)
    expect(httpSends).toHaveLength(3)
    await screenshot(page, 'chat-offline-360')
    expect(errors.filter((e) => !/WebSocket/i.test(e))).toEqual([])
    await ctx.close()
  }, 60_000)

  it('New chat with an unfinished conversation offers Continue or Discard & start new', async () => {
    const c = await newCandidate('delivery-boy', 'Sunil Yadav')
    const { ctx, page, errors } = await signedIn(c.actor)
    await page.goto('/resume')
    await page.getByRole('button', { name: /Create with AIVI bot/ }).click()
    await asked(page, 'We have your full name as Sunil Yadav — is that right?')
    await tap(composer(page), 'Yes, that’s right')
    await asked(page, promptOf('delivery', 'has_driving_licence'))

    await page.getByRole('button', { name: 'New chat' }).click()
    const dialog = page.getByRole('dialog', { name: 'You have an unfinished chat' })
    await dialog.waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, 'chat-new-chat-dialog-360')
    await tap(dialog, 'Continue')
    await expect.poll(() => dialog.isVisible()).toBe(false)
    await asked(page, promptOf('delivery', 'has_driving_licence'))

    await page.getByRole('button', { name: 'New chat' }).click()
    await tap(dialog, 'Discard & start new')
    // a fresh conversation at the method choice; the old one is gone from the history
    await composer(page).getByRole('button', { name: /Create with AIVI bot/ }).waitFor()
    const sessions = await server.services.db.selectFrom('chat_sessions').select(['status']).where('candidate_id', '=', c.actor.id).orderBy('created_at').execute()
    expect(sessions.map((s) => s.status)).toEqual(['discarded', 'active'])
    await expect.poll(() => page.getByRole('list', { name: 'Past conversations' }).getByRole('listitem').count()).toBe(1)
    expect(errors).toEqual([])
    await ctx.close()
  }, 60_000)
})
