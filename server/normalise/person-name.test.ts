import { describe, expect, it } from 'vitest'
import { zPersonName } from './person-name'

const messages = (value: unknown) => {
  const r = zPersonName('Please enter your full name').safeParse(value)
  return r.success ? r.data : r.error.issues.map((i) => i.message)
}

describe('zPersonName', () => {
  it.each([
    ['', ['Please enter your full name']],
    ['   ', ['Please enter your full name']],
    [undefined, ['Please enter your full name']],
    ['A', ['Name must be at least 2 characters']],
    ['7', ['Name must be at least 2 characters']],
    ['R2D2', ['Name can contain letters, spaces, dots, apostrophes and hyphens']],
    ['.Ravi', ['Name can contain letters, spaces, dots, apostrophes and hyphens']],
    ['x'.repeat(81), ['Name must be at most 80 characters']],
  ])('%j → one message', (value, expected) => {
    expect(messages(value)).toEqual(expected)
  })

  it.each([
    ['  Ravi   Kumar ', 'Ravi Kumar'],
    ["D'Souza", "D'Souza"],
    ['रवि कुमार', 'रवि कुमार'],
    ['S. Anand-Rao', 'S. Anand-Rao'],
  ])('%j is accepted as %j', (value, expected) => {
    expect(messages(value)).toBe(expected)
  })
})
