import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { answerUntilPreview, hasOutput, lastQuestion, makeContext, validRaw, invalidRaw } from '../../tests/helpers/chat-machine-helpers'
import { createInitialState, currentOutputs, missingRequiredKeys, nextQuestion, parseChatState, transition, type ChatEvent, type ChatState, type MachineContext } from '../chat/chat-machine'
import { evaluateCondition } from '../chat/conditions'
import { JOB_POSTING_TEMPLATE } from '../../seeds/data/job-posting-template'
import { adaptRoleQuestion } from './job-posting'

const ctxFor = (overrides: Partial<MachineContext> = {}): MachineContext => ({
  ...makeContext(JOB_POSTING_TEMPLATE, { name: 'Anita Desai', companyName: 'Swift Couriers Pvt Ltd', roleName: 'your job', jobType: 'blue_collar' }, ['Two-wheeler riding', 'Route knowledge']),
  ...overrides,
})
const answer = (questionKey: string, value: unknown): ChatEvent => ({ type: 'answer', questionKey, value })

function started(ctx: MachineContext, method: 'bot' | 'upload'): ChatState {
  let state = transition(createInitialState(ctx.template, ctx.bot), { type: 'start' }, ctx).state
  state = transition(state, { type: 'choose_method', method }, ctx).state
  return state
}

describe('job-posting bot (pure machine)', () => {
  it('welcomes the employer, offers paste or questions, and a pasted JD asks the service to extract it after the turn', () => {
    const ctx = ctxFor()
    const first = transition(createInitialState(ctx.template, ctx.bot), { type: 'start' }, ctx)
    expect(first.outputs[0]).toMatchObject({ type: 'text', text: expect.stringContaining('Hi Anita') })
    expect(hasOutput(first.outputs, 'quick_replies')?.options.map((o) => o.label)).toEqual(['Paste job description', 'Answer a few questions'])
    const waiting = transition(first.state, { type: 'choose_method', method: 'upload' }, ctx)
    expect(hasOutput(waiting.outputs, 'paste_request')).toMatchObject({ acceptPdf: true })
    expect(transition(waiting.state, { type: 'submit_text', text: 'too short' }, ctx).accepted).toBe(false)
    const pasted = transition(waiting.state, { type: 'submit_text', text: 'Delivery boy needed in Pune. Salary 15000-18000. Two wheeler must.' }, ctx)
    expect(pasted.accepted).toBe(true)
    expect(hasOutput(pasted.outputs, 'request_extraction')?.text).toContain('Delivery boy needed')
    expect(pasted.state.step).toBe('waiting_upload')
  })

  it('after extraction: a found card, unsure values asked as "is this right?", only missing questions asked', () => {
    const ctx = ctxFor()
    const state = started(ctx, 'upload')
    const result = transition(
      state,
      {
        type: 'upload_result',
        answers: { title: 'Delivery Executive', role: 'delivery-boy', city: 'Pune', salary_range: { min: 15000, max: 18000 }, openings: 10, work_mode: 'onsite', fee_wording: 'registration fee of Rs 500' },
        unconfirmed: ['salary_range'],
      },
      ctx,
    )
    const found = hasOutput(result.outputs, 'found_fields')
    expect(found?.items.map((i) => i.key)).toEqual(expect.arrayContaining(['title', 'role', 'city', 'salary_range', 'openings']))
    // flagged wording is never shown as a "found" fact
    expect(found?.items.some((i) => i.key === 'fee_wording')).toBe(false)
    const asked: string[] = []
    let s = result.state
    for (let i = 0; i < 40 && s.step === 'asking'; i++) {
      const view = lastQuestion(currentOutputs(s, ctx))
      const key = s.currentQuestionKey!
      asked.push(key)
      const q = ctx.template.questions.find((x) => x.key === key)!
      if (key === 'salary_range') {
        expect(s.questionMode).toBe('confirm')
        expect(view?.prompt).toBe('I read the fixed pay as ₹15,000 – ₹18,000 per month — is that right?')
      }
      const value = s.questionMode === 'confirm' ? 'yes' : validRaw(q, 'blue_collar', ctx.suggestedSkills, i)
      s = transition(s, answer(key, value), ctx).state
    }
    expect(s.step).toBe('preview')
    // what the JD said is not asked again (the sure ones); the unsure salary was confirmed
    for (const key of ['title', 'role', 'city', 'openings', 'work_mode']) expect(asked).not.toContain(key)
    expect(asked).toContain('salary_range')
    expect(asked).toContain('fee_charged')
    expect(s.answers.salary_range).toEqual({ min: 15000, max: 18000 })
  })

  it('no fee, ever: "yes" is refused with the reason and the same question stays; the flagged wording is quoted', () => {
    const ctx = ctxFor()
    let s = started(ctx, 'upload')
    s = transition(s, { type: 'upload_result', answers: { title: 'Security Guard', fee_wording: 'refundable deposit of ₹2000' } }, ctx).state
    // answer until the fee question
    for (let i = 0; i < 40 && s.currentQuestionKey !== 'fee_charged'; i++) {
      const q = ctx.template.questions.find((x) => x.key === s.currentQuestionKey)!
      s = transition(s, answer(q.key, s.questionMode === 'confirm' ? 'yes' : validRaw(q, 'blue_collar', ctx.suggestedSkills, i)), ctx).state
    }
    expect(s.currentQuestionKey).toBe('fee_charged')
    const asked = transition(s, answer('fee_charged', 'maybe'), ctx)
    expect(lastQuestion(asked.outputs)?.prompt).toContain('refundable deposit of ₹2000')
    const refused = transition(s, answer('fee_charged', 'yes'), ctx)
    expect(refused.accepted).toBe(false)
    expect(hasOutput(refused.outputs, 'error')?.message).toMatch(/never charge candidates/)
    expect(lastQuestion(refused.outputs)?.key).toBe('fee_charged')
    expect(transition(s, answer('fee_charged', 'no'), ctx).accepted).toBe(true)
  })

  it('no gender filter: "male only" in a JD is explained and the real requirement is asked instead', () => {
    const ctx = ctxFor()
    let s = started(ctx, 'upload')
    s = transition(s, { type: 'upload_result', answers: { title: 'Warehouse Helper', gender_wording: 'male candidates only' } }, ctx).state
    let prompt = ''
    for (let i = 0; i < 40 && s.step === 'asking'; i++) {
      const q = ctx.template.questions.find((x) => x.key === s.currentQuestionKey)!
      if (q.key === 'real_requirement') {
        prompt = lastQuestion(currentOutputs(s, ctx))?.prompt ?? ''
        s = transition(s, answer(q.key, 'Lifting boxes up to 25 kg and night shifts'), ctx).state
        continue
      }
      s = transition(s, answer(q.key, s.questionMode === 'confirm' ? 'yes' : validRaw(q, 'blue_collar', ctx.suggestedSkills, i)), ctx).state
    }
    expect(prompt).toContain('male candidates only')
    expect(prompt).toMatch(/Code on Wages 2019/)
    expect(s.answers.real_requirement).toBe('Lifting boxes up to 25 kg and night shifts')
    // the job bot has no gender key at all: nothing can become a filter
    expect(Object.keys(s.answers).some((k) => k.includes('gender') && k !== 'gender_wording')).toBe(false)
  })

  it('without gender wording the requirement question is not asked; the company is confirmed from the profile', () => {
    const ctx = ctxFor()
    const { state, asked } = answerUntilPreview(started(ctx, 'bot'), ctx)
    expect(asked).not.toContain('real_requirement')
    expect(asked).toContain('company_name')
    expect(state.answers.company_name).toBe('Swift Couriers Pvt Ltd')
  })

  it('the role question offers roles suggested from the title and accepts any role typed by name', () => {
    const ctx = ctxFor({ adaptQuestion: (q, answers) => (q.key === 'role' ? adaptRoleQuestion(q, answers) : q) })
    let s = started(ctx, 'bot')
    s = transition(s, answer('title', 'Electrician for apartment maintenance'), ctx).state
    const view = lastQuestion(transition(s, answer('role', 'not-a-role-at-all'), ctx).outputs)
    expect(view?.key).toBe('role')
    expect(view?.options?.[0]?.label).toBe('Electrician')
    const typed = transition(s, answer('role', 'security guard'), ctx)
    expect(typed.accepted).toBe(true)
    expect(typed.state.answers.role).toBe('security-guard')
  })

  it('property: no event sequence reaches an invalid state, asks a question twice, or publishes with a required answer missing', () => {
    type Cmd = { kind: 'valid' | 'invalid' | 'skip' | 'back' | 'edit'; pick: number }
    const cmd = fc.record({ kind: fc.constantFrom<Cmd['kind']>('valid', 'valid', 'valid', 'invalid', 'skip', 'back', 'edit'), pick: fc.nat(30) })
    fc.assert(
      fc.property(fc.constantFrom<'bot' | 'upload'>('bot', 'upload'), fc.array(cmd, { maxLength: 40 }), fc.boolean(), (method, cmds, flagged) => {
        const ctx = ctxFor()
        let s = started(ctx, method)
        if (method === 'upload') {
          s = transition(
            s,
            { type: 'upload_result', answers: { title: 'Delivery Executive', city: 'Pune', ...(flagged ? { fee_wording: 'training fee', gender_wording: 'boys only' } : {}) }, unconfirmed: ['city'] },
            ctx,
          ).state
        }
        for (const c of cmds) {
          if (s.step !== 'asking' && s.step !== 'preview') break
          const q = ctx.template.questions.find((x) => x.key === s.currentQuestionKey)
          let event: ChatEvent
          if (c.kind === 'back') event = { type: 'back' }
          else if (c.kind === 'edit') event = { type: 'edit', questionKey: ctx.template.questions[c.pick % ctx.template.questions.length]!.key }
          else if (!q) continue
          else if (c.kind === 'skip') event = answer(q.key, { skip: true })
          else if (c.kind === 'invalid') event = answer(q.key, invalidRaw(q, c.pick) ?? 'x'.repeat(9000))
          else event = answer(q.key, s.questionMode === 'confirm' ? 'yes' : validRaw(q, 'blue_collar', ctx.suggestedSkills, c.pick))
          const r = transition(s, event, ctx)
          if (!r.accepted) expect(r.state).toBe(s)
          else expect(r.state.version).toBe(s.version + 1)
          for (const o of r.outputs) {
            if (o.type !== 'question' || o.question.editing) continue
            // a fresh question is never one already settled, and is the first pending one
            expect(nextQuestion(ctx.template, r.state)?.key).toBe(o.question.key)
            const key = o.question.key
            const settled = !r.state.unconfirmed.includes(key) && (r.state.answers[key] !== undefined || r.state.skipped.includes(key))
            expect(settled).toBe(false)
          }
          if (r.state.answers.fee_charged !== undefined) expect(r.state.answers.fee_charged).toBe(false)
          for (const tq of ctx.template.questions) if (r.state.answers[tq.key] !== undefined) expect(evaluateCondition(tq.when, r.state.answers)).toBe(true)
          s = r.state
        }
        expect(parseChatState(JSON.parse(JSON.stringify(s)))).toEqual(s)
        const { state: end } = answerUntilPreview(s.step === 'asking' || s.step === 'preview' ? s : started(ctx, 'bot'), ctx)
        expect(missingRequiredKeys(ctx.template, end.answers)).toEqual([])
        expect(end.unconfirmed).toEqual([])
        const done = transition(end, { type: 'confirm' }, ctx)
        expect(hasOutput(done.outputs, 'job_confirmed')?.answers.fee_charged).toBe(false)
      }),
      { numRuns: 150 },
    )
  })
})
