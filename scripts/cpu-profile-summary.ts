/**
 * npx tsx scripts/cpu-profile-summary.ts FILE.cpuprofile [FROM_US TO_US] — self time of a V8 CPU
 * profile (`--cpu-prof`) by package (node_modules/NAME), our own files, node internals, GC and
 * idle; with a window (monotonic µs, as `bench:chat` prints for a phase) only samples inside it.
 * Also the top functions by self time. Last line: JSON.
 */
import { readFile } from 'node:fs/promises'

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
type Profile = { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

const [file, from, to] = process.argv.slice(2)
if (!file) throw new Error('usage: cpu-profile-summary FILE.cpuprofile [FROM_US TO_US]')
const profile = JSON.parse(await readFile(file, 'utf8')) as Profile
const lo = from ? Number(from) : -Infinity
const hi = to ? Number(to) : Infinity

function bucketOf(n: Node): string {
  const { url, functionName } = n.callFrame
  if (!url) return functionName.startsWith('(') ? functionName : `(native) ${functionName || 'anonymous'}`
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (m) return m[1]
  if (url.startsWith('node:')) return 'node:internal'
  const own = /\/(server|app|scripts|build)\/(.*)$/.exec(url)
  return own ? `${own[1]}/${own[2]}` : url
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const bucket = new Map<string, number>()
const fn = new Map<string, number>()
let t = profile.startTime
let total = 0
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i]
  // a sample's time is the gap to the next one
  const dt = profile.timeDeltas[i + 1] ?? 0
  if (t < lo || t > hi) continue
  const n = byId.get(profile.samples[i])!
  const b = bucketOf(n)
  bucket.set(b, (bucket.get(b) ?? 0) + dt)
  const f = b.startsWith('(') ? b : `${n.callFrame.functionName || '(anonymous)'} ${b}:${n.callFrame.lineNumber + 1}`
  fn.set(f, (fn.get(f) ?? 0) + dt)
  total += dt
}
const busy = total - (bucket.get('(idle)') ?? 0)
const ms = (us: number) => Math.round(us / 100) / 10
const pct = (us: number) => `${((us / busy) * 100).toFixed(1)}%`
const top = (m: Map<string, number>, k: number) => [...m].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, k)
process.stderr.write(`window ${ms(total)} ms, busy ${ms(busy)} ms\n\nby package / file (self time):\n`)
for (const [name, us] of top(bucket, 30)) process.stderr.write(`${String(ms(us)).padStart(9)} ms ${pct(us).padStart(6)}  ${name}\n`)
process.stderr.write('\ntop functions (self time):\n')
for (const [name, us] of top(fn, 30)) process.stderr.write(`${String(ms(us)).padStart(9)} ms ${pct(us).padStart(6)}  ${name}\n`)
process.stdout.write(`${JSON.stringify({ windowMs: ms(total), busyMs: ms(busy), byPackage: Object.fromEntries(top(bucket, 30).map(([k, v]) => [k, ms(v)])) })}\n`)
