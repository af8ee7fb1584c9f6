import { describe, expect, it } from 'vitest'
import { documentVocabulary, segmentGlued, segmentPhrase } from './segment'

describe('segmentGlued', () => {
  const vocab = documentVocabulary('Led a team from MIT, Cornell, IC London')
  it.each([
    ['CORNELLUNIVERSITY', 'CORNELL UNIVERSITY'],
    ['CORNELLROBOTLEARNINGLAB', 'CORNELL ROBOT LEARNING LAB'],
    ['CORNELLPHONETICSLAB', 'CORNELL PHONETICS LAB'],
    ['LAMARTINIEREFORBOYS', 'LA MARTINIERE FOR BOYS'],
  ])('%s → %s', (glued, split) => {
    expect(segmentGlued(glued, vocab)).toBe(split)
  })

  it('leaves real words and unknown names alone', () => {
    expect(segmentGlued('ENGINEERING', vocab)).toBe('ENGINEERING')
    expect(segmentGlued('TECHNOLOGIES', vocab)).toBe('TECHNOLOGIES')
    expect(segmentGlued('PARTNERSHIPS', vocab)).toBe('PARTNERSHIPS')
    expect(segmentGlued('MAHARASHTRIAN', vocab)).toBe('MAHARASHTRIAN')
  })

  it('splits only long ALL-CAPS tokens inside a phrase', () => {
    expect(segmentPhrase('Cornelluniversity and CORNELLUNIVERSITY', vocab)).toBe('Cornelluniversity and CORNELL UNIVERSITY')
  })
})
