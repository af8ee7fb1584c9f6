import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { extractResume } from '../server/resume/extraction/extract'
import { closePdfWorkers } from '../server/resume/extraction/pdf-text'

/**
 * `npm run -s extract -- FILE.pdf`: the offline extractor on one PDF. Prints exactly the JSON
 * shape of shared/fixtures/resumes/README.md on stdout and nothing else; diagnostics go to
 * stderr. Exit code 2 when the PDF is refused (the refusal is printed to stderr).
 * `npm run -s extract -- --out DIR FILE…`: many PDFs in one process, one `NAME.json` per input in
 * DIR (same shape); refusals are reported on stderr and make the exit code 2.
 * `EXTRACT_NOW=YYYY-MM-DD` fixes the reference date for "present" (default: today).
 */

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--')
  const outAt = args.indexOf('--out')
  const outDir = outAt >= 0 ? args[outAt + 1] : null
  const files = outAt >= 0 ? args.filter((_, i) => i !== outAt && i !== outAt + 1) : args.slice(0, 1)
  if (files.length === 0 || (outAt >= 0 && !outDir)) {
    process.stderr.write('usage: extract-cli FILE.pdf | extract-cli --out DIR FILE.pdf…\n')
    return 64
  }
  const now = process.env.EXTRACT_NOW ? new Date(process.env.EXTRACT_NOW) : new Date()
  if (Number.isNaN(now.getTime())) {
    process.stderr.write(`EXTRACT_NOW is not a date: ${process.env.EXTRACT_NOW}\n`)
    return 64
  }
  if (outDir) await mkdir(outDir, { recursive: true })
  let code = 0
  for (const file of files) {
    const result = await extractResume(await readFile(file), { now })
    if (!result.ok) {
      process.stderr.write(`${file}: ${result.code}: ${result.message}\n`)
      code = 2
      continue
    }
    for (const f of result.flags) process.stderr.write(`${outDir ? `${file}: ` : ''}flag ${f.key}: ${f.reason} (${f.detail})\n`)
    const json = `${JSON.stringify(result.fixtureShape, null, 2)}\n`
    if (outDir) await writeFile(path.join(outDir, `${path.basename(file).replace(/\.pdf$/i, '')}.json`), json)
    else process.stdout.write(json)
  }
  return code
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
