import type { Question } from '../../server/chat/question-template'
import type { QuestionTranslation, TemplateTranslations } from '../../server/chat/template-translations'
import { HI_PHRASES } from './translations/hi'

/**
 * Phrasebooks by language: the English words of the templates → that language's. Adding a
 * language's templates is a phrasebook here (data); its bot words are a message file in
 * server/chat/messages.
 */
export const PHRASEBOOKS: Readonly<Record<string, Readonly<Record<string, string>>>> = { hi: HI_PHRASES }

/** One question's words looked up in a phrasebook; what the book lacks is left out (shown in English, and the seeds test fails). */
function translateQuestion(q: Question, phrases: Readonly<Record<string, string>>): QuestionTranslation | null {
  const say = (english: string): string | undefined => phrases[english]
  const label = say(q.label)
  const prompt = say(q.prompt)
  if (label === undefined || prompt === undefined) return null
  const t: QuestionTranslation = { label, prompt }
  const promptIf = q.promptIf && say(q.promptIf.prompt)
  if (promptIf) t.promptIf = promptIf
  const confirmPrompt = q.confirmPrompt && say(q.confirmPrompt)
  if (confirmPrompt) t.confirmPrompt = confirmPrompt
  if (q.options) {
    const options = Object.fromEntries(q.options.flatMap((o) => (say(o.label) === undefined ? [] : [[o.value, say(o.label) as string]])))
    if (Object.keys(options).length > 0) t.options = options
  }
  if (q.itemNoun) {
    const one = say(q.itemNoun.one)
    const other = say(q.itemNoun.other)
    if (one && other) t.itemNoun = { one, other }
  }
  const noneLabel = q.noneLabel && say(q.noneLabel)
  if (noneLabel) t.noneLabel = noneLabel
  const patternMessage = q.validation?.patternMessage && say(q.validation.patternMessage)
  if (patternMessage) t.patternMessage = patternMessage
  const refuseYes = q.validation?.refuseYes && say(q.validation.refuseYes)
  if (refuseYes) t.refuseYes = refuseYes
  return t
}

/** A template's translations in every language with a phrasebook. */
export function translationsFor(questions: readonly Question[], books: Readonly<Record<string, Readonly<Record<string, string>>>> = PHRASEBOOKS): TemplateTranslations {
  return Object.fromEntries(
    Object.entries(books).map(([language, phrases]) => [
      language,
      Object.fromEntries(questions.flatMap((q) => {
        const t = translateQuestion(q, phrases)
        return t ? [[q.key, t]] : []
      })),
    ]),
  )
}
