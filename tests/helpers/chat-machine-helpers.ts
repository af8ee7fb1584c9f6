import { JOB_BOT, RESUME_BOT } from '../../server/chat/bots'
import { effectiveSalaryUnit, effectiveSuggestions, type JobType } from '../../server/chat/answer-parsing'
import { currentOutputs, transition, type BotOutput, type ChatEvent, type ChatState, type MachineContext, type QuestionView } from '../../server/chat/chat-machine'
import type { Question, QuestionTemplate } from '../../server/chat/question-template'

/**
 * Shared by the chat tests (machine walks, property tests, template tests):
 * contexts, valid/invalid raw answers per question, and a driver that answers
 * whatever the bot asks. Not used by production code.
 */
export const NOW = new Date(2026, 5, 15, 10, 0, 0)

export function makeContext(template: QuestionTemplate, overrides: Partial<MachineContext['profile']> = {}, suggestedSkills: string[] = ['React', 'Node.js', 'TypeScript']): MachineContext {
  return {
    bot: template.bot === 'job' ? JOB_BOT : RESUME_BOT,
    template,
    profile: { name: 'Ravi Kumar', roleName: 'Delivery Boy', jobType: 'blue_collar', currentCity: 'Pune', languages: ['Hindi', 'Marathi'], ...overrides },
    suggestedSkills,
    now: NOW,
  }
}

/** A valid raw answer; `pick` chooses among several valid forms so property tests vary them. */
export function validRaw(q: Question, jobType: JobType, suggestedSkills: readonly string[], pick = 0): unknown {
  const choose = <T>(items: readonly T[]): T => items[pick % items.length] as T
  switch (q.kind) {
    case 'text':
      if (q.parseAs === 'duration_months') return choose(['2 years', 'fresher', '6 months of React', '1.5 yrs', '3'])
      if (q.validation?.format === 'url') return q.validation.hosts ? `${q.validation.hosts[0]}/ravi-kumar` : 'ravikumar.dev/work'
      if (q.validation?.format === 'email') return 'ravi@example.com'
      if (q.key === 'full_name') return choose(['Ravi Kumar', 'Priya Sharma', 'K. Ramesh'])
      if ((q.validation?.minLength ?? 0) > 12) return choose(['Hard-working and punctual, with good customer skills.', 'Shop 4, MG Road, near the bus stand'])
      return choose(['Hard-working and punctual, with good customer skills.', 'ITI Electrician', 'Quick learner'])
    case 'yes_no':
      // "yes" is refused where the template forbids it (a job that charges a fee)
      if (q.validation?.refuseYes) return choose([false, 'nahi', 'no'])
      return choose([true, false, 'haan', 'nahi', 'yes', 'no'])
    case 'single_select': {
      const options = q.options ?? []
      return choose(options).value
    }
    case 'multi_select': {
      const pool = q.options?.map((o) => o.value) ?? effectiveSuggestions(q, suggestedSkills)
      const min = Math.max(q.validation?.minItems ?? 1, 1)
      const count = Math.min(pool.length, min + (pick % 2))
      const start = pick % Math.max(pool.length - count + 1, 1)
      const picked = pool.slice(start, start + count)
      return picked.length >= min ? picked : [...picked, ...Array.from({ length: min - picked.length }, (_, i) => `Custom ${i + 1}`)]
    }
    case 'date':
      return choose(['12-03-1999', '1995/07/01', '1988-11-30', '01-01-2000'])
    case 'number':
      return q.validation?.min ?? 1
    case 'salary':
      return effectiveSalaryUnit(q, jobType) === 'lpa' ? choose(['6 LPA', '12 LPA', '5.5 lakh', '3-5 LPA']) : choose(['18000', '18k', '₹15,000', '15000-20000'])
    case 'file':
      return { fileKey: `uploads/licence-${pick}.png`, mimeType: 'image/png', sizeBytes: 120_000 }
    case 'city':
      return choose(['Pune', 'Mumbai', 'Jaipur'])
    case 'salary_range':
      // expected salary (a range since issue 15) is asked in LPA for white-collar roles
      if (effectiveSalaryUnit(q, jobType) === 'lpa') return choose(['6 LPA', '3-5 LPA', '12 LPA', '8 - 12 LPA'])
      return choose(['15000-20000', '15k to 18k', '₹18,000', '12000 - 15000 per month'])
    case 'experience_range':
      return choose(['fresher', '1-3 years', '2+ years', 'any experience', '6 months'])
    case 'entries':
      if (q.entry === 'education') {
        return choose([
          [{ degree: 'B.Com', institution: 'Fergusson College, Pune', year: '2019' }],
          [
            { degree: 'MBA', institution: 'Symbiosis', year: '2022' },
            { degree: '12th', institution: 'Kendriya Vidyalaya', year: 2017 },
          ],
        ])
      }
      return choose([
        [{ company: 'Swiggy', title: 'Delivery partner', start: '03-2021', current: true }],
        [{ selfEmployed: true, title: 'Tailor', duration: '2 years' }],
        [{ company: 'Infosys', title: 'Analyst', start: '2022-07', end: 'Jan 2024' }],
        ...(q.required ? [] : [[]]),
      ])
  }
}

/** An answer the question must reject, or null when every input is acceptable for it. */
export function invalidRaw(q: Question, pick = 0): unknown {
  const choose = <T>(items: readonly T[]): T => items[pick % items.length] as T
  switch (q.kind) {
    case 'text':
      if (q.parseAs === 'duration_months') return choose(['lots', 'abc'])
      if (q.validation?.format === 'url') return 'not a link'
      if (q.required) return choose(['', '   '])
      return 'x'.repeat((q.validation?.maxLength ?? 300) + 1)
    case 'yes_no':
      return choose(['maybe', 42])
    case 'single_select':
      return q.allowCustom ? null : 'definitely-not-an-option'
    case 'multi_select':
      if ((q.validation?.minItems ?? 0) >= 2) return ['Hindi']
      if (!q.allowCustom) return ['not-an-option']
      return q.required ? [] : null
    case 'date':
      return choose(['31-02-2000', '12-03-2015', '1999', 'tomorrow'])
    case 'number':
      return 'many'
    case 'salary':
      return choose(['lots', '0', 'negotiable'])
    case 'file':
      return choose([{}, { fileKey: 'x', mimeType: 'application/zip' }])
    case 'city':
      return choose(['1', ''])
    case 'salary_range':
      return choose(['lots', '0', 'negotiable'])
    case 'experience_range':
      return choose(['lots', 'abc'])
    case 'entries':
      if (q.entry === 'education') return choose([[{ degree: 'BA', institution: 'Wilson College', year: '19' }], [{ degree: 'BA', year: '2019' }], 'B.Com'])
      return choose([[{ company: 'Swiggy', title: 'Rider' }], [{ company: 'Swiggy', title: 'Rider', start: '2030' , current: true }], [{ title: 'Rider', duration: '1 year' }]])
  }
}

export function lastQuestion(outputs: readonly BotOutput[]): QuestionView | null {
  for (let i = outputs.length - 1; i >= 0; i -= 1) {
    const o = outputs[i]
    if (o?.type === 'question') return o.question
  }
  return null
}

export function hasOutput<T extends BotOutput['type']>(outputs: readonly BotOutput[], type: T): Extract<BotOutput, { type: T }> | undefined {
  return outputs.find((o): o is Extract<BotOutput, { type: T }> => o.type === type)
}

export interface Step {
  state: ChatState
  outputs: BotOutput[]
  accepted: boolean
}

export function send(state: ChatState, event: ChatEvent, ctx: MachineContext): Step {
  return transition(state, event, ctx)
}

/**
 * Answer whatever is asked with valid answers (confirming profile values) until the preview;
 * throws if it does not get there within `maxTurns`.
 */
export function answerUntilPreview(state: ChatState, ctx: MachineContext, pick = 0, maxTurns = 80): { state: ChatState; asked: string[] } {
  let current = state
  const asked: string[] = []
  for (let turn = 0; turn < maxTurns; turn += 1) {
    if (current.step === 'preview') return { state: current, asked }
    const view = lastQuestion(currentOutputs(current, ctx))
    if (!view || current.step !== 'asking') throw new Error(`not asking a question (step ${current.step})`)
    const q = ctx.template.questions.find((x) => x.key === view.key)
    if (!q) throw new Error(`unknown question ${view.key}`)
    asked.push(view.key)
    const value = view.mode === 'confirm' ? 'yes' : validRaw(q, ctx.profile.jobType, ctx.suggestedSkills, pick + turn)
    const step = send(current, { type: 'answer', questionKey: view.key, value }, ctx)
    if (!step.accepted) throw new Error(`valid answer rejected for ${view.key}: ${JSON.stringify(step.outputs)}`)
    current = step.state
  }
  throw new Error('did not reach the preview')
}
