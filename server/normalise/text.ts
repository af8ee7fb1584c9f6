/** Text helpers shared by the normalisers. Pure. */

/**
 * NFKC folds the "fancy" letters WhatsApp posts use (𝐖𝐀𝐍𝐓𝐄𝐃, ｆｕｌｌ-width digits) to plain ASCII;
 * dashes and non-breaking spaces become plain ones so one regex fits every source.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

/** Words people write instead of digits (English and romanised Hindi). */
export const WORD_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, ek: 1, do: 2, teen: 3, char: 4, paanch: 5, panch: 5,
}

/** "Rs. 6,00,000" → "6,00,000" → "600000": Indian and Western digit grouping both go. */
export function stripDigitGrouping(s: string): string {
  return s.replace(/(\d),(?=\d)/g, '$1')
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
