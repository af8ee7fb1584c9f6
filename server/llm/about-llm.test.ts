import { FakeListChatModel } from '@langchain/core/utils/testing'
import { describe, expect, it } from 'vitest'
import { draftAbout } from '../resume/about-draft'
import type { Answers } from '../resume/resume-answers'
import { createLlmAboutDrafter } from './about-llm'

const answers: Answers = { full_name: 'Ravi Kumar', experience_months: 24, languages: ['Hindi', 'Marathi'], has_driving_licence: true, vehicle_type: 'two_wheeler' }
const profile = { roleName: 'Delivery Boy', jobType: 'blue_collar' as const, city: 'Pune' }

describe('LLM about-me drafts', () => {
  it('uses the model’s text, cleaned of markdown', async () => {
    const model = new FakeListChatModel({ responses: ['**I am** a delivery rider in Pune with 2 years of experience. I have my own two-wheeler and a licence.'] })
    const text = await createLlmAboutDrafter(model)(answers, profile)
    expect(text).toBe('I am a delivery rider in Pune with 2 years of experience. I have my own two-wheeler and a licence.')
  })

  it('falls back to the offline draft when the model is slow, empty or rambling', async () => {
    const offline = draftAbout(answers, profile)
    expect(offline.length).toBeGreaterThan(20)
    const slow = new FakeListChatModel({ responses: ['A fine sentence about Ravi that arrives far too late.'], sleep: 300 })
    expect(await createLlmAboutDrafter(slow, { timeoutMs: 50 })(answers, profile)).toBe(offline)
    const empty = new FakeListChatModel({ responses: [' '] })
    expect(await createLlmAboutDrafter(empty)(answers, profile)).toBe(offline)
    const rambling = new FakeListChatModel({ responses: ['word '.repeat(400)] })
    expect(await createLlmAboutDrafter(rambling)(answers, profile)).toBe(offline)
  })
})
