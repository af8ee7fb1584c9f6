import { AsyncLocalStorage } from 'node:async_hooks'
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks'
import type { DatabaseTrace } from '../../server/db/database'
import { percentile, round } from '../bench-stats'

/**
 * BENCH_TRACE=1 for bench:applicants: where an apply's time goes. Each apply runs in a span;
 * the database's trace hook charges the span its wait for a pooled connection and each
 * statement's round trip (as Node sees it: sent → result handled), named by its first words.
 * The rest of a span is Node: query building, scoring, zod, waiting for the event loop.
 * Beside it: GC pauses, event-loop delay, and Postgres's checkpoints, autovacuums and lock
 * waits (logged by the embedded instance with the flags below).
 */

type Span = { open: boolean; poolWaitMs: number; statements: { kind: string; ms: number }[] }

const KINDS: [RegExp, string][] = [
  [/^begin/i, 'begin'],
  [/^commit/i, 'commit'],
  [/^rollback/i, 'rollback'],
  [/^with "app"/, 'insert application + notice'],
  [/^with "job"/, 'insert application + notice if unchanged'],
  [/^with lock as/, 'notification numbering'],
  [/^select "j"\."id"/, 'lock candidate + job'],
  [/^select "c"\."preferred_role_id"/, 'read apply state'],
]
const kindOf = (text: string) => KINDS.find(([re]) => re.test(text.trimStart()))?.[1] ?? text.trimStart().slice(0, 40).replace(/\s+/g, ' ')

export function createApplyTrace() {
  const als = new AsyncLocalStorage<Span>()
  const spans: (Span & { totalMs: number })[] = []
  const gc: number[] = []
  const pgEvents: string[] = []
  let recording = false
  let startedAt = 0
  const eld = monitorEventLoopDelay({ resolution: 1 })
  const gcObserver = new PerformanceObserver((list) => {
    if (recording) for (const e of list.getEntries()) gc.push(e.duration)
  })

  const db: DatabaseTrace = {
    acquired: (ms) => {
      // NOTE: the numbering fired after commit inherits the span: what it does after the apply has answered is not the apply's
      const s = als.getStore()
      if (s?.open) s.poolWaitMs += ms
    },
    statement: (text, ms) => {
      const s = als.getStore()
      if (s?.open) s.statements.push({ kind: kindOf(text), ms })
    },
  }

  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b)
    return `p50 ${round(percentile(s, 50))} p99 ${round(percentile(s, 99))} max ${round(s[s.length - 1] ?? 0)} ms`
  }

  return {
    db,
    // NOTE: deadlock_timeout is also the threshold of log_lock_waits: any wait over 5 ms is logged
    pgFlags: ['-c', 'log_checkpoints=on', '-c', 'log_autovacuum_min_duration=0', '-c', 'log_lock_waits=on', '-c', 'deadlock_timeout=5ms'],
    pgLog: (line: string) => {
      if (recording && /checkpoint|automatic (vacuum|analyze)|still waiting|acquired/i.test(line)) pgEvents.push(`+${round((performance.now() - startedAt) / 1000)} s ${line.slice(0, 220)}`)
    },
    start() {
      recording = true
      startedAt = performance.now()
      eld.enable()
      gcObserver.observe({ entryTypes: ['gc'] })
    },
    async span<T>(fn: () => Promise<T>): Promise<T> {
      const span: Span = { open: true, poolWaitMs: 0, statements: [] }
      const t0 = performance.now()
      try {
        return await als.run(span, fn)
      } finally {
        span.open = false
        spans.push({ ...span, totalMs: performance.now() - t0 })
      }
    },
    report(): string {
      recording = false
      eld.disable()
      gcObserver.disconnect()
      const lines: string[] = []
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
      // numbering runs after the apply has answered: it is not part of the apply's latency
      const inRequest = (s: Span) => s.statements.filter((x) => x.kind !== 'notification numbering')
      const part = (s: (typeof spans)[number]) => {
        const st = sum(inRequest(s).map((x) => x.ms))
        return { total: s.totalMs, pool: s.poolWaitMs, statements: st, node: s.totalMs - s.poolWaitMs - st, n: inRequest(s).length }
      }
      const parts = spans.map(part)
      lines.push(`  applies ${spans.length}: total ${stats(parts.map((p) => p.total))}`)
      lines.push(`    waiting for a pooled connection: ${stats(parts.map((p) => p.pool))}`)
      lines.push(`    statements (round trips as Node sees them, ${round(sum(parts.map((p) => p.n)) / Math.max(1, parts.length))} per apply): ${stats(parts.map((p) => p.statements))}`)
      lines.push(`    the rest (Node: building, scoring, event loop): ${stats(parts.map((p) => p.node))}`)
      const byKind = new Map<string, number[]>()
      for (const s of spans) for (const x of s.statements) byKind.set(x.kind, [...(byKind.get(x.kind) ?? []), x.ms])
      for (const [kind, xs] of byKind) lines.push(`      ${kind} ×${xs.length}: ${stats(xs)}`)
      const slow = [...parts].sort((a, b) => b.total - a.total).slice(0, Math.max(1, Math.ceil(parts.length / 100)))
      const avg = (f: (p: (typeof parts)[number]) => number) => round(sum(slow.map(f)) / slow.length)
      lines.push(`    the slowest 1 % (${slow.length}) on average: total ${avg((p) => p.total)} = pool wait ${avg((p) => p.pool)} + statements ${avg((p) => p.statements)} + Node ${avg((p) => p.node)} ms`)
      lines.push(`  GC during the waves: ${gc.length} pauses, ${round(sum(gc))} ms in all, longest ${round(Math.max(0, ...gc))} ms`)
      lines.push(`  event-loop delay: p50 ${round(eld.percentile(50) / 1e6)} p99 ${round(eld.percentile(99) / 1e6)} max ${round(eld.max / 1e6)} ms`)
      lines.push(`  Postgres (checkpoints, autovacuum, lock waits > 5 ms): ${pgEvents.length} events`)
      for (const e of pgEvents.slice(0, 12)) lines.push(`    ${e}`)
      return lines.join('\n')
    },
  }
}
