import { readFile } from 'node:fs/promises'
import { extractResume } from '../server/resume/extraction/extract'
import { closePdfWorkers } from '../server/resume/extraction/pdf-text'

/**
 * `npm run -s extract -- FILE.pdf`: the offline extractor on one PDF. Prints exactly the JSON
 * shape of shared/fixtures/resumes/README.md on stdout and nothing else; diagnostics go to
 * stderr. Exit code 2 when the PDF is refused (the refusal is printed to stderr).
 * `EXTRACT_NOW=YYYY-MM-DD` fixes the reference date for "present" (default: today).
 */

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a) => a !== '--')
  if (!file) {
    process.stderr.write('usage: extract-cli FILE.pdf\n')
    return 64
  }
  const now = process.env.EXTRACT_NOW ? new Date(process.env.EXTRACT_NOW) : new Date()
  if (Number.isNaN(now.getTime())) {
    process.stderr.write(`EXTRACT_NOW is not a date: ${process.env.EXTRACT_NOW}\n`)
    return 64
  }
  const result = await extractResume(await readFile(file), { now })
  if (!result.ok) {
    process.stderr.write(`${file}: ${result.code}: ${result.message}\n`)
    return 2
  }
  for (const f of result.flags) process.stderr.write(`flag ${f.key}: ${f.reason} (${f.detail})\n`)
  process.stdout.write(`${JSON.stringify(result.fixtureShape, null, 2)}\n`)
  return 0
}

main()
  .then((code) => {
    process.exitCode = code
  })
  .catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    process.exitCode = 1
  })
  .finally(() => closePdfWorkers())
