import { describe, expect, it } from 'vitest'
import { CHAT_LANGUAGES } from '../../server/chat/messages'
import { localiseTemplate, missingTranslations } from '../../server/chat/template-translations'
import { parseQuestionTemplate, type Question } from '../../server/chat/question-template'
import { QUESTION_TEMPLATES } from './question-templates'
import { PHRASEBOOKS, translationsFor } from './template-translations'
import { HI_PHRASES } from './translations/hi'

const placeholders = (text: string) => [...text.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]).sort()

describe('template translations (seeds)', () => {
  it('every question of every family has Hindi for everything a candidate reads', () => {
    const gaps: string[] = []
    for (const t of QUESTION_TEMPLATES) {
      for (const q of t.questions) {
        for (const field of missingTranslations(q, t.translations.hi?.[q.key])) gaps.push(`${t.family}.${q.key}.${field}`)
      }
    }
    expect(gaps).toEqual([])
  })

  it('fails when one phrase is missing from the phrasebook', () => {
    const delivery = QUESTION_TEMPLATES.find((t) => t.family === 'delivery')!
    const { ['Which shift suits you?']: _dropped, ...fewer } = HI_PHRASES
    const translations = translationsFor(delivery.questions, { hi: fewer })
    const shift = delivery.questions.find((q) => q.key === 'shift_preference') as Question
    expect(missingTranslations(shift, translations.hi?.shift_preference)).toEqual(['label', 'prompt'])
  })

  it('every language with a phrasebook has a message file, and translations keep placeholders', () => {
    for (const [language, phrases] of Object.entries(PHRASEBOOKS)) {
      expect(CHAT_LANGUAGES[language], language).toBeDefined()
      for (const [english, translated] of Object.entries(phrases)) expect(placeholders(translated), english).toEqual(placeholders(english))
    }
  })

  it('a translated template still stores answers by key and option value (answers stay language-independent)', () => {
    const delivery = QUESTION_TEMPLATES.find((t) => t.family === 'delivery')!
    const hindi = localiseTemplate(delivery, 'hi')
    expect(hindi.questions.map((q) => q.key)).toEqual(delivery.questions.map((q) => q.key))
    const shift = hindi.questions.find((q) => q.key === 'shift_preference')!
    expect(shift.prompt).toBe('आपके लिए कौन सी शिफ्ट ठीक है?')
    expect(shift.options).toEqual([
      { value: 'day', label: 'दिन की शिफ्ट' },
      { value: 'night', label: 'रात की शिफ्ट' },
      { value: 'rotational', label: 'बदलती शिफ्ट' },
      { value: 'any', label: 'कोई भी शिफ्ट' },
    ])
  })

  it('the schema refuses translations for a question or option the template does not have', () => {
    const delivery = QUESTION_TEMPLATES.find((t) => t.family === 'delivery')!
    const base = { family: delivery.family, version: delivery.version, questions: delivery.questions }
    expect(() => parseQuestionTemplate({ ...base, translations: { hi: { no_such_key: { label: 'x', prompt: 'y' } } } })).toThrow(/no such question/)
    expect(() =>
      parseQuestionTemplate({ ...base, translations: { hi: { shift_preference: { label: 'शिफ्ट', prompt: 'कौन सी?', options: { weekend: 'वीकेंड' } } } } }),
    ).toThrow(/no option "weekend"/)
  })
})
