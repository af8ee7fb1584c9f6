import { describe, expect, it } from 'vitest'
import { cleanName, extractName } from './name'
import { docFromLines, h } from '../../../tests/helpers/test-layout'

describe('cleanName', () => {
  it.each([
    ['Atul Sharma, C.A. (1985)', 'Atul Sharma'],
    ['Amruta B. ThoratFeatured Resume', 'Amruta B. Thorat'],
    ['SourabhBajaj', 'Sourabh Bajaj'],
    ['CHINMAYA KAUNDANYA', 'Chinmaya Kaundanya'],
    ['Name : Suresh Babu Patil', 'Suresh Babu Patil'],
  ])('%s → %s', (raw, name) => {
    expect(cleanName(raw)).toBe(name)
  })

  it.each(['Curriculum Vitae', 'RESUME', 'Work Experience', 'ramesh@gmail.com', '+91 98765 43210', 'Pune, Maharashtra 411001'])('rejects %s', (raw) => {
    expect(cleanName(raw)).toBeNull()
  })
})

describe('extractName', () => {
  it('takes the largest text at the top', () => {
    const doc = docFromLines(['Last updated 2024', { text: 'Priya Sharma', size: 24, bold: true }, 'priya@example.com', h('Skills'), 'React'])
    expect(extractName(doc)).toEqual({ value: 'Priya Sharma', confidence: 'high' })
  })

  it('joins a name set on two lines in the same large font', () => {
    const doc = docFromLines([{ text: 'Chanchal', size: 40 }, { text: 'Sharma', size: 40 }, 'Office Manager', h('Experience'), 'x'])
    expect(extractName(doc)?.value).toBe('Chanchal Sharma')
  })

  it('reads a bio-data "Name:" line under a BIO-DATA title', () => {
    const doc = docFromLines([{ text: 'BIO-DATA', size: 16, bold: true }, 'Name : Suresh Babu Patil', "Father's Name : Babu Rao Patil", h('Declaration'), 'x'])
    expect(extractName(doc)?.value).toBe('Suresh Babu Patil')
  })
})
