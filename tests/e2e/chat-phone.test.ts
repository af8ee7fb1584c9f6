import { readFile } from 'node:fs/promises'
import { subYears, format } from 'date-fns'
import sharp from 'sharp'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { QUESTION_TEMPLATE_BY_FAMILY } from '../../seeds/data/question-templates'
import { findCity } from '../../server/master-data/cities'
import { newContext, screenshot, useBrowserSuite, watchPage } from '../setup/browser'
import { completeBasicProfile, createCandidateActor, randomMobile, type Actor } from '../setup/fixtures'
import { readPdf } from '../setup/read-pdf'
import type { TestServer } from '../setup/test-server'

/**
 * The resume chat on a real phone screen (issue 15, "The chat on a phone"): after every kind of
 * answer the question the bot is asking — and its error, when an answer was refused — sits right
 * above its controls, inside the viewport and above the bottom tab bar; after saving, the saved
 * card with "Download PDF" is what is on screen. Measured with bounding boxes at 360×640 and 360×740.
 */

let server: TestServer
let browser: Browser
useBrowserSuite((suite) => ({ server, browser } = suite))

async function newCandidate(roleSlug: string, name: string): Promise<Actor> {
  const actor = await createCandidateActor(server.services, { name, mobile: randomMobile() })
  await completeBasicProfile(server.services, actor, { cityId: findCity('Pune')!.id, roleSlug, name })
  return actor
}

async function signedIn(actor: Actor, viewport: { width: number; height: number }): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await newContext(browser, server.url, viewport)
  const eq = actor.cookie.indexOf('=')
  await ctx.addCookies([{ name: actor.cookie.slice(0, eq), value: actor.cookie.slice(eq + 1), url: server.url }])
  const page = await ctx.newPage()
  return { ctx, page, errors: watchPage(page).errors }
}

const prompt = (key: string) => {
  const q = QUESTION_TEMPLATE_BY_FAMILY.get('delivery')?.questions.find((x) => x.key === key)
  if (!q) throw new Error(`no question ${key}`)
  return q.prompt
}
const log = (page: Page) => page.getByRole('log', { name: 'Conversation with AIVI' })
const composer = (page: Page) => page.getByTestId('composer')

async function asked(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  await page.getByTestId('live-question').filter({ hasText: text }).waitFor({ timeout })
  await expect.poll(() => page.getByText('Sending…').count(), { timeout: 15_000 }).toBe(0)
}

async function tap(scope: Locator, name: string | RegExp): Promise<void> {
  await scope.getByRole('button', { name, exact: typeof name === 'string' }).click()
}

/** React has hydrated the page: the start buttons' handlers are live. */
async function hydrated(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized === true)
}

type Box = { x: number; y: number; width: number; height: number }
const bottom = (b: Box) => b.y + b.height

/** Where the live question, its error, the answer area and the tab bar are; null while one is missing. */
async function layout(page: Page) {
  const box = async (l: Locator) => ((await l.count()) > 0 ? l.last().boundingBox() : null)
  return {
    question: await box(page.getByTestId('live-question')),
    error: await box(page.getByTestId('chat-error')),
    list: await box(page.getByTestId('message-list')),
    composer: await box(composer(page)),
    tabBar: await box(page.getByRole('navigation', { name: 'Main' })),
  }
}

/** The question (and, with `withError`, the error just before it) is visible right above the answer area, all on screen. */
async function expectQuestionInView(page: Page, name: string, opts: { withError?: boolean } = {}) {
  const height = page.viewportSize()!.height
  const problems = async (): Promise<string[]> => {
    const l = await layout(page)
    const out: string[] = []
    if (!l.question || !l.list || !l.composer) return ['missing question, list or answer area']
    const floor = l.tabBar && l.tabBar.y > 0 && l.tabBar.height > 0 ? Math.min(height, l.tabBar.y) : height
    if (bottom(l.question) > l.composer.y + 1) out.push(`question bottom ${bottom(l.question)} below answer area top ${l.composer.y}`)
    if (l.question.y < l.list.y - 1) out.push(`question top ${l.question.y} above the list's visible top ${l.list.y}`)
    if (bottom(l.question) > bottom(l.list) + 1) out.push('question below the list')
    if (l.question.y < 0) out.push('question above the viewport')
    if (bottom(l.composer) > floor + 1) out.push(`answer area bottom ${bottom(l.composer)} below the screen / tab bar ${floor}`)
    if (l.composer.height < 44) out.push('answer area too small')
    if (opts.withError) {
      if (!l.error) out.push('no error shown')
      else {
        if (l.error.y < l.list.y - 1) out.push(`error top ${l.error.y} scrolled out of the list (top ${l.list.y})`)
        if (bottom(l.error) > l.question.y + 1) out.push('error is not above the question')
      }
    }
    return out
  }
  await expect.poll(problems, { timeout: 3000, message: name }).toEqual([])
  await screenshot(page, `chat-phone-${page.viewportSize()!.height}-${name}`)
}

for (const viewport of [
  { width: 360, height: 640 },
  { width: 360, height: 740 },
]) {
  describe(`the resume chat at ${viewport.width}×${viewport.height}`, () => {
    it('keeps the current question and its error right above its controls for every kind of answer, and shows the saved card after saving', async () => {
      const actor = await newCandidate('delivery-boy', 'Meena Devi')
      const { ctx, page, errors } = await signedIn(actor, viewport)
      await page.goto('/resume')
      await hydrated(page)
      await page.getByRole('button', { name: /Create with AIVI bot/ }).click()

      await asked(page, 'We have your full name as Meena Devi — is that right?')
      await expectQuestionInView(page, 'confirm')
      await tap(composer(page), 'Yes, that’s right')

      await asked(page, prompt('has_driving_licence'))
      await expectQuestionInView(page, 'yes-no')
      await tap(composer(page), 'Yes')

      await asked(page, prompt('driving_licence_file'))
      await expectQuestionInView(page, 'file')
      const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: { r: 30, g: 90, b: 200 } } }).png().toBuffer()
      await composer(page).locator('input[type=file]').setInputFiles({ name: 'licence.png', mimeType: 'image/png', buffer: png })

      await asked(page, prompt('licence_type'))
      await expectQuestionInView(page, 'multi-select-licence')
      await tap(composer(page), 'Two-wheeler (bike / scooter)')
      await tap(composer(page), 'Send')

      await asked(page, prompt('owns_vehicle'))
      await tap(composer(page), 'Yes')
      await asked(page, /Which vehicle do you have/)
      await expectQuestionInView(page, 'single-select')
      await tap(composer(page), 'Two-wheeler (bike / scooter)')

      await asked(page, prompt('has_smartphone'))
      await tap(composer(page), 'Yes')

      await asked(page, prompt('date_of_birth'))
      await expectQuestionInView(page, 'date')
      const dob = composer(page).getByLabel('Date of birth', { exact: true })
      await dob.fill(format(subYears(new Date(), 16), 'dd-MM-yyyy'))
      await tap(composer(page), 'Send')
      await log(page).getByText('You must be at least 18 years old').waitFor()
      await asked(page, prompt('date_of_birth'))
      await expectQuestionInView(page, 'date-refused', { withError: true })
      await dob.fill('15-08-1998')
      await tap(composer(page), 'Send')

      await asked(page, 'You live in Pune — is that right?')
      await tap(composer(page), 'Yes, that’s right')

      // the biggest answer area: every language chip, your own, and Send
      await asked(page, prompt('languages'))
      await expectQuestionInView(page, 'multi-select-languages')
      await tap(composer(page), 'Hindi')
      await tap(composer(page), 'Marathi')
      await expectQuestionInView(page, 'multi-select-languages-picked')
      // a made-up language is refused with the reason, the same question asked again with the picks kept
      // the answer area scrolled to the field as a thumb would; the field starts under the sticky Send bar, where
      // Playwright's own scrolling would also scroll the page, and the layout measured here is the unscrolled one
      const own = composer(page).getByLabel(/^Add your own/)
      await own.evaluate((el) => {
        const area = el.closest('[data-testid=composer]')
        if (area) area.scrollTop += el.getBoundingClientRect().top - area.getBoundingClientRect().top - area.clientHeight / 3
      })
      await own.fill('asdf1234!!')
      await tap(composer(page), 'Add')
      await tap(composer(page), 'Send')
      await log(page).getByText('I don\'t know a language called “asdf1234!!”', { exact: false }).waitFor()
      await asked(page, prompt('languages'))
      await expectQuestionInView(page, 'multi-select-languages-refused', { withError: true })
      expect(await composer(page).getByRole('button', { name: 'Marathi', exact: true }).getAttribute('aria-pressed')).toBe('true')
      await tap(composer(page), /asdf1234!!/)
      await tap(composer(page), 'Send')

      // previous work: a small form per entry; a missing field is refused and the same question re-asked, the form kept
      await asked(page, prompt('work_history'))
      await expectQuestionInView(page, 'entries')
      await composer(page).getByLabel('Company or employer', { exact: true }).fill('Zomato')
      await composer(page).getByLabel('Your job or work', { exact: true }).fill('Delivery partner')
      await tap(composer(page), 'Send')
      await log(page).getByText('Entry 1: add from–to dates, or how long.').waitFor()
      await log(page).getByText('Delivery partner at Zomato', { exact: true }).waitFor()
      await asked(page, prompt('work_history'))
      await expectQuestionInView(page, 'entries-refused', { withError: true })
      expect(await composer(page).getByLabel('Company or employer', { exact: true }).inputValue()).toBe('Zomato')
      await composer(page).getByLabel('From', { exact: true }).fill('2024-01')
      await composer(page).getByLabel('Currently working here').check()
      await tap(composer(page), '+ Add another')
      await composer(page).getByLabel('Self-employed').check()
      await composer(page).getByLabel('Your job or work', { exact: true }).fill('Vegetable vendor')
      await composer(page).getByLabel('No dates? How long did you work there?', { exact: true }).fill('1 year')
      await expectQuestionInView(page, 'entries-two')
      await tap(composer(page), 'Send')

      // the total is offered from the entries: Jan 2024 to now, plus a year
      await asked(page, prompt('experience_months'))
      await expectQuestionInView(page, 'text')
      const total = composer(page).getByLabel('Total experience', { exact: true })
      await expect.poll(() => total.inputValue()).toMatch(/year/)
      await total.fill('2 years')
      await tap(composer(page), 'Send')

      await asked(page, prompt('shift_preference'))
      await tap(composer(page), 'Day shift')

      await asked(page, prompt('expected_salary_monthly'))
      await expectQuestionInView(page, 'salary')
      // ₹99,99,999 a month for a rider: refused with the reason, the same question asked again
      const salaryBox = () => composer(page).getByLabel('Expected salary', { exact: true })
      await salaryBox().fill('9999999')
      await tap(composer(page), 'Send')
      await log(page).getByText('₹99,99,999 a month is far more than this kind of job pays', { exact: false }).waitFor()
      await asked(page, prompt('expected_salary_monthly'))
      await expectQuestionInView(page, 'salary-refused', { withError: true })
      // ₹1,50,000 a month: possible, so asked back ("is that right?"); "No, change it" asks again
      await salaryBox().fill('150000')
      await tap(composer(page), 'Send')
      await asked(page, 'We have your expected salary as ₹1,50,000 per month — is that right?')
      await expectQuestionInView(page, 'salary-confirm')
      await tap(composer(page), 'No, change it')
      await asked(page, prompt('expected_salary_monthly'))
      // a range chip stays a range
      await tap(composer(page), '₹15k – 20k')

      await asked(page, prompt('about'))
      await expectQuestionInView(page, 'about')
      if (viewport.height === 740) {
        // typed in the bot, it becomes Profile → About (one stored fact; decision 010)
        await composer(page).getByLabel('About me', { exact: true }).fill('Careful rider who knows every lane of Pune.')
        await tap(composer(page), 'Send')
      } else await tap(composer(page), 'Skip')

      await composer(page).getByRole('button', { name: 'Looks good — save' }).waitFor()
      // the preview shows the range as a range
      await page.getByText('₹15,000 – ₹20,000 per month').first().waitFor()
      await tap(composer(page), 'Looks good — save')

      // saved: the card with its download link is on screen, not an old preview
      const saved = page.getByTestId('resume-saved')
      await saved.getByRole('link', { name: 'Download PDF' }).waitFor()
      await expect
        .poll(async () => {
          const b = await saved.boundingBox()
          const l = await layout(page)
          if (!b || !l.list) return 'missing'
          const floor = l.tabBar && l.tabBar.height > 0 ? Math.min(viewport.height, l.tabBar.y) : viewport.height
          return b.y >= l.list.y - 1 && bottom(b) <= bottom(l.list) + 1 && bottom(b) <= floor + 1 ? 'on screen' : `saved card ${b.y}–${bottom(b)}, list ${l.list.y}–${bottom(l.list)}, floor ${floor}`
        })
        .toBe('on screen')
      await screenshot(page, `chat-phone-${viewport.height}-saved`)
      if (viewport.height === 740) {
        await page.goto('/profile')
        await page.getByText('Careful rider who knows every lane of Pune.').first().waitFor()
        await screenshot(page, 'chat-phone-740-profile-about')
      }
      expect(errors).toEqual([])
      await ctx.close()
    }, 150_000)
  })
}

describe('coming from a job to apply, at 360×640', () => {
  it('the "back to the job" note is read first; once the chat is open it gives the chat its room', async () => {
    const actor = await newCandidate('delivery-boy', 'Pooja Shinde')
    const job = await server.services.db.selectFrom('jobs').select('id').where('status', '=', 'published').orderBy('published_at', 'desc').executeTakeFirstOrThrow()
    const { ctx, page, errors } = await signedIn(actor, { width: 360, height: 640 })
    await page.goto(`/resume?returnTo=${encodeURIComponent(`/jobs/${job.id}`)}`)
    await hydrated(page)
    const note = page.getByTestId('resume-return')
    await note.getByText('then we take you straight back').waitFor()
    await page.getByRole('button', { name: /Create with AIVI bot/ }).click()
    await asked(page, 'We have your full name as Pooja Shinde — is that right?')
    await expect.poll(() => note.isVisible()).toBe(false)
    await expectQuestionInView(page, 'apply-confirm')
    await tap(composer(page), 'Yes, that’s right')
    await asked(page, prompt('has_driving_licence'))
    await expectQuestionInView(page, 'apply-yes-no')
    expect(errors).toEqual([])
    await ctx.close()
  }, 60_000)
})

describe('the resume chat offline', () => {
  it('says offline, holds an answer with "will send when you’re back", and sends it exactly once when the network returns', async () => {
    const actor = await newCandidate('delivery-boy', 'Kiran Patil')
    const { ctx, page, errors } = await signedIn(actor, { width: 360, height: 740 })
    const sends: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('chat.send')) sends.push('http')
    })
    page.on('websocket', (ws) =>
      ws.on('framesent', (f) => {
        if (typeof f.payload === 'string' && f.payload.includes('"chat.send"')) sends.push('ws')
      }),
    )
    await page.goto('/resume')
    await hydrated(page)
    await page.getByRole('button', { name: /Create with AIVI bot/ }).click()
    await asked(page, 'We have your full name as Kiran Patil — is that right?')
    await expect.poll(() => page.getByTestId('connection').innerText()).toBe('Live')
    await tap(composer(page), 'Yes, that’s right')
    await asked(page, prompt('has_driving_licence'))
    const before = sends.length

    await ctx.setOffline(true)
    await expect.poll(() => page.getByTestId('connection').innerText()).toBe('Offline — answers will send when you’re back')
    await tap(composer(page), 'No')
    await page.getByTestId('waiting-offline').waitFor()
    expect(await page.getByTestId('waiting-offline').innerText()).toBe('Offline — will send when you’re back')
    // nothing goes out while there is no network, and the answer is not offered twice
    await page.waitForTimeout(1500)
    expect(sends.length).toBe(before)
    expect(await composer(page).getByRole('button', { name: 'Yes', exact: true }).isDisabled()).toBe(true)
    await screenshot(page, 'chat-phone-offline-waiting')

    await ctx.setOffline(false)
    await asked(page, prompt('owns_vehicle'))
    await expect.poll(() => page.getByTestId('waiting-offline').count()).toBe(0)
    expect(sends.length).toBe(before + 1)
    expect(await log(page).getByText('No', { exact: true }).count()).toBe(1)
    const turns = await server.services.db
      .selectFrom('chat_events as e')
      .innerJoin('chat_sessions as s', 's.id', 'e.session_id')
      .select('e.payload')
      .where('s.candidate_id', '=', actor.id)
      .where('e.type', '=', 'user_message')
      .execute()
    expect(turns.filter((t) => (t.payload as { questionKey?: string }).questionKey === 'has_driving_licence')).toHaveLength(1)
    await expect.poll(() => page.getByTestId('connection').innerText(), { timeout: 20_000 }).toBe('Live')
    expect(errors).toEqual([])
    await ctx.close()
  }, 90_000)
})

describe('licence photo, going back, editing', () => {
  it('accepts a 6 MB camera JPEG (made smaller in the browser), offers "Keep current file" on the way back, "Back to preview" when editing, and a progress total that does not jump', async () => {
    const actor = await newCandidate('delivery-boy', 'Sanjay Rao')
    const { ctx, page, errors } = await signedIn(actor, { width: 360, height: 740 })
    const uploads: number[] = []
    page.on('request', (r) => {
      if (r.url().endsWith('/uploads/driving-licence')) uploads.push(r.postDataBuffer()?.length ?? 0)
    })
    const progress = async () => (await page.getByText(/\d+ of \d+ answered/).innerText()).match(/of (\d+)/)![1]

    await page.goto('/resume')
    await hydrated(page)
    await page.getByRole('button', { name: /Create with AIVI bot/ }).click()
    await asked(page, 'We have your full name as Sanjay Rao — is that right?')
    await tap(composer(page), 'Yes, that’s right')
    await asked(page, prompt('has_driving_licence'))
    const total = await progress()
    await tap(composer(page), 'Yes')
    await asked(page, prompt('driving_licence_file'))
    expect(await progress()).toBe(total)

    // a 12-megapixel camera photo, far over the 2 MB limit
    const photo = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
      .jpeg({ quality: 85 })
      .toBuffer()
    expect(photo.length).toBeGreaterThan(5_500_000)
    await composer(page).locator('input[type=file]').setInputFiles({ name: 'IMG_20261201_101500.jpg', mimeType: 'image/jpeg', buffer: photo })
    // shrinking a 12-megapixel photo on a slow phone's main thread takes a few seconds
    await asked(page, prompt('licence_type'), 45_000)
    expect(uploads).toHaveLength(1)
    expect(uploads[0]).toBeLessThan(2_000_000)
    const stored = await server.services.db.selectFrom('files').select(['kind', 'mime', 'size_bytes']).where('candidate_id', '=', actor.id).execute()
    expect(stored).toMatchObject([{ kind: 'driving_licence', mime: 'image/jpeg' }])
    expect(Number(stored[0]!.size_bytes)).toBeLessThan(2_000_000)
    expect(await progress()).toBe(total)

    // back to the licence question: the uploaded file can be kept as it is
    await page.getByRole('button', { name: '← Previous question' }).click()
    await asked(page, prompt('driving_licence_file'))
    await tap(composer(page), 'Keep current file')
    await asked(page, prompt('licence_type'))
    expect(uploads).toHaveLength(1)
    await tap(composer(page), 'Two-wheeler (bike / scooter)')
    await tap(composer(page), 'Send')

    for (const [key, button] of [
      ['owns_vehicle', 'No'],
      ['has_smartphone', 'Yes'],
    ] as const) {
      await asked(page, prompt(key))
      await tap(composer(page), button)
    }
    await asked(page, prompt('date_of_birth'))
    await composer(page).getByLabel('Date of birth', { exact: true }).fill('01-01-1995')
    await tap(composer(page), 'Send')
    await asked(page, 'You live in Pune — is that right?')
    await tap(composer(page), 'Yes, that’s right')
    await asked(page, prompt('languages'))
    await tap(composer(page), 'Hindi')
    await tap(composer(page), 'Send')
    await asked(page, prompt('work_history'))
    await tap(composer(page), 'No previous work')
    await asked(page, prompt('experience_months'))
    expect(await composer(page).getByLabel('Total experience', { exact: true }).inputValue()).toBe('fresher')
    await composer(page).getByLabel('Total experience', { exact: true }).fill('fresher')
    await tap(composer(page), 'Send')
    await asked(page, prompt('shift_preference'))
    await tap(composer(page), 'Any shift')
    await asked(page, prompt('expected_salary_monthly'))
    await tap(composer(page), '₹12k – 15k')
    await asked(page, prompt('about'))
    await tap(composer(page), 'Skip')

    // the preview: open Shift to change it, then go back without changing anything
    await composer(page).getByRole('button', { name: 'Looks good — save' }).waitFor()
    await log(page).getByRole('button', { name: 'Edit Shift' }).last().click()
    await asked(page, prompt('shift_preference'))
    await tap(composer(page), 'Back to preview')
    await composer(page).getByRole('button', { name: 'Looks good — save' }).waitFor()
    const state = await server.services.db.selectFrom('chat_sessions').select('state').where('candidate_id', '=', actor.id).executeTakeFirstOrThrow()
    expect((state.state as { answers: Record<string, unknown> }).answers.shift_preference).toBe('any')
    await screenshot(page, 'chat-phone-740-back-to-preview')
    expect(errors).toEqual([])
    await ctx.close()
  }, 120_000)
})

describe('education and work entries at 360×640', () => {
  it('a white-collar resume: education refused then added (two entries), a current job and an earlier one, the total offered from them; the downloaded PDF prints every entry', async () => {
    const actor = await newCandidate('receptionist', 'Anjali Menon')
    const { ctx, page, errors } = await signedIn(actor, { width: 360, height: 640 })
    const office = (key: string) => {
      const q = QUESTION_TEMPLATE_BY_FAMILY.get('office')?.questions.find((x) => x.key === key)
      if (!q) throw new Error(`no question ${key}`)
      return q.prompt
    }
    await page.goto('/resume')
    await hydrated(page)
    await page.getByRole('button', { name: /Create with AIVI bot/ }).click()
    await asked(page, 'We have your full name as Anjali Menon — is that right?')
    await tap(composer(page), 'Yes, that’s right')
    await asked(page, office('date_of_birth'))
    await composer(page).getByLabel('Date of birth', { exact: true }).fill('14-08-1996')
    await tap(composer(page), 'Send')
    await asked(page, 'You live in Pune — is that right?')
    await tap(composer(page), 'Yes, that’s right')
    await asked(page, office('languages'))
    await tap(composer(page), 'English')
    await tap(composer(page), 'Send')
    await asked(page, office('highest_education'))
    await tap(composer(page), 'Graduate (BA, BCom, BSc, BTech…)')

    // education: required; a year before the candidate was 10 is refused with the entry's number
    await asked(page, office('education'))
    await expectQuestionInView(page, 'education')
    expect(await composer(page).getByRole('button', { name: 'Skip' }).count()).toBe(0)
    await composer(page).getByLabel('Degree or course', { exact: true }).fill('B.Com')
    await composer(page).getByLabel('School, college or institute', { exact: true }).fill('Symbiosis College, Pune')
    await composer(page).getByLabel('Year of passing', { exact: true }).fill('2017')
    await tap(composer(page), '+ Add another')
    await composer(page).getByLabel('Degree or course', { exact: true }).fill('12th')
    await composer(page).getByLabel('School, college or institute', { exact: true }).fill('Kendriya Vidyalaya')
    await composer(page).getByLabel('Year of passing', { exact: true }).fill('2004')
    await tap(composer(page), 'Send')
    await log(page).getByText('Entry 2: 2004 is before you were 10 — check the year.').waitFor()
    await asked(page, office('education'))
    await expectQuestionInView(page, 'education-refused', { withError: true })
    await composer(page).getByLabel('Year of passing', { exact: true }).fill('2014')
    await tap(composer(page), 'Send')
    await log(page).getByText('B.Com, Symbiosis College, Pune (2017); 12th, Kendriya Vidyalaya (2014)').waitFor()

    await asked(page, office('skills'))
    await tap(composer(page), 'MS Excel')
    await tap(composer(page), 'Send')

    // work: a current job and an earlier one; "Fresher" is offered instead of Skip
    await asked(page, office('work_history'))
    await expectQuestionInView(page, 'work-entries')
    expect(await composer(page).getByRole('button', { name: 'Fresher' }).count()).toBe(1)
    await composer(page).getByLabel('Company or employer', { exact: true }).fill('Taj Hotels')
    await composer(page).getByLabel('Your job or work', { exact: true }).fill('Front Office Executive')
    await composer(page).getByLabel('From', { exact: true }).fill('2022-04')
    await composer(page).getByLabel('Currently working here').check()
    await tap(composer(page), '+ Add another')
    await composer(page).getByLabel('Company or employer', { exact: true }).fill('Infosys BPM')
    await composer(page).getByLabel('Your job or work', { exact: true }).fill('Process Associate')
    await composer(page).getByLabel('From', { exact: true }).fill('2019-06')
    await composer(page).getByLabel('To', { exact: true }).fill('2022-03')
    await expectQuestionInView(page, 'work-entries-two')
    await tap(composer(page), 'Send')

    // the total is offered from the entries (Jun 2019 → now, no gap) and sent as it is
    await asked(page, office('experience_months'))
    const total = composer(page).getByLabel('Total experience', { exact: true })
    await expect.poll(() => total.inputValue()).toMatch(/^\d+ years/)
    await expectQuestionInView(page, 'experience-from-entries')
    await tap(composer(page), 'Send')

    await asked(page, office('notice_period'))
    await tap(composer(page), 'In 30 days')
    await asked(page, office('preferred_work_mode'))
    await tap(composer(page), 'At the office')
    await asked(page, office('linkedin_url'))
    await tap(composer(page), 'Skip')
    await asked(page, office('expected_salary_monthly'))
    await tap(composer(page), '3 – 5 LPA')
    await asked(page, office('about'))
    await tap(composer(page), 'Skip')

    // the preview lists the entries; save and read the downloaded PDF back
    await composer(page).getByRole('button', { name: 'Looks good — save' }).waitFor()
    const workItem = log(page).getByText('Front Office Executive at Taj Hotels (Apr 2022 – Present); Process Associate at Infosys BPM (Jun 2019 – Mar 2022)').last()
    await workItem.waitFor()
    await workItem.scrollIntoViewIfNeeded()
    await screenshot(page, 'chat-phone-640-entries-preview')
    // editing from the preview lists the entries as cards; leaving them as they were goes back to the preview
    await log(page).getByRole('button', { name: 'Edit Education' }).last().click()
    await asked(page, office('education'))
    const added = composer(page).getByRole('list', { name: 'Education added' })
    await expect.poll(() => added.getByRole('listitem').allInnerTexts()).toEqual(['1. B.Com, Symbiosis College, Pune (2017)', '2. 12th, Kendriya Vidyalaya (2014)'].map((t) => expect.stringContaining(t)))
    await screenshot(page, 'chat-phone-640-entries-edit')
    await tap(composer(page), 'Back to preview')
    await composer(page).getByRole('button', { name: 'Looks good — save' }).waitFor()
    await tap(composer(page), 'Looks good — save')
    const saved = page.getByTestId('resume-saved')
    const link = saved.getByRole('link', { name: 'Download PDF' })
    await link.waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    const text = (await readPdf(await readFile(await download.path()))).text.replace(/\s+/g, ' ')
    for (const printed of [
      'Anjali Menon',
      'B.Com, Symbiosis College, Pune, 2017',
      '12th, Kendriya Vidyalaya, 2014',
      'Front Office Executive — Taj Hotels',
      'Apr 2022 – Present',
      'Process Associate — Infosys BPM',
      'Jun 2019 – Mar 2022',
      'MS Excel',
      '30 days',
    ]) {
      expect(text).toContain(printed)
    }
    expect(errors).toEqual([])
    await ctx.close()
  }, 120_000)
})
