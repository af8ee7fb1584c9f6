import { sql } from 'kysely'
import type { Database } from '../server/db/database'

/**
 * pg_stat_statements for benchmarks (BENCH_PG_STATS=1): where the database's time goes, per
 * statement. The embedded Postgres ships the extension; it must be preloaded at start.
 */
export const pgStatsEnabled = process.env.BENCH_PG_STATS === '1'
export const pgStatsFlags = [...(process.env.BENCH_PG_FLAGS?.split(' ').filter(Boolean) ?? []), ...(pgStatsEnabled ? ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track=all', '-c', 'pg_stat_statements.track_planning=on'] : [])]

export async function resetPgStats(db: Database) {
  if (!pgStatsEnabled) return
  await sql`create extension if not exists pg_stat_statements`.execute(db)
  await sql`select pg_stat_statements_reset()`.execute(db)
}

/** The top statements by total execution + planning time, as lines for stderr. */
export async function pgStatsReport(db: Database, limit = 15): Promise<string> {
  if (!pgStatsEnabled) return ''
  const rows = await sql<{ calls: number; total_ms: number; mean_ms: number; plan_ms: number; query: string }>`
    select calls::int, round((total_exec_time + total_plan_time)::numeric, 1)::float as total_ms,
      round(((total_exec_time + total_plan_time) / greatest(calls, 1))::numeric, 3)::float as mean_ms,
      round(total_plan_time::numeric, 1)::float as plan_ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as query
    from pg_stat_statements order by total_exec_time + total_plan_time desc limit ${limit}`.execute(db)
  const total = await sql<{ calls: number }>`select coalesce(sum(calls), 0)::int as calls from pg_stat_statements where query not like '%pg_stat_statements%'`.execute(db)
  return [`${total.rows[0].calls} statements in all`, ...rows.rows.map((r) => `${String(r.total_ms).padStart(9)} ms ${String(r.calls).padStart(6)}× ${String(r.mean_ms).padStart(7)} ms (plan ${r.plan_ms}) ${r.query}`)].join('\n')
}
