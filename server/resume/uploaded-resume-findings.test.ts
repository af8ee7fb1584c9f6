import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeResumePdf, type ResumeSpec } from '../../tests/fixtures/make-resume-pdf'
import { botOutputs, connect, lastQuestion, newMessageId } from '../../tests/helpers/chat-client'
import { sampleAnswer } from '../../tests/helpers/sample-answers'
import { completeBasicProfile, createCandidateActor, type Actor } from '../../tests/setup/fixtures'
import { readPdf } from '../../tests/setup/read-pdf'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import type { BotOutput } from '../chat/chat-machine'
import type { StoredEvent } from '../chat/chat.repo'
import { findCity } from '../master-data/cities'
import { extractResume } from './extraction/extract'
import { noticePeriodOf, workModeOf, yesNoOf } from './extraction/normalise'
import { renderCurrentResumePdf } from './resume.service'

/**
 * Issue 15, uploaded resumes: the headline is the real current title, the total experience is the
 * dated one (not a stale portal header), and what the PDF states is never asked again.
 */
const NOW = new Date('2026-12-01T06:00:00Z')

// a Naukri-style export: the header's "Total Experience" was written years ago; work runs since 2017
const DBA: ResumeSpec = {
  name: 'Meera Iyer',
  email: 'meera.iyer@example.com',
  phone: '+91 98450 12345',
  location: 'Chennai, Tamil Nadu',
  details: ['Total Experience: 2 Year(s) 4 Month(s)', 'Notice Period: 30 days', 'Work Mode: Hybrid'],
  summary: 'Database administrator running PostgreSQL and Oracle in production for banks and insurers.',
  experience: [
    {
      org: 'Axis Bank',
      place: 'Chennai',
      role: 'Senior Database Administrator',
      dates: 'Apr 2021 – Present',
      bullets: ['Ran forty PostgreSQL clusters for the retail bank with streaming replication and automated failover.'],
    },
    {
      org: 'Tata Consultancy Services',
      place: 'Chennai',
      role: 'Database Administrator',
      dates: 'Jul 2017 – Mar 2021',
      bullets: ['Upgraded Oracle 11g databases to 12c for the insurance practice with zero data loss.'],
    },
  ],
  education: [{ org: 'Anna University', role: 'B.E. Computer Science', dates: '2013 – 2017' }],
  skills: { Databases: ['PostgreSQL', 'Oracle', 'MySQL'] },
  languages: ['English', 'Tamil', 'Hindi'],
}

describe('label values a PDF states map onto the bot’s choices', () => {
  it('notice period, work mode, relocation', () => {
    expect(['Immediate', '0', '30 days', '1 month', '4 weeks', '45 days', '2 Months', '90 Days', '3 months', '15 days', 'serving notice'].map(noticePeriodOf)).toEqual([
      'immediate', 'immediate', '30_days', '30_days', '30_days', '60_days', '60_days', '90_days', '90_days', '15_days', null,
    ])
    expect(['Hybrid', 'Remote / WFH', 'Work from office', 'Flexible'].map(workModeOf)).toEqual(['hybrid', 'remote', 'onsite', null])
    expect(['Yes', 'Not willing', 'Open to it', 'maybe'].map(yesNoOf)).toEqual([true, false, true, null])
  })

  it('the extractor reads them, takes the dated total over the stale header (flagged), and keeps the titles', async () => {
    const r = await extractResume(makeResumePdf(DBA), { now: NOW })
    if (!r.ok) throw new Error(r.code)
    expect(r.answers).toMatchObject({ notice_period: '30_days', preferred_work_mode: 'hybrid' })
    // Jul 2017 – today, not "2 Year(s) 4 Month(s)"
    expect(r.answers.experience_months).toBeGreaterThanOrEqual(112)
    expect(r.flags).toContainEqual(expect.objectContaining({ key: 'experience_months', reason: 'stated_disagrees' }))
    expect(r.answers.work_history?.[0]).toMatchObject({ company: 'Axis Bank', title: 'Senior Database Administrator', start: '2021-04', end: 'present' })
  })
})

describe('an uploaded resume, end to end (real Postgres, the bot over HTTP)', () => {
  let server: TestServer
  let meera: Actor
  beforeAll(async () => {
    server = await startTestServer({ remix: 'none' })
    meera = await createCandidateActor(server.services, { name: 'Meera Iyer' })
    await completeBasicProfile(server.services, meera, { cityId: findCity('Chennai')!.id, roleSlug: 'software-developer', name: 'Meera Iyer' })
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('asks nothing the PDF said, and the saved resume prints the current title and the dated experience', async () => {
    const c = connect(server.url, meera.cookie)
    const { sessionId } = await c.viaHttp.chat.start.mutate({ discardActive: true })
    await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'choose_method', method: 'upload' } })
    const form = new FormData()
    form.append('sessionId', sessionId)
    form.append('file', new Blob([new Uint8Array(makeResumePdf(DBA))], { type: 'application/pdf' }), 'meera.pdf')
    const res = await fetch(`${server.url}/uploads/resume`, { method: 'POST', body: form, headers: { cookie: meera.cookie, accept: 'application/json' } })
    expect(res.status).toBe(200)

    const asked: string[] = []
    for (let turn = 0; turn < 30; turn++) {
      const events = (await c.viaHttp.chat.get.query({ sessionId })).events as StoredEvent[]
      const outputs = botOutputs(events)
      const last = outputs.at(-1)
      if (last?.type === 'preview') break
      const q = lastQuestion(events)
      if (!q) throw new Error(`no question: ${JSON.stringify(last)}`)
      asked.push(q.key)
      await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q) } })
    }
    const found = botOutputs(((await c.viaHttp.chat.get.query({ sessionId })).events as StoredEvent[])).find(
      (o): o is Extract<BotOutput, { type: 'found_fields' }> => o.type === 'found_fields',
    )
    expect(found?.answers).toMatchObject({ notice_period: '30_days', preferred_work_mode: 'hybrid' })
    for (const key of ['notice_period', 'preferred_work_mode', 'experience_months', 'full_name', 'skills']) expect(asked).not.toContain(key)

    await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: newMessageId(), event: { type: 'confirm' } })
    c.close()
    const rendered = await renderCurrentResumePdf(server.services.db, meera.id, NOW)
    const { text } = await readPdf(rendered!.pdf)
    // the headline: the real current title, not the preferred role "Software Developer"
    expect(text).toMatch(/Senior Database Administrator · /)
    expect(text).not.toContain('Software Developer')
    expect(text).toMatch(/Total experience: +9 years/)
    expect(text).not.toMatch(/2 years 4 months/)
    expect(text).toMatch(/Notice period: +30 days/)
  })
})
