import { foldText } from './text'

/**
 * Spoken languages → canonical names ("Bangla" → "Bengali", "Oriya" → "Odia", "angrezi" →
 * "English"). Indian languages first (the suggestions order), then foreign ones people list. Pure.
 */
export const INDIAN_LANGUAGE_NAMES = [
  'Hindi', 'English', 'Marathi', 'Tamil', 'Telugu', 'Kannada', 'Bengali', 'Gujarati', 'Punjabi', 'Malayalam', 'Odia',
  'Urdu', 'Assamese', 'Konkani', 'Maithili', 'Bhojpuri', 'Sindhi', 'Nepali', 'Kashmiri', 'Dogri', 'Manipuri', 'Bodo',
  'Santali', 'Sanskrit', 'Tulu', 'Rajasthani', 'Haryanvi',
] as const

/** other Indian languages and dialects people list on resumes (not in the suggestions) */
const MORE_INDIAN = ['Awadhi', 'Magahi', 'Chhattisgarhi', 'Garhwali', 'Kumaoni', 'Khasi', 'Garo', 'Mizo', 'Kokborok', 'Lepcha', 'Bhili', 'Gondi', 'Ho', 'Kurukh', 'Mundari', 'Lambadi', 'Tibetan', 'Sourashtra', 'Kodava', 'Beary', 'Angika', 'Bajjika', 'Nagpuri'] as const

/** ISO 639 names of the world languages people in India list (work abroad, call centres, tourism) */
const FOREIGN = [
  'French', 'German', 'Spanish', 'Japanese', 'Chinese', 'Korean', 'Arabic', 'Russian', 'Italian', 'Portuguese', 'Persian', 'Dutch', 'Turkish', 'Thai',
  'Sinhala', 'Burmese', 'Swahili', 'Hebrew', 'Indonesian', 'Malay', 'Vietnamese', 'Polish', 'Greek', 'Swedish', 'Norwegian', 'Danish', 'Finnish',
  'Ukrainian', 'Czech', 'Hungarian', 'Romanian', 'Filipino', 'Pashto', 'Dari', 'Dzongkha', 'Khmer', 'Lao', 'Mongolian', 'Uzbek', 'Kazakh', 'Sign language',
] as const

const ALIASES: Readonly<Record<string, string>> = {
  oriya: 'Odia', odiya: 'Odia', bangla: 'Bengali', bengoli: 'Bengali', panjabi: 'Punjabi', meitei: 'Manipuri', meiteilon: 'Manipuri',
  boro: 'Bodo', kannad: 'Kannada', hindustani: 'Hindi', angrezi: 'English', angreji: 'English', marwari: 'Rajasthani',
  mandarin: 'Chinese', cantonese: 'Chinese', farsi: 'Persian', tagalog: 'Filipino', myanmar: 'Burmese', sinhalese: 'Sinhala', 'indian sign language': 'Sign language', isl: 'Sign language',
  hinglish: 'Hindi', eng: 'English', bhojpuria: 'Bhojpuri', maithli: 'Maithili', kashmiri: 'Kashmiri', konkni: 'Konkani', asamiya: 'Assamese', axomiya: 'Assamese', tamizh: 'Tamil', telgu: 'Telugu', malyalam: 'Malayalam', gujrati: 'Gujarati',
  // scripts people type the language in
  'हिंदी': 'Hindi', 'हिन्दी': 'Hindi', 'अंग्रेजी': 'English', 'తెలుగు': 'Telugu', 'தமிழ்': 'Tamil', 'ಕನ್ನಡ': 'Kannada', 'मराठी': 'Marathi', 'বাংলা': 'Bengali',
}

const INDEX = new Map<string, string>([...[...INDIAN_LANGUAGE_NAMES, ...MORE_INDIAN, ...FOREIGN].map((l) => [l.toLowerCase(), l] as [string, string]), ...Object.entries(ALIASES)])

/** The canonical name of a known language, or null. */
export function lookupLanguage(input: string): string | null {
  return INDEX.get(foldText(input).trim().toLowerCase()) ?? null
}

/** Trims, collapses spaces and applies the canonical spelling of a known language. */
export function canonicalLanguage(input: string): string {
  const tidy = foldText(input).trim().replace(/\s+/g, ' ')
  return lookupLanguage(tidy) ?? tidy
}

/** Known language names in a piece of text, in order, once each ("Telugu, Hindi, & Basic English"). */
export function languagesIn(text: string): string[] {
  const out: string[] = []
  for (const w of foldText(text).split(/[^\p{L}\p{M}]+/u)) {
    const hit = w ? lookupLanguage(w) : null
    if (hit && !out.includes(hit)) out.push(hit)
  }
  return out
}
