import { afterEach, beforeEach, vi, type MockInstance } from 'vitest'

// A test that logs console.error without expecting it fails: silent errors hide real bugs.
let consoleError: MockInstance<typeof console.error>

beforeEach(() => {
  const original = console.error
  consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    original(...args)
    throw new Error('console.error was called unexpectedly; spy on it in the test if it is expected: ' + args.map(String).join(' ').slice(0, 500))
  })
})

afterEach(() => {
  consoleError.mockRestore()
})
