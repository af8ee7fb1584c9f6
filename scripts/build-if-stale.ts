import { spawnSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'

// Rebuild the Remix app only when a source the client/server bundle depends on is newer than it.
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const output = path.join(root, 'build/server/index.js')
const inputs = ['app', 'server', 'public', 'vite.config.ts', 'remix.config.js', 'tailwind.config.ts', 'postcss.config.js', 'package-lock.json']

async function newestMtime(p: string): Promise<number> {
  const stat = await fs.stat(p).catch(() => null)
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of await fs.readdir(p)) {
    if (entry === 'node_modules' || entry.endsWith('.test.ts') || entry.endsWith('.test.tsx')) continue
    newest = Math.max(newest, await newestMtime(path.join(p, entry)))
  }
  return newest
}

export async function buildIfStale(): Promise<void> {
  const built = (await fs.stat(output).catch(() => null))?.mtimeMs ?? 0
  let newest = 0
  for (const input of inputs) newest = Math.max(newest, await newestMtime(path.join(root, input)))
  if (built > newest) return
  process.stderr.write(built ? 'Sources changed: rebuilding the app…\n' : 'No build yet: building the app…\n')
  const result = spawnSync('npx', ['remix', 'vite:build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
  if (result.status !== 0) throw new Error('build failed')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildIfStale().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`)
    process.exit(1)
  })
}
