import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, completeBasicProfile, createCandidateActor, type Actor } from '../../tests/setup/fixtures'
import { readPdf } from '../../tests/setup/read-pdf'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import { findCity } from '../master-data/cities'
import { profileUpdateFromResume, withProfileFacts } from './profile-owned-facts'
import { renderCurrentResumePdf, saveResume } from './resume.service'

describe('the profile owns About and Languages (pure rules)', () => {
  it('readers see the profile’s About (as plain text) and Languages; the resume’s copy only when the profile has none', () => {
    const answers = { about: 'Old text from the bot.', languages: ['Hindi'], skills: ['Cash handling'] }
    expect(withProfileFacts(answers, { aboutHtml: '<p><strong>Punctual</strong> rider.</p><ul><li><p>Own bike</p></li></ul>', languages: ['Hindi', 'Marathi'] })).toEqual({
      about: 'Punctual rider.\n\n• Own bike',
      languages: ['Hindi', 'Marathi'],
      skills: ['Cash handling'],
    })
    expect(withProfileFacts(answers, { aboutHtml: null, languages: [] })).toEqual(answers)
    expect(withProfileFacts(answers, { aboutHtml: '', languages: [] }).about).toBe('Old text from the bot.')
  })

  it('a saved resume writes its About (sanitised) and Languages to the profile, keeping the profile’s own marks when the words are the same', () => {
    expect(profileUpdateFromResume({ about: 'Reliable <b>rider</b>.\n- Own bike', languages: ['hindi', 'Marathi'] }, { aboutHtml: null, languages: [] })).toEqual({
      aboutHtml: '<p>Reliable &lt;b&gt;rider&lt;/b&gt;.</p><ul><li><p>Own bike</p></li></ul>',
      languages: ['Hindi', 'Marathi'],
    })
    // the same words as the profile's rich text: the profile's bold stays
    expect(profileUpdateFromResume({ about: 'Punctual rider.' }, { aboutHtml: '<p><strong>Punctual</strong> rider.</p>', languages: ['Hindi'] })).toEqual({})
    // nothing said, nothing cleared; languages the profile cannot hold are not forced into it
    expect(profileUpdateFromResume({}, { aboutHtml: '<p>x</p>', languages: ['Hindi'] })).toEqual({})
    expect(profileUpdateFromResume({ languages: ['Hindi', '1234'] }, { aboutHtml: null, languages: ['Hindi'] })).toEqual({})
  })
})

describe('About and Languages: one stored fact for Profile and resume (real Postgres)', () => {
  let server: TestServer
  let rider: Actor
  beforeAll(async () => {
    server = await startTestServer({ remix: 'none' })
    rider = await createCandidateActor(server.services, { name: 'Ravi Kumar' })
    await completeBasicProfile(server.services, rider, {
      cityId: findCity('Pune')!.id,
      roleSlug: 'delivery-boy',
      name: 'Ravi Kumar',
      preferredCityIds: [findCity('Pune')!.id, findCity('Mumbai')!.id],
    })
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('the bot’s About reaches Profile → About (no more nagging); Profile edits reach the resume view and the next PDF', async () => {
    const db = server.services.db
    const role = await db.selectFrom('job_roles').select('id').where('slug', '=', 'delivery-boy').executeTakeFirstOrThrow()
    await db.transaction().execute((trx) =>
      saveResume(trx, {
        candidateId: rider.id,
        answers: { full_name: 'Ravi Kumar', about: 'Reliable delivery partner with two years in Pune.', languages: ['Hindi', 'Marathi'], experience_months: 24 },
        source: 'bot',
        jobType: 'blue_collar',
        roleId: role.id,
        chatSessionId: null,
        sourceFileId: null,
      }),
    )
    const caller = await callerFor(server.services, rider.cookie)
    const me = await caller.candidate.me()
    expect(me.aboutHtml).toBe('<p>Reliable delivery partner with two years in Pune.</p>')
    expect(me.languages).toEqual(['Hindi', 'Marathi'])
    expect(me.completeness.missing).not.toContain('About you')

    // Profile is edited: rich About, one more language
    await caller.candidate.updateProfile({ aboutHtml: '<p><strong>Honest</strong> rider, knows every lane of Kothrud.</p>', languages: ['Hindi', 'Marathi', 'English'] })
    const current = await caller.resume.current()
    expect(current?.answers.about).toBe('Honest rider, knows every lane of Kothrud.')
    expect(current?.answers.languages).toEqual(['Hindi', 'Marathi', 'English'])
    expect(current?.version).toBe(1)

    const rendered = await renderCurrentResumePdf(db, rider.id, new Date())
    const { text } = await readPdf(rendered!.pdf)
    expect(text).toContain('Honest rider, knows every lane of Kothrud.')
    expect(text).toContain('Hindi, Marathi, English')
    expect(text).not.toContain('Reliable delivery partner')
    expect(text).not.toContain('<strong>')
    // preferred locations come from the profile (the gate asks them), printed under Work preferences
    expect(text).toMatch(/Preferred locations:? *Pune, Mumbai/i)
    expect(current?.summary).toContainEqual({ key: 'preferred_locations', label: 'Preferred locations', display: 'Pune, Mumbai' })
  })
})
