// Piscina worker entry for PDF reading (see pdf-text.ts). Plain ESM so the pool can start it by
// file name under tsx, vitest or plain node alike; the TypeScript task is loaded through tsx's API.
import { tsImport } from 'tsx/esm/api'

// pdf2json and pdf.js report warnings through console.* bound at load time: silence them before
// loading, so they reach neither a CLI's stdout nor a test's console.error guard.
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[method] = () => {}
// A parser torn down at the page limit throws from its next scheduled page, after its task has
// answered. Nothing else runs in this thread; a task that truly hangs meets the pool's time limit.
process.on('uncaughtException', () => {})
process.on('unhandledRejection', () => {})

const { readPdfTask } = await tsImport('./pdf-worker-task.ts', import.meta.url)

export default readPdfTask
