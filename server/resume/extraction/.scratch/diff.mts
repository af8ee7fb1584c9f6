import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { extractResume } from '../extract'
import { closePdfWorkers } from '../pdf-text'
import { normaliseItem } from '../score'
const dir = '/work/shared/fixtures/resumes'
const only = process.argv[2]
const fields = (process.argv[3] ?? 'skills,education,experience').split(',')
for (const f of (await readdir(dir)).filter((f) => f.endsWith('.pdf') && (!only || f.includes(only)))) {
  const exp = JSON.parse(await readFile(path.join(dir, f.replace('.pdf', '.expected.json')), 'utf8'))
  const r = await extractResume(await readFile(path.join(dir, f)), { now: new Date('2025-06-01') })
  if (!r.ok) { console.log(f, r.code); continue }
  const a = r.fixtureShape as any
  console.log('=====', f)
  if (fields.includes('skills')) {
    const E = new Set(exp.skills.map(normaliseItem)), A = new Set(a.skills.map(normaliseItem))
    const fp = [...A].filter((x) => !E.has(x)), fn = [...E].filter((x) => !A.has(x))
    if (fp.length || fn.length) console.log('  skills FP', fp, 'FN', fn)
  }
  if (fields.includes('education')) {
    console.log('  edu exp', exp.education.map((e: any) => `${e.institution} | ${e.degree} | ${e.year}`))
    console.log('  edu got', a.education.map((e: any) => `${e.institution} | ${e.degree} | ${e.year}`))
  }
  if (fields.includes('experience')) {
    console.log('  exp exp', exp.experience.map((e: any) => `${e.company} | ${e.title} | ${e.start} | ${e.end}`))
    console.log('  exp got', a.experience.map((e: any) => `${e.company} | ${e.title} | ${e.start} | ${e.end}`))
  }
  if (fields.includes('other')) console.log(JSON.stringify({ ...r.answers, about: undefined, skills: undefined, work_history: undefined, education: undefined }), r.flags)
}
await closePdfWorkers()
