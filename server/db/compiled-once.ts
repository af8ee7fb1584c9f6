import { CompiledQuery, type Compilable, type RawBuilder } from 'kysely'
import type { Queryable } from './database'

/** Stands in for a value while a statement is compiled; it refuses to be turned into anything else. */
class Slot {
  constructor(readonly name: string) {}
  toJSON(): never {
    throw new Error(`compiledOnce: ${this.name} was serialised while compiling; pass it already in the form the statement binds`)
  }
  toString(): never {
    throw new Error(`compiledOnce: ${this.name} was used as text while compiling; pass it already in the form the statement binds`)
  }
  valueOf(): never {
    return this.toString()
  }
}

/**
 * A hot statement built with Kysely as usual, but built and compiled once per shape: later calls
 * only bind their values into the cached SQL text. Building and compiling a query was the largest
 * JavaScript cost of a chat turn (decision 024); the text is the same every time, so the work is
 * too. `shape` is whatever changes the text (an owner's kind, a clause present or not); every
 * other input is a value, given to `build` as a stand-in that may only be placed where Kysely
 * binds a parameter: serialising one, or using it as text, throws, and so does a value that does
 * not reach the statement's parameters (i.e. was used to compute something). A Date or other
 * object made inside `build` (which every later call would reuse) throws too.
 */
export function compiledOnce<Shape, V extends Record<string, unknown>, R>(
  key: (shape: Shape) => string,
  build: (db: Queryable, shape: Shape, v: V) => Compilable<R> | RawBuilder<R>,
): (db: Queryable, shape: Shape, values: V) => Promise<R[]> {
  const compiled = new Map<string, { sql: string; parameters: ReadonlyArray<unknown> }>()
  return async (db, shape, values) => {
    const k = key(shape)
    let c = compiled.get(k)
    if (!c) {
      const used = new Set<string>()
      const slots = new Proxy({} as V, {
        get: (_, name) => {
          if (typeof name !== 'string') return undefined
          used.add(name)
          return new Slot(name)
        },
      })
      const built = build(db, shape, slots)
      const q = 'isRawBuilder' in built ? built.compile(db) : built.compile()
      const bound = new Set(q.parameters.flatMap((p) => (p instanceof Slot ? [p.name] : [])))
      for (const name of used) if (!bound.has(name)) throw new Error(`compiledOnce: ${name} does not reach the statement's parameters`)
      // NOTE: a constant made while building would be frozen into every later call (a `new Date()`
      // default, say): only plain literals may be constants, anything else must be a value
      const frozen = q.parameters.find((p) => !(p instanceof Slot) && p !== null && typeof p === 'object')
      if (frozen !== undefined) throw new Error(`compiledOnce: a ${Object.prototype.toString.call(frozen)} made while building would be reused by every call; pass it as a value`)
      c = { sql: q.sql, parameters: q.parameters }
      compiled.set(k, c)
    }
    const parameters = c.parameters.map((p) => (p instanceof Slot ? values[p.name] : p))
    const result = await db.executeQuery<R>(CompiledQuery.raw(c.sql, parameters))
    return result.rows
  }
}
