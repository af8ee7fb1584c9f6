import fs from 'node:fs'
import { readPdfText, closePdfWorkers } from '../pdf-text'
const f = process.argv[2]; const from = +(process.argv[3] ?? 0); const to = +(process.argv[4] ?? 999)
const r = await readPdfText(fs.readFileSync(f))
if (r.ok) r.layout.lines.slice(from, to).forEach((l, i) => console.log(i + from, l.y.toFixed(2), l.cells.map(c => `[${c.x.toFixed(2)}-${c.xEnd.toFixed(2)}]${c.text}`).join('  ')))
await closePdfWorkers()
