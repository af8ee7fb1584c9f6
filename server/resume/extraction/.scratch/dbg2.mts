import fs from 'node:fs'
const d = JSON.parse(fs.readFileSync('/tmp/x/deedy__Deedy-Resume__deedy_resume-openfont.json', 'utf8'))
for (const t of d.Pages[0].Texts) if (t.y > 43.3 && t.y < 44.0) console.log(t.y, t.x, t.R[0].T)
