import { describe, expect, it } from 'vitest'
import { answerValueSchemas } from '../../server/resume/resume-answers'
import { parseAnswer } from '../../server/chat/answer-parsing'
import { evaluateCondition } from '../../server/chat/conditions'
import { invalidRaw, NOW, validRaw } from '../../tests/helpers/chat-machine-helpers'
import { parseQuestionTemplate, questionTemplateSchema, type QuestionTemplate } from '../../server/chat/question-template'
import { QUESTION_TEMPLATE_BY_FAMILY, QUESTION_TEMPLATES } from './question-templates'
import { TEMPLATE_FAMILIES } from './roles'

const template = (family: (typeof TEMPLATE_FAMILIES)[number]): QuestionTemplate => {
  const t = QUESTION_TEMPLATE_BY_FAMILY.get(family)
  if (!t) throw new Error(`no template for ${family}`)
  return t
}
const keys = (t: QuestionTemplate) => t.questions.map((q) => q.key)

describe('seeded question templates', () => {
  it('has exactly one template per role family', () => {
    expect(QUESTION_TEMPLATES.map((t) => t.family).sort()).toEqual([...TEMPLATE_FAMILIES].sort())
  })

  it('every template validates against the schema, also after a JSON round trip (as stored in the database)', () => {
    for (const t of QUESTION_TEMPLATES) {
      const result = questionTemplateSchema.safeParse(JSON.parse(JSON.stringify(t)))
      expect(result.success, `${t.family}: ${result.success ? '' : result.error.message}`).toBe(true)
    }
  })

  it('everyone is asked name, date of birth (18–70), city, languages, experience, salary and an optional about', () => {
    for (const t of QUESTION_TEMPLATES) {
      for (const key of ['full_name', 'date_of_birth', 'current_location', 'languages', 'experience_months', 'expected_salary_monthly', 'about'] as const) {
        expect(keys(t), t.family).toContain(key)
      }
      const dob = t.questions.find((q) => q.key === 'date_of_birth')
      expect(dob?.validation).toMatchObject({ minAgeYears: 18, maxAgeYears: 70 })
      const about = t.questions.find((q) => q.key === 'about')
      expect(about).toMatchObject({ required: false, draftable: true })
      const salary = t.questions.find((q) => q.key === 'expected_salary_monthly')
      expect(salary?.quickPicks?.some((p) => p.unit === 'monthly')).toBe(true)
      expect(salary?.quickPicks?.some((p) => p.unit === 'lpa')).toBe(true)
    }
  })

  it('driving roles: licence yes → upload (PNG/JPG/PDF ≤ 2 MB) → type; vehicle yes → type', () => {
    for (const family of ['driving', 'delivery', 'sales'] as const) {
      const t = template(family)
      const file = t.questions.find((q) => q.key === 'driving_licence_file')
      expect(file?.file).toEqual({ accept: ['image/png', 'image/jpeg', 'application/pdf'], maxBytes: 2_000_000 })
      expect(evaluateCondition(file?.when, { has_driving_licence: true })).toBe(true)
      expect(evaluateCondition(file?.when, { has_driving_licence: false })).toBe(false)
      const vehicle = t.questions.find((q) => q.key === 'vehicle_type')
      expect(evaluateCondition(vehicle?.when, { owns_vehicle: true })).toBe(true)
      expect(evaluateCondition(vehicle?.when, {})).toBe(false)
      expect(keys(t).indexOf('licence_type')).toBeGreaterThan(keys(t).indexOf('driving_licence_file'))
    }
  })

  it('telecalling needs at least 2 languages, voice/non-voice and a shift', () => {
    const t = template('telecalling')
    expect(t.questions.find((q) => q.key === 'languages')?.validation?.minItems).toBe(2)
    expect(keys(t)).toEqual(expect.arrayContaining(['process_type', 'shift_preference']))
  })

  it('skilled trades ask ITI/certificate, years in trade and own tools', () => {
    expect(keys(template('skilled-trades'))).toEqual(expect.arrayContaining(['iti_certified', 'certification_name', 'trade_experience_months', 'own_tools']))
  })

  it('white-collar families ask skills, education, notice period, work mode and links', () => {
    for (const family of ['software', 'design', 'finance', 'office'] as const) {
      const t = template(family)
      expect(keys(t), family).toEqual(expect.arrayContaining(['skills', 'highest_education', 'notice_period', 'preferred_work_mode', 'linkedin_url']))
      expect(t.questions.find((q) => q.key === 'skills')).toMatchObject({ required: true, allowCustom: true, suggestionsFromRole: true })
    }
    expect(keys(template('software'))).toEqual(expect.arrayContaining(['github_url', 'portfolio_url']))
  })

  it('every question accepts its valid sample answers and rejects its invalid ones, storing values the resume vocabulary accepts', () => {
    for (const t of QUESTION_TEMPLATES) {
      for (const jobType of ['blue_collar', 'white_collar'] as const) {
        const ctx = { now: NOW, jobType, suggestedSkills: ['Skill A', 'Skill B'] }
        for (const q of t.questions) {
          for (let pick = 0; pick < 6; pick += 1) {
            const result = parseAnswer(q, validRaw(q, jobType, ctx.suggestedSkills, pick), ctx)
            expect(result.ok, `${t.family}.${q.key} valid #${pick}: ${result.ok ? '' : result.message}`).toBe(true)
            if (result.ok) expect(answerValueSchemas[q.key as keyof typeof answerValueSchemas].safeParse(result.value).success).toBe(true)
            const bad = invalidRaw(q, pick)
            if (bad !== null) expect(parseAnswer(q, bad, ctx).ok, `${t.family}.${q.key} invalid ${JSON.stringify(bad)}`).toBe(false)
          }
        }
      }
    }
  })

  it('profile prefills map to the right questions', () => {
    for (const t of QUESTION_TEMPLATES) {
      expect(t.questions.filter((q) => q.fromProfile).map((q) => [q.key, q.fromProfile])).toEqual([
        ['full_name', 'name'],
        ['date_of_birth', 'dateOfBirth'],
        ['current_location', 'currentCity'],
        ['languages', 'languages'],
        // the profile owns About (decision 010)
        ['about', 'about'],
      ])
    }
  })
})

describe('template schema rejects broken templates', () => {
  const base = template('delivery')
  const broken = (mutate: (t: QuestionTemplate) => unknown) => () => parseQuestionTemplate(mutate(structuredClone(base)))

  it('a condition on a later question', () => {
    expect(
      broken((t) => ({ ...t, questions: [{ ...t.questions[0], when: { key: 'owns_vehicle', equals: true } }, ...t.questions.slice(1)] })),
    ).toThrow(/full_name: condition refers to "owns_vehicle", which is not an earlier question/)
  })

  it('duplicate keys, unknown keys and kinds that do not fit the key', () => {
    expect(broken((t) => ({ ...t, questions: [...t.questions, t.questions[0]] }))).toThrow(/duplicate question key/)
    expect(broken((t) => ({ ...t, questions: [{ ...t.questions[0], key: 'favourite_colour' }] }))).toThrow(/Invalid question template/)
    expect(broken((t) => ({ ...t, questions: [{ ...t.questions[0], kind: 'yes_no', fromProfile: undefined, validation: undefined }] }))).toThrow(
      /a yes_no question cannot fill "full_name"/,
    )
  })

  it('options that are not valid values, custom entries on a fixed enum, bad regex, missing file spec', () => {
    const shift = base.questions.find((q) => q.key === 'shift_preference')
    const file = base.questions.find((q) => q.key === 'driving_licence_file')
    if (!shift || !file) throw new Error('fixture')
    expect(broken((t) => ({ ...t, questions: [...t.questions.filter((q) => q.key !== 'shift_preference'), { ...shift, options: [...(shift.options ?? []), { value: 'weekend', label: 'Weekends' }] }] }))).toThrow(
      /option "weekend" is not a valid value for "shift_preference"/,
    )
    expect(broken((t) => ({ ...t, questions: [...t.questions.filter((q) => q.key !== 'shift_preference'), { ...shift, allowCustom: true }] }))).toThrow(/allowCustom is not possible/)
    expect(broken((t) => ({ ...t, questions: [{ ...t.questions[0], validation: { pattern: '([a-z' } }, ...t.questions.slice(1)] }))).toThrow(/not a valid regular expression/)
    expect(broken((t) => ({ ...t, questions: t.questions.map((q) => (q.key === file.key ? { ...q, file: undefined } : q)) }))).toThrow(/needs "file"/)
    expect(broken((t) => ({ ...t, questions: t.questions.map((q) => (q.key === 'about' ? { ...q, required: true } : q)) }))).toThrow(/draftable question must be optional/)
    expect(broken((t) => ({ ...t, extra: 1 }))).toThrow(/Invalid question template/)
  })
})

describe('entries questions in templates', () => {
  const base = template('office')
  const broken = (mutate: (t: QuestionTemplate) => unknown) => () => parseQuestionTemplate(mutate(structuredClone(base)))
  const edit = (key: string, patch: Record<string, unknown>) => (t: QuestionTemplate) => ({ ...t, questions: t.questions.map((q) => (q.key === key ? { ...q, ...patch } : q)) })

  it('white-collar families require education entries; every family offers previous work, optional, before the total it prefills', () => {
    for (const t of QUESTION_TEMPLATES.filter((t) => t.bot === 'resume')) {
      const keys = t.questions.map((q) => q.key)
      const work = t.questions.find((q) => q.key === 'work_history')
      expect(work, t.family).toMatchObject({ kind: 'entries', entry: 'work', required: false })
      expect(keys.indexOf('work_history'), t.family).toBe(keys.indexOf('experience_months') - 1)
      expect(t.questions.find((q) => q.key === 'experience_months')?.prefillFrom, t.family).toBe('work_history')
      const education = t.questions.find((q) => q.key === 'education')
      if (['office', 'software', 'design', 'finance', 'teaching'].includes(t.family)) expect(education, t.family).toMatchObject({ kind: 'entries', entry: 'education', required: true })
      else if (education) expect(education.required, t.family).toBe(false)
    }
  })

  it('rejects an entries question without its entry kind, a kind its key does not store, a None answer on a required one, a prefill from a later key', () => {
    expect(broken(edit('education', { entry: undefined }))).toThrow(/education: an entries question needs "entry"/)
    expect(broken(edit('education', { entry: 'work' }))).toThrow(/"education" does not store work entries/)
    expect(broken(edit('education', { noneLabel: 'None' }))).toThrow(/noneLabel needs an optional question/)
    expect(broken(edit('full_name', { entry: 'work' }))).toThrow(/"entry" is not allowed on a text question/)
    expect(broken(edit('experience_months', { prefillFrom: 'about' }))).toThrow(/prefillFrom refers to "about", which is not an earlier question/)
  })
})
