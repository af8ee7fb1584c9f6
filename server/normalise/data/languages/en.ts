import type { LanguagePackInput } from '../../language-packs'

/**
 * English: the words the normalisers already understood before other languages came, kept here
 * so every language is read by the same code. Other packs translate into these words.
 */
export const en: LanguagePackInput = {
  code: 'en',
  name: 'English',
  numbers: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  // "a year" is one year, but "15000 a month" is a period: articles count only in durations
  articles: { a: 1, an: 1 },
  multipliers: { hundred: 100, thousand: 1000, lakh: 100_000, lakhs: 100_000, lac: 100_000, lacs: 100_000, crore: 10_000_000, crores: 10_000_000 },
  yes: ['yes', 'y', 'yeah', 'yep', 'yup', 'true', 'ok', 'okay', 'sure'],
  no: ['no', 'n', 'nope', 'false'],
}
