import type { ChatResult } from '@langchain/core/outputs'
import { FakeListChatModel } from '@langchain/core/utils/testing'
import { describe, expect, it } from 'vitest'
import { extractJd } from '../jobs/jd-extraction/extract-jd'
import { answersFromExtraction } from '../jobs/job-posting'
import { createLlmJdExtractor, DEFAULT_JD_LLM_TIMEOUT_MS, enrichJdWithLlm, jdFieldsToAsk, mergeJdLlmAnswers, offlineJdExtractor, type JdLlmReport } from './jd-llm'

/** Prose the offline rules read only partly: no title line, pay in words, fee and gender wording. */
const COOK_JD = `We are looking for a cook for our new restaurant in Koramangala, Bengaluru.
You will prepare North Indian and Chinese dishes for lunch and dinner.
Pay fifteen to eighteen thousand rupees each month, food and stay free.
We need 3 people. Freshers with some kitchen practice are welcome.
Male candidates preferred. Joining fee of Rs 500 will be taken.`

/** Labelled lines the offline rules are sure of (languages, experience) next to gaps. */
const TELECALLER_JD = `Hiring Telecallers - Sharma Finance
Work from our Andheri office. Salary 12k-15k per month plus incentives.
Candidates should speak Hindi and Marathi fluently.
Experience: 0-1 years
Full time job, day shift.`

// recorded structured outputs, as the model would return them
const GOOD = {
  title: 'Cook',
  company: 'Spice Route Kitchen', // not in the text: dropped
  city: 'Bengaluru',
  salary: '15,000 - 18,000 per month', // written in words in the text
  experience: 'Freshers',
  openings: 3,
  skills: ['North Indian', 'Chinese', 'Tandoor'], // the last is invented
  employment_type: 'full_time', // the text never says: dropped
  languages: ['Kannada'], // not in the text: dropped
  driving_licence: false, // the text never mentions a licence: dropped
  // the model must not touch the offline flags
  fee_flags: [],
  gender_flags: [],
}
const WRONG_TYPES = { title: 42, salary: 15000, openings: 'three', skills: 'cooking', city: ['Bengaluru'], shift: 'evening' }

const fake = (...responses: unknown[]) => new FakeListChatModel({ responses: responses.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))) })

/** A model that never answers (and ignores the abort signal). */
class SilentModel extends FakeListChatModel {
  constructor() {
    super({ responses: ['{}'] })
  }
  override async _generate(): Promise<ChatResult> {
    return new Promise<ChatResult>(() => {})
  }
}

/** A transport failure (quota, 503, no network). */
class FailingModel extends FakeListChatModel {
  constructor() {
    super({ responses: ['{}'] })
  }
  override async _generate(): Promise<ChatResult> {
    throw new Error('[503 Service Unavailable] The model is overloaded')
  }
}

describe('jdFieldsToAsk', () => {
  it('asks only for what the offline pass left empty or was unsure of', () => {
    const offline = extractJd(TELECALLER_JD)
    expect(offline.confidence).toMatchObject({ languages: 'high', experience: 'high', salary: 'low', city: 'low' })
    const asked = jdFieldsToAsk(offline)
    expect(asked).not.toContain('languages')
    expect(asked).not.toContain('experience')
    expect(asked).toEqual(expect.arrayContaining(['title', 'company', 'salary', 'city', 'incentive', 'openings', 'skills']))
  })
})

describe('enrichJdWithLlm with recorded model outputs', () => {
  it('fills missing fields backed by the text, marks them low confidence, drops the rest', async () => {
    const offline = extractJd(COOK_JD)
    // the offline rules read pay written in words (decision 012); title and openings are gaps
    expect(offline).toMatchObject({ title: null, salary_min_monthly_inr: 15000, salary_max_monthly_inr: 18000, openings: null })
    const { result, report } = await enrichJdWithLlm(offline, COOK_JD, { model: fake(GOOD) })

    expect(report).toMatchObject({ used: true, attempts: 1 })
    expect(report.error).toBeUndefined()
    expect(result).toMatchObject({
      title: 'Cook',
      company: null,
      city: 'Bengaluru',
      locality: 'Koramangala',
      salary_min_monthly_inr: 15000,
      salary_max_monthly_inr: 18000,
      experience_min_months: 0,
      experience_max_months: 0,
      openings: 3,
      skills: ['North Indian', 'Chinese'],
      employment_type: null,
      requirements: { driving_licence: null, two_wheeler: null, languages: [] },
    })
    for (const k of ['title', 'salary', 'openings', 'skills', 'city', 'experience']) expect(result.confidence[k], k).toBe('low')
    // a title the model found names a role to suggest (to be confirmed)
    expect(result.role?.slug).toBe('cook')
    expect(result.confidence.role).toBe('low')
    expect(report.filled).toEqual(expect.arrayContaining(['title', 'city', 'salary', 'experience', 'openings', 'skills']))
    expect(report.rejected).toEqual(
      expect.arrayContaining([
        { key: 'company', reason: 'not in the text' },
        { key: 'employment_type', reason: 'not stated' },
        { key: 'languages', reason: 'not in the text' },
        { key: 'driving_licence', reason: 'not stated' },
        { key: 'fee_flags', reason: 'not asked' },
        { key: 'gender_flags', reason: 'not asked' },
      ]),
    )
    // fee and gender wording stay exactly as the offline rules found them
    expect(result.fee_flags).toEqual(offline.fee_flags)
    expect(result.gender_flags).toEqual(offline.gender_flags)
    expect(result.fee_flags).toHaveLength(1)
    expect(result.gender_flags).toHaveLength(1)

    // the bot asks the employer to confirm what the model filled
    const { answers, unconfirmed } = answersFromExtraction(result, COOK_JD)
    expect(answers).toMatchObject({ title: 'Cook', salary_range: { min: 15000, max: 18000 }, openings: 3, fee_wording: expect.stringMatching(/Joining fee/), gender_wording: expect.stringMatching(/Male candidates/) })
    expect(unconfirmed).toEqual(expect.arrayContaining(['title', 'salary_range', 'openings', 'skills', 'role']))
  })

  it('drops a figure the text never writes, and reads pay written per day', async () => {
    const offline = extractJd(COOK_JD)
    const { result, report } = await enrichJdWithLlm(offline, COOK_JD, { model: fake({ salary: '20,000 per month', openings: 5, incentive: '2000' }) })
    expect(result).toBe(offline)
    expect(report.filled).toEqual([])
    expect(report.rejected).toEqual(expect.arrayContaining([
      { key: 'salary', reason: 'figure not in the text' },
      { key: 'openings', reason: 'figure not in the text' },
      { key: 'incentive', reason: 'figure not in the text' },
    ]))

    const daily = 'Helpers wanted at our warehouse in Bhiwandi.\nYou will get 600 rupees daily for loading and unloading trucks.\nWork 9am to 6pm, Sunday off.'
    const x = await enrichJdWithLlm(extractJd(daily), daily, { model: fake({ salary: '₹600 per day', city: 'Mumbai' }) })
    expect(x.result).toMatchObject({ salary_min_monthly_inr: 15600, salary_max_monthly_inr: 15600, city: 'Bhiwandi' })
    expect(x.report.rejected).toContainEqual({ key: 'city', reason: 'not in the text' })
  })

  it('keeps the offline result when every field has the wrong type', async () => {
    const offline = extractJd(COOK_JD)
    const { result, report } = await enrichJdWithLlm(offline, COOK_JD, { model: fake(WRONG_TYPES) })
    expect(result).toBe(offline)
    expect(result).toEqual(extractJd(COOK_JD))
    expect(report.filled).toEqual([])
    expect(report.rejected.map((r) => r.key).sort()).toEqual(['city', 'openings', 'salary', 'shift', 'skills', 'title'])
    expect(report.rejected.every((r) => r.reason.startsWith('invalid'))).toBe(true)
  })

  it('keeps the offline result on output that is not JSON, or not an object', async () => {
    const offline = extractJd(COOK_JD)
    const notJson = await enrichJdWithLlm(offline, COOK_JD, { model: fake('Sure! The job is for a cook in Bengaluru.') })
    expect(notJson.result).toBe(offline)
    expect(notJson.report).toMatchObject({ used: false, attempts: 1 })
    expect(notJson.report.error).toBeTruthy()

    const notObject = await enrichJdWithLlm(offline, COOK_JD, { model: fake(['Cook']) })
    expect(notObject.result).toBe(offline)
    expect(notObject.report.error).toBe('model output is not an object')
  })

  it('keeps the offline result when the model never answers (time limit) or fails', async () => {
    const offline = extractJd(COOK_JD)
    const started = Date.now()
    const silent = await enrichJdWithLlm(offline, COOK_JD, { model: new SilentModel(), timeoutMs: 50 })
    expect(Date.now() - started).toBeLessThan(1000)
    expect(silent.result).toBe(offline)
    expect(silent.report).toMatchObject({ used: false, attempts: 1 })
    expect(silent.report.error).toMatch(/^timeout/)
    expect(DEFAULT_JD_LLM_TIMEOUT_MS).toBe(8000)

    const failing = await enrichJdWithLlm(offline, COOK_JD, { model: new FailingModel(), retries: 1 })
    expect(failing.result).toBe(offline)
    expect(failing.report).toMatchObject({ used: false, attempts: 2 })
    expect(failing.report.error).toMatch(/503/)
  })

  it('never overrides a value the offline pass was sure of', async () => {
    const offline = extractJd(TELECALLER_JD)
    expect(offline).toMatchObject({ experience_min_months: 0, experience_max_months: 12, requirements: { languages: ['Hindi', 'Marathi'] } })
    const model = fake({ languages: ['English'], experience: '1-2 years', title: 'Telecaller', company: 'Sharma Finance', salary: '12k-15k per month' })
    const { result, report } = await enrichJdWithLlm(offline, TELECALLER_JD, { model })
    expect(result).toMatchObject({ experience_min_months: 0, experience_max_months: 12, requirements: { languages: ['Hindi', 'Marathi'] } })
    expect(result.confidence).toMatchObject({ languages: 'high', experience: 'high' })
    expect(report.rejected).toEqual(expect.arrayContaining([{ key: 'languages', reason: 'not asked' }, { key: 'experience', reason: 'not asked' }]))
    // the gaps are still filled (and a low-confidence offline salary confirmed by the model stays low)
    expect(result).toMatchObject({ company: 'Sharma Finance', salary_min_monthly_inr: 12000, salary_max_monthly_inr: 15000 })
    expect(result.confidence).toMatchObject({ company: 'low', salary: 'low' })

    // merging directly: a certain value is refused even when handed over
    const merged = mergeJdLlmAnswers(offline, { languages: ['English'], experience: '5 years' }, TELECALLER_JD)
    expect(merged.result).toBe(offline)
    expect(merged.rejected).toEqual([{ key: 'experience', reason: 'offline value is certain' }, { key: 'languages', reason: 'offline value is certain' }])
  })

  it('does not call the model when nothing is missing or unsure', async () => {
    const offline = extractJd(COOK_JD)
    const asked = jdFieldsToAsk(offline)
    const full = mergeJdLlmAnswers(offline, {}, COOK_JD).result
    expect(full).toBe(offline)
    const sure = { ...offline, confidence: Object.fromEntries(asked.map((k) => [k, 'high' as const])) }
    const everything = {
      ...sure,
      title: 'Cook', company: 'Hotel', city: 'Bengaluru', salary_min_monthly_inr: 15000, salary_max_monthly_inr: 18000, incentive_monthly_inr: 1000,
      experience_min_months: 0, experience_max_months: 0, employment_type: 'full_time' as const, work_mode: 'onsite' as const, shift: 'day' as const,
      education: '10th Pass', openings: 3, skills: ['Cooking'], requirements: { driving_licence: false, two_wheeler: false, languages: ['Hindi'] },
    }
    expect(jdFieldsToAsk(everything)).toEqual([])
    const model = new FailingModel()
    const { result, report } = await enrichJdWithLlm(everything, COOK_JD, { model })
    expect(result).toBe(everything)
    expect(report).toMatchObject({ used: false, attempts: 0, asked: [] })
  })
})

describe('createLlmJdExtractor', () => {
  it('runs the offline extractor first, then the model, and reports what happened', async () => {
    const reports: JdLlmReport[] = []
    const extract = createLlmJdExtractor(fake(GOOD), { onReport: (r) => reports.push(r) })
    const x = await extract(COOK_JD)
    expect(x).toMatchObject({ title: 'Cook', openings: 3 })
    expect(reports).toHaveLength(1)
    expect(reports[0]).toMatchObject({ used: true, filled: expect.arrayContaining(['title']) })

    const timedOut = createLlmJdExtractor(new SilentModel(), { timeoutMs: 30, onReport: (r) => reports.push(r) })
    expect(await timedOut(COOK_JD)).toEqual(await offlineJdExtractor(COOK_JD))
    expect(reports[1]?.error).toMatch(/^timeout/)
  })
})
