import { FakeListChatModel } from '@langchain/core/utils/testing'
import { describe, expect, it } from 'vitest'
import { extractFromLayout, type ExtractionSuccess } from '../resume/extraction/extract'
import { h, layoutFromLines } from '../../tests/helpers/test-layout'
import { enrichWithLlm, fieldsToAsk, mergeLlmAnswers } from './resume-llm'

const NOW = new Date('2025-06-01T00:00:00Z')

/** A resume the offline pass reads only partly: prose experience, no skills section. */
function offlineResult(): ExtractionSuccess {
  const layout = layoutFromLines([
    { text: 'Ravi Kumar', size: 20, bold: true },
    'ravi.kumar@example.com | +91 98765 43210',
    h('Summary'),
    'I have been driving for Ola Cabs in Pune since March 2021 and know the city routes well.',
    'Good at two wheeler and four wheeler driving and customer handling. Speak Hindi and Marathi.',
    'Expected salary 20,000 per month. I hold an LMV licence.',
  ])
  return { ...extractFromLayout(layout, [], { now: NOW }), pageCount: 1 }
}

// recorded structured outputs, as the model would return them
const GOOD = {
  full_name: 'Ravi Kumar',
  email: 'someone.else@example.com', // not in the resume: must be refused
  current_location: 'Pune',
  languages: ['Hindi', 'Marathi'],
  skills: ['Four wheeler driving', 'Customer handling', 'Forklift operation'], // the last is invented
  work_history: [{ company: 'Ola Cabs', title: 'Driver', start: '2021-03', end: 'present' }],
  expected_salary_monthly: '20,000 per month',
  has_driving_licence: true,
}
const WRONG_TYPES = { current_location: 42, languages: 'Hindi', work_history: [{ company: 'Ola Cabs', start: 2021 }], skills: ['Customer handling'] }

describe('fieldsToAsk', () => {
  it('asks only for what the offline pass missed or was unsure of', () => {
    const offline = offlineResult()
    const asked = fieldsToAsk(offline)
    expect(offline.confidence.full_name).toBe('high')
    expect(asked).not.toContain('full_name')
    expect(asked).not.toContain('email')
    expect(asked).toEqual(expect.arrayContaining(['current_location', 'skills', 'work_history', 'languages']))
  })
})

describe('enrichWithLlm with recorded model outputs', () => {
  it('merges a good answer: fills gaps, keeps confident offline values, refuses what the text lacks', async () => {
    const offline = offlineResult()
    const model = new FakeListChatModel({ responses: [JSON.stringify(GOOD)] })
    const { result, report } = await enrichWithLlm(offline, { model, now: NOW })
    expect(report).toMatchObject({ used: true, attempts: 1 })
    expect(result.answers.email).toBe('ravi.kumar@example.com') // offline, high confidence
    expect(result.answers.current_location).toBe('Pune')
    expect(result.answers.languages).toEqual(['Hindi', 'Marathi'])
    expect(result.answers.work_history).toEqual([{ company: 'Ola Cabs', title: 'Driver', start: '2021-03', end: 'present' }])
    expect(result.answers.skills).toEqual(['Four-wheeler Driving', 'Customer Service'])
    expect(result.answers.expected_salary_monthly).toEqual({ min: 20000, max: 20000 })
    expect(result.answers.has_driving_licence).toBe(true)
    expect(result.confidence.current_location).toBe('low')
    expect(report.filled).toEqual(expect.arrayContaining(['current_location', 'languages', 'work_history', 'skills']))
    expect(result.fixtureShape.experience).toEqual(result.answers.work_history)
  })

  it('drops wrongly typed fields through our own schema and keeps the valid ones', async () => {
    const offline = offlineResult()
    const model = new FakeListChatModel({ responses: [JSON.stringify(WRONG_TYPES)] })
    const { result, report } = await enrichWithLlm(offline, { model, now: NOW })
    expect(report.rejected.map((r) => r.key)).toEqual(expect.arrayContaining(['current_location', 'languages', 'work_history']))
    expect(result.answers.current_location).toBe(offline.answers.current_location)
    expect(result.answers.work_history).toBe(offline.answers.work_history)
    expect(result.answers.skills).toEqual(['Customer Service'])
  })

  it('falls back to the offline result when the model times out, after one retry', async () => {
    const offline = offlineResult()
    const model = new FakeListChatModel({ responses: [JSON.stringify(GOOD)], sleep: 300 })
    const started = Date.now()
    const { result, report } = await enrichWithLlm(offline, { model, now: NOW, timeoutMs: 50 })
    expect(Date.now() - started).toBeLessThan(250)
    expect(report).toMatchObject({ used: false, attempts: 2 })
    expect(report.error).toMatch(/timeout/)
    expect(result).toBe(offline)
  })

  it('retries once after unusable output', async () => {
    const offline = offlineResult()
    const model = new FakeListChatModel({ responses: ['this is not JSON', JSON.stringify({ current_location: 'Pune' })] })
    const { result, report } = await enrichWithLlm(offline, { model, now: NOW })
    expect(report.attempts).toBe(2)
    expect(result.answers.current_location).toBe('Pune')
  })

  it('does not call the model when nothing is missing', async () => {
    const offline = offlineResult()
    const full = { ...offline, confidence: Object.fromEntries(Object.keys(offline.answers).map((k) => [k, 'high'])) }
    const everything = { ...full, answers: { ...full.answers } }
    const asked = fieldsToAsk(everything)
    for (const k of asked) (everything.answers as Record<string, unknown>)[k] = k === 'experience_months' ? 1 : 'x'
    for (const k of asked) (everything.confidence as Record<string, string>)[k] = 'high'
    const model = new FakeListChatModel({ responses: ['{}'] })
    const { report } = await enrichWithLlm(everything, { model, now: NOW })
    expect(report).toMatchObject({ used: false, attempts: 0, asked: [] })
  })
})

describe('mergeLlmAnswers', () => {
  it('revalidates merged values (a date of birth giving age 3 is dropped)', () => {
    const offline = offlineResult()
    const { result, rejected } = mergeLlmAnswers({ ...offline, sectionedText: `${offline.sectionedText}\nDOB 2022-01-01` }, { date_of_birth: '2022-01-01' }, NOW)
    expect(result.answers.date_of_birth).toBeUndefined()
    expect(rejected).toContainEqual({ key: 'date_of_birth', reason: 'failed revalidation' })
    expect(result.flags).toContainEqual(expect.objectContaining({ key: 'date_of_birth', reason: 'implausible_age' }))
  })
})
