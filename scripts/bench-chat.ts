/**
 * npm run bench:chat — the resume bot's turn as a candidate feels it: answer sent → next question
 * received. The server and Postgres run in their own processes; this process is the load
 * generator. Phases (BENCH_PHASES, comma-separated; default all):
 *  - serial: one conversation alone, every turn timed, over the WebSocket (the next question
 *    arrives on the subscription) and over HTTP (the mutation's response carries it);
 *  - open: BENCH_OPEN live sessions (default 500,2000), each answering after a think time drawn
 *    from 2–8 s, for BENCH_SECONDS (60): p50/p99, turns/s achieved, errors, server and Postgres
 *    CPU seconds per 1 000 turns, server RSS;
 *  - capacity: turns offered at a fixed rate (Poisson arrivals, each taken by an idle session),
 *    stepped up every BENCH_STEP_SECONDS (10) until p99 > 50 ms or the rate is not achieved: the
 *    highest rate that held.
 * Last line: JSON.
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import os from 'node:os'
import type { BotOutput } from '../server/chat/chat-machine'
import type { StoredEvent } from '../server/chat/chat.repo'
import { connect, lastQuestion } from '../tests/helpers/chat-client'
import { sampleAnswer } from '../tests/helpers/sample-answers'
import { ErrorTally, latencyStats as stats, log, offered, sleep, startHarness, WsCandidate, type Harness, type OfferedResult } from './bench-chat/harness'
import { pgStatsReport, resetPgStats } from './bench-pg-stats'
import { round } from './bench-stats'

const PHASES = new Set((process.env.BENCH_PHASES ?? 'serial,open,capacity').split(','))
const OPEN = (process.env.BENCH_OPEN ?? '500,2000').split(',').map(Number)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60)
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 10)
const SERIAL_TURNS = Number(process.env.BENCH_SERIAL_TURNS ?? 200)
const CAPACITY_P99_MS = 50
// BENCH_SERVER_SYSCALLS=1: the server's system calls per serial WS turn, counted by strace (a count,
// so steady on a loaded machine; strace slows the server, so that run's latencies mean nothing)
const SYSCALLS = process.env.BENCH_SERVER_SYSCALLS === '1'

async function traceSyscalls(pid: number) {
  const out = path.join(os.tmpdir(), `aiviue-strace-${pid}.txt`)
  const p = spawn('strace', ['-c', '-f', '-o', out, '-p', String(pid)], { stdio: 'ignore' })
  await sleep(500) // attached (strace has no readiness signal)
  return {
    async stop(turns: number): Promise<string> {
      p.kill('SIGINT')
      await new Promise((resolve) => p.once('exit', resolve))
      const lines = (await readFile(out, 'utf8')).split('\n')
      await rm(out, { force: true })
      // "% time seconds usecs/call calls [errors] syscall": calls per turn for each
      return lines
        .flatMap((l) => {
          const m = /^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?(\w+)$/.exec(l)
          return m ? [{ name: m[2], perTurn: Number(m[1]) / turns }] : []
        })
        .sort((a, b) => b.perTurn - a.perTurn)
        .slice(0, 12)
        .map((r) => `    ${r.perTurn.toFixed(2).padStart(7)} ${r.name}`)
        .join('\n')
    },
  }
}

/** `warm` runs after the warm-up turns: what it starts measuring (CPU, statements) covers the timed turns only. */
async function serialWs(h: Harness, warm: () => Promise<void>) {
  const [cookie] = await h.candidates(1)
  const c = new WsCandidate(h.baseUrl, cookie)
  const lat: number[] = []
  try {
    for (let i = 0; i < 10; i++) await c.answer() // warm-up
    await warm()
    for (let i = 0; i < SERIAL_TURNS; i++) lat.push(await c.answer())
  } finally {
    c.close()
  }
  return stats(lat)
}

async function serialHttp(h: Harness) {
  const [cookie] = await h.candidates(1)
  const c = connect(h.baseUrl, cookie, { lazy: true })
  const lat: number[] = []
  try {
    let warm = 10
    while (lat.length < SERIAL_TURNS) {
      const { sessionId } = await c.viaHttp.chat.start.mutate({})
      let r = await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: randomUUID(), event: { type: 'choose_method', method: 'bot' } })
      let q = lastQuestion(r.events as StoredEvent[])
      while (q && lat.length < SERIAL_TURNS) {
        const t0 = performance.now()
        r = await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: randomUUID(), event: { type: 'answer', questionKey: q.key, value: sampleAnswer(q) } })
        if (warm > 0) warm--
        else lat.push(performance.now() - t0)
        q = (r.events as StoredEvent[]).some((e) => (e.payload as BotOutput).type === 'preview') ? null : lastQuestion(r.events as StoredEvent[])
      }
      await c.viaHttp.chat.send.mutate({ sessionId, clientMessageId: randomUUID(), event: { type: 'confirm' } })
    }
  } finally {
    c.close()
  }
  return stats(lat)
}

/** n candidates connected, each in a chat at its first question; opened 100 at a time. */
async function openSessions(h: Harness, n: number): Promise<WsCandidate[]> {
  const cookies = await h.candidates(n)
  const out: WsCandidate[] = []
  for (let i = 0; i < cookies.length; i += 100) {
    const batch = cookies.slice(i, i + 100).map((cookie) => new WsCandidate(h.baseUrl, cookie))
    await Promise.all(batch.map((c) => c.begin()))
    out.push(...batch)
  }
  return out
}

async function openLoop(h: Harness, sessions: WsCandidate[]) {
  const lat: number[] = []
  const errors = new ErrorTally()
  const cpu0 = await h.cpu()
  const t0 = performance.now()
  const deadline = t0 + SECONDS * 1000
  await Promise.all(
    sessions.map(async (c) => {
      for (;;) {
        await sleep(2000 + Math.random() * 6000)
        if (performance.now() >= deadline) return
        try {
          lat.push(await c.answer())
        } catch (error) {
          errors.add(error)
        }
      }
    }),
  )
  const seconds = (performance.now() - t0) / 1000
  const cpu1 = await h.cpu()
  const per1000 = (a: number, b: number) => round(((b - a) / Math.max(lat.length, 1)) * 1000)
  return {
    sessions: sessions.length,
    seconds: round(seconds),
    ...stats(lat),
    turnsPerSecond: round(lat.length / seconds),
    errors: errors.count + sessions.reduce((s, c) => s + c.errors, 0),
    errorMessages: errors.byMessage,
    cpuSecondsPer1000Turns: { server: per1000(cpu0.server, cpu1.server), postgres: per1000(cpu0.postgres, cpu1.postgres) },
    serverRssMb: (await h.serverRssMb()).rss,
  }
}

async function capacity(sessions: WsCandidate[]) {
  const steps: OfferedResult[] = []
  let held = 0
  for (const rate of [100, 200, 400, 600, 800, 1000, 1200, 1500, 2000]) {
    const s = await offered(sessions, rate, STEP_SECONDS)
    steps.push(s)
    log(`  offered ${rate}/s: achieved ${s.achievedPerSecond}/s p50 ${s.p50} ms p99 ${s.p99} ms errors ${s.errors}${s.errors ? ` ${JSON.stringify(s.errorMessages)}` : ''} unserved ${s.unserved}`)
    if (s.p99 > CAPACITY_P99_MS || s.errors > 0 || s.unserved > 0 || s.achievedPerSecond < rate * 0.9) break
    held = rate
  }
  return { p99TargetMs: CAPACITY_P99_MS, turnsPerSecond: held, steps }
}

const h = await startHarness()
try {
  const result: Record<string, unknown> = { bench: 'chat', cores: os.cpus().length }
  if (PHASES.has('serial')) {
    log('serial: one conversation alone…')
    // CPU seconds are steadier than latency on a machine others load: the cost of a turn, not its wait.
    // Measured from after the warm-up turns: one-time work (JIT, the city index built on first use) is not a turn's cost
    let cpu0 = { server: 0, postgres: 0 }
    let from = 0n
    // a holder: assigned in the callback, which TypeScript's narrowing of a `let` would not see
    const tracing: { strace: Awaited<ReturnType<typeof traceSyscalls>> | null } = { strace: null }
    const ws = {
      ...(await serialWs(h, async () => {
        await resetPgStats(h.db)
        if (SYSCALLS) tracing.strace = await traceSyscalls(h.serverPid)
        cpu0 = await h.cpu()
        from = process.hrtime.bigint() / 1000n
      })),
      cpuMsPerTurn: { server: 0, postgres: 0 },
    }
    const cpu1 = await h.cpu()
    if (tracing.strace) log(`  server syscalls per WS turn (strace -c, all threads):\n${await tracing.strace.stop(SERIAL_TURNS)}`)
    // the phase's window on the monotonic clock a --cpu-prof profile's timestamps use (scripts/cpu-profile-summary.ts FILE FROM TO)
    if (process.env.BENCH_SERVER_CPU_PROF) log(`  serial WS window (monotonic µs): ${from} ${process.hrtime.bigint() / 1000n}`)
    ws.cpuMsPerTurn = { server: round(((cpu1.server - cpu0.server) * 1000) / SERIAL_TURNS), postgres: round(((cpu1.postgres - cpu0.postgres) * 1000) / SERIAL_TURNS) }
    // statements per turn: the counts below also hold the chats completed and started on the way (the resume saves)
    const report = await pgStatsReport(h.db, 25)
    if (report) log(`serial WS, ${SERIAL_TURNS} turns:\n${report}`)
    const http = await serialHttp(h)
    log(`  WS p50 ${ws.p50} ms p99 ${ws.p99} ms (CPU per turn: server ${ws.cpuMsPerTurn.server} ms, Postgres ${ws.cpuMsPerTurn.postgres} ms) | HTTP p50 ${http.p50} ms p99 ${http.p99} ms`)
    result.serial = { ws, http }
  }
  let pool: WsCandidate[] = []
  if (PHASES.has('open')) {
    const phases = []
    for (const n of OPEN) {
      log(`open loop: ${n} live sessions, think time 2–8 s, ${SECONDS} s…`)
      const extra = await openSessions(h, Math.max(0, n - pool.length))
      pool = [...pool, ...extra]
      await resetPgStats(h.db)
      const r = await openLoop(h, pool.slice(0, n))
      log(`  p50 ${r.p50} ms p99 ${r.p99} ms ${r.turnsPerSecond} turns/s errors ${r.errors}${r.errors ? ` ${JSON.stringify(r.errorMessages)}` : ''}; CPU s/1000 turns server ${r.cpuSecondsPer1000Turns.server} postgres ${r.cpuSecondsPer1000Turns.postgres}; RSS ${r.serverRssMb} MB`)
      const report = await pgStatsReport(h.db)
      if (report) log(report)
      phases.push(r)
    }
    result.open = phases
  }
  if (PHASES.has('capacity')) {
    log(`capacity: offered rate stepped every ${STEP_SECONDS} s until p99 > ${CAPACITY_P99_MS} ms…`)
    if (pool.length < 600) pool = [...pool, ...(await openSessions(h, 600 - pool.length))]
    result.capacity = await capacity(pool)
  }
  for (const c of pool) c.close()
  result.serverRssMb = await h.serverRssMb()
  const serial = result.serial as { ws: { p50: number; p99: number }; http: { p50: number } } | undefined
  const open = (result.open as { sessions: number; p99: number; errors: number }[] | undefined)?.find((o) => o.sessions === 2000)
  const cap = result.capacity as { turnsPerSecond: number } | undefined
  result.targets = { serialWsP50Ms: 4, serialWsP99Ms: 10, open2000P99Ms: 30, capacityTurnsPerSecond: 800 }
  result.met = {
    serialWs: serial ? serial.ws.p50 <= 4 && serial.ws.p99 <= 10 : null,
    wsFasterThanHttp: serial ? serial.ws.p50 < serial.http.p50 : null,
    open2000: open ? open.p99 <= 30 && open.errors === 0 : null,
    capacity: cap ? cap.turnsPerSecond >= 800 : null,
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
} finally {
  await h.stop()
}
