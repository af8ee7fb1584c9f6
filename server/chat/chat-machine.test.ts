import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { QUESTION_TEMPLATE_BY_FAMILY, QUESTION_TEMPLATES } from '../../seeds/data/question-templates'
import type { TemplateFamily } from '../../seeds/data/roles'
import {
  chatStateSchema,
  createInitialState,
  currentOutputs,
  missingRequiredKeys,
  nextQuestion,
  parseChatState,
  transition,
  type ChatEvent,
  type ChatState,
  type MachineContext,
} from './chat-machine'
import { answerUntilPreview, hasOutput, invalidRaw, lastQuestion, makeContext, validRaw } from '../../tests/helpers/chat-machine-helpers'
import { RESUME_BOT } from './bots'
import { evaluateCondition } from './conditions'
import type { QuestionTemplate } from './question-template'

const template = (family: TemplateFamily): QuestionTemplate => {
  const t = QUESTION_TEMPLATE_BY_FAMILY.get(family)
  if (!t) throw new Error(`no template ${family}`)
  return t
}

/** Drive a session with a list of events, asserting each is accepted; returns the last result. */
function run(ctx: MachineContext, events: ChatEvent[], from: ChatState = createInitialState(ctx.template, ctx.bot)) {
  let state = from
  let last = { state, outputs: currentOutputs(state, ctx), accepted: true }
  for (const event of events) {
    last = transition(state, event, ctx)
    expect(last.accepted, `${JSON.stringify(event)} → ${JSON.stringify(last.outputs)}`).toBe(true)
    state = last.state
  }
  return last
}

const answer = (questionKey: string, value: unknown): ChatEvent => ({ type: 'answer', questionKey, value })
const startBot: ChatEvent[] = [{ type: 'start' }, { type: 'choose_method', method: 'bot' }]

describe('welcome and method choice', () => {
  it('greets by first name, names the role and offers Upload PDF | Create with AIVI bot', () => {
    const ctx = makeContext(template('delivery'))
    const r = run(ctx, [{ type: 'start' }])
    expect(r.state.step).toBe('choose_method')
    expect(r.outputs[0]).toEqual({ type: 'text', text: "Hi Ravi! I'm AIVI. Let's make your resume for Delivery Boy jobs." })
    expect(r.outputs[1]).toMatchObject({ type: 'quick_replies', action: 'choose_method', options: [{ value: 'upload', label: 'Upload PDF' }, { value: 'bot', label: 'Create with AIVI bot' }] })
    expect(r.state.version).toBe(1)
  })

  it('a second start is not applied and re-sends where the candidate is', () => {
    const ctx = makeContext(template('delivery'))
    const { state } = run(ctx, startBot)
    const again = transition(state, { type: 'start' }, ctx)
    expect(again.accepted).toBe(false)
    expect(again.state).toBe(state)
    expect(lastQuestion(again.outputs)?.key).toBe('full_name')
  })
})

describe('delivery conversation', () => {
  it('licence yes → file → type → vehicle → smartphone → DOB under 18 rejected and re-asked → … → preview → done', () => {
    const ctx = makeContext(template('delivery'), { dateOfBirth: null })
    let r = run(ctx, startBot)
    let q = lastQuestion(r.outputs)
    expect(q).toMatchObject({ key: 'full_name', mode: 'confirm', prompt: 'We have your full name as Ravi Kumar — is that right?', prefill: 'Ravi Kumar' })

    r = run(ctx, [answer('full_name', 'yes')], r.state)
    expect(r.state.answers.full_name).toBe('Ravi Kumar')
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'has_driving_licence', kind: 'yes_no', mode: 'ask' })

    r = run(ctx, [answer('has_driving_licence', 'haan')], r.state)
    q = lastQuestion(r.outputs)
    expect(q).toMatchObject({ key: 'driving_licence_file', kind: 'file', file: { accept: ['image/png', 'image/jpeg', 'application/pdf'], maxBytes: 2_000_000 } })

    r = run(ctx, [answer('driving_licence_file', { fileKey: 'uploads/licence.png', mimeType: 'image/png', sizeBytes: 80_000 })], r.state)
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'licence_type', kind: 'multi_select' })
    r = run(ctx, [answer('licence_type', ['two_wheeler'])], r.state)
    expect(lastQuestion(r.outputs)?.key).toBe('owns_vehicle')
    r = run(ctx, [answer('owns_vehicle', true)], r.state)
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'vehicle_type', options: [{ value: 'two_wheeler' }, { value: 'four_wheeler' }] })
    r = run(ctx, [answer('vehicle_type', 'two_wheeler'), answer('has_smartphone', 'yes')], r.state)
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'date_of_birth', kind: 'date', mode: 'ask' })

    // Under 18: rejected, same question re-asked, state untouched.
    const before = r.state
    const young = transition(before, answer('date_of_birth', '01-01-2012'), ctx)
    expect(young.accepted).toBe(false)
    expect(young.state).toBe(before)
    expect(young.outputs[0]).toEqual({ type: 'error', message: 'You must be at least 18 years old', retryable: true, questionKey: 'date_of_birth' })
    expect(lastQuestion(young.outputs)?.key).toBe('date_of_birth')

    r = run(ctx, [answer('date_of_birth', '12/03/2001')], before)
    expect(r.state.answers.date_of_birth).toBe('2001-03-12')
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'current_location', mode: 'confirm', prompt: 'You live in Pune — is that right?' })
    r = run(ctx, [answer('current_location', 'yes'), answer('languages', true)], r.state)
    expect(r.state.answers.languages).toEqual(['Hindi', 'Marathi'])
    r = run(ctx, [answer('work_history', []), answer('experience_months', '1.5 yrs'), answer('shift_preference', 'Day shift')], r.state)
    expect(r.state.answers).toMatchObject({ experience_months: 18, shift_preference: 'day' })

    q = lastQuestion(r.outputs)
    expect(q).toMatchObject({ key: 'expected_salary_monthly', salaryUnit: 'monthly' })
    expect(q?.quickPicks?.every((p) => p.unit === 'monthly')).toBe(true)
    r = run(ctx, [answer('expected_salary_monthly', q?.quickPicks?.[2]?.value)], r.state)
    // the chip "₹15k – 20k" stays a range
    expect(r.state.answers.expected_salary_monthly).toEqual({ min: 15000, max: 20000 })

    // "Write it for me": the service drafts, the draft comes back as the prefill to edit.
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'about', canSkip: true, canDraft: true })
    r = run(ctx, [answer('about', { draft: true })], r.state)
    expect(hasOutput(r.outputs, 'request_about_draft')).toMatchObject({ questionKey: 'about', answers: { full_name: 'Ravi Kumar', experience_months: 18 } })
    r = run(ctx, [{ type: 'draft_about_result', text: 'Reliable delivery partner with 1.5 years of experience in Pune.' }], r.state)
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'about', prefill: 'Reliable delivery partner with 1.5 years of experience in Pune.' })
    r = run(ctx, [answer('about', 'Reliable delivery partner with 1.5 years of experience in Pune and Mumbai.')], r.state)

    expect(r.state.step).toBe('preview')
    const preview = hasOutput(r.outputs, 'preview')
    expect(preview?.items.find((i) => i.key === 'date_of_birth')?.display).toBe('12-03-2001')
    expect(preview?.items.find((i) => i.key === 'expected_salary_monthly')?.display).toBe('₹15,000 – ₹20,000 per month')
    expect(preview?.items.find((i) => i.key === 'licence_type')?.display).toBe('Two-wheeler (bike / scooter)')

    const done = run(ctx, [{ type: 'confirm' }], r.state)
    expect(done.state.step).toBe('done')
    expect(hasOutput(done.outputs, 'resume_confirmed')?.answers).toMatchObject({
      has_driving_licence: true,
      driving_licence_file: 'uploads/licence.png',
      licence_type: ['two_wheeler'],
      owns_vehicle: true,
      vehicle_type: 'two_wheeler',
      date_of_birth: '2001-03-12',
      current_location: 'Pune',
    })
    expect(done.state.version).toBe(r.state.version + 1)
    // After done nothing is applied.
    expect(transition(done.state, { type: 'restart' }, ctx).accepted).toBe(false)
  })

  it('editing the licence yes → no drops the file and type, then returns to the preview; no → yes asks them again', () => {
    const ctx = makeContext(template('delivery'))
    let r = run(ctx, startBot)
    r = run(ctx, [answer('full_name', 'yes'), answer('has_driving_licence', true), answer('driving_licence_file', { fileKey: 'f1' }), answer('licence_type', ['lmv'])], r.state)
    let reached = answerUntilPreview(r.state, ctx)
    expect(reached.asked).not.toContain('has_driving_licence')
    const atPreview = reached.state
    expect(atPreview.answers.driving_licence_file).toBe('f1')

    r = run(ctx, [{ type: 'edit', questionKey: 'has_driving_licence' }], atPreview)
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'has_driving_licence', editing: true, prefill: true, prefillDisplay: 'Yes' })
    r = run(ctx, [answer('has_driving_licence', 'nahi')], r.state)
    expect(r.state.step).toBe('preview')
    expect(r.state.answers.driving_licence_file).toBeUndefined()
    expect(r.state.answers.licence_type).toBeUndefined()
    expect(r.state.history).not.toContain('driving_licence_file')
    expect(hasOutput(r.outputs, 'preview')?.items.map((i) => i.key)).not.toContain('licence_type')
    // Everything else survived.
    expect(Object.keys(r.state.answers).sort()).toEqual(Object.keys(atPreview.answers).filter((k) => k !== 'driving_licence_file' && k !== 'licence_type').sort())

    r = run(ctx, [{ type: 'edit', questionKey: 'has_driving_licence' }, answer('has_driving_licence', 'yes')], r.state)
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'driving_licence_file', editing: false })
    reached = answerUntilPreview(r.state, ctx)
    expect(reached.asked).toEqual(['driving_licence_file', 'licence_type'])
  })

  it('a stale answer (for a question already answered) is not applied: stale + current question, same state', () => {
    const ctx = makeContext(template('delivery'))
    const { state } = run(ctx, [...startBot, answer('full_name', 'yes')])
    expect(state.currentQuestionKey).toBe('has_driving_licence')
    const stale = transition(state, answer('full_name', 'Someone Else'), ctx)
    expect(stale.accepted).toBe(false)
    expect(stale.state).toBe(state)
    expect(stale.outputs[0]).toMatchObject({ type: 'stale', step: 'asking', currentQuestionKey: 'has_driving_licence' })
    expect(lastQuestion(stale.outputs)?.key).toBe('has_driving_licence')
    // Answering a question that is not current yet (the next one) is stale too.
    expect(transition(state, answer('owns_vehicle', true), ctx).accepted).toBe(false)
  })

  it('back re-opens the previous answer prefilled; answering it continues where the candidate was', () => {
    const ctx = makeContext(template('delivery'))
    let r = run(ctx, [...startBot, answer('full_name', 'yes'), answer('has_driving_licence', false)])
    expect(r.state.currentQuestionKey).toBe('owns_vehicle')
    r = run(ctx, [{ type: 'back' }], r.state)
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'has_driving_licence', editing: true, prefill: false })
    r = run(ctx, [{ type: 'back' }], r.state)
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'full_name', prefill: 'Ravi Kumar' })
    const noMore = transition(r.state, { type: 'back' }, ctx)
    expect(noMore.accepted).toBe(false)
    expect(noMore.outputs[0]).toMatchObject({ type: 'error', message: 'There is no earlier answer to change.' })
    r = run(ctx, [answer('full_name', 'Ravi Kumar Singh')], r.state)
    expect(r.state.currentQuestionKey).toBe('owns_vehicle')
    expect(r.state.answers).toMatchObject({ full_name: 'Ravi Kumar Singh', has_driving_licence: false })
  })

  it('profile confirm: "no" asks the question prefilled; a typed value is taken as the corrected answer', () => {
    const ctx = makeContext(template('delivery'))
    let r = run(ctx, [...startBot, answer('full_name', 'no')])
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'full_name', mode: 'ask', prefill: 'Ravi Kumar' })
    r = run(ctx, [answer('full_name', 'Ravi Kumar Yadav')], r.state)
    expect(r.state.answers.full_name).toBe('Ravi Kumar Yadav')

    const direct = run(ctx, [...startBot, answer('full_name', 'Ravi Kumar Yadav')])
    expect(direct.state.answers.full_name).toBe('Ravi Kumar Yadav')
  })

  it('About comes from Profile → About (one stored fact): confirmed, not asked again; "no" asks it prefilled', () => {
    const about = 'Careful rider who knows every lane of Pune.'
    const ctx = makeContext(template('delivery'), { about })
    const atPreview = answerUntilPreview(run(ctx, startBot).state, ctx).state
    expect(atPreview.answers.about).toBe(about)
    const edit = run(ctx, [{ type: 'edit', questionKey: 'about' }], atPreview)
    expect(lastQuestion(edit.outputs)).toMatchObject({ key: 'about', prefill: about })

    let r = run(ctx, startBot)
    for (let i = 0; i < 30 && lastQuestion(r.outputs)?.key !== 'about'; i++) {
      const q = lastQuestion(r.outputs)!
      const tq = ctx.template.questions.find((x) => x.key === q.key)!
      r = run(ctx, [answer(q.key, q.mode === 'confirm' ? 'yes' : validRaw(tq, 'blue_collar', ctx.suggestedSkills))], r.state)
    }
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'about', mode: 'confirm', prompt: `Your profile says: “${about}” — use this on your resume?` })
    expect(lastQuestion(run(ctx, [answer('about', 'no')], r.state).outputs)).toMatchObject({ key: 'about', mode: 'ask', prefill: about })
    // longer than the bot's About allows: asked with it prefilled, to shorten
    const long = makeContext(template('delivery'), { about: 'x '.repeat(700).trim() })
    expect(answerUntilPreview(run(long, startBot).state, long).asked).toContain('about')
  })

  it('a profile value that fails validation is asked (prefilled), not confirmed', () => {
    const ctx = makeContext(template('telecalling'), { languages: ['Hindi'], roleName: 'Telecaller' })
    const r = run(ctx, [...startBot, answer('full_name', 'yes'), answer('date_of_birth', '12-03-1999'), answer('current_location', 'yes')])
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'languages', mode: 'ask', prefill: ['Hindi'], validation: { minItems: 2 } })
    const one = transition(r.state, answer('languages', ['Hindi']), ctx)
    expect(one.outputs[0]).toMatchObject({ type: 'error', message: 'Pick at least 2 languages' })
    expect(run(ctx, [answer('languages', ['Hindi', 'english'])], r.state).state.answers.languages).toEqual(['Hindi', 'English'])
  })

  it('expected salary: an unusual figure is confirmed (yes keeps it, no re-asks, a retype is a yes), an absurd one refused and re-asked', () => {
    const ctx = makeContext(template('delivery'))
    const atPreview = answerUntilPreview(run(ctx, startBot).state, ctx).state
    const edit = run(ctx, [{ type: 'edit', questionKey: 'expected_salary_monthly' }], atPreview)

    // ₹99,99,999 a month for a rider: refused with the reason, the same question asked again
    const absurd = transition(edit.state, answer('expected_salary_monthly', '₹99,99,999 per month'), ctx)
    expect(absurd.accepted).toBe(false)
    expect(absurd.outputs[0]).toMatchObject({ type: 'error', message: expect.stringMatching(/^₹99,99,999 a month is far more than this kind of job pays/) })
    expect(lastQuestion(absurd.outputs)).toMatchObject({ key: 'expected_salary_monthly', mode: 'ask' })

    // ₹1,50,000: asked back with the confirm pattern; it does not count yet
    const unusual = run(ctx, [answer('expected_salary_monthly', '150000 per month')], edit.state)
    expect(unusual.outputs[0]).toEqual({ type: 'text', text: '₹1,50,000 a month is much more than this kind of job usually pays.' })
    expect(lastQuestion(unusual.outputs)).toMatchObject({
      key: 'expected_salary_monthly',
      mode: 'confirm',
      prompt: 'We have your expected salary as ₹1,50,000 per month — is that right?',
    })
    expect(unusual.state.step).toBe('asking')
    expect(nextQuestion(ctx.template, unusual.state)?.key).toBe('expected_salary_monthly')

    const yes = run(ctx, [answer('expected_salary_monthly', 'yes')], unusual.state)
    expect(yes.state.answers.expected_salary_monthly).toEqual({ min: 150000, max: 150000 })
    expect(yes.state.step).toBe('preview')

    const no = run(ctx, [answer('expected_salary_monthly', 'no')], unusual.state)
    expect(lastQuestion(no.outputs)).toMatchObject({ key: 'expected_salary_monthly', mode: 'ask', prefill: '150000 per month' })
    const fixed = run(ctx, [answer('expected_salary_monthly', '15000-18000')], no.state)
    expect(fixed.state.answers.expected_salary_monthly).toEqual({ min: 15000, max: 18000 })
    expect(fixed.state.step).toBe('preview')

    // typing the same figure again while asked is a yes; a different unusual one is asked about again
    expect(run(ctx, [answer('expected_salary_monthly', '1.5 lakh per month')], unusual.state).state.step).toBe('preview')
    const other = run(ctx, [answer('expected_salary_monthly', '90000 per month')], unusual.state)
    expect(lastQuestion(other.outputs)).toMatchObject({ mode: 'confirm', prompt: 'We have your expected salary as ₹90,000 per month — is that right?' })
  })

  it('a required question cannot be skipped; an optional one can', () => {
    const ctx = makeContext(template('software'), { jobType: 'white_collar', roleName: 'Software Developer' })
    const r = run(ctx, startBot)
    const skip = transition(r.state, answer('full_name', { skip: true }), ctx)
    expect(skip.accepted).toBe(false)
    expect(skip.outputs[0]).toMatchObject({ type: 'error', message: 'This one is needed for your resume — please answer it.' })
  })
})

describe('edit rules and drafts', () => {
  it('cannot jump ahead to a required question not reached yet; can open the current one', () => {
    const ctx = makeContext(template('delivery'))
    const { state } = run(ctx, startBot)
    const ahead = transition(state, { type: 'edit', questionKey: 'owns_vehicle' }, ctx)
    expect(ahead.accepted).toBe(false)
    expect(ahead.outputs[0]).toMatchObject({ type: 'error', message: 'Let’s finish this question first.', retryable: false })
    const notHere = transition(state, { type: 'edit', questionKey: 'driving_licence_file' }, ctx)
    expect(notHere.outputs[0]).toMatchObject({ type: 'error', message: 'That question is not part of this resume.' })
    // Opening the current (confirm) question switches it to a plain, prefilled ask.
    const open = run(ctx, [{ type: 'edit', questionKey: 'full_name' }], state)
    expect(lastQuestion(open.outputs)).toMatchObject({ key: 'full_name', mode: 'ask', prefill: 'Ravi Kumar' })
  })

  it('a draft survives a reconnect; an empty draft says so and re-asks; a late draft is ignored', () => {
    const ctx = makeContext(template('hospitality'), { dateOfBirth: '1995-01-01' })
    const atAbout = answerUntilPreview(run(ctx, startBot).state, ctx)
    const r = run(ctx, [{ type: 'edit', questionKey: 'about' }, answer('about', 'Write it for me')], atAbout.state)
    expect(r.state.draft).toEqual({ key: 'about', status: 'pending', text: null })
    const ready = run(ctx, [{ type: 'draft_about_result', text: '  Cook with 2 years of experience.  ' }], r.state)
    expect(lastQuestion(currentOutputs(ready.state, ctx))).toMatchObject({ key: 'about', prefill: 'Cook with 2 years of experience.', prompt: 'Here is a draft — change anything you like, then send it.' })
    const empty = run(ctx, [{ type: 'draft_about_result', text: '   ' }], r.state)
    expect(empty.outputs[0]).toMatchObject({ type: 'error', retryable: true, questionKey: 'about' })
    expect(empty.state.draft).toBeNull()
    const late = transition(run(ctx, [answer('about', 'My own words.')], r.state).state, { type: 'draft_about_result', text: 'Too late' }, ctx)
    expect(late.accepted).toBe(false)
    expect(late.outputs).toEqual([])
  })
})

describe('software conversation', () => {
  it('skill chips + custom, "6 months of React" → 6, invalid GitHub re-asked, "12 LPA" → ₹1,00,000 a month', () => {
    const ctx = makeContext(template('software'), { jobType: 'white_collar', roleName: 'Software Developer', dateOfBirth: '1998-05-20' }, ['React', 'Node.js', 'TypeScript'])
    let r = run(ctx, [...startBot, answer('full_name', 'yes')])
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'date_of_birth', mode: 'confirm', prompt: 'We have your date of birth as 20-05-1998 — is that right?' })
    r = run(ctx, [answer('date_of_birth', 'yes'), answer('current_location', 'yes'), answer('languages', 'yes'), answer('highest_education', 'graduate')], r.state)
    r = run(ctx, [answer('education', [{ degree: 'B.Tech', institution: 'COEP', year: '2020' }])], r.state)

    const skills = lastQuestion(r.outputs)
    expect(skills).toMatchObject({ key: 'skills', kind: 'multi_select', allowCustom: true })
    expect(skills?.suggestions?.slice(0, 4)).toEqual(['React', 'Node.js', 'TypeScript', 'JavaScript'])
    r = run(ctx, [answer('skills', ['React', 'node js', 'GraphQL'])], r.state)
    expect(r.state.answers.skills).toEqual(['React', 'Node.js', 'GraphQL'])

    r = run(ctx, [answer('work_history', { skip: true }), answer('experience_months', '6 months of React')], r.state)
    expect(r.state.answers.experience_months).toBe(6)
    expect(lastQuestion(r.outputs)?.key).toBe('notice_period')
    r = run(ctx, [answer('notice_period', '30_days'), answer('preferred_work_mode', 'Hybrid')], r.state)

    const bad = transition(r.state, answer('github_url', 'my github'), ctx)
    expect(bad.accepted).toBe(false)
    expect(bad.outputs[0]).toMatchObject({ type: 'error', message: "That doesn't look like a github.com link — e.g. github.com/yourname" })
    r = run(ctx, [answer('github_url', 'github.com/ravi'), answer('linkedin_url', null), answer('portfolio_url', '')], r.state)
    expect(r.state.answers.github_url).toBe('https://github.com/ravi')
    expect(r.state.skipped).toEqual(['work_history', 'linkedin_url', 'portfolio_url'])

    const salary = lastQuestion(r.outputs)
    expect(salary).toMatchObject({ key: 'expected_salary_monthly', salaryUnit: 'lpa' })
    expect(salary?.quickPicks?.map((p) => p.label)).toContain('8 – 12 LPA')
    r = run(ctx, [answer('expected_salary_monthly', '12 LPA'), answer('about', { skip: true })], r.state)
    expect(r.state.answers.expected_salary_monthly).toEqual({ min: 100000, max: 100000 })
    expect(r.state.step).toBe('preview')
    const items = hasOutput(r.outputs, 'preview')?.items ?? []
    expect(items.find((i) => i.key === 'expected_salary_monthly')?.display).toBe('12 LPA (₹1,00,000 per month)')
    expect(items.find((i) => i.key === 'linkedin_url')).toEqual({ key: 'linkedin_url', label: 'LinkedIn', display: null, editable: true })

    // Editing the salary prefills it in LPA so re-sending keeps the same amount.
    const edit = run(ctx, [{ type: 'edit', questionKey: 'expected_salary_monthly' }], r.state)
    expect(lastQuestion(edit.outputs)?.prefill).toBe('12 LPA')
    expect(run(ctx, [answer('expected_salary_monthly', '12 LPA')], edit.state).state.step).toBe('preview')
  })

  it('a fresher is not asked the notice period; becoming experienced later asks it', () => {
    const ctx = makeContext(template('software'), { jobType: 'white_collar' })
    let r = run(ctx, [...startBot, answer('full_name', 'yes'), answer('date_of_birth', '12-03-2003'), answer('current_location', 'yes'), answer('languages', 'yes'), answer('highest_education', 'graduate'), answer('education', [{ degree: 'BCA', institution: 'Christ University', year: '2024' }]), answer('skills', ['React'])])
    r = run(ctx, [answer('work_history', []), answer('experience_months', 'fresher')], r.state)
    expect(lastQuestion(r.outputs)?.key).toBe('preferred_work_mode')
    const { state } = answerUntilPreview(r.state, ctx)
    expect(state.answers.notice_period).toBeUndefined()
    r = run(ctx, [{ type: 'edit', questionKey: 'experience_months' }, answer('experience_months', '2 years')], state)
    expect(lastQuestion(r.outputs)?.key).toBe('notice_period')
  })
})

describe('upload path', () => {
  const ctx = makeContext(template('software'), { jobType: 'white_collar', roleName: 'Backend Developer', languages: null })

  it('shows what was found, then asks only the missing required questions', () => {
    let r = run(ctx, [{ type: 'start' }, { type: 'choose_method', method: 'upload' }])
    expect(r.outputs[0]).toMatchObject({ type: 'upload_request', accept: ['application/pdf'], maxBytes: 2_000_000 })
    r = run(ctx, [{ type: 'upload_result', answers: { full_name: 'Ravi Kumar', email: 'ravi@example.com', skills: ['Go', 'PostgreSQL'], experience_months: 30, highest_education: 'graduate' } }], r.state)
    const found = hasOutput(r.outputs, 'found_fields')
    expect(found?.items.map((i) => i.key)).toEqual(['full_name', 'highest_education', 'skills', 'experience_months', 'email'])
    expect(found?.items.find((i) => i.key === 'email')).toMatchObject({ label: 'Email', display: 'ravi@example.com', editable: false })
    const { asked, state } = answerUntilPreview(r.state, ctx)
    expect(asked).toEqual(['date_of_birth', 'current_location', 'languages', 'education', 'notice_period', 'preferred_work_mode', 'expected_salary_monthly'])
    expect(missingRequiredKeys(ctx.template, state.answers)).toEqual([])
    expect(state.answers.email).toBe('ravi@example.com')
  })

  it('pay read from a PDF meets the bounds typed pay does: absurd is asked, unusual is confirmed', () => {
    const ctx = makeContext(template('delivery'))
    const waiting = run(ctx, [{ type: 'start' }, { type: 'choose_method', method: 'upload' }]).state
    const absurd = run(ctx, [{ type: 'upload_result', answers: { full_name: 'Ravi Kumar', expected_salary_monthly: { min: 9_999_999, max: 9_999_999 } } }], waiting)
    expect(absurd.state.answers.expected_salary_monthly).toBeUndefined()
    expect(missingRequiredKeys(ctx.template, absurd.state.answers)).toContain('expected_salary_monthly')
    const unusual = run(ctx, [{ type: 'upload_result', answers: { full_name: 'Ravi Kumar', expected_salary_monthly: { min: 150_000, max: 150_000 } } }], waiting)
    expect(unusual.state.unconfirmed).toContain('expected_salary_monthly')
    let r = unusual
    for (let i = 0; i < 20 && lastQuestion(r.outputs)?.key !== 'expected_salary_monthly'; i++) {
      const q = lastQuestion(r.outputs)!
      const tq = ctx.template.questions.find((x) => x.key === q.key)!
      r = run(ctx, [answer(q.key, q.mode === 'confirm' ? 'yes' : validRaw(tq, 'blue_collar', ctx.suggestedSkills))], r.state)
    }
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'expected_salary_monthly', mode: 'confirm', prompt: 'We have your expected salary as ₹1,50,000 per month — is that right?' })
  })

  it('drops extracted values that fail validation; an empty result switches to the bot', () => {
    let r = run(ctx, [{ type: 'start' }, { type: 'choose_method', method: 'upload' }])
    const empty = run(ctx, [{ type: 'upload_result', answers: { experience_months: -3 } as never }], r.state)
    expect(empty.state.method).toBe('bot')
    expect(empty.state.answers).toEqual({})
    expect(lastQuestion(empty.outputs)?.key).toBe('full_name')

    r = run(ctx, [{ type: 'upload_failed', reason: 'This PDF is a scanned image, so I cannot read the text.' }], r.state)
    expect(r.outputs[0]).toMatchObject({ type: 'error', retryable: true })
    expect(r.outputs[1]).toMatchObject({ type: 'quick_replies', options: [{ value: 'upload', label: 'Try another PDF' }, { value: 'bot' }] })
    r = run(ctx, [{ type: 'choose_method', method: 'bot' }], r.state)
    expect(r.state.step).toBe('asking')
    // A late extraction result after switching to the bot changes nothing.
    const late = transition(r.state, { type: 'upload_result', answers: { full_name: 'Late Result' } }, ctx)
    expect(late).toEqual({ state: r.state, outputs: [], accepted: false })
  })
})

describe('re-opening a saved resume, restart', () => {
  it('start with saved answers goes straight to the preview', () => {
    const ctx = makeContext(template('delivery'))
    const { state: preview } = answerUntilPreview(run(ctx, startBot).state, ctx)
    const reopened = run(ctx, [{ type: 'start' }], createInitialState(ctx.template, ctx.bot, { answers: preview.answers }))
    expect(reopened.outputs[0]).toMatchObject({ type: 'text', text: 'Welcome back, Ravi! Here is your resume — tap any answer to change it.' })
    expect(reopened.state.step).toBe('preview')
  })

  it('restart clears answers and offers the method choice again', () => {
    const ctx = makeContext(template('delivery'))
    const { state } = run(ctx, [...startBot, answer('full_name', 'yes')])
    const r = run(ctx, [{ type: 'restart' }], state)
    expect(r.state).toMatchObject({ step: 'choose_method', answers: {}, history: [], version: state.version + 1 })
  })
})

describe('every family, end to end', () => {
  it.each(QUESTION_TEMPLATES.map((t) => [t.family, t] as const))('%s: valid answers reach the preview, then done', (_, t) => {
    for (const jobType of ['blue_collar', 'white_collar'] as const) {
      for (const pick of [0, 1, 2]) {
        const ctx = makeContext(t, { jobType, dateOfBirth: pick === 2 ? '1990-01-01' : null })
        const { state } = answerUntilPreview(run(ctx, startBot).state, ctx, pick)
        expect(missingRequiredKeys(t, state.answers)).toEqual([])
        const done = run(ctx, [{ type: 'confirm' }], state)
        expect(hasOutput(done.outputs, 'resume_confirmed')?.answers).toEqual(state.answers)
      }
    }
  })
})

// ── property tests ──────────────────────────────────────────────────────────

type Command =
  | { kind: 'valid'; pick: number }
  | { kind: 'invalid'; pick: number }
  | { kind: 'skip' }
  | { kind: 'edit'; index: number }
  | { kind: 'back' }
  | { kind: 'stale'; index: number }
  | { kind: 'confirmProfile'; yes: boolean }

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('valid' as const), pick: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('invalid' as const), pick: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'skip' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('edit' as const), index: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'back' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stale' as const), index: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('confirmProfile' as const), yes: fc.boolean() }) },
)

function toEvent(state: ChatState, command: Command, ctx: MachineContext): ChatEvent {
  const questions = ctx.template.questions
  const current = questions.find((q) => q.key === state.currentQuestionKey)
  switch (command.kind) {
    case 'valid':
      return current ? answer(current.key, validRaw(current, ctx.profile.jobType, ctx.suggestedSkills, command.pick)) : { type: 'confirm' }
    case 'invalid':
      return current ? answer(current.key, invalidRaw(current, command.pick) ?? 'x'.repeat(5000)) : { type: 'confirm' }
    case 'skip':
      return current ? answer(current.key, { skip: true }) : { type: 'back' }
    case 'edit': {
      const q = questions[command.index % questions.length]
      return { type: 'edit', questionKey: q?.key ?? 'full_name' }
    }
    case 'back':
      return { type: 'back' }
    case 'stale': {
      const q = questions[command.index % questions.length]
      return answer(q?.key ?? 'full_name', 'anything')
    }
    case 'confirmProfile':
      return current ? answer(current.key, command.yes ? 'yes' : 'no') : { type: 'back' }
  }
}

function resolved(state: ChatState, key: string): boolean {
  return state.answers[key] !== undefined || state.skipped.includes(key)
}

describe('properties (random valid/invalid answers, skips, edits, back, stale answers)', () => {
  const families = QUESTION_TEMPLATES.map((t) => t.family as TemplateFamily)

  it('never re-asks an answered question unless edited, never skips a required one, versions and JSON round trips hold, and always reaches the preview', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...families),
        fc.constantFrom('blue_collar' as const, 'white_collar' as const),
        fc.boolean(),
        fc.array(commandArb, { maxLength: 40 }),
        (family, jobType, withDob, commands) => {
          const ctx = makeContext(template(family), { jobType, dateOfBirth: withDob ? '1994-08-15' : null })
          let state = run(ctx, startBot).state
          for (const command of commands) {
            const event = toEvent(state, command, ctx)
            if (event.type === 'confirm') continue // keep the session open; confirming is tested above
            const before = state
            const result = transition(before, event, ctx)

            if (!result.accepted) {
              expect(result.state).toBe(before)
            } else {
              expect(result.state.version).toBe(before.version + 1)
            }
            const after = result.state

            for (const output of result.outputs) {
              if (output.type !== 'question') continue
              const q = output.question
              if (q.editing) {
                // Only edit/back re-open a question (an edit in progress stays one until answered).
                expect(after.editing).toBe(true)
                expect(['edit', 'back'].includes(event.type) || before.editing).toBe(true)
              } else {
                // A fresh question is never one already answered…
                expect(resolved(after, q.key)).toBe(false)
                // …and is the FIRST pending one: nothing required before it was jumped over.
                expect(nextQuestion(ctx.template, after)?.key).toBe(q.key)
              }
            }
            // Answers whose condition does not hold never survive.
            for (const q of ctx.template.questions) {
              if (after.answers[q.key] !== undefined) expect(evaluateCondition(q.when, after.answers)).toBe(true)
            }
            if (after.step === 'preview') expect(missingRequiredKeys(ctx.template, after.answers)).toEqual([])
            state = after
          }

          // JSON round trip (the state lives in a jsonb column).
          const stored: unknown = JSON.parse(JSON.stringify(state))
          expect(parseChatState(stored)).toEqual(state)
          expect(chatStateSchema.safeParse(stored).success).toBe(true)

          // Whatever happened, answering what is asked reaches the preview.
          const { state: end } = answerUntilPreview(state, ctx)
          expect(end.step).toBe('preview')
          expect(missingRequiredKeys(ctx.template, end.answers)).toEqual([])
          for (const q of ctx.template.questions) {
            if (evaluateCondition(q.when, end.answers)) expect(resolved(end, q.key), `${family}.${q.key}`).toBe(true)
          }
        },
      ),
      { numRuns: 250 },
    )
  })

  it('an answered question whose condition did not change is never asked again in a whole run', () => {
    fc.assert(
      fc.property(fc.constantFrom(...families), fc.array(fc.nat(20), { minLength: 1, maxLength: 5 }), (family, picks) => {
        const ctx = makeContext(template(family))
        let state = run(ctx, startBot).state
        const askedOnce = new Set<string>()
        for (let turn = 0; turn < 80 && state.step === 'asking'; turn += 1) {
          const key = state.currentQuestionKey
          const q = ctx.template.questions.find((x) => x.key === key)
          if (!q || !key) throw new Error('no current question')
          expect(askedOnce.has(key)).toBe(false)
          const value = state.questionMode === 'confirm' ? 'yes' : validRaw(q, ctx.profile.jobType, ctx.suggestedSkills, picks[turn % picks.length] ?? 0)
          const r = transition(state, answer(key, value), ctx)
          expect(r.accepted).toBe(true)
          if (resolved(r.state, key)) askedOnce.add(key)
          state = r.state
        }
        expect(state.step).toBe('preview')
      }),
      { numRuns: 100 },
    )
  })
})

describe('progress', () => {
  it('is stable: a "yes" that opens follow-up questions never makes the total jump up; a "no" that rules them out shrinks it', () => {
    const ctx = makeContext(template('delivery'), { dateOfBirth: null })
    let r = run(ctx, [...startBot, answer('full_name', 'yes')])
    const first = lastQuestion(r.outputs)!.progress
    r = run(ctx, [answer('has_driving_licence', 'yes')], r.state)
    const afterYes = lastQuestion(r.outputs)!.progress
    expect(afterYes.total).toBe(first.total)
    expect(afterYes.answered).toBe(first.answered + 1)
    const no = run(ctx, [answer('has_driving_licence', 'no')], run(ctx, [...startBot, answer('full_name', 'yes')]).state)
    expect(lastQuestion(no.outputs)!.progress.total).toBe(first.total - 2)
  })
})

describe('"Write it for me" never goes stale', () => {
  it('after licence Yes → No, the drafted About is asked again as "is this still right?" before the preview', () => {
    const ctx = makeContext(template('delivery'), { dateOfBirth: '1995-01-01' })
    let r = run(ctx, startBot)
    for (let i = 0; i < 30 && r.state.currentQuestionKey !== 'about'; i++) {
      const view = lastQuestion(r.outputs)!
      const q = ctx.template.questions.find((x) => x.key === view.key)!
      r = run(ctx, [answer(view.key, view.mode === 'confirm' ? 'yes' : q.kind === 'yes_no' ? true : validRaw(q, 'blue_collar', ctx.suggestedSkills))], r.state)
    }
    expect(r.state.currentQuestionKey).toBe('about')
    let state = r.state
    r = run(ctx, [answer('about', { draft: true }), { type: 'draft_about_result', text: 'I have a driving licence (two-wheeler).' }], state)
    r = run(ctx, [answer('about', 'I have a driving licence (two-wheeler).')], r.state)
    expect(r.state.step).toBe('preview')
    expect(Object.keys(r.state.draftSources)).toEqual(['about'])

    r = run(ctx, [{ type: 'edit', questionKey: 'has_driving_licence' }, answer('has_driving_licence', 'no')], r.state)
    const q = lastQuestion(r.outputs)
    expect(q).toMatchObject({ key: 'about', mode: 'confirm', prefillDisplay: 'I have a driving licence (two-wheeler).' })
    expect(r.state.unconfirmed).toEqual(['about'])
    // "no, change it" → asked again, with "Write it for me"
    r = run(ctx, [answer('about', 'no')], r.state)
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'about', mode: 'ask', canDraft: true })
    state = r.state
    expect(state.draftSources).toEqual({})
  })
})

describe('education and work entries', () => {
  const white = () => makeContext(template('office'), { jobType: 'white_collar', roleName: 'Accountant', dateOfBirth: '1996-08-14' })
  const toEducation = (ctx: MachineContext) =>
    run(ctx, [...startBot, answer('full_name', 'yes'), answer('date_of_birth', 'yes'), answer('current_location', 'yes'), answer('languages', 'yes'), answer('highest_education', 'post_graduate')])

  it('asks for education after the highest level; a wrong entry is refused with its number and the same question re-asked', () => {
    const ctx = white()
    const r = toEducation(ctx)
    const q = lastQuestion(r.outputs)
    expect(q).toMatchObject({ key: 'education', kind: 'entries', entry: 'education', required: true, canSkip: false, noneLabel: null, prefill: null })

    const skipped = transition(r.state, answer('education', { skip: true }), ctx)
    expect(skipped.accepted).toBe(false)
    expect(skipped.outputs[0]).toMatchObject({ type: 'error', message: RESUME_BOT.texts.requiredAnswer })

    const bad = transition(r.state, answer('education', [{ degree: 'MBA', institution: 'Loyola College', year: '2020' }, { degree: 'B.Com', institution: 'Stella Maris', year: '2004' }]), ctx)
    expect(bad.accepted).toBe(false)
    expect(bad.state).toBe(r.state)
    expect(bad.outputs[0]).toEqual({ type: 'error', message: 'Entry 2: 2004 is before you were 10 — check the year.', retryable: true, questionKey: 'education' })
    expect(lastQuestion(bad.outputs)?.key).toBe('education')

    const good = run(ctx, [answer('education', [{ degree: 'MBA', institution: 'Loyola College', year: '2020' }, { degree: 'B.Com', institution: 'Stella Maris', year: '2017' }])], r.state)
    expect(good.state.answers.education).toEqual([
      { institution: 'Loyola College', degree: 'MBA', year: 2020 },
      { institution: 'Stella Maris', degree: 'B.Com', year: 2017 },
    ])
    expect(lastQuestion(good.outputs)?.key).toBe('skills')
  })

  it('work entries (one current) → the total is offered from their dates; Fresher answers none and the total is offered as fresher', () => {
    const ctx = white()
    let r = toEducation(ctx)
    r = run(ctx, [answer('education', [{ degree: 'B.Com', institution: 'Stella Maris', year: '2017' }]), answer('skills', ['Tally'])], r.state)
    const work = lastQuestion(r.outputs)
    expect(work).toMatchObject({ key: 'work_history', kind: 'entries', entry: 'work', required: false, noneLabel: 'Fresher', canSkip: true })

    // "Fresher": an empty list is stored (not a skip) and the total starts as "fresher"
    const fresher = run(ctx, [answer('work_history', [])], r.state)
    expect(fresher.state.answers.work_history).toEqual([])
    expect(fresher.state.skipped).not.toContain('work_history')
    expect(lastQuestion(fresher.outputs)).toMatchObject({ key: 'experience_months', prefill: 'fresher' })
    const afterFresher = run(ctx, [answer('experience_months', 'fresher')], fresher.state)
    expect(lastQuestion(afterFresher.outputs)?.key).not.toBe('notice_period')

    const jobs = run(
      ctx,
      [
        answer('work_history', [
          { company: 'Sundaram Finance', title: 'Senior Accountant', start: '2024-04', current: true },
          { company: 'Ashok Leyland', title: 'Accounts Executive', start: '2022-07', end: '2024-05' },
        ]),
      ],
      r.state,
    )
    expect(jobs.state.answers.work_history).toEqual([
      { company: 'Sundaram Finance', title: 'Senior Accountant', start: '2024-04', end: 'present', months: null },
      { company: 'Ashok Leyland', title: 'Accounts Executive', start: '2022-07', end: '2024-05', months: null },
    ])
    // Jul 2022 → Jun 2026, the overlap counted once
    const total = lastQuestion(jobs.outputs)
    expect(total).toMatchObject({ key: 'experience_months', prefill: '3 years 11 months', mode: 'ask' })
    const sent = run(ctx, [answer('experience_months', total?.prefill)], jobs.state)
    expect(sent.state.answers.experience_months).toBe(47)
    expect(lastQuestion(sent.outputs)?.key).toBe('notice_period')
  })

  describe('work entries changed after the total was answered', () => {
    const current = { company: 'Sundaram Finance', title: 'Senior Accountant', start: '2024-04', current: true }
    const earlier = { company: 'Ashok Leyland', title: 'Accounts Executive', start: '2019-06', end: '2022-03' }
    /** one current job (Apr 2024 → Jun 2026: 2 years 2 months), the total typed as `total`, then on to the preview */
    const toPreview = (ctx: MachineContext, total: string) => {
      let r = toEducation(ctx)
      r = run(ctx, [answer('education', [{ degree: 'B.Com', institution: 'Stella Maris', year: '2017' }]), answer('skills', ['Tally']), answer('work_history', [current])], r.state)
      expect(lastQuestion(r.outputs)).toMatchObject({ key: 'experience_months', prefill: '2 years 2 months' })
      r = run(ctx, [answer('experience_months', total)], r.state)
      const { state } = answerUntilPreview(r.state, ctx)
      expect(state.step).toBe('preview')
      return state
    }

    it('an added job: the total is worked out again from the entries and asked as "is that right?" before the preview; yes keeps it', () => {
      const ctx = white()
      const preview = toPreview(ctx, '2 years 2 months')
      expect(preview.answers.experience_months).toBe(26)
      const r = run(ctx, [{ type: 'edit', questionKey: 'work_history' }, answer('work_history', [current, earlier])], preview)
      // Jun 2019 – Mar 2022 and Apr 2024 – Jun 2026: 2 years 10 months + 2 years 2 months
      expect(r.state.answers.experience_months).toBe(59)
      expect(r.state.unconfirmed).toEqual(['experience_months'])
      expect(r.state.step).toBe('asking')
      expect(r.outputs).toContainEqual({ type: 'text', text: 'Your work experience changed, so I worked out your total experience again.' })
      expect(lastQuestion(r.outputs)).toMatchObject({
        key: 'experience_months',
        mode: 'confirm',
        prefillDisplay: '4 years 11 months',
        prompt: 'We have your total experience as 4 years 11 months — is that right?',
      })
      // not saved while it is unconfirmed
      expect(transition(r.state, { type: 'confirm' }, ctx).state.step).not.toBe('done')
      const yes = run(ctx, [answer('experience_months', 'yes')], r.state)
      expect(yes.state.step).toBe('preview')
      expect(yes.state.answers.experience_months).toBe(59)
      expect(yes.state.unconfirmed).toEqual([])
      expect(hasOutput(yes.outputs, 'preview')?.items.find((i) => i.key === 'experience_months')?.display).toBe('4 years 11 months')
    })

    it('a total the candidate typed is asked again too: "no" opens it prefilled with the new figure, a typed one wins', () => {
      const ctx = white()
      // more than the entries say (informal work left out of the form): the typed total stood
      const preview = toPreview(ctx, '4 years')
      expect(preview.answers.experience_months).toBe(48)
      const r = run(ctx, [{ type: 'edit', questionKey: 'work_history' }, answer('work_history', [current, earlier])], preview)
      expect(lastQuestion(r.outputs)).toMatchObject({ key: 'experience_months', mode: 'confirm', prefillDisplay: '4 years 11 months' })
      const no = run(ctx, [answer('experience_months', 'no')], r.state)
      expect(lastQuestion(no.outputs)).toMatchObject({ key: 'experience_months', mode: 'ask', prefill: '4 years 11 months' })
      const typed = run(ctx, [answer('experience_months', '7 years')], no.state)
      expect(typed.state.step).toBe('preview')
      expect(typed.state.answers.experience_months).toBe(84)
      // a corrected answer typed straight at "is that right?" counts as well
      const direct = run(ctx, [answer('experience_months', '6 years')], r.state)
      expect(direct.state.answers.experience_months).toBe(72)
      expect(direct.state.step).toBe('preview')
    })

    it('entries changed without changing what they add up to (a new title, or sent back as they were) leave the total as it was', () => {
      const ctx = white()
      const preview = toPreview(ctx, '4 years')
      const retitled = run(ctx, [{ type: 'edit', questionKey: 'work_history' }, answer('work_history', [{ ...current, title: 'Chief Accountant' }])], preview)
      expect(retitled.state.step).toBe('preview')
      expect(retitled.state.answers.experience_months).toBe(48)
      expect(retitled.state.unconfirmed).toEqual([])
      const back = run(ctx, [{ type: 'edit', questionKey: 'work_history' }], preview)
      const same = run(ctx, [answer('work_history', lastQuestion(back.outputs)?.prefill)], back.state)
      expect(same.state.step).toBe('preview')
      expect(same.state.answers.experience_months).toBe(48)
    })

    it('"Fresher" after a job: the total becomes fresher (to confirm) and the notice period goes; skipping the work leaves the total to check', () => {
      const ctx = white()
      const preview = toPreview(ctx, '2 years 2 months')
      expect(preview.answers.notice_period).toBeDefined()
      const fresher = run(ctx, [{ type: 'edit', questionKey: 'work_history' }, answer('work_history', [])], preview)
      expect(fresher.state.answers.experience_months).toBe(0)
      expect(fresher.state.answers.notice_period).toBeUndefined()
      expect(lastQuestion(fresher.outputs)).toMatchObject({ key: 'experience_months', mode: 'confirm', prefillDisplay: 'Fresher' })
      expect(run(ctx, [answer('experience_months', 'yes')], fresher.state).state.step).toBe('preview')

      // no entries to add up: the answered total stays, asked about the same way
      const skipped = run(ctx, [{ type: 'edit', questionKey: 'work_history' }, answer('work_history', { skip: true })], preview)
      expect(skipped.state.answers.experience_months).toBe(26)
      expect(skipped.outputs).toContainEqual({ type: 'text', text: 'Your work experience changed — please check your total experience.' })
      expect(lastQuestion(skipped.outputs)).toMatchObject({ key: 'experience_months', mode: 'confirm', prefillDisplay: '2 years 2 months' })
    })

    it('on the upload path (only required questions asked) the total read from the PDF is asked again after the entries change', () => {
      const ctx = white()
      let r = run(ctx, [{ type: 'start' }, { type: 'choose_method', method: 'upload' }])
      r = run(ctx, [{ type: 'upload_result', answers: { full_name: 'Meera Iyer', experience_months: 28, work_history: [{ company: 'Sundaram Finance', title: 'Accountant', start: '2024-04', end: 'present' }] } }], r.state)
      const { state } = answerUntilPreview(r.state, ctx)
      expect(state.answers.experience_months).toBe(28)
      const changed = run(ctx, [{ type: 'edit', questionKey: 'work_history' }, answer('work_history', [current, earlier])], state)
      expect(lastQuestion(changed.outputs)).toMatchObject({ key: 'experience_months', mode: 'confirm', prefillDisplay: '4 years 11 months' })
    })

    it('an About drafted from the old total is asked again as well, after the total', () => {
      const ctx = white()
      let state = toPreview(ctx, '2 years 2 months')
      let r = run(ctx, [{ type: 'edit', questionKey: 'about' }, answer('about', { draft: true }), { type: 'draft_about_result', text: 'Accountant with 2 years 2 months of experience.' }], state)
      r = run(ctx, [answer('about', 'Accountant with 2 years 2 months of experience.')], r.state)
      state = r.state
      expect(Object.keys(state.draftSources)).toEqual(['about'])
      r = run(ctx, [{ type: 'edit', questionKey: 'work_history' }, answer('work_history', [current, earlier])], state)
      expect(r.state.unconfirmed).toEqual(['experience_months', 'about'])
      expect(lastQuestion(r.outputs)?.key).toBe('experience_months')
      r = run(ctx, [answer('experience_months', 'yes')], r.state)
      expect(lastQuestion(r.outputs)).toMatchObject({ key: 'about', mode: 'confirm' })
    })
  })

  it('back re-opens the entries with the form prefilled; re-sent unchanged keeps them; edit from the preview adds another', () => {
    const ctx = white()
    let r = toEducation(ctx)
    const jobsRaw = [{ company: 'Ashok Leyland', title: 'Accounts Executive', start: '2022-07', end: '2024-05' }]
    r = run(ctx, [answer('education', [{ degree: 'B.Com', institution: 'Stella Maris', year: '2017' }]), answer('skills', ['Tally']), answer('work_history', jobsRaw)], r.state)
    const back = run(ctx, [{ type: 'back' }], r.state)
    const reopened = lastQuestion(back.outputs)
    expect(reopened).toMatchObject({ key: 'work_history', editing: true, prefillDisplay: 'Accounts Executive at Ashok Leyland (Jul 2022 – May 2024)' })
    expect(reopened?.prefill).toEqual([{ company: 'Ashok Leyland', selfEmployed: false, title: 'Accounts Executive', start: '2022-07', end: '2024-05', current: false, duration: '' }])
    const again = run(ctx, [answer('work_history', reopened?.prefill)], back.state)
    expect(again.state.answers.work_history).toEqual(r.state.answers.work_history)
    expect(lastQuestion(again.outputs)?.key).toBe('experience_months')

    const { state } = answerUntilPreview(again.state, ctx)
    expect(state.step).toBe('preview')
    const edit = run(ctx, [{ type: 'edit', questionKey: 'education' }], state)
    const prefill = lastQuestion(edit.outputs)?.prefill
    expect(prefill).toEqual([{ institution: 'Stella Maris', degree: 'B.Com', year: '2017' }])
    const more = run(ctx, [answer('education', [{ degree: 'M.Com', institution: 'Madras University', year: '2019' }, ...(prefill as unknown[])])], edit.state)
    expect(more.state.step).toBe('preview')
    const items = hasOutput(more.outputs, 'preview')?.items ?? []
    expect(items.find((i) => i.key === 'education')?.display).toBe('M.Com, Madras University (2019); B.Com, Stella Maris (2017)')
  })

  it('entries found in a PDF, incomplete (no end, no year), can be kept as they were; changing them asks for what is missing', () => {
    const ctx = white()
    let r = run(ctx, [{ type: 'start' }, { type: 'choose_method', method: 'upload' }])
    r = run(
      ctx,
      [
        {
          type: 'upload_result',
          answers: {
            full_name: 'Meera Iyer',
            education: [{ institution: 'Loyola College', degree: 'MBA', year: null }],
            work_history: [{ company: 'Sundaram Finance', title: 'Accountant', start: '2022-04', end: null }],
          },
        },
      ],
      r.state,
    )
    const edit = run(ctx, [{ type: 'edit', questionKey: 'work_history' }], r.state)
    const prefill = lastQuestion(edit.outputs)?.prefill
    const kept = run(ctx, [answer('work_history', prefill)], edit.state)
    expect(kept.state.answers.work_history).toEqual([{ company: 'Sundaram Finance', title: 'Accountant', start: '2022-04', end: null }])
    const changed = transition(edit.state, answer('work_history', [{ ...(prefill as Record<string, unknown>[])[0], title: 'Senior Accountant' }]), ctx)
    expect(changed.accepted).toBe(false)
    expect(changed.outputs[0]).toMatchObject({ type: 'error', message: 'Entry 1: when did you leave? Or tick “Currently working here”.' })
  })

  it('mixed families: education is optional and asked from 12th up; lowering the highest level later drops the entries', () => {
    const ctx = makeContext(template('telecalling'), { dateOfBirth: '1999-01-01' })
    let r = run(ctx, [...startBot, answer('full_name', 'yes'), answer('date_of_birth', 'yes'), answer('current_location', 'yes')])
    r = run(ctx, [answer('languages', ['Hindi', 'English']), answer('process_type', 'voice'), answer('shift_preference', 'day'), answer('highest_education', '12th')], r.state)
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'education', required: false, canSkip: true, noneLabel: null })
    r = run(ctx, [answer('education', [{ degree: '12th', institution: 'Govt. Senior Secondary School', year: '2017' }])], r.state)
    expect(lastQuestion(r.outputs)?.key).toBe('work_history')
    r = run(ctx, [{ type: 'edit', questionKey: 'highest_education' }, answer('highest_education', '10th')], r.state)
    expect(r.state.answers.education).toBeUndefined()
    expect(r.state.history).not.toContain('education')
    expect(lastQuestion(r.outputs)?.key).toBe('work_history')
  })

  it('blue-collar: previous work is optional ("No previous work"), with self-employed and "how long" entries', () => {
    const ctx = makeContext(template('hospitality'), { dateOfBirth: '1990-01-01' })
    let r = run(ctx, [...startBot, answer('full_name', 'yes'), answer('date_of_birth', 'yes'), answer('current_location', 'yes'), answer('languages', 'yes'), answer('skills', ['Cooking'])])
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'work_history', label: 'Previous work', noneLabel: 'No previous work', required: false })
    r = run(ctx, [answer('work_history', [{ selfEmployed: true, title: 'Tiffin service', duration: '3 years' }, { company: 'Hotel Sai', title: 'Cook', start: '2023-01', current: true }])], r.state)
    expect(r.state.answers.work_history).toEqual([
      { company: 'Self-employed', title: 'Tiffin service', start: null, end: null, months: 36 },
      { company: 'Hotel Sai', title: 'Cook', start: '2023-01', end: 'present', months: null },
    ])
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'experience_months', prefill: '6 years 5 months' })
  })
})
