import { readdir, readFile } from 'node:fs/promises'

/** CPU seconds of processes, read from /proc (Linux), for benchmarks that report CPU per unit of work. */

const TICKS = 100 // USER_HZ on Linux

/** The process's CPU seconds, with those of its children it has waited for (Postgres's exited backends). */
export async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
  // fields after the command (which may contain spaces): utime is the 14th, stime the 15th, cutime/cstime 16th/17th
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(f[11] ?? 0) + Number(f[12] ?? 0) + Number(f[13] ?? 0) + Number(f[14] ?? 0)) / TICKS
}

export async function childPids(pid: number): Promise<number[]> {
  const out: number[] = []
  for (const name of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(name)) continue
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '')
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    if (ppid === pid) out.push(Number(name))
  }
  return out
}

/** A process tree's CPU seconds so far (Postgres: the postmaster and its backends). */
export async function treeCpuSeconds(pid: number): Promise<number> {
  const all = await Promise.all([pid, ...(await childPids(pid))].map(cpuSeconds))
  return all.reduce((a, b) => a + b, 0)
}
