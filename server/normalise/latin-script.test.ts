import { describe, expect, it } from 'vitest'
import { devanagariToLatin, markSilentSchwas } from './latin-script'

describe('devanagariToLatin (names and words as Hindi speakers write them in English)', () => {
  it.each([
    ['सुनील यादव', 'Sunil Yadav'],
    ['रवि कुमार', 'Ravi Kumar'],
    ['मीना देवी', 'Mina Devi'],
    ['प्रिया शर्मा', 'Priya Sharma'],
    ['मोहम्मद आरिफ़', 'Mohammad Arif'],
    ['ज़ाकिर हुसैन', 'Zakir Husain'],
    ['सुरेश चौहान', 'Suresh Chauhan'],
    ['कमला', 'Kamla'],
    ['ममता', 'Mamta'],
    ['सचिन', 'Sachin'],
    ['लक्ष्मी', 'Lakshmi'],
    ['गणेश', 'Ganesh'],
    ['ज्योति', 'Jyoti'],
    ['आनंद', 'Anand'],
    ['नरेंद्र', 'Narendra'],
    ['मुंबई', 'Mumbai'],
    ['पुणे', 'Pune'],
    ['अजय', 'Ajay'],
  ])('%s → %s', (hindi, latin) => {
    expect(devanagariToLatin(hindi, { titleCase: true })).toBe(latin)
  })

  it('a sentence: capital only where a sentence starts; the danda becomes a full stop; English loan vowels read as in English', () => {
    expect(devanagariToLatin('बहुत मेहनती डिलीवरी बॉय। रोज़ काम करता हूँ')).toBe('Bahut mehanti dilivri boy. Roz kam karta hun')
  })

  it('leaves Latin text and digits as they are, and mixes cleanly', () => {
    expect(devanagariToLatin('Ravi Kumar, 2 years')).toBe('Ravi Kumar, 2 years')
    expect(devanagariToLatin('Ravi कुमार', { titleCase: true })).toBe('Ravi Kumar')
  })

  it('silent inherent vowels are written as a halant: word end, and between a vowel and a consonant with its own vowel — not after a cluster', () => {
    expect(markSilentSchwas('यादव')).toBe('यादव्')
    expect(markSilentSchwas('कमला')).toBe('कम्ला')
    expect(markSilentSchwas('समझदार')).toBe('समझ्दार्')
    expect(markSilentSchwas('मित्र')).toBe('मित्र')
    expect(markSilentSchwas('न')).toBe('न')
  })
})
