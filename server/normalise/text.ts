/** Text helpers shared by the normalisers. Pure. */

/**
 * NFKC folds the "fancy" letters WhatsApp posts use (𝐖𝐀𝐍𝐓𝐄𝐃, ｆｕｌｌ-width digits) to plain ASCII;
 * dashes and non-breaking spaces become plain ones so one regex fits every source; every script's
 * digits become ASCII ones ("१२" → "12").
 */
export function foldText(s: string): string {
  return foldDigits(s.normalize('NFKC'))
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

// BMP digit sets only (every Indian script's is there): one UTF-16 unit in, one out
const OTHER_DIGIT = /(?![0-9])(?=[\u0000-\uffff])\p{Nd}/gu

/**
 * Any script's decimal digits → ASCII: Devanagari "१२" is 12, Bengali "১২" and Gujarati "૧૨" too.
 * Unicode encodes every decimal digit set as one run of 0…9 (adjacent sets follow each other), so
 * a digit's value is its distance from the start of its run, mod 10: no table per script.
 * Same length in UTF-16 as the input, so offsets into folded text stay valid.
 */
export function foldDigits(s: string): string {
  OTHER_DIGIT.lastIndex = 0
  if (!OTHER_DIGIT.test(s)) return s
  return s.replace(OTHER_DIGIT, (d) => {
    let cp = d.codePointAt(0) as number
    let offset = 0
    while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
      cp -= 1
      offset += 1
    }
    return String(offset % 10)
  })
}

/** "Rs. 6,00,000" → "6,00,000" → "600000": Indian and Western digit grouping both go. */
export function stripDigitGrouping(s: string): string {
  return s.replace(/(\d),(?=\d)/g, '$1')
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
