/**
 * npm run bench:sockets — BENCH_SOCKETS (10 000) signed-in candidates, each with its own
 * WebSocket and a live chat subscription, held open on one server instance; then BENCH_RATE
 * (200) turns per second spread across them (Poisson arrivals, each to an idle session) for
 * BENCH_SECONDS (30). Reports the server's RSS with every socket open, turn latency (answer
 * sent → next question on the subscription) and errors. Last line: JSON.
 */
import os from 'node:os'
import { latencyStats, log, offered, startHarness, WsCandidate } from './bench-chat/harness'
import { round } from './bench-stats'

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 10_000)
const RATE = Number(process.env.BENCH_RATE ?? 200)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30)
const BATCH = 250

const h = await startHarness()
const sessions: WsCandidate[] = []
try {
  const idleRss = await h.serverRssMb()
  log(`creating ${SOCKETS} candidates…`)
  const cookies = await h.candidates(SOCKETS)
  log(`opening ${SOCKETS} sockets, each with a chat subscription at its first question…`)
  const t0 = performance.now()
  let openErrors = 0
  const openLatencies: number[] = []
  for (let i = 0; i < cookies.length; i += BATCH) {
    const batch = cookies.slice(i, i + BATCH).map((cookie) => new WsCandidate(h.baseUrl, cookie))
    await Promise.all(
      batch.map(async (c) => {
        const t = performance.now()
        try {
          await c.begin()
          openLatencies.push(performance.now() - t)
          sessions.push(c)
        } catch {
          openErrors++
          c.close()
        }
      }),
    )
    if ((i / BATCH) % 8 === 0) log(`  ${sessions.length} open (${(await h.serverRssMb()).rss} MB)`)
  }
  const openSeconds = round((performance.now() - t0) / 1000)
  const openRss = await h.serverRssMb()
  log(`${sessions.length} open in ${openSeconds} s (${openErrors} failed); server RSS ${openRss.rss} MB (idle ${idleRss.rss} MB)`)

  log(`${RATE} turns/s across them for ${SECONDS} s…`)
  const cpu0 = await h.cpu()
  const turns = await offered(sessions, RATE, SECONDS)
  const cpu1 = await h.cpu()
  const rss = await h.serverRssMb()
  const streamErrors = sessions.reduce((s, c) => s + c.errors, 0)
  log(`  achieved ${turns.achievedPerSecond}/s p50 ${turns.p50} ms p99 ${turns.p99} ms errors ${turns.errors + streamErrors}; RSS ${rss.rss} MB (peak ${rss.peak})`)
  const per1000 = (a: number, b: number) => round(((b - a) / Math.max(turns.n, 1)) * 1000)
  const result = {
    bench: 'sockets',
    cores: os.cpus().length,
    sockets: sessions.length,
    open: { seconds: openSeconds, errors: openErrors, ...latencyStats(openLatencies) },
    serverRssMb: { idle: idleRss.rss, allOpen: openRss.rss, underTurns: rss.rss, peak: rss.peak },
    turns: { ...turns, streamErrors },
    cpuSecondsPer1000Turns: { server: per1000(cpu0.server, cpu1.server), postgres: per1000(cpu0.postgres, cpu1.postgres) },
    targets: { rssMb: 1024, p99Ms: 50 },
    met: { rss: rss.peak <= 1024, p99: turns.p99 <= 50, errors: openErrors + turns.errors + streamErrors === 0 },
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
} finally {
  for (const c of sessions) c.close()
  await h.stop()
}
