import type { QuestionView } from '../../server/chat/chat-machine'

/**
 * A plausible valid answer to a question as a client sees it (QuestionView). Drives scripted
 * clients: the developer API example, the chat benchmark and the WebSocket fault tests. Not used
 * by the product itself.
 */
export function sampleAnswer(q: QuestionView, opts: { licenceFileId?: string; pick?: number } = {}): unknown {
  const pick = opts.pick ?? 0
  if (q.mode === 'confirm') return 'yes'
  if (q.canSkip) return { skip: true }
  switch (q.kind) {
    case 'yes_no':
      // yes on the licence question so the conditional upload is exercised when a file is at hand
      return q.key === 'has_driving_licence' ? Boolean(opts.licenceFileId) : pick % 2 === 0
    case 'single_select':
      return q.options?.[pick % q.options.length]?.value ?? ''
    case 'multi_select': {
      const pool = q.options?.map((o) => o.value) ?? q.suggestions ?? []
      const min = Math.max(q.validation?.minItems ?? 1, 1)
      const picked = pool.slice(0, Math.max(min, 1))
      while (picked.length < min) picked.push(`Custom ${picked.length + 1}`)
      return picked
    }
    case 'date':
      return '15-08-1996'
    case 'number':
      return q.validation?.min ?? 1
    case 'salary':
      return q.salaryUnit === 'lpa' ? '8 LPA' : '18000'
    case 'salary_range':
      return q.salaryUnit === 'lpa' ? '6-8 LPA' : '15000-20000'
    case 'file':
      return { fileKey: opts.licenceFileId ?? '' }
    case 'city':
      return 'Pune'
    case 'entries':
      return q.entry === 'work'
        ? [{ company: 'Swiggy', title: 'Delivery partner', start: '2021-03', current: true }]
        : [{ degree: 'B.Com', institution: 'Fergusson College, Pune', year: '2018' }]
    case 'text':
      if (q.key === 'full_name') return 'Ravi Kumar'
      if (q.key === 'experience_months' || q.key === 'trade_experience_months') return '2 years'
      if (q.validation?.format === 'url') return 'github.com/ravi-kumar'
      if (q.validation?.format === 'email') return 'ravi@example.com'
      return 'Hard-working and punctual'
  }
}
