import { z } from 'zod'
import { languageCodeSchema } from './messages'
import type { Question, QuestionTemplate } from './question-template'

/**
 * A template's words in other languages (stored in `question_templates.translations`, beside the
 * definition): per language, per question key, what a candidate reads — never keys, option values
 * or rules, so an answer given in Hindi is stored exactly as the same answer given in English.
 * Anything not translated is shown as written in the template (English).
 */
export const questionTranslationSchema = z
  .object({
    label: z.string().min(1).max(60),
    prompt: z.string().min(1).max(500),
    promptIf: z.string().min(1).max(600).optional(),
    confirmPrompt: z.string().min(1).max(300).optional(),
    /** option value → label */
    options: z.record(z.string().min(1).max(60), z.string().min(1).max(120)).optional(),
    itemNoun: z.object({ one: z.string().min(1), other: z.string().min(1) }).strict().optional(),
    noneLabel: z.string().min(1).max(40).optional(),
    patternMessage: z.string().min(1).max(200).optional(),
    refuseYes: z.string().min(1).max(300).optional(),
  })
  .strict()
export type QuestionTranslation = z.infer<typeof questionTranslationSchema>

export const templateTranslationsSchema = z.record(languageCodeSchema, z.record(z.string().regex(/^[a-z][a-z0-9_]{0,59}$/), questionTranslationSchema))
export type TemplateTranslations = z.infer<typeof templateTranslationsSchema>

/** Problems of translations against their template's questions (a key or option that does not exist, words for a field the question lacks). */
export function translationProblems(questions: readonly Question[], translations: TemplateTranslations): string[] {
  const problems: string[] = []
  for (const [language, byKey] of Object.entries(translations)) {
    for (const [key, t] of Object.entries(byKey)) {
      const q = questions.find((x) => x.key === key)
      if (!q) {
        problems.push(`${language}.${key}: no such question`)
        continue
      }
      for (const value of Object.keys(t.options ?? {})) {
        if (!q.options?.some((o) => o.value === value)) problems.push(`${language}.${key}: no option "${value}"`)
      }
      const lacks = (field: string, has: boolean) => {
        if (!has) problems.push(`${language}.${key}: the question has no ${field}`)
      }
      if (t.promptIf !== undefined) lacks('promptIf', q.promptIf !== undefined)
      if (t.confirmPrompt !== undefined) lacks('confirmPrompt', q.confirmPrompt !== undefined)
      if (t.itemNoun !== undefined) lacks('itemNoun', q.itemNoun !== undefined)
      if (t.noneLabel !== undefined) lacks('noneLabel', q.noneLabel !== undefined)
      if (t.patternMessage !== undefined) lacks('patternMessage', q.validation?.patternMessage !== undefined)
      if (t.refuseYes !== undefined) lacks('refuseYes', q.validation?.refuseYes !== undefined)
    }
  }
  return problems
}

/**
 * What a question's translation still lacks for `language`: the words a candidate would read in
 * English otherwise (seeds test: every question of every family has Hindi).
 */
export function missingTranslations(q: Question, t: QuestionTranslation | undefined): string[] {
  if (!t) return ['label', 'prompt']
  const missing: string[] = []
  if (q.promptIf && t.promptIf === undefined) missing.push('promptIf')
  if (q.confirmPrompt && t.confirmPrompt === undefined) missing.push('confirmPrompt')
  for (const o of q.options ?? []) if (t.options?.[o.value] === undefined) missing.push(`options.${o.value}`)
  if (q.itemNoun && t.itemNoun === undefined) missing.push('itemNoun')
  if (q.noneLabel && t.noneLabel === undefined) missing.push('noneLabel')
  if (q.validation?.patternMessage && t.patternMessage === undefined) missing.push('patternMessage')
  if (q.validation?.refuseYes && t.refuseYes === undefined) missing.push('refuseYes')
  return missing
}

function localiseQuestion(q: Question, t: QuestionTranslation): Question {
  const options = q.options?.map((o) => ({ value: o.value, label: t.options?.[o.value] ?? o.label }))
  // the English labels keep working when typed (a candidate switching languages mid-answer)
  const englishLabels = Object.fromEntries((q.options ?? []).filter((o) => t.options?.[o.value] !== undefined).map((o) => [o.label.toLowerCase(), o.value]))
  const validation = q.validation && {
    ...q.validation,
    ...(t.patternMessage !== undefined ? { patternMessage: t.patternMessage } : {}),
    ...(t.refuseYes !== undefined ? { refuseYes: t.refuseYes } : {}),
  }
  return {
    ...q,
    label: t.label,
    prompt: t.prompt,
    ...(q.promptIf && t.promptIf !== undefined ? { promptIf: { ...q.promptIf, prompt: t.promptIf } } : {}),
    ...(q.confirmPrompt && t.confirmPrompt !== undefined ? { confirmPrompt: t.confirmPrompt } : {}),
    ...(options ? { options } : {}),
    ...(Object.keys(englishLabels).length > 0 ? { aliases: { ...englishLabels, ...q.aliases } } : {}),
    ...(q.itemNoun && t.itemNoun ? { itemNoun: t.itemNoun } : {}),
    ...(q.noneLabel && t.noneLabel !== undefined ? { noneLabel: t.noneLabel } : {}),
    ...(validation ? { validation } : {}),
  }
}

const localised = new WeakMap<QuestionTemplate, Map<string, QuestionTemplate>>()

/** The template as a candidate reads it in `language` (cached per template object: templates are immutable once loaded). */
export function localiseTemplate(template: QuestionTemplate, language: string): QuestionTemplate {
  const byKey = template.translations[language]
  if (!byKey || Object.keys(byKey).length === 0) return template
  let cache = localised.get(template)
  if (!cache) localised.set(template, (cache = new Map()))
  const hit = cache.get(language)
  if (hit) return hit
  const out: QuestionTemplate = { ...template, questions: template.questions.map((q) => (byKey[q.key] ? localiseQuestion(q, byKey[q.key] as QuestionTranslation) : q)) }
  cache.set(language, out)
  return out
}
