/**
 * The one input-hygiene rule, applied to every procedure's raw input before its zod schema runs
 * (and so to every Remix form, which calls procedures through `createCaller`).
 *
 * Postgres refuses NUL in text and lone surrogates in jsonb, and a deeply nested value can blow
 * the stack of any recursive walker (zod, JSON.stringify, the chat machine). Refusing these at
 * the edge with a field message turns what used to be a 500 into a clear 400 and keeps such
 * values out of the database. The walk is iterative, so the check itself cannot overflow.
 */

export const INPUT_LIMITS = {
  /** objects/arrays inside objects/arrays; real inputs nest 4–5 deep */
  maxDepth: 32,
  /** a pasted job description or resume text is well under this */
  maxStringLength: 100_000,
  maxArrayLength: 1_000,
  maxObjectKeys: 200,
  /** every value counted once */
  maxNodes: 20_000,
} as const

export type HygieneProblem = { path: string; message: string }

// NUL and the other C0/C1 controls except tab, LF, CR; a lone surrogate (either half alone);
// U+FFFD, which is what invalid UTF-8 bytes decode to; the non-characters U+FFFE/U+FFFF.
// NOTE: the `u` flag makes the surrogate classes match only unpaired halves.
const INVALID_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]|\p{Cs}/u

export const INVALID_TEXT_MESSAGE = 'Contains characters that are not valid text (e.g. a NUL byte or broken encoding). Please retype it.'

/** True when a string is text we can store: no NUL/control characters, no broken encoding. */
export function isCleanText(value: string): boolean {
  return !INVALID_TEXT.test(value)
}

function joinPath(parent: string, key: string | number): string {
  return parent === '' ? String(key) : `${parent}.${key}`
}

/** The first problem found in a raw input, or null when it is clean. */
export function findInputProblem(input: unknown, limits: typeof INPUT_LIMITS = INPUT_LIMITS): HygieneProblem | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: input, path: '', depth: 0 }]
  let nodes = 0
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!
    if (++nodes > limits.maxNodes) return { path: '', message: 'This request is too large.' }
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) return { path, message: `Too long (at most ${limits.maxStringLength.toLocaleString('en-IN')} characters).` }
      if (!isCleanText(value)) return { path, message: INVALID_TEXT_MESSAGE }
      continue
    }
    if (value === null || typeof value !== 'object') continue
    if (depth >= limits.maxDepth) return { path, message: 'This value is nested too deeply.' }
    if (Array.isArray(value)) {
      if (value.length > limits.maxArrayLength) return { path, message: `Too many items (at most ${limits.maxArrayLength}).` }
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], path: joinPath(path, i), depth: depth + 1 })
      continue
    }
    // Dates, Files etc. from in-process callers are not plain JSON: nothing to walk
    const proto = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) continue
    const keys = Object.keys(value)
    if (keys.length > limits.maxObjectKeys) return { path, message: 'Too many fields.' }
    for (const key of keys) {
      if (key.length > 200 || !isCleanText(key)) return { path, message: 'Contains an invalid field name.' }
      stack.push({ value: (value as Record<string, unknown>)[key], path: joinPath(path, key), depth: depth + 1 })
    }
  }
  return null
}
