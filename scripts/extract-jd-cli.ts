import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { extractJd } from '../server/jobs/jd-extraction/extract-jd'
import { toFixtureShape } from '../server/jobs/jd-extraction/jd-schema'

/**
 * `npm run -s extract:jd -- FILE.txt`: the offline JD extractor on one posting. Prints exactly the
 * JSON shape of shared/fixtures/jds/README.md on stdout and nothing else; flags (fees, gender
 * wording) go to stderr. `--out DIR FILE…` writes DIR/<name>.json per input in one process;
 * `--full` prints the whole extraction (role, flags, confidence…) instead of the fixture shape.
 */

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--')
  const full = args.includes('--full')
  const outAt = args.indexOf('--out')
  const outDir = outAt >= 0 ? args[outAt + 1] : null
  const files = args.filter((a, i) => a !== '--full' && (outAt < 0 || (i !== outAt && i !== outAt + 1)))
  if (files.length === 0 || (outAt >= 0 && !outDir) || (!outDir && files.length > 1)) {
    process.stderr.write('usage: extract-jd-cli [--full] FILE.txt\n       extract-jd-cli [--full] --out DIR FILE.txt…\n')
    return 64
  }
  if (outDir) await mkdir(outDir, { recursive: true })
  for (const file of files) {
    const x = extractJd(await readFile(file, 'utf8'))
    for (const f of x.fee_flags) process.stderr.write(`${file}: fee wording: "${f.text}" (line ${f.line + 1})\n`)
    for (const f of x.gender_flags) process.stderr.write(`${file}: gender wording: "${f.text}" (line ${f.line + 1})\n`)
    const json = `${JSON.stringify(full ? x : toFixtureShape(x), null, 2)}\n`
    if (outDir) await writeFile(path.join(outDir, `${path.basename(file).replace(/\.[^.]*$/, '')}.json`), json)
    else process.stdout.write(json)
  }
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
