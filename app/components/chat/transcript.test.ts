import { describe, expect, it } from 'vitest'
import { buildChatView, mergeEvents, type BotOutput, type ChatEvent, type QuestionView } from './transcript'

let seq = 0
const at = '2026-12-01T09:00:00.000Z'
const ev = (type: string, payload: unknown): ChatEvent => ({ seq: ++seq, type, payload: payload as ChatEvent['payload'], createdAt: at })
const bot = (output: BotOutput) => ev('bot_output', output)
const state = (version: number, step: string, currentQuestionKey: string | null, status = 'active') => ev('state', { version, step, currentQuestionKey, status })
const user = (text: string, questionKey: string | null = null, event = 'answer') => ev('user_message', { clientMessageId: `m${seq + 1}xxxxxxxx`, event, questionKey, text })

function question(key: QuestionView['key'], label: string, extra: Partial<QuestionView> = {}): BotOutput {
  return {
    type: 'question',
    question: {
      key,
      kind: 'yes_no',
      label,
      prompt: `${label}?`,
      required: true,
      mode: 'ask',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
      suggestions: null,
      allowCustom: false,
      itemNoun: null,
      entry: null,
      noneLabel: null,
      salaryUnit: null,
      quickPicks: null,
      validation: null,
      file: null,
      prefill: null,
      prefillDisplay: null,
      canSkip: false,
      canDraft: false,
      editing: false,
      progress: { answered: 0, total: 3 },
      ...extra,
    },
  }
}

function conversation() {
  seq = 0
  return [
    bot({ type: 'text', text: 'Hi Ravi!' }),
    bot({ type: 'quick_replies', action: 'choose_method', prompt: 'How?', options: [{ value: 'bot', label: 'Create with AIVI bot' }] }),
    state(1, 'choose_method', null),
    user('Create with AIVI bot', null, 'choose_method'),
    bot(question('has_driving_licence', 'Driving licence')),
    state(2, 'asking', 'has_driving_licence'),
    user('Yes', 'has_driving_licence'),
    bot(question('date_of_birth', 'Date of birth', { kind: 'date' })),
    state(3, 'asking', 'date_of_birth'),
    user('01-01-2015', 'date_of_birth'),
    bot({ type: 'error', message: 'You must be at least 18 years old', retryable: true, questionKey: 'date_of_birth' }),
    bot(question('date_of_birth', 'Date of birth', { kind: 'date' })),
    state(3, 'asking', 'date_of_birth'),
  ]
}

describe('buildChatView', () => {
  it('makes the re-asked question live and keeps earlier prompts as plain bubbles', () => {
    const view = buildChatView(conversation())
    expect(view.live?.type).toBe('question')
    expect(view.live?.type === 'question' && view.live.question.key).toBe('date_of_birth')
    // exactly one bubble is live: the newest date question
    const liveItems = view.items.filter((i) => i.kind === 'bot' && i.live)
    expect(liveItems).toHaveLength(1)
    expect(liveItems[0]?.seq).toBe(12)
    expect(view.state).toEqual({ version: 3, step: 'asking', currentQuestionKey: 'date_of_birth', status: 'active' })
  })

  it('offers "change" only on accepted answers to other questions', () => {
    const view = buildChatView(conversation())
    const users = view.items.filter((i) => i.kind === 'user')
    const editable = users.filter((i) => i.kind === 'user' && i.editable).map((i) => i.kind === 'user' && i.questionKey)
    // the refused DOB and the open question are not editable; the licence answer is
    expect(editable).toEqual(['has_driving_licence'])
    expect(view.labels.get('has_driving_licence')).toBe('Driving licence')
  })

  it('has no live prompt and nothing editable once the conversation is completed', () => {
    const events = [...conversation(), user('Looks good', null, 'confirm'), ev('resume_saved', { resumeId: 'r1', version: 2 }), state(9, 'done', null, 'completed')]
    const view = buildChatView(events)
    expect(view.live).toBeNull()
    expect(view.items.some((i) => i.kind === 'user' && i.editable)).toBe(false)
    expect(view.items.find((i) => i.kind === 'saved')).toMatchObject({ version: 2 })
  })

  it('shows extraction progress only until the next turn finishes', () => {
    seq = 0
    const base = [bot({ type: 'upload_request', prompt: 'Upload', accept: ['application/pdf'], maxBytes: 2_000_000 }), state(2, 'waiting_upload', null)]
    const running = [...base, ev('progress', { stage: 'extract', message: 'Reading your PDF', percent: 40 })]
    expect(buildChatView(running).progress).toEqual({ message: 'Reading your PDF', percent: 40 })
    expect(buildChatView(running).live?.type).toBe('upload_request')
    const done = [...running, bot(question('full_name', 'Full name', { kind: 'text' })), state(3, 'asking', 'full_name')]
    expect(buildChatView(done).progress).toBeNull()
    expect(buildChatView(done).live?.type).toBe('question')
    // the panel waits for a committed turn newer than the upload, not just any newer event
    expect(buildChatView(running).lastStateSeq).toBe(2)
    expect(buildChatView(running).lastSeq).toBe(3)
    expect(buildChatView(done).lastStateSeq).toBe(5)
    expect(buildChatView([]).lastStateSeq).toBe(0)
  })

  it('hides service instructions and ignores malformed payloads', () => {
    seq = 0
    const view = buildChatView([
      bot({ type: 'request_about_draft', questionKey: 'about', answers: {} }),
      ev('bot_output', { nope: true }),
      ev('user_message', { text: 42 }),
      state(1, 'asking', 'about'),
    ])
    expect(view.items).toEqual([])
  })
})

describe('mergeEvents', () => {
  it('de-duplicates by seq, keeps order, and returns the same array when nothing is new', () => {
    seq = 0
    const a = [ev('state', {}), ev('state', {}), ev('state', {})]
    const replay = [a[1]!, a[2]!]
    const merged = mergeEvents(a.slice(0, 2), [...replay].reverse())
    expect(merged.map((e) => e.seq)).toEqual([1, 2, 3])
    expect(mergeEvents(merged, replay)).toBe(merged)
  })
})

describe('the job-posting bot in the same view model', () => {
  const paste: BotOutput = { type: 'paste_request', prompt: 'Paste the job description here', maxLength: 20_000, acceptPdf: true, maxBytes: 2_000_000 }

  it('a paste request is the live prompt while waiting; extraction requests and the publish instruction are not shown', () => {
    seq = 0
    const events = [
      bot({ type: 'quick_replies', action: 'choose_method', prompt: 'Paste or answer?', options: [{ value: 'upload', label: 'Paste job description' }] }),
      state(1, 'choose_method', null),
      user('Paste job description', null, 'choose_method'),
      bot(paste),
      state(2, 'waiting_upload', null),
    ]
    expect(buildChatView(events).live).toEqual(paste)

    const after = [
      ...events,
      user('Delivery boy needed in Pune…', null, 'submit_text'),
      bot({ type: 'text', text: 'Reading your job description…' }),
      bot({ type: 'request_extraction', text: 'Delivery boy needed in Pune…' }),
      state(3, 'waiting_upload', null),
    ]
    const view = buildChatView(after)
    expect(view.items.some((i) => i.kind === 'bot' && i.output.type === 'request_extraction')).toBe(false)
    // still waiting for the extraction: the paste prompt stays live (the composer is busy meanwhile)
    expect(view.live).toEqual(paste)
  })

  it('a published job becomes a "job saved" item with its id; the conversation is no longer live', () => {
    seq = 0
    const events = [
      bot({ type: 'preview', answers: {}, items: [] }),
      state(7, 'preview', null),
      user('Looks good — publish the job', null, 'confirm'),
      bot({ type: 'job_confirmed', answers: {} }),
      ev('job_saved', { jobId: 'job-1', status: 'published' }),
      state(8, 'done', null, 'completed'),
    ]
    const view = buildChatView(events)
    expect(view.items.filter((i) => i.kind === 'job_saved')).toEqual([{ kind: 'job_saved', key: `e${seq - 1}`, seq: seq - 1, jobId: 'job-1' }])
    expect(view.items.some((i) => i.kind === 'bot' && i.output.type === 'job_confirmed')).toBe(false)
    expect(view.live).toBeNull()
  })
})
