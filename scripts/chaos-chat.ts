/**
 * npm run chaos:chat — exactly-once turns and lossless replay (SPEC §5.1, ADR 002) under faults.
 *
 * One embedded PostgreSQL, two AIVIUE server processes on it (NODE_ENV=production), and N scripted
 * candidates (default 1000, at most --concurrency at a time) who sign up, fill the basic profile and
 * build a resume with the AIVI bot over real WebSockets, while: sockets drop abruptly (before,
 * during and after a send), one client id is sent three times at once (socket + HTTP on both
 * instances), two different answers race for the same question, clients reconnect with
 * lastEventId, move to the other instance, and each instance restarts once (A: SIGTERM, B: SIGKILL)
 * with conversations in flight. Faults are chosen by a seeded PRNG (--seed).
 *
 * Every conversation is then compared with its fault-free run: the turns it had acknowledged,
 * replayed through the pure chat machine (scripts/chaos-chat/reference.ts); about 10 % of the
 * conversations are fault-free controls that check the replay against a real server.
 *
 *   npm run -s chaos:chat -- [--conversations 1000] [--concurrency 60] [--seed 1] [--keep]
 *
 * Progress on stderr; the last stdout line is one JSON object. Exit code 1 when any of
 * duplicateQuestions, lostAnswers, duplicatedEvents, missingEvents, stuckSessions (or the other
 * consistency checks listed under `violations`) is non-zero.
 */
import { createTRPCClient, httpLink } from '@trpc/client'
import { loadCandidateFacts } from '../server/chat/chat-context'
import { listEventsAfter } from '../server/chat/chat.repo'
import type { AppRouter } from '../server/trpc/root'
import { startCluster, type Cluster } from './chaos-chat/cluster'
import { Conversation, createRng, emptyCounters, makePlan, type ConversationResult, type Counters, type MasterData } from './chaos-chat/conversation'
import { canonical, extraQuestions, firstDifference, normaliseStored, replay, type EffectiveTurn } from './chaos-chat/reference'

const log = (msg: string) => process.stderr.write(`[chaos] ${msg}\n`)

function parseArgs(argv: string[]) {
  const opts = { conversations: 1000, concurrency: 60, seed: 1, keep: false, maxMs: 9 * 60_000, conversationTimeoutMs: 150_000 }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const num = () => {
      const v = Number(argv[++i])
      if (!Number.isFinite(v) || v < 0) throw new Error(`${a} needs a number`)
      return v
    }
    if (a === '--conversations' || a === '-n') opts.conversations = Math.floor(num())
    else if (a === '--concurrency' || a === '-c') opts.concurrency = Math.max(1, Math.floor(num()))
    else if (a === '--seed') opts.seed = Math.floor(num())
    else if (a === '--max-ms') opts.maxMs = num()
    else if (a === '--conversation-timeout-ms') opts.conversationTimeoutMs = num()
    else if (a === '--keep') opts.keep = true
    else throw new Error(`unknown option ${a} (use --conversations N, --concurrency N, --seed N, --max-ms N, --keep)`)
  }
  return opts
}

// roles across template families (blue and white collar, monthly and LPA salaries)
const ROLE_SLUGS = ['delivery-boy', 'forklift-operator', 'warehouse-picker', 'logistics-coordinator', 'field-sales-executive', 'software-developer', 'telecaller', 'machine-operator', 'cook', 'security-guard']

async function loadMasterData(url: string): Promise<MasterData> {
  const api = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${url}/trpc` })] })
  const roles = await api.masterData.roles.query()
  const [city] = await api.masterData.searchCities.query({ query: 'Pune', limit: 1 })
  const picked = ROLE_SLUGS.map((slug) => roles.find((r) => r.slug === slug)).filter((r) => r !== undefined)
  if (!city || picked.length === 0) throw new Error('master data missing (seeds?)')
  return { cityId: city.id, roles: picked.map((r) => ({ slug: r.slug, id: r.id, categoryId: r.categoryIds[0] })) }
}

type Verdict = {
  duplicateQuestions: number
  lostAnswers: number
  duplicatedEvents: number
  missingEvents: number
  stuck: boolean
  transcriptMismatch: boolean
  duplicateTurns: number
  eventMismatches: number
  ackMismatches: number
  rejectedAnswers: number
  control: boolean
  detail: string[]
}

/** Compares one conversation with its fault-free run and with what it received. */
async function verify(cluster: Cluster, r: ConversationResult): Promise<Verdict> {
  const v: Verdict = {
    duplicateQuestions: 0,
    lostAnswers: 0,
    duplicatedEvents: r.counters.duplicatedEvents,
    missingEvents: 0,
    stuck: !r.completed,
    transcriptMismatch: false,
    duplicateTurns: 0,
    eventMismatches: r.counters.eventMismatches,
    ackMismatches: 0,
    rejectedAnswers: 0,
    control: r.plan.control,
    detail: [],
  }
  const tag = `#${r.plan.index} (${r.plan.roleSlug}${r.plan.control ? ', control' : ''})`
  if (r.stuckReason) v.detail.push(`${tag} stuck: ${r.stuckReason}`)
  if (!r.sessionId || !r.candidateId || !r.facts) return v
  const db = cluster.db
  const session = await db.selectFrom('chat_sessions').select(['status', 'state', 'last_seq', 'template_family', 'template_version']).where('id', '=', r.sessionId).executeTakeFirstOrThrow()
  const stored = await listEventsAfter(db, r.sessionId, 0, 100_000)

  // what the client received vs what the database holds
  for (let seq = 1; seq <= session.last_seq; seq++) if (!r.held.has(seq)) v.missingEvents++
  const bySeq = new Map(stored.map((e) => [e.seq, e]))
  for (const [seq, e] of r.held) {
    const s = bySeq.get(seq)
    if (!s || canonical({ ...s, createdAt: 0 }) !== canonical({ ...e, createdAt: 0 })) v.eventMismatches++
  }
  if (v.missingEvents) v.detail.push(`${tag} ${v.missingEvents} events missing on the client (held up to ${Math.max(0, ...r.held.keys())}, db last_seq ${session.last_seq})`)

  // acknowledgements: every answer for one client id must be the same; applied turns in seq order
  const byId = new Map<string, ConversationResult['acks']>()
  for (const a of r.acks) byId.set(a.clientMessageId, [...(byId.get(a.clientMessageId) ?? []), a])
  const effective: EffectiveTurn[] = []
  for (const [id, acks] of byId) {
    const shapes = new Set(acks.map((a) => canonical({ f: a.result.firstSeq, l: a.result.lastSeq, v: a.result.version, ok: a.result.accepted, st: a.result.stale })))
    const originals = acks.filter((a) => !a.result.duplicate && !a.result.stale).length
    if (shapes.size > 1) v.ackMismatches++
    if (originals > 1) v.duplicateTurns += originals - 1
    const applied = acks.find((a) => !a.result.stale)
    if (applied) effective.push({ clientMessageId: id, event: applied.event, firstSeq: applied.result.firstSeq, lastSeq: applied.result.lastSeq })
  }
  effective.sort((a, b) => a.firstSeq - b.firstSeq)

  // the same client id processed twice shows as two user messages
  const userIds = new Map<string, number>()
  for (const e of stored) if (e.type === 'user_message') userIds.set(String(e.payload.clientMessageId), (userIds.get(String(e.payload.clientMessageId)) ?? 0) + 1)
  for (const n of userIds.values()) if (n > 1) v.duplicateTurns += n - 1

  const ref = await replay(db, r.facts, { family: session.template_family, version: session.template_version }, effective)
  const actual = normaliseStored(stored)
  v.duplicateQuestions = extraQuestions(ref.events, actual)
  const diff = firstDifference(ref.events, actual)
  if (diff >= 0) {
    v.transcriptMismatch = true
    v.detail.push(`${tag} transcript differs from the fault-free run at seq ${diff + 1}: expected ${canonical(ref.events[diff])?.slice(0, 300)} got ${canonical(actual[diff])?.slice(0, 300)}`)
  }
  // each applied turn must occupy exactly the seq range the fault-free run gives it
  effective.forEach((t, i) => {
    const want = ref.ranges[i + 1]
    if (!want || want.firstSeq !== t.firstSeq || want.lastSeq !== t.lastSeq) v.ackMismatches++
  })
  v.rejectedAnswers = actual.filter((e) => e.type === 'bot_output' && (e.payload as { type: string }).type === 'error').length

  // lost answers: acknowledged, applied answers that are not in the stored conversation / final state / resume
  // read leniently: the final answers are what matters here, whatever else the state carries
  const state = { answers: ((session.state as { answers?: unknown } | null)?.answers ?? {}) as Record<string, unknown> }
  const resume = r.completed ? await db.selectFrom('resumes').select(['data']).where('chat_session_id', '=', r.sessionId).executeTakeFirst() : undefined
  const appliedAnswers = effective.filter((t) => t.event.type === 'answer')
  for (const t of appliedAnswers) {
    const key = (t.event as { questionKey: string }).questionKey
    const refValue = (ref.finalState.answers as Record<string, unknown>)[key]
    const lost =
      !userIds.has(t.clientMessageId) ||
      canonical((state.answers as Record<string, unknown>)[key]) !== canonical(refValue) ||
      (resume !== undefined && refValue !== undefined && canonical((resume.data as Record<string, unknown>)[key]) !== canonical(refValue))
    if (lost) {
      v.lostAnswers++
      v.detail.push(`${tag} answer to ${key} (${t.clientMessageId}) acknowledged but not in the final state`)
    }
  }
  if (r.completed && !resume) v.detail.push(`${tag} completed but no resume row`)
  if (!r.completed && session.status === 'completed') v.detail.push(`${tag} client gave up although the session completed`)
  return v
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  const t0 = Date.now()
  const hardDeadline = t0 + opts.maxMs
  log(`seed ${opts.seed}, ${opts.conversations} conversations, concurrency ${opts.concurrency}`)
  const cluster = await startCluster({ log })
  const [a, b] = cluster.instances
  let exitCode = 1
  try {
    const master = await loadMasterData(a.url)
    const setupMs = Date.now() - t0
    log(`cluster ready in ${setupMs} ms; roles: ${master.roles.map((r) => r.slug).join(', ')}`)

    let lastRestartAt = 0
    const env = {
      targets: [
        { url: a.url, up: () => a.up },
        { url: b.url, up: () => b.up },
      ] as [{ url: string; up: () => boolean }, { url: string; up: () => boolean }],
      master,
      lastRestartAt: () => lastRestartAt,
      snapshotFacts: (candidateId: string) => loadCandidateFacts(cluster.db, candidateId),
      onTurn: () => {},
      log,
      deadlineMs: opts.conversationTimeoutMs,
    }

    // ── restarts, while conversations are in flight: A gracefully (SIGTERM) at ~25 % of the expected
    // turns, B as a crash (SIGKILL) at ~55 % (about 12.7 turns per conversation), one after the other ──
    const restarts: Array<{ instance: string; signal: string; downMs: number; stopMs: number; bootMs: number; atTurn: number; conversationsInFlight: number }> = []
    let turnsTaken = 0
    let inFlight = 0
    const expectedTurns = opts.conversations * 12.7
    const schedule = [
      { at: Math.max(1, Math.floor(expectedTurns * 0.25)), inst: a, signal: 'SIGTERM' as const },
      { at: Math.max(2, Math.floor(expectedTurns * 0.55)), inst: b, signal: 'SIGKILL' as const },
    ]
    let restarting: Promise<void> = Promise.resolve()
    let restartBusy = false
    const maybeRestart = () => {
      if (restartBusy || !schedule.length || turnsTaken < schedule[0].at) return
      const s = schedule.shift()!
      restartBusy = true
      restarting = (async () => {
        const atTurn = turnsTaken
        const conversationsInFlight = inFlight
        log(`restarting ${s.inst.name} with ${s.signal} (turn ${atTurn}, ${conversationsInFlight} conversations in flight)`)
        lastRestartAt = Date.now()
        const t = await s.inst.restart(s.signal)
        lastRestartAt = Date.now()
        restarts.push({ instance: s.inst.name, signal: s.signal, ...t, atTurn, conversationsInFlight })
        log(`${s.inst.name} back after ${t.downMs} ms (stopped in ${t.stopMs} ms, booted in ${t.bootMs} ms)`)
        restartBusy = false
      })()
    }
    env.onTurn = () => {
      turnsTaken++
      maybeRestart()
    }

    // ── the conversations ──
    const master_rng = createRng(opts.seed)
    const plans = Array.from({ length: opts.conversations }, (_, i) => makePlan(i, createRng(Math.floor(master_rng() * 2 ** 32)), master.roles.map((r) => r.slug)))
    const results: ConversationResult[] = []
    let finished = 0
    let next = 0
    let notStarted = 0
    const runT0 = Date.now()
    const worker = async () => {
      for (;;) {
        const i = next++
        if (i >= plans.length) return
        if (Date.now() > hardDeadline - opts.conversationTimeoutMs) {
          notStarted++
          continue
        }
        const plan = plans[i]
        const conv = new Conversation(env, plan, createRng(opts.seed * 7919 + i))
        inFlight++
        const result = await conv.run()
        inFlight--
        results.push(result)
        finished++
        if (finished % 50 === 0) log(`${finished}/${plans.length} conversations done (${((Date.now() - runT0) / 1000).toFixed(1)} s)`)
      }
    }
    await Promise.all(Array.from({ length: Math.min(opts.concurrency, plans.length) }, worker))
    await restarting
    const runMs = Date.now() - runT0
    log(`conversations finished in ${runMs} ms; verifying…`)

    // ── verification ──
    const verdicts: Verdict[] = []
    let verifyErrors = 0
    for (const r of results) {
      try {
        verdicts.push(await verify(cluster, r))
      } catch (error) {
        verifyErrors++
        log(`#${r.plan.index}: could not verify: ${String((error as Error).message).replace(/\s+/g, ' ').slice(0, 300)}`)
      }
    }
    const durations = results.map((r) => r.durationMs).sort((x, y) => x - y)
    const pct = (p: number) => durations[Math.min(durations.length - 1, Math.floor((p / 100) * durations.length))] ?? 0
    for (const r of [...results].sort((x, y) => y.durationMs - x.durationMs).slice(0, 3)) {
      log(`slowest: #${r.plan.index} ${r.plan.roleSlug} ${r.durationMs} ms, ${r.counters.turns} turns, ${r.counters.sendRetries} send retries, ${r.counters.stallRecoveries} stall recoveries, retries ${JSON.stringify(r.retryCauses)}`)
    }
    const sum = (f: (v: Verdict) => number) => verdicts.reduce((s, v) => s + f(v), 0)
    const counters: Counters = emptyCounters()
    for (const r of results) for (const k of Object.keys(counters) as Array<keyof Counters>) counters[k] += r.counters[k]
    const retryCauses: Record<string, number> = {}
    for (const r of results) for (const [k, n] of Object.entries(r.retryCauses)) retryCauses[k] = (retryCauses[k] ?? 0) + n
    const details = verdicts.flatMap((v) => v.detail)
    // the rarer notes first (stalls, race/triple anomalies), then a few examples of repeated deliveries
    const notes = results
      .flatMap((r) => r.notes.map((n) => `#${r.plan.index}: ${n}`))
      .sort((x, y) => Number(x.includes('delivered again')) - Number(y.includes('delivered again')))
    for (const line of details.slice(0, 30)) log(line)
    if (details.length > 30) log(`… ${details.length - 30} more findings`)
    for (const line of notes.slice(0, 10)) log(line)
    if (notes.length > 10) log(`… ${notes.length - 10} more notes`)
    const serverErrorLines = [...(await a.errorLines()), ...(await b.errorLines())]
    for (const line of serverErrorLines.slice(0, 5)) {
      try {
        const j = JSON.parse(line) as { msg?: string; path?: string; err?: { message?: string } }
        log(`server error log: ${j.msg ?? ''} ${j.path ?? ''}: ${j.err?.message ?? ''}`)
      } catch {
        log(`server error log: ${line.slice(0, 300)}`)
      }
    }

    const summary = {
      chaos: 'chat',
      seed: opts.seed,
      conversations: results.length,
      notStarted,
      completed: results.filter((r) => r.completed).length,
      duplicateQuestions: sum((v) => v.duplicateQuestions),
      lostAnswers: sum((v) => v.lostAnswers),
      duplicatedEvents: sum((v) => v.duplicatedEvents),
      duplicatedEventsReplayedFromSubscribeStart: counters.duplicatedEventsReplayedFromSubscribeStart,
      missingEvents: sum((v) => v.missingEvents),
      stuckSessions: sum((v) => (v.stuck ? 1 : 0)) + notStarted,
      wallTimeMs: Date.now() - t0,
      faults: {
        drops: counters.drops,
        tripleSends: counters.tripleSends,
        concurrentAnswers: counters.concurrentAnswers,
        reconnects: counters.reconnects,
        moves: counters.moves,
        restarts: restarts.length,
      },
      violations: {
        transcriptMismatches: sum((v) => (v.transcriptMismatch ? 1 : 0)),
        duplicateTurns: sum((v) => v.duplicateTurns),
        eventMismatches: sum((v) => v.eventMismatches),
        ackMismatches: sum((v) => v.ackMismatches),
        verifyErrors,
        outOfOrderEvents: counters.outOfOrderEvents,
        raceViolations: counters.raceViolations,
        tripleSendViolations: counters.tripleViolations,
      },
      controlConversations: verdicts.filter((v) => v.control).length,
      controlMismatches: verdicts.filter((v) => v.control && v.transcriptMismatch).length,
      turns: counters.turns,
      conversationMs: { p50: pct(50), p95: pct(95), max: durations[durations.length - 1] ?? 0 },
      rejectedAnswers: sum((v) => v.rejectedAnswers),
      stallRecoveries: counters.stallRecoveries,
      unexplainedStalls: counters.unexplainedStalls,
      subscriptionErrors: counters.subscriptionErrors,
      sendRetries: counters.sendRetries,
      retryCauses,
      restarts,
      serverErrorLogLines: serverErrorLines.length,
      concurrency: opts.concurrency,
      setupMs,
      runMs,
    }
    const failing =
      summary.duplicateQuestions + summary.lostAnswers + summary.duplicatedEvents + summary.missingEvents + summary.stuckSessions + Object.values(summary.violations).reduce((s, n) => s + n, 0)
    log(
      `duplicate questions ${summary.duplicateQuestions}, lost answers ${summary.lostAnswers}, duplicated events ${summary.duplicatedEvents}, missing events ${summary.missingEvents}, stuck ${summary.stuckSessions} — ${failing === 0 ? 'PASS' : 'FAIL'}`,
    )
    process.stdout.write(`${JSON.stringify(summary)}\n`)
    exitCode = failing === 0 ? 0 : 1
  } finally {
    await cluster.close({ keep: opts.keep }).catch((error: unknown) => log(`cleanup failed: ${(error as Error).message}`))
    if (opts.keep) log(`kept ${cluster.dir}`)
  }
  return exitCode
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`failed: ${(error as Error).stack ?? String(error)}`)
    process.exit(2)
  },
)
