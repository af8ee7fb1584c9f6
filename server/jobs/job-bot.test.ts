/**
 * The job-posting bot end to end against a real Postgres, through the same procedures the app
 * calls: paste a JD → found card → only what is missing → fee refused → gender explained →
 * preview → publish → a matching candidate sees the job; edit a live job; who may do what.
 */
import { TRPCError } from '@trpc/server'
import { jsPDF } from 'jspdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, completeBasicProfile, createCandidateActor, createEmployerActor, type Actor } from '../../tests/setup/fixtures'
import { createTestDatabase, type TestDatabase } from '../../tests/setup/test-db'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import { validRaw } from '../../tests/helpers/chat-machine-helpers'
import type { BotOutput, QuestionView } from '../chat/chat-machine'
import type { StoredEvent } from '../chat/chat.repo'
import { findCity } from '../master-data/cities'
import { JOB_POSTING_TEMPLATE } from '../../seeds/data/job-posting-template'

let database: TestDatabase
let server: TestServer
let employer: Actor
let otherEmployer: Actor

const WHATSAPP_JD = `*URGENT HIRING* 🚚🚚
Delivery Boy required for Swiggy Instamart dark store
📍 Location: Kothrud, Pune
💰 Salary: 16000 to 19000 + incentives up to 5000
Experience: Fresher can apply
✅ Own bike + driving licence must
Male candidates only
Registration fee Rs 300 (refundable)
10 openings
Walk-in: Mon-Sat 11am to 4pm at Shop 12, Karve Road, Kothrud, Pune
Call HR 9876501234`

const outputsOf = (events: StoredEvent[]): BotOutput[] => events.filter((e) => e.type === 'bot_output').map((e) => e.payload as unknown as BotOutput)
const lastQuestion = (events: StoredEvent[]): QuestionView | null => {
  const q = outputsOf(events).filter((o): o is Extract<BotOutput, { type: 'question' }> => o.type === 'question').at(-1)
  return q?.question ?? null
}

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer({ database, remix: 'none' })
  employer = await createEmployerActor(server.services)
  otherEmployer = await createEmployerActor(server.services)
})
afterAll(async () => {
  await server?.stop()
  await database?.destroy()
})

let n = 0
const id = () => `test-msg-${Date.now()}-${n++}`

async function answerUntilPreview(caller: Awaited<ReturnType<typeof callerFor>>, sessionId: string, answerFor: (q: QuestionView) => unknown) {
  const asked: string[] = []
  for (let i = 0; i < 40; i++) {
    const state = await caller.jobBot.get({ sessionId })
    const q = state.prompt.find((o): o is Extract<BotOutput, { type: 'question' }> => o.type === 'question')?.question
    if (!q) return { asked, state }
    asked.push(q.key)
    const r = await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'answer', questionKey: q.key, value: answerFor(q) } })
    expect(r.accepted, `${q.key}: ${JSON.stringify(outputsOf(r.events).filter((o) => o.type === 'error'))}`).toBe(true)
  }
  throw new Error('no preview after 40 answers')
}

const sample = (q: QuestionView, i = 0): unknown => {
  if (q.mode === 'confirm') return 'yes'
  const tq = JOB_POSTING_TEMPLATE.questions.find((x) => x.key === q.key)!
  if (q.key === 'role') return q.options?.[0]?.value
  return validRaw(tq, 'blue_collar', q.suggestions ?? [], i)
}

describe('job-posting bot', () => {
  let jobId: string

  it('pasted WhatsApp JD → found card → asks only what is missing; a fee is refused; "male only" is explained; publish', async () => {
    const caller = await callerFor(server.services, employer.cookie)
    const { sessionId } = await caller.jobBot.start({})
    await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'start' } })
    await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'choose_method', method: 'upload' } })
    const pasted = await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'submit_text', text: WHATSAPP_JD } })

    // one call: the turn, then the extraction after it committed, fed back as its own turn
    const found = outputsOf(pasted.events).find((o): o is Extract<BotOutput, { type: 'found_fields' }> => o.type === 'found_fields')
    expect(found, JSON.stringify(outputsOf(pasted.events))).toBeDefined()
    expect(found!.answers).toMatchObject({ city: 'Pune', salary_range: { min: 16000, max: 19000 }, incentive_monthly: 5000, openings: 10, requires_driving_licence: true, vehicle_required: 'two_wheeler' })
    expect(found!.items.some((i) => i.key === 'fee_wording' || i.key === 'gender_wording')).toBe(false)

    let feeRefused = false
    let genderPrompt = ''
    const { asked, state } = await answerUntilPreview(caller, sessionId, (q) => {
      if (q.key === 'fee_charged' && !feeRefused) {
        feeRefused = true
        return 'yes'
      }
      if (q.key === 'fee_charged') return 'no'
      if (q.key === 'real_requirement') {
        genderPrompt = q.prompt
        return 'Carrying parcels up to 10 kg, riding in the rain'
      }
      return sample(q)
    }).catch(async (error: unknown) => {
      // the first "yes" to the fee is refused (not accepted): finish with "no"
      if (!feeRefused) throw error
      const s = await caller.jobBot.get({ sessionId })
      const q = s.prompt.find((o): o is Extract<BotOutput, { type: 'question' }> => o.type === 'question')!.question
      expect(q.key).toBe('fee_charged')
      const events = (await caller.jobBot.get({ sessionId })).events
      const refusal = outputsOf(events).filter((o): o is Extract<BotOutput, { type: 'error' }> => o.type === 'error').at(-1)
      expect(refusal?.message).toMatch(/never charge candidates/)
      expect(q.prompt).toMatch(/Registration fee Rs 300/i)
      return answerUntilPreview(caller, sessionId, (q2) => {
        if (q2.key === 'fee_charged') return 'no'
        if (q2.key === 'real_requirement') {
          genderPrompt = q2.prompt
          return 'Carrying parcels up to 10 kg, riding in the rain'
        }
        return sample(q2)
      })
    })
    expect(feeRefused).toBe(true)
    expect(genderPrompt).toMatch(/Male candidates only/i)
    expect(genderPrompt).toMatch(/Code on Wages/)
    // what the JD said was not asked again
    for (const key of ['city', 'salary_range', 'openings', 'requires_driving_licence', 'vehicle_required']) expect(asked).not.toContain(key)
    expect(asked).toContain('fee_charged')
    expect(state.prompt.some((o) => o.type === 'preview')).toBe(true)

    const confirmed = await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'confirm' } })
    const saved = confirmed.events.find((e) => e.type === 'job_saved')
    expect(saved).toBeDefined()
    jobId = String(saved!.payload.jobId)
    const job = await server.services.db
      .selectFrom('jobs')
      .select(['status', 'employer_id', 'city_name', 'salary_min_monthly', 'salary_max_monthly', 'incentive_monthly', 'requires_two_wheeler', 'real_requirement', 'description', 'openings'])
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow()
    expect(job).toMatchObject({ status: 'published', employer_id: employer.id, city_name: 'Pune', salary_min_monthly: 16000, salary_max_monthly: 19000, incentive_monthly: 5000, requires_two_wheeler: true, openings: 10 })
    expect(job.real_requirement).toBe('Carrying parcels up to 10 kg, riding in the rain')
    expect(job.description).toContain('Swiggy Instamart')
    // the flagged lines were asked about, and never go live
    expect(job.description).not.toMatch(/registration fee|male candidates/i)
    // the conversation is named after the job in the employer's drafts and history
    expect((await caller.jobBot.list()).find((s) => s.id === sessionId)?.title).toBe('Delivery Boy')
  })

  it('a candidate whose profile fits sees the published job in recommendations at once, with reasons', async () => {
    const candidate = await createCandidateActor(server.services, { name: 'Ravi Kumar' })
    await completeBasicProfile(server.services, candidate, { cityId: findCity('Pune')!.id, roleSlug: 'delivery-boy', name: 'Ravi Kumar' })
    const caller = await callerFor(server.services, candidate.cookie)
    const recs = await caller.matching.recommendations({ limit: 50 })
    const card = recs.items.find((c) => c.id === jobId)
    expect(card, 'the new job is recommended').toBeDefined()
    expect(card!.reasons.length).toBeGreaterThan(0)
  })

  it('Edit re-opens the job prefilled at the preview; a change is live at once on the same job', async () => {
    const caller = await callerFor(server.services, employer.cookie)
    const { sessionId } = await caller.jobBot.start({ jobId })
    const opened = await caller.jobBot.get({ sessionId })
    expect(opened.prompt.some((o) => o.type === 'preview')).toBe(true)
    const edit = await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'edit', questionKey: 'salary_range' } })
    expect(lastQuestion(edit.events)?.prefill).toBe('16000 - 19000')
    await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'answer', questionKey: 'salary_range', value: '18k - 22k' } })
    const done = await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'confirm' } })
    expect(done.events.find((e) => e.type === 'job_saved')?.payload.jobId).toBe(jobId)
    const job = await server.services.db.selectFrom('jobs').select(['status', 'salary_min_monthly', 'salary_max_monthly']).where('id', '=', jobId).executeTakeFirstOrThrow()
    expect(job).toEqual({ status: 'published', salary_min_monthly: 18000, salary_max_monthly: 22000 })
    expect(await server.services.db.selectFrom('jobs').select('id').where('employer_id', '=', employer.id).execute()).toHaveLength(1)
  })

  it('the Q&A path reaches a publishable job too, with the company confirmed from the profile', async () => {
    const caller = await callerFor(server.services, employer.cookie)
    const { sessionId } = await caller.jobBot.start({})
    await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'start' } })
    await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'choose_method', method: 'bot' } })
    let i = 0
    const { asked } = await answerUntilPreview(caller, sessionId, (q) => {
      if (q.key === 'title') return 'Electrician'
      if (q.key === 'company_name') expect(q.mode).toBe('confirm')
      return sample(q, i++)
    })
    expect(asked.slice(0, 2)).toEqual(['title', 'role'])
    expect(asked).not.toContain('real_requirement')
    const done = await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'confirm' } })
    expect(done.events.some((e) => e.type === 'job_saved')).toBe(true)
  })

  it('another employer cannot read, drive or edit this employer’s conversations and jobs; candidates cannot call the bot', async () => {
    const mine = await callerFor(server.services, employer.cookie)
    const { sessionId } = await mine.jobBot.start({})
    const theirs = await callerFor(server.services, otherEmployer.cookie)
    const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof TRPCError ? e.code : String(e)))
    expect(await code(theirs.jobBot.get({ sessionId }))).toBe('NOT_FOUND')
    expect(await code(theirs.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'start' } }))).toBe('NOT_FOUND')
    expect(await code(theirs.jobBot.discard({ sessionId }))).toBe('NOT_FOUND')
    expect(await code(theirs.jobBot.start({ jobId }))).toBe('NOT_FOUND')
    expect((await theirs.jobBot.list()).map((s) => s.id)).not.toContain(sessionId)
    const candidate = await createCandidateActor(server.services)
    const asCandidate = await callerFor(server.services, candidate.cookie)
    expect(await code(asCandidate.jobBot.start({}))).toBe('UNAUTHORIZED')
    expect(await code(asCandidate.chat.get({ sessionId }))).toBe('NOT_FOUND')
  })

  it('a JD uploaded as a PDF is read on the PDF pool and handed to the bot like pasted text; a non-PDF is refused and changes nothing', async () => {
    const caller = await callerFor(server.services, employer.cookie)
    const { sessionId } = await caller.jobBot.start({})
    await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'start' } })
    await caller.jobBot.send({ sessionId, clientMessageId: id(), event: { type: 'choose_method', method: 'upload' } })
    const doc = new jsPDF()
    const lines = ['Security Guard', 'Shield Facility Services Pvt Ltd', 'Location: Andheri East, Mumbai', 'Salary: Rs 14,000 - 17,000 per month', 'Experience: 1-3 years', 'Openings: 6', '12-hour rotational shifts at a residential society.']
    lines.forEach((line, i) => doc.text(line, 20, 20 + i * 10))
    const post = (bytes: Uint8Array<ArrayBuffer>, name: string, type: string) => {
      const form = new FormData()
      form.set('sessionId', sessionId)
      form.set('file', new Blob([bytes], { type }), name)
      return fetch(`${server.url}/uploads/job-description`, { method: 'POST', body: form, headers: { cookie: employer.cookie, accept: 'application/json' } })
    }
    const before = await caller.jobBot.get({ sessionId })
    const wrong = await post(new TextEncoder().encode('not a pdf at all'), 'jd.pdf', 'application/pdf')
    expect(wrong.status).toBe(415)
    expect((await caller.jobBot.get({ sessionId })).session.lastSeq).toBe(before.session.lastSeq)

    const res = await post(new Uint8Array(doc.output('arraybuffer')), 'Guard JD.pdf', 'application/pdf')
    expect(res.status, await res.clone().text()).toBe(200)
    const after = await caller.jobBot.get({ sessionId })
    const found = outputsOf(after.events).find((o): o is Extract<BotOutput, { type: 'found_fields' }> => o.type === 'found_fields')
    expect(found?.answers).toMatchObject({ city: 'Mumbai', locality: 'Andheri East', salary_range: { min: 14000, max: 17000 }, openings: 6 })
    expect(after.events.some((e) => e.type === 'user_message' && e.payload.text === 'Uploaded Guard JD.pdf')).toBe(true)
    // a candidate cannot use the employer's upload route
    const candidate = await createCandidateActor(server.services)
    const form = new FormData()
    form.set('sessionId', sessionId)
    form.set('file', new Blob([new Uint8Array(doc.output('arraybuffer'))], { type: 'application/pdf' }), 'x.pdf')
    const asCandidate = await fetch(`${server.url}/uploads/job-description`, { method: 'POST', body: form, headers: { cookie: candidate.cookie, accept: 'application/json' } })
    expect(asCandidate.status).toBe(401)
  })
})
