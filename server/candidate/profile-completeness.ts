/** What a complete profile has, in the order we nudge for it. Pure: the page and export share it. */
export type CompletenessInput = {
  basicDone: boolean
  hasPhoto: boolean
  hasEmail: boolean
  hasAbout: boolean
  hasDob: boolean
  hasSalary: boolean
  hasLanguages: boolean
  hasIdDocument: boolean
  hasResume: boolean
}

const ITEMS: Array<{ key: keyof CompletenessInput; label: string; weight: number }> = [
  { key: 'basicDone', label: 'Basic details', weight: 30 },
  { key: 'hasResume', label: 'Resume', weight: 20 },
  { key: 'hasPhoto', label: 'Profile photo', weight: 10 },
  { key: 'hasDob', label: 'Date of birth', weight: 8 },
  { key: 'hasLanguages', label: 'Languages', weight: 8 },
  { key: 'hasAbout', label: 'About you', weight: 8 },
  { key: 'hasEmail', label: 'Email', weight: 6 },
  { key: 'hasSalary', label: 'Current salary', weight: 5 },
  { key: 'hasIdDocument', label: 'Aadhaar or PAN', weight: 5 },
]

export function profileCompleteness(input: CompletenessInput): { percent: number; missing: string[] } {
  let got = 0
  const missing: string[] = []
  for (const item of ITEMS) {
    if (input[item.key]) got += item.weight
    else missing.push(item.label)
  }
  return { percent: got, missing }
}
