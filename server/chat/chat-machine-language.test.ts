import { describe, expect, it } from 'vitest'
import { JOB_POSTING_TEMPLATE } from '../../seeds/data/job-posting-template'
import { QUESTION_TEMPLATE_BY_FAMILY, QUESTION_TEMPLATES } from '../../seeds/data/question-templates'
import { findCity } from '../master-data/cities'
import { answerUntilPreview, hasOutput, lastQuestion, makeContext } from '../../tests/helpers/chat-machine-helpers'
import { createInitialState, currentOutputs, parseChatState, transition, type ChatEvent, type ChatState, type MachineContext } from './chat-machine'
import { CHAT_LANGUAGES, en, hi, type ChatMessages } from './messages'
import { parseQuestionTemplate, type QuestionTemplate } from './question-template'

const delivery = QUESTION_TEMPLATE_BY_FAMILY.get('delivery') as QuestionTemplate

function run(ctx: MachineContext, events: ChatEvent[], from: ChatState) {
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
const hindiStart = (ctx: MachineContext) => createInitialState(ctx.template, ctx.bot, { language: 'hi' })

describe('the bot in Hindi', () => {
  it('a delivery conversation answered in Hindi and Hinglish: every prompt, option, error and preview line in Hindi; answers stored as in English', () => {
    // the real city list (in memory): Devanagari names resolve to the same records
    const ctx: MachineContext = { ...makeContext(delivery, { dateOfBirth: null }), resolveCity: (input) => findCity(input)?.name ?? null }
    let r = run(ctx, [{ type: 'start' }], hindiStart(ctx))
    expect(r.outputs[0]).toEqual({ type: 'text', text: 'नमस्ते Ravi! मैं AIVI हूँ। चलिए, Delivery Boy की नौकरी के लिए आपका रिज़्यूमे बनाते हैं।' })
    expect(r.outputs[1]).toMatchObject({ options: [{ value: 'upload', label: 'PDF अपलोड करें' }, { value: 'bot', label: 'AIVI बॉट के साथ बनाएँ' }] })

    r = run(ctx, [{ type: 'choose_method', method: 'bot' }], r.state)
    expect(lastQuestion(r.outputs)).toMatchObject({
      key: 'full_name',
      mode: 'confirm',
      label: 'पूरा नाम',
      prompt: 'पूरा नाम: Ravi Kumar — क्या यह सही है?',
      options: [{ value: 'yes', label: 'हाँ, सही है' }, { value: 'no', label: 'नहीं, बदलना है' }],
    })
    r = run(ctx, [answer('full_name', 'हाँ')], r.state)
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'has_driving_licence', prompt: 'क्या आपके पास वैध ड्राइविंग लाइसेंस है?', options: [{ value: 'yes', label: 'हाँ' }, { value: 'no', label: 'नहीं' }] })
    r = run(ctx, [answer('has_driving_licence', 'haan ji'), answer('driving_licence_file', { fileKey: 'uploads/l.png', mimeType: 'image/png', sizeBytes: 9000 })], r.state)
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'licence_type', options: [{ value: 'two_wheeler', label: 'दोपहिया (बाइक / स्कूटर)' }, {}, {}, {}] })
    // an option typed as its Hindi label, another as its English one
    r = run(ctx, [answer('licence_type', 'दोपहिया (बाइक / स्कूटर), Car / LMV'), answer('owns_vehicle', 'जी हाँ'), answer('vehicle_type', 'two_wheeler'), answer('has_smartphone', 'हां')], r.state)
    expect(r.state.answers).toMatchObject({ licence_type: ['two_wheeler', 'lmv'], owns_vehicle: true, has_smartphone: true })

    const young = transition(r.state, answer('date_of_birth', '०१-०१-२०१२'), ctx)
    expect(young.accepted).toBe(false)
    expect(young.outputs[0]).toEqual({ type: 'error', message: 'आपकी उम्र कम से कम 18 साल होनी चाहिए', retryable: true, questionKey: 'date_of_birth' })
    expect(lastQuestion(young.outputs)?.prompt).toBe('आपकी जन्म तिथि क्या है? (दिन-महीना-साल, जैसे 12-03-1999)')

    r = run(ctx, [answer('date_of_birth', '१२-०३-२००१')], r.state)
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'current_location', prompt: 'आप Pune में रहते हैं — क्या यह सही है?' })
    r = run(ctx, [answer('current_location', 'नहीं')], r.state)
    r = run(ctx, [answer('current_location', 'मुंबई'), answer('languages', 'हाँ'), answer('work_history', []), answer('experience_months', 'डेढ़ साल')], r.state)
    expect(r.state.answers).toMatchObject({ current_location: 'Mumbai', work_history: [], experience_months: 18 })
    expect(lastQuestion(r.outputs)).toMatchObject({ key: 'shift_preference', options: [{ label: 'दिन की शिफ्ट' }, { label: 'रात की शिफ्ट' }, {}, {}] })
    r = run(ctx, [answer('shift_preference', 'रात की शिफ्ट'), answer('expected_salary_monthly', 'बीस हज़ार'), answer('about', null)], r.state)
    expect(r.state.answers).toMatchObject({ shift_preference: 'night', expected_salary_monthly: { min: 20000, max: 20000 } })

    const preview = hasOutput(r.outputs, 'preview')
    const display = (key: string) => preview?.items.find((i) => i.key === key)
    expect(display('has_driving_licence')).toMatchObject({ label: 'ड्राइविंग लाइसेंस', display: 'हाँ' })
    expect(display('licence_type')?.display).toBe('दोपहिया (बाइक / स्कूटर), कार / LMV')
    expect(display('work_history')?.display).toBe('पहले काम नहीं किया')
    expect(display('experience_months')?.display).toBe('1 साल 6 महीने')
    expect(display('expected_salary_monthly')?.display).toBe('₹20,000 महीना')
    expect(display('about')).toMatchObject({ label: 'मेरे बारे में', display: null })
  })

  it('answers are the same whichever language the bot speaks (every family, valid answers in both)', () => {
    for (const template of QUESTION_TEMPLATES) {
      const ctx = makeContext(template)
      const begin = (language: string) => run(ctx, [{ type: 'start' }, { type: 'choose_method', method: 'bot' }], createInitialState(template, ctx.bot, { language })).state
      const english = answerUntilPreview(begin('en'), ctx, 1)
      const hindi = answerUntilPreview(begin('hi'), ctx, 1)
      expect(hindi.asked, template.family).toEqual(english.asked)
      expect(hindi.state.answers, template.family).toEqual(english.state.answers)
    }
  })

  it('set_language switches mid-question: the same question again in the new language, answers and position unchanged', () => {
    const ctx = makeContext(delivery)
    const english = run(ctx, [{ type: 'start' }, { type: 'choose_method', method: 'bot' }, answer('full_name', 'yes')], createInitialState(delivery, ctx.bot))
    expect(lastQuestion(english.outputs)?.prompt).toBe('Do you have a valid driving licence?')

    const switched = transition(english.state, { type: 'set_language', language: 'hi' }, ctx)
    expect(switched.accepted).toBe(true)
    expect(switched.state).toEqual({ ...english.state, language: 'hi', version: english.state.version + 1 })
    expect(switched.outputs).toHaveLength(1)
    expect(lastQuestion(switched.outputs)).toMatchObject({ key: 'has_driving_licence', prompt: 'क्या आपके पास वैध ड्राइविंग लाइसेंस है?', progress: lastQuestion(english.outputs)?.progress })

    // the same language again: nothing happens (a second tap or another tab)
    const again = transition(switched.state, { type: 'set_language', language: 'hi' }, ctx)
    expect(again).toEqual({ state: switched.state, outputs: [], accepted: false })

    // errors come in the language now spoken; back to English restores the English words exactly
    expect(transition(switched.state, answer('has_driving_licence', 'maybe'), ctx).outputs[0]).toMatchObject({ message: 'कृपया हाँ या नहीं में जवाब दें' })
    const back = run(ctx, [{ type: 'set_language', language: 'en' }], switched.state)
    expect(back.outputs).toEqual(currentOutputs(english.state, ctx))
  })

  it('switching before the start, on the method choice and on the preview re-renders what is on screen', () => {
    const ctx = makeContext(delivery)
    const fresh = createInitialState(delivery, ctx.bot)
    const beforeStart = run(ctx, [{ type: 'set_language', language: 'hi' }], fresh)
    expect(beforeStart.outputs).toEqual([])
    expect(run(ctx, [{ type: 'start' }], beforeStart.state).outputs[0]).toMatchObject({ text: expect.stringContaining('नमस्ते') })

    const choosing = run(ctx, [{ type: 'start' }], fresh)
    expect(run(ctx, [{ type: 'set_language', language: 'hi' }], choosing.state).outputs).toEqual([
      { type: 'quick_replies', action: 'choose_method', prompt: hi.bot.methodPrompt, options: [{ value: 'upload', label: hi.bot.uploadLabel }, { value: 'bot', label: hi.bot.botLabel }] },
    ])

    const atPreview = answerUntilPreview(run(ctx, [{ type: 'start' }, { type: 'choose_method', method: 'bot' }], fresh).state, ctx)
    const preview = hasOutput(run(ctx, [{ type: 'set_language', language: 'hi' }], atPreview.state).outputs, 'preview')
    expect(preview?.items.find((i) => i.key === 'full_name')?.label).toBe('पूरा नाम')
    // restart keeps the language
    expect(run(ctx, [{ type: 'set_language', language: 'hi' }, { type: 'restart' }], atPreview.state).state.language).toBe('hi')
  })

  it('names the role in the language it speaks (master data), and in English again after a switch back', () => {
    const ctx = makeContext(delivery, { roleNames: { en: 'Delivery Boy', hi: 'डिलीवरी बॉय' } })
    const fresh = createInitialState(delivery, ctx.bot, { language: 'hi' })
    const welcome = run(ctx, [{ type: 'start' }], fresh).outputs[0]
    expect(welcome).toMatchObject({ text: expect.stringContaining('डिलीवरी बॉय') })
    expect(welcome).not.toMatchObject({ text: expect.stringContaining('Delivery Boy') })
    const started = run(ctx, [{ type: 'start' }], createInitialState(delivery, ctx.bot)).state
    const inHindi = run(ctx, [{ type: 'set_language', language: 'hi' }], started)
    const back = run(ctx, [{ type: 'set_language', language: 'en' }], inHindi.state)
    expect(run(ctx, [{ type: 'restart' }], back.state).outputs[0]).toMatchObject({ text: expect.stringContaining('Delivery Boy') })
  })

  it('an unknown language is refused (state unchanged); the job bot speaks English only', () => {
    const ctx = makeContext(delivery)
    const state = run(ctx, [{ type: 'start' }], createInitialState(delivery, ctx.bot)).state
    const unknown = transition(state, { type: 'set_language', language: 'xx' }, ctx)
    expect(unknown.accepted).toBe(false)
    expect(unknown.state).toBe(state)
    expect(unknown.outputs[0]).toMatchObject({ type: 'error', message: en.machine.languageUnavailable })

    const jobCtx = makeContext(JOB_POSTING_TEMPLATE)
    const job = run(jobCtx, [{ type: 'start' }], createInitialState(JOB_POSTING_TEMPLATE, jobCtx.bot)).state
    expect(transition(job, { type: 'set_language', language: 'hi' }, jobCtx).accepted).toBe(false)
  })

  it('a state stored before languages existed reads as English', () => {
    const { language: _language, ...old } = createInitialState(delivery, makeContext(delivery).bot)
    expect(parseChatState(old).language).toBe('en')
  })

  it('a third language is data: a message file and template translations, no engine change', () => {
    // a made-up language registered in this test only: every message marked, one question translated
    const mark = <T>(value: T): T =>
      (typeof value === 'string' ? `[xx] ${value}` : Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, mark(v)]))) as T
    const xx: ChatMessages = { ...mark(en), code: 'xx', name: 'Xx', speechLocale: 'xx-IN' }
    const template = parseQuestionTemplate({
      ...delivery,
      translations: { ...delivery.translations, xx: { has_driving_licence: { label: 'Licence (xx)', prompt: 'Licence? (xx)' } } },
    })
    const ctx: MachineContext = { ...makeContext(template), languages: { ...CHAT_LANGUAGES, xx } }
    const asked = run(ctx, [{ type: 'start' }, { type: 'choose_method', method: 'bot' }, answer('full_name', 'yes')], createInitialState(template, ctx.bot))
    const switched = run(ctx, [{ type: 'set_language', language: 'xx' }], asked.state)
    expect(lastQuestion(switched.outputs)).toMatchObject({ prompt: 'Licence? (xx)', options: [{ value: 'yes', label: '[xx] Yes' }, { value: 'no', label: '[xx] No' }] })
    expect(transition(switched.state, answer('has_driving_licence', 'perhaps'), ctx).outputs[0]).toMatchObject({ message: '[xx] Please answer yes or no' })
  })
})
