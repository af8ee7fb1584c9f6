import { afterEach, beforeEach, vi, type MockInstance } from 'vitest'

// A test that logs console.error without expecting it fails: silent errors hide real bugs.
let consoleError: MockInstance<typeof console.error>

// A listener leak (e.g. an abort listener added per tick) shows up as a MaxListenersExceededWarning
// long before memory runs out: it fails the test during which it was emitted.
// (kept on globalThis so the guard's own test can see and clear what it recorded)
const leaks: string[] = ((globalThis as { __listenerLeaks?: string[] }).__listenerLeaks ??= [])
const onWarning = (warning: Error) => {
  if (warning.name === 'MaxListenersExceededWarning') leaks.push(warning.message)
}
process.on('warning', onWarning)

beforeEach(() => {
  leaks.length = 0
  const original = console.error
  consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    original(...args)
    throw new Error('console.error was called unexpectedly; spy on it in the test if it is expected: ' + args.map(String).join(' ').slice(0, 500))
  })
})

afterEach(async () => {
  consoleError.mockRestore()
  // process warnings are emitted on the next tick
  await new Promise((resolve) => setImmediate(resolve))
  if (leaks.length > 0) {
    const found = leaks.splice(0)
    throw new Error(`MaxListenersExceededWarning (a listener leak): ${found.join('; ')}`)
  }
})
