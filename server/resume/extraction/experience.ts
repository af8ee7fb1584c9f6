import { findPeriods, monthIndex, type DateRange, type ResumeDate } from './dates'
import { INSTITUTION_RE } from './education'
import type { LayoutLine } from './layout'
import { looksLikePlace } from './location'
import { segmentPhrase } from './segment'
import { sectionsOf, type SectionedResume } from './sections'
import { BULLET_RE, collapse, lineText, stripBullet, trimPunct, unshout } from './text'

/**
 * Work history entries (company, title, start, end) from the experience sections, in the shapes
 * resumes use:
 * - stacked: "Google | Mountain View, CA" / "Software Engineer | Oct 2016 – Present";
 * - one line: "FACEBOOK | SOFTWARE ENGINEER", "Gilmore Financial, New Orleans, LA, Accountant",
 *   "Office manager, The Phone Company", "Krisol Infosoft as Junior Web Developer";
 * - narrative: "July 2008 to June 2013 worked as the CFO with Tata Communications Ltd.".
 * Employers' cities are dropped from the names.
 */

export interface WorkEntry {
  company: string | null
  title: string | null
  start: ResumeDate
  end: ResumeDate
}

const ROLE_WORDS =
  /\b(engineer|engineering intern|developer|programmer|manager|intern|internship|trainee|apprentice|assistant|advisor|adviser|coach|server|waiter|head|secretary|volunteer|officer|director|president|vice president|vp|lead|leader|analyst|consultant|accountant|architect|researcher|scientist|designer|executive|associate|specialist|administrator|admin|founder|co-?founder|member|fellow|teacher|lecturer|professor|trainer|tutor|instructor|technician|operator|driver|rider|delivery (boy|executive|partner)|clerk|cashier|supervisor|agent|representative|telecaller|tele-?caller|electrician|plumber|welder|fitter|carpenter|mechanic|cook|chef|helper|guard|nurse|controller|cfo|ceo|cto|coo|partner|contributor|staff|worker|salesman|salesperson|receptionist|coordinator|co-?ordinator|auditor|editor|writer|photographer|pharmacist|doctor|physician|therapist|sre|devops|tester|qa|student|owner|proprietor|employee|incharge|in-charge|foreman|storekeeper|packer|picker|loader|attendant|beautician|tailor|security)s?\b/i
const ORG_WORDS =
  /\b(inc|incorporated|ltd|limited|llc|llp|pvt|private|corp|corporation|company|co|technologies|technology|tech|solutions|services|systems|software|group|bank|university|college|school|institute|labs?|laborator(y|ies)|consultancy|consulting|consultants|industries|enterprises?|association|foundation|hospital|clinic|motors|financial|finance|publishing|video|research|infosoft|infotech|infosys|networks|media|studios?|bar|grill|restaurant|hotel|cafe|store|stores|mart|retail|logistics|express|foods?|pharma|pharmaceuticals|chemicals|textiles|constructions?|builders|agency|partners|accountants|traders|trading|exports|imports|automobiles|steel|power|energy|airlines|airways|telecom|teleservices|communications|payments?|capital|holdings|ventures|command|army|navy|force|ministry|department|government|govt|council|club|society|trust|ngo|mnd)\b|\.(com|io|in|ai)\b|services|soft\b|tech\b/i

const PRESENT_WORDS = /^(present|current|now|till date|to date)$/i

function roleScore(s: string): number {
  return (s.match(new RegExp(ROLE_WORDS.source, 'gi')) ?? []).length
}
function orgScore(s: string): number {
  return (s.match(new RegExp(ORG_WORDS.source, 'gi')) ?? []).length + (INSTITUTION_RE.test(s) ? 1 : 0)
}

function isPlace(text: string): boolean {
  return looksLikePlace(text, new RegExp(`${ORG_WORDS.source}|${ROLE_WORDS.source}`, 'i'))
}

function cleanName(s: string, vocab: Set<string>): string | null {
  let t = stripBullet(s).replace(/^[|,;:–-]+\s*/, '').replace(/\s*[|,;:–-]+$/, '')
  t = t.replace(/\s*\(\s*$/, '')
  t = trimPunct(collapse(segmentPhrase(t, vocab)))
  if (t.length < 2 || !/\p{L}/u.test(t)) return null
  return unshout(t)
}

/** Split "X | Y", "X, City, ST, Y", "X as Y", "Y at X" into a company and a title. */
export function splitCompanyTitle(texts: string[], vocab: Set<string>): { company: string | null; title: string | null } {
  const joined = texts.join(' | ')
  let m = /^(.+?)\s+as\s+(?:an?\s+|the\s+)?(.+)$/i.exec(joined)
  if (m && !/\|/.test(m[1]) && roleScore(m[2]) > 0) return { company: cleanName(m[1], vocab), title: cleanName(m[2], vocab) }
  m = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(joined)
  if (m && roleScore(m[1]) > 0 && !/\|/.test(m[1])) return { company: cleanName(m[2], vocab), title: cleanName(m[1], vocab) }

  // pieces: cells/lines, then "|" and commas; places dropped
  const pieces: string[] = []
  for (const t of texts) {
    for (const p of t.split(/\s*\|\s*/)) {
      const commaParts = p.split(/\s*,\s*/)
      // keep "Danggeun Pay Inc. (KarrotPay)" and "Mehta, Grover & Sharma" whole when commas
      // separate neither places nor a title
      const kept = commaParts.filter((c, i) => i === 0 || !isPlace(commaParts.slice(i).join(', ')) || roleScore(c) > 0)
      const cut = commaParts.findIndex((c, i) => i > 0 && isPlace(commaParts.slice(i).join(', ')) && roleScore(commaParts.slice(i).join(' ')) === 0)
      const head = cut > 0 ? commaParts.slice(0, cut) : kept
      const tail = cut > 0 ? commaParts.slice(cut).filter((c) => roleScore(c) > 0 && !isPlace(c)) : []
      const rolesInHead = head.filter((c) => roleScore(c) > 0 && orgScore(c) === 0)
      if (head.length > 1 && rolesInHead.length > 0) {
        // "Office manager, The Phone Company" / "Gilmore Financial, …, Certified Public Accountant"
        for (const c of head) pieces.push(c)
      } else pieces.push(head.join(', '))
      for (const c of tail) pieces.push(c)
    }
  }
  const clean = pieces.map((p) => p.trim()).filter((p) => p && !isPlace(p))
  if (clean.length === 0) return { company: null, title: null }
  if (clean.length === 1) {
    const only = clean[0]
    return roleScore(only) > 0 && orgScore(only) === 0 ? { company: null, title: cleanName(only, vocab) } : { company: cleanName(only, vocab), title: null }
  }
  // the title is the piece with role words and no organisation words; the company the other
  const scored = clean.map((p, i) => ({ p, i, role: roleScore(p) - orgScore(p) }))
  const titleIdx = [...scored].sort((a, b) => b.role - a.role || b.i - a.i)[0].i
  const companyIdx = scored.filter((s) => s.i !== titleIdx).sort((a, b) => a.role - b.role || a.i - b.i)[0].i
  if (scored[titleIdx].role <= 0 && scored[companyIdx].role <= 0) {
    // no role words anywhere: first is the company (the usual order)
    return { company: cleanName(clean[0], vocab), title: cleanName(clean[1], vocab) }
  }
  return { company: cleanName(clean[companyIdx], vocab), title: cleanName(clean[titleIdx], vocab) }
}

// ---------------------------------------------------------------------------------------------

interface Candidate {
  line: LayoutLine
  text: string
  period: DateRange | null
  /** text of the line without the period and without place cells */
  rest: string
  kind: 'date' | 'header' | 'desc'
}

const DESC_START = /^(responsib|worked|working|work |handl|manag|develop|design|led |lead |creat|built|build|implement|maintain|prepar|assist|help|coordinat|conduct|organi[sz]|perform|provid|ensur|support|plan|establish|introduc|deploy|migrat|review|collaborat|utiliz|demonstrat|facilitat|execut|serv|optimi[sz]|monitor|writing|the role|this role|i |we |my |it is|its )/i

function classify(line: LayoutLine): Candidate {
  const text = lineText(line)
  const periods = findPeriods(text)
  const period = periods.length ? periods[periods.length - 1] : null
  let rest = text
  if (period) rest = text.slice(0, period.index) + ' ' + text.slice(period.index + period.length)
  rest = collapse(rest.replace(/\b(from|since|duration|period)\s*:?\s*$/i, ''))
  // place cells ("Mountain View, CA") do not name the role
  const cells = line.cells.map((c) => c.text).filter((c) => {
    const cp = findPeriods(c)
    const withoutDate = cp.length ? collapse(c.slice(0, cp[0].index) + ' ' + c.slice(cp[0].index + cp[0].length)) : c
    return withoutDate && !isPlace(withoutDate)
  })
  if (period) {
    const restCells = cells
      .map((c) => {
        const cp = findPeriods(c)
        return cp.length ? collapse(c.slice(0, cp[0].index) + ' ' + c.slice(cp[0].index + cp[0].length)) : c
      })
      .map((c) => c.replace(/^[|,;:–-]+\s*|\s*[|,;:–-]+$/g, ''))
      .filter(Boolean)
    rest = restCells.join(' | ')
  }
  const words = stripBullet(rest).split(/\s+/).filter(Boolean).length
  const bulleted = BULLET_RE.test(text) && !/^[\s(]/.test(text)
  const sentence = words >= 10 || (/\.$/.test(rest) && !/\b(inc|ltd|co|corp|jr|sr|pvt)\.$/i.test(rest) && words >= 5) || DESC_START.test(stripBullet(rest))
  if (period) return { line, text, period, rest, kind: sentence && words >= 5 ? 'desc' : 'date' }
  if (sentence || (bulleted && words >= 7)) return { line, text, period, rest, kind: 'desc' }
  return { line, text, period, rest: cells.join(' | ') || rest, kind: 'header' }
}

/** "July 2008 to June 2013 worked as the CFO with Tata Communications Ltd." */
function narrativeEntry(sentence: string, period: DateRange, vocab: Set<string>): { company: string | null; title: string | null } | null {
  const before = collapse(sentence.slice(0, period.index)).replace(/^[\s•o▪-]+/, '')
  const after = collapse(sentence.slice(period.index + period.length)).replace(/^[\s–—:,-]+/, '')
  const stop = /\s*(?:\(|;|\.\s|\.$| – (?=[a-z])| wherein | which | where | comprising | and responsible| responsible )/
  const cutAt = (s: string) => {
    const m = stop.exec(s)
    return m ? s.slice(0, m.index) : s
  }
  // "<company> as <title> <period>" / "<company>; <period>"
  if (before && !/^(and|from|since)\b/i.test(before)) {
    const b = before.replace(/[;,:]\s*$/, '')
    const m = /^(.+?)\s+as\s+(?:an?\s+|the\s+)?(.+)$/i.exec(b)
    if (m) return { company: cleanName(m[1], vocab), title: cleanName(m[2], vocab) }
    if (orgScore(b) > 0 && b.split(/\s+/).length <= 10) return { company: cleanName(b, vocab), title: null }
  }
  if (!after) return null
  // "worked as the CFO with X", "working as VP at X"
  let m = /^(?:working|worked|work|employed|served|serving|joined)?\s*(?:as\s+)(?:an?\s+|the\s+)?(.+?)\s+(?:at|with|in|for|of)\s+(.+)$/i.exec(after)
  if (m && roleScore(m[1]) > 0) {
    const title = cutAt(m[1].replace(/\s+and\s+.*$/i, ''))
    // "… and responsible for the overall Financial Control and Reporting of Tata Teleservices Limited"
    const orgRun = /((?:[A-Z][\w&.-]*\s+){0,5}(?:Limited|Ltd\.?|Inc\.?|Pvt\.? Ltd\.?|LLP|LLC|Corporation|Corp\.?))/.exec(m[2])
    const company = orgRun ? orgRun[1] : cutAt(m[2])
    return { company: cleanName(company, vocab), title: cleanName(title, vocab) }
  }
  m = /^(?:working|worked|work|employed|served|serving)\s+(?:at|with|in|for)\s+(.+)$/i.exec(after)
  if (m) {
    const company = cutAt(m[1])
    return orgScore(company) > 0 ? { company: cleanName(company, vocab), title: null } : null
  }
  // "<period> – <title> - <company> – …", "<period> – <title>, <company>", "<title> in <company>"
  m = /^(.+?)\s+(?:in|at|with)\s+([A-Z].+)$/.exec(after)
  if (m && roleScore(m[1]) > 0) return { company: cleanName(cutAt(m[2]), vocab), title: cleanName(m[1], vocab) }
  const segs = after.split(/\s+[–—-]\s+|\s*,\s*/).map((s) => s.trim()).filter(Boolean)
  if (segs.length >= 2) {
    const ci = segs.findIndex((s, i) => i > 0 && orgScore(s) > 0)
    if (ci > 0) {
      const title = after.slice(0, after.indexOf(segs[ci])).replace(/[\s,–—-]+$/, '')
      return { company: cleanName(cutAt(segs[ci]), vocab), title: cleanName(title, vocab) }
    }
  }
  return null
}

export function extractExperience(doc: SectionedResume, vocab: Set<string>): WorkEntry[] {
  const out: WorkEntry[] = []
  for (const section of sectionsOf(doc, 'experience')) out.push(...sectionEntries(section.lines, vocab))
  return out.slice(0, 40)
}

function sectionEntries(lines: LayoutLine[], vocab: Set<string>): WorkEntry[] {
  const cands = lines.map(classify)
  const entries: WorkEntry[] = []
  let pending: Candidate[] = []
  let lastEntry: { entry: WorkEntry; at: number } | null = null

  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]
    if (c.kind === 'header') {
      // a short line right after a dated header completes that entry ("Resident Advisor")
      if (lastEntry && lastEntry.at === i - 1 && pending.length === 0 && (!lastEntry.entry.title || !lastEntry.entry.company)) {
        const next = cands[i + 1]
        if (!next || next.kind !== 'date') {
          const e = lastEntry.entry
          const { company, title } = splitCompanyTitle(e.title ? [e.title, c.rest] : e.company ? [e.company, c.rest] : [c.rest], vocab)
          if (!e.title && title) e.title = title
          if (!e.company && company) e.company = company
          if (!e.company && !company && title && e.title !== title) e.company = e.title
          lastEntry = null
          continue
        }
      }
      pending.push(c)
      if (pending.length > 4) pending.shift()
      continue
    }
    if (c.kind === 'desc') {
      if (c.period && c.period.start !== null) {
        // narrative line: the sentence may continue on the next lines
        const sentence = [c.text, ...cands.slice(i + 1, i + 3).filter((n) => !n.period && !BULLET_RE.test(n.text)).map((n) => n.text)].join(' ')
        const period = findPeriods(sentence).find((p) => p.index >= 0) as DateRange
        const first = findPeriods(sentence)[0]
        const ne = narrativeEntry(sentence, first ?? period, vocab)
        if (ne && (ne.title || (ne.company && orgScore(ne.company) > 0))) {
          entries.push({ ...ne, start: (first ?? period).start, end: (first ?? period).end })
          lastEntry = null
        }
      }
      pending = []
      continue
    }
    // a dated line: the entry's header is the pending lines plus what the line itself says
    const headers = pending.map((p) => p.rest).filter(Boolean)
    if (c.rest) headers.push(c.rest)
    pending = []
    const merged = mergeWrapped(headers)
    if (merged.length === 0) {
      // a date with nothing around it yet (header below it): remember the dates
      const e: WorkEntry = { company: null, title: null, start: c.period?.start ?? null, end: c.period?.end ?? null }
      entries.push(e)
      lastEntry = { entry: e, at: i }
      continue
    }
    const { company, title } = splitCompanyTitle(merged, vocab)
    const e: WorkEntry = { company, title, start: c.period?.start ?? null, end: c.period?.end ?? null }
    entries.push(e)
    lastEntry = { entry: e, at: i }
  }
  return entries.filter((e) => e.company || e.title).map(fixPresent)
}

/** Lines of one name wrapped over two lines ("BVPCOE Electronics and Telecommunication" / "Student Association"). */
function mergeWrapped(headers: string[]): string[] {
  const out: string[] = []
  for (const h of headers) {
    const prev = out[out.length - 1]
    const open = prev ? (prev.match(/\(/g) ?? []).length > (prev.match(/\)/g) ?? []).length : false
    if (prev && (open || (/\b(and|of|&|for|the)$/i.test(prev) && !/\|/.test(h)) || (orgScore(h) > 0 && roleScore(h) === 0 && orgScore(prev) === 0 && roleScore(prev) === 0 && !/\|/.test(prev + h) && out.length >= 1 && /^[A-Z]/.test(h) && headers.length > 2))) {
      out[out.length - 1] = `${prev} ${h}`
    } else out.push(h)
  }
  return out
}

function fixPresent(e: WorkEntry): WorkEntry {
  const end = e.end && PRESENT_WORDS.test(e.end) ? 'present' : e.end
  return { ...e, end }
}

/** [start, end) month indexes of a period; a bare-year end runs to December, `present` to `now`. */
function span(start: ResumeDate, end: ResumeDate, now: Date): [number, number] | null {
  const s = monthIndex(start, now, false)
  if (s === null) return null
  const e = end ?? start
  let stop: number | null
  if (e === 'present') stop = monthIndex('present', now, true)
  else if (e && e.length === 4) stop = Number(e) * 12 + 12
  else stop = monthIndex(e, now, true)
  const nowIdx = monthIndex('present', now, true) as number
  if (stop === null) return null
  stop = Math.min(stop, nowIdx + 1)
  if (stop <= s) stop = s + 1
  return s > nowIdx ? null : [s, stop]
}

/** Total months of experience, overlapping periods merged ("Jan 2019 – Jan 2020" = 12). */
export function experienceMonths(entries: { start: ResumeDate; end: ResumeDate }[], now: Date): number {
  const spans = entries.map((e) => span(e.start, e.end, now)).filter((x): x is [number, number] => x !== null)
  spans.sort((a, b) => a[0] - b[0])
  let total = 0
  let cur: [number, number] | null = null
  for (const sp of spans) {
    if (cur && sp[0] <= cur[1]) cur[1] = Math.max(cur[1], sp[1])
    else {
      if (cur) total += cur[1] - cur[0]
      cur = [sp[0], sp[1]]
    }
  }
  if (cur) total += cur[1] - cur[0]
  return Math.max(0, total)
}
