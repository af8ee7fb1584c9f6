import { findPeriods, monthIndex, type DateRange, type ResumeDate } from './dates'
import { hasCompanySuffix, isDateWords, titleWordCount } from './job-words'
import { INSTITUTION_RE } from './education'
import { lookupSkill } from './skills-dictionary'
import type { LayoutLine } from './layout'
import { looksLikePlace } from './location'
import { segmentPhrase } from './segment'
import { classifyHeadingText, sectionsOf, type SectionedResume } from './sections'
import { collapse, isAllCaps, lineText, stripBullet, trimPunct, unshout } from './text'

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
  /\b(engineer|engineering intern|developer|programmer|manager|intern|internship|trainee|apprentice|assistant|advisor|adviser|coach|server|waiter|head|secretary|volunteer|officer|director|president|vice president|vp|lead|leader|analyst|consultant|accountant|architect|researcher|scientist|designer|executive|associate|specialist|administrator|admin|founder|co-?founder|member|fellow|teacher|lecturer|professor|trainer|tutor|instructor|technician|operator|driver|rider|delivery (boy|executive|partner)|clerk|cashier|supervisor|agent|representative|telecaller|tele-?caller|electrician|plumber|welder|fitter|carpenter|mechanic|cook|chef|helper|guard|nurse|controller|cfo|ceo|cto|coo|partner|contributor|staff|worker|salesman|salesperson|receptionist|coordinator|co-?ordinator|auditor|editor|writer|photographer|pharmacist|doctor|physician|therapist|sre|devops|tester|qa|owner|proprietor|employee|incharge|in-charge|foreman|storekeeper|packer|picker|loader|attendant|beautician|tailor|security)s?\b/i
const ORG_WORDS =
  /\b(inc|incorporated|ltd|limited|llc|llp|pvt|private|corp|corporation|company|co|technologies|technology|tech|solutions|services|systems|software|group|bank|university|college|school|institute|labs?|laborator(y|ies)|consultancy|consulting|consultants|industries|enterprises?|association|foundation|hospital|clinic|motors|financial|publishing|video|research|infosoft|infotech|infosys|networks|media|studios?|bar|grill|restaurant|hotel|cafe|store|stores|mart|retail|logistics|express|foods?|pharma|pharmaceuticals|chemicals|textiles|constructions?|builders|agency|partners|accountants|traders|trading|exports|imports|automobiles|steel|power|energy|airlines|airways|telecom|teleservices|communications|payments?|capital|holdings|ventures|command|army|navy|force|ministry|department|government|govt|council|club|society|trust|ngo|mnd)\b|\.(com|io|in|ai)\b|services|soft\b|tech\b/i

const PRESENT_WORDS = /^(present|current|now|till date|to date)$/i

const ROLE_WORDS_G = new RegExp(ROLE_WORDS.source, 'gi')
const ORG_WORDS_G = new RegExp(ORG_WORDS.source, 'gi')

/** Title cues: role words, and a role noun at the end ("Senior Software Analyst"). */
function roleScore(s: string): number {
  const t = s.replace(/\([^)]*\)/g, ' ').trim()
  const regexHits = (t.match(ROLE_WORDS_G) ?? []).length
  const vocab = titleWordCount(t)
  const hits = Math.max(regexHits, vocab.strong + vocab.weak)
  if (hits === 0) return 0
  const last = t.toLowerCase().split(/[^a-z-]+/).filter(Boolean).pop() ?? ''
  return hits + (titleWordCount(last).strong > 0 ? 1 : 0)
}
/** "Systems Engineer", "Software Developer": a role noun last and no company suffix is a title. */
function endsWithRoleNoun(s: string): boolean {
  const last = s.replace(/\([^)]*\)/g, ' ').toLowerCase().split(/[^a-z-]+/).filter(Boolean).pop() ?? ''
  return titleWordCount(last).strong > 0 && !hasCompanySuffix(s)
}
/**
 * A title names a role: the last word of its head is a role noun ("Senior Test Engineer", "Head of
 * Finance", "Lead Analyst - Supplier Data Management", "Co-founder"). The head is the text before
 * a bracket, a comma or "of/for/in/at/with/during …"; any dash, slash, "&" or "and" part may end
 * in the role ("Developer/Tester"), but a list joined by "&" or "and" ends in one. A project name ("Order Manager & Order System"), a duty
 * ("QA and Report handling for the team") or a tool ("NTFS security") ends otherwise.
 */
export function endsInRole(title: string): boolean {
  const head = title.replace(/\([^)]*\)?/g, ' ').split(/,|\s+(?:of|for|in|at|with|during|from|under|on|to)\s+/i)[0]
  const parts = [head, ...head.split(/\s*[-–—/|·]\s*/)]
  return parts.some((p) => {
    // "Specialist II", "Analyst L2": a grade after the role; "Vice President Finance": a department
    const words = p.replace(/\s+(?:[ivx]{1,4}|l\d|\d+)\.?\s*$/i, '').toLowerCase().split(/[^a-z-]+/).filter(Boolean)
    const role = (w: string | undefined) => {
      const count = titleWordCount(w ?? '')
      // role nouns the vocabulary lacks still end like agents ("Transcriptionist", "Librarian")
      return count.strong + count.weak > 0 || /^[a-z]{3,}(?:ist|ian)$/.test(w ?? '')
    }
    const last = words[words.length - 1]
    return role(last) || (words.length > 1 && DEPARTMENT.test(last ?? '') && role(words[words.length - 2]))
  })
}

/** Company cues: organisation words, a company suffix at the end, a "- City" tail. */
function orgScore(s: string): number {
  const tail = placeTail(s)
  const name = tail ?? s
  return (
    (name.match(ORG_WORDS_G) ?? []).length +
    (INSTITUTION_RE.test(name) ? 1 : 0) +
    (hasCompanySuffix(name) ? 1 : 0) +
    (tail !== null ? 2 : 0)
  )
}

const NOT_PLACE = new RegExp(`${ORG_WORDS.source}|${ROLE_WORDS.source}`, 'i')
// NOTE: the same cells and pieces are asked about many times per file (classification, splitting,
// cleaning); the answer for a text is kept, bounded as in dates.ts
const placeCache = new Map<string, boolean>()

/** as `clearPeriodCache` */
export function clearPlaceCache(): void {
  placeCache.clear()
}

function isPlace(text: string): boolean {
  let hit = placeCache.get(text)
  if (hit === undefined) {
    if (placeCache.size >= 20_000) placeCache.clear()
    hit = looksLikePlace(text, NOT_PLACE)
    placeCache.set(text, hit)
  }
  return hit
}

/**
 * "Accenture - Bengaluru, Karnataka -" → "Accenture": job portals print an employer with its city
 * after a dash. Null when the text has no such tail.
 */
export function placeTail(s: string): string | null {
  const t = s.replace(/\s*[-–—]\s*$/, '').trim()
  const m = /^(.*\S)\s+[-–—]\s*([^-–—]+)$/.exec(t) ?? /^(.*\S)\s*[-–—]\s+([^-–—]+)$/.exec(t)
  if (!m || !/\p{L}/u.test(m[1])) return null
  return isPlace(m[2]) && !isDateWords(m[2]) ? m[1].trim() : null
}

function cleanName(s: string, vocab: Set<string>): string | null {
  let t = stripBullet(s).replace(/^[|,;:–-]+\s*/, '').replace(/\s*[|,;:–-]+$/, '')
  t = placeTail(t) ?? t
  // "Shree Ganesh Travels, Nagpur": the employer's city is not its name
  for (let k = 0; k < 2; k++) {
    const m = /^(.*\S)\s*,\s*([^,]+)$/.exec(t)
    if (m && isPlace(m[2]) && !/\b(inc|ltd|llc|co)\b\.?$/i.test(m[2])) t = m[1]
    else break
  }
  t = t.replace(/\s*\(\s*$/, '').replace(/\s*\(([^)]+)\)/g, (all, inner: string) => (isPlace(inner) ? '' : all))
  t = trimPunct(collapse(segmentPhrase(t, vocab)))
  if (t.length < 2 || !/\p{L}/u.test(t) || isDateWords(t)) return null
  return unshout(t)
}

/**
 * A title as written, without the employer a portal line appends to it: "Sales Associate in
 * Convergys", "Process Associate@ Infosys", "Technical Lead at Infosys Ltd." → the part before, when
 * that part has role words (the employer comes from its own line or is left unknown); wrapping
 * quotes ("\"HR Officer \"") go too.
 */
export function titleOf(s: string, vocab: Set<string>): string | null {
  const t = collapse(s.replace(/^\s*["“”']+\s*|\s*["“”']+\s*$/g, ''))
  const m = /^(.+?)(?:\s+(?:in|at|with|for)\s+|\s*@\s*)(["“]?\p{Lu}.*)$/u.exec(t)
  const head = m ? m[1].replace(/["“”']/g, '').trim() : t
  return cleanName(m && roleScore(head) > 0 ? head : t, vocab)
}

/**
 * A portal's company line: "Accenture - Bengaluru, Karnataka -", "Oracle India Ltd -" (city left
 * empty), or a lone "-" (neither given). Returns the name part ("" for a lone dash), else null.
 */
export function companyLineName(s: string): string | null {
  const t = stripBullet(s)
  if (/^[-–—]$/.test(s.trim())) return ''
  const tail = placeTail(t)
  if (tail !== null) return tail
  // "R-Systems - Sacramento, CA -": between the two dashes the portal prints the city, even one
  // the city list lacks (an organisation word there says it is part of the name instead)
  const between = /^(.*?\p{L}.*?)\s+[-–—]\s+(.+?)\s+[-–—]$/u.exec(t)
  if (between && orgScore(between[2]) === 0 && roleScore(between[2]) === 0 && wordsIn(between[2]) <= 5) return between[1].trim()
  const m = /^(.*\p{L}.*?)\s+[-–—]$/u.exec(t)
  return m && !isDateWords(m[1]) ? m[1].trim() : null
}

/**
 * A title that carries its employer: "Technical Lead at Infosys Ltd.", "Infosys group as a Test
 * Analyst", "MICROSOFT - Backup Administrator", "Testing Executive, Infosys Ltd". Returns the title
 * and the employer when the text splits so (the role words on one side only), else null.
 */
export function employerInTitle(title: string): { title: string; employer: string } | null {
  const t = title.replace(/\s+(?:from|since)\s*$/i, '').trim()
  // "\"Infosys\" internship": the employer quoted before the role
  const quoted = /^["“]([^"”]+)["”]\s+(.+)$/.exec(t)
  if (quoted && roleScore(quoted[2]) > 0 && roleScore(quoted[1]) === 0) return { title: quoted[2], employer: quoted[1] }
  let m = /^(.+?)\s+as\s+(?:an?\s+|the\s+)?(.+)$/i.exec(t)
  if (m && roleScore(m[2]) > 0 && (roleScore(m[1]) === 0 || orgScore(m[1]) > 0)) return { title: m[2], employer: m[1] }
  m = /^(.+?)(?:\s+(?:in|at|with|for)\s+|\s*@\s*|\s*\(\s*)(\p{Lu}[^()]*)\)?$/u.exec(t)
  if (m && roleScore(m[1]) > 0 && roleScore(m[2]) === 0 && (orgScore(m[2]) > 0 || /^\s*@/.test(t.slice(m[1].length)))) return { title: m[1], employer: m[2] }
  for (const sep of [/\s*[-–—]\s+|\s+[-–—]\s*/, /\s*,\s*/]) {
    const parts = t.split(sep)
    if (parts.length !== 2) continue
    const [a, b] = parts
    const org = (x: string) => roleScore(x) === 0 && (orgScore(x) > 0 || hasCompanySuffix(x) || (isAllCaps(x) && sep.source.includes('-')))
    if (roleScore(a) > 0 && org(b)) return { title: a, employer: b }
    if (roleScore(b) > 0 && org(a)) return { title: b, employer: a }
  }
  return null
}

// a department on its own, written beside a title ("General Manager - Finance")
const DEPARTMENT = /^(finance|accounts?|operations|sales|marketing|hr|human resources|it|admin(istration)?|production|quality|logistics|purchase|business transformation|strategy|legal|support)$/i

/** Split "X | Y", "X, City, ST, Y", "X as Y", "Y at X" into a company and a title. */
const COMPANY_LABEL = /^(?:company|company name|organi[sz]ation|employer|firm|present employer|current company|name of (?:the )?(?:company|organi[sz]ation|employer))\s*[:：-]\s*/i
const TITLE_LABEL = /^(?:designation|role|position|post|job title|title|profile|current designation|working as)\s*[:：-]\s*/i

export function splitCompanyTitle(texts: string[], vocab: Set<string>): { company: string | null; title: string | null } {
  // "Company: Infosys Ltd" / "Designation: Software Engineer" say which is which
  const labelled = texts.flatMap((t) => t.split(/\s*\|\s*/)).map(stripBullet)
  const byLabel = {
    company: labelled.find((t) => COMPANY_LABEL.test(t))?.replace(COMPANY_LABEL, ''),
    title: labelled.find((t) => TITLE_LABEL.test(t))?.replace(TITLE_LABEL, ''),
  }
  if (byLabel.company || byLabel.title) {
    return { company: byLabel.company ? cleanName(byLabel.company, vocab) : null, title: byLabel.title ? cleanName(byLabel.title, vocab) : null }
  }
  // "Title" / "Company - City, State -": the portal stack says which is which by position
  if (texts.length === 2) {
    const company = companyLineName(texts[1])
    if (company !== null && companyLineName(texts[0]) === null) {
      // the line above a company line is the title only when it names a role: otherwise it is a
      // grade, a tool list or a project name left over from the entry before ("B+ Average",
      // "Software Testing Projects")
      return { company: company ? cleanName(company, vocab) : null, title: roleScore(texts[0]) > 0 ? titleOf(texts[0], vocab) : null }
    }
  }
  // a portal company line alone ("R-Systems - Sacramento, CA -"): the name before the city
  if (texts.length === 1) {
    const company = companyLineName(texts[0])
    if (company && roleScore(company) === 0) return { company: cleanName(company, vocab), title: null }
  }
  const joined = texts.join(' | ')
  let m = /^(.+?)\s+as\s+(?:an?\s+|the\s+)?(.+)$/i.exec(joined)
  if (m && !/\|/.test(m[1]) && roleScore(m[2]) > 0) return { company: cleanName(m[1], vocab), title: cleanName(m[2], vocab) }
  m = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(joined)
  if (m && roleScore(m[1]) > 0 && !/\|/.test(m[1])) return { company: cleanName(m[2], vocab), title: cleanName(m[1], vocab) }
  // "Jr. ASP.NET Developer in True Vision Technology": "in" before a capitalised employer (its
  // name has an organisation word or suffix), after a title
  m = /^(.+?)\s+in\s+(\p{Lu}.+)$/u.exec(joined)
  if (m && roleScore(m[1]) > orgScore(m[1]) && !/\|/.test(joined) && (orgScore(m[2]) > 0 || hasCompanySuffix(m[2])) && roleScore(m[2]) === 0) {
    return { company: cleanName(m[2], vocab), title: cleanName(m[1].replace(/^["“']|["”']$/g, ''), vocab) }
  }

  // pieces: cells/lines, then "|" and commas; places dropped
  const pieces: string[] = []
  for (const t of texts) {
    for (const p of t.split(/\s*\|\s*/)) {
      const commaParts = p.split(/\s*,\s*/)
      // keep "Danggeun Pay Inc. (KarrotPay)" and "Mehta, Grover & Sharma" whole when commas
      // separate neither places nor a title
      const kept = commaParts.filter((c, i) => i === 0 || !isPlace(commaParts.slice(i).join(', ')) || roleScore(c) > 0)
      const cut = commaParts.findIndex((_, i) => i > 0 && isPlace(commaParts.slice(i).join(', ')) && roleScore(commaParts.slice(i).join(' ')) === 0)
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
  // "Head of Finance - Tata Teleservices Limited": a title and a company joined by a dash
  const split = pieces.flatMap((p) => {
    const parts = p.split(/\s+[–—-]\s+/)
    if (parts.length < 2 || roleScore(p) === 0 || orgScore(p) === 0) return [p]
    const ci = parts.findIndex((x, i) => i > 0 && orgScore(x) > 0 && roleScore(x) === 0)
    return ci > 0 ? [parts.slice(0, ci).join(' - '), parts.slice(ci).join(' - ')] : [p]
  })
  const clean = split.map((p) => p.trim()).filter((p) => p && !isPlace(p) && !isDateWords(p))
  if (clean.length === 0) return { company: null, title: null }
  // one piece: "Delivery Executive — Swiggy" (title and company around a dash)
  if (clean.length === 1) {
    const dash = clean[0].split(/\s+[–—-]\s+/)
    if (dash.length === 2) {
      const [a, b] = dash
      if (roleScore(a) > 0 && roleScore(b) === 0 && !DEPARTMENT.test(b.trim())) return { company: cleanName(b, vocab), title: cleanName(a, vocab) }
      if (roleScore(b) > 0 && roleScore(a) === 0 && !DEPARTMENT.test(a.trim())) return { company: cleanName(a, vocab), title: cleanName(b, vocab) }
    }
  }
  if (clean.length === 1) {
    const only = clean[0]
    return roleScore(only) > 0 && (orgScore(only) === 0 || endsWithRoleNoun(only)) ? { company: null, title: titleOf(only, vocab) } : { company: cleanName(only, vocab), title: null }
  }
  // the title is the piece with role words and no organisation words; the company the other
  const scored = clean.map((p, i) => ({ p, i, role: roleScore(p) - orgScore(p) }))
  const titleIdx = [...scored].sort((a, b) => b.role - a.role || b.i - a.i)[0].i
  const companyIdx = scored.filter((s) => s.i !== titleIdx).sort((a, b) => a.role - b.role || a.i - b.i)[0].i
  if (scored[titleIdx].role <= 0 && scored[companyIdx].role === scored[titleIdx].role) {
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
  kind: 'date' | 'header' | 'desc' | 'narrative'
}

const DESC_START =
  /^(responsib\w*|worked|working|work on|handl\w+|manag(ed|ing)|develop(ed|ing)|design(ed|ing)|led|lead(ing)?|creat(ed|ing)|built|build(ing)?|implement(ed|ing)|maintain(ed|ing)|prepar(ed|ing)|assist(ed|ing)|help(ed|ing)|coordinat(ed|ing)|conduct(ed|ing)|organi[sz](ed|ing)|perform(ed|ing)|provid(ed|ing)|ensur(ed|ing)|support(ed|ing)|plann?(ed|ing)|establish(ed|ing)|introduc(ed|ing)|deploy(ed|ing)|migrat(ed|ing)|review(ed|ing)|collaborat(ed|ing|e)|utiliz(ed|ing|e)|demonstrat(ed|ing|e)|facilitat(ed|ing|e)|execut(ed|ing)|serv(ed|ing)|optimi[sz](ed|ing)|monitor(ed|ing)|writing|the role|this role|i|we|my|it is|its)\b/i
const BULLET_START = /^\s*(?:[•◦▪*■►●‣⁃○➢➤✓✔-]|o\s)/u
// "June 2002 to April 2006 – Head of Finance …", "… worked as …": a period inside running text
const NARRATIVE_HINT = /\b(work(ed|ing)?|employed|served|serving|joined|as|with)\b/i

// labels of details inside an entry (never its company or title)
const DETAIL_LABEL =
  /^(?:client(?:\s+background)?|environment|technolog(?:y|ies)(?:\s*\/\s*tools)?|tools?(?:\s+used)?|software(?:s)?\s+used|platforms?|team\s+size|size|duration\s*\/\s*size|domain|modules?|database|operating\s+systems?|os|key\s+skills|skills(?:\s+used)?|tech(?:nical)?\s+stack|description|project\s+description|responsibilit(?:y|ies)|key\s+responsibilit(?:y|ies)|roles?\s*(?:&|and)\s*responsibilit(?:y|ies)|achievements?|key\s+result\s+areas|location|reporting\s+to|reports\s+to|years\s+of\s+experience|total\s+experience|joining\s+date(?:\s+from)?|languages?|front\s*end|back\s*end|methodolog(?:y|ies))\s*(?:[:：]|[-–]\s*$|$)/i
// a project inside an experience section: "Project 1: ASPEN", "Project Title: …", "UG PROJECT TITLE: …"
const PROJECT_LINE = /^(?:(?:ug|pg|academic|major|minor|mini|final\s+year|key)\s+)?projects?\s*(?:#?\s*\d+|name|title|details?|description|undertaken)?\s*(?:[:：#.)-]|$)/i

/**
 * A bare year that is a product version, not a date: "Exchange Server 2007", "Windows Server
 * 2000/2003", "Cisco 2950, 2960 Switches".
 */
function isVersionYear(text: string, p: DateRange): boolean {
  if (p.start !== p.end || !p.start || !/^\d{4}$/.test(p.start)) return false
  const before = text.slice(0, p.index)
  const after = text.slice(p.index + p.length)
  if (/^\s*[/\\]\s*\d/.test(after) || /\d\s*[/\\,]\s*$/.test(before)) return true
  const m = /([A-Za-z][\w.+#-]*)\s$/.exec(before)
  return !!m && !/^(in|since|from|year|of|batch|till|to|and|until|during|circa|c|for|on|by|at)$/i.test(m[1]) && !monthWord(m[1])
}

function monthWord(w: string): boolean {
  return /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|spring|summer|fall|autumn|winter)\.?$/i.test(w)
}

function wordsIn(s: string): number {
  return stripBullet(s).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

function withoutPeriod(text: string, p: DateRange): string {
  // "(Jun 2019 - Present)" leaves empty brackets behind
  return collapse((text.slice(0, p.index) + ' ' + text.slice(p.index + p.length)).replace(/[([{]\s*[)\]}]/g, ' '))
}

function classify(line: LayoutLine, prev: Candidate | null, marginX: number): Candidate {
  const text = lineText(line)
  const plain = stripBullet(text)
  const periods = findPeriods(text).filter((p) => !isVersionYear(text, p))
  const period = periods.length ? periods[periods.length - 1] : null
  const afterDesc = prev?.kind === 'desc' || prev?.kind === 'narrative'
  // "Client: …", "Environment: …", "Responsibilities:": facts about the work, not who or what
  if (DETAIL_LABEL.test(plain) || PROJECT_LINE.test(plain)) return { line, text, period: null, rest: plain, kind: 'desc' }
  // continuation of a description: indented below it, lower-case, or a sentence end
  const startsWithDate = !!period && periods[0].index <= 3
  const continuation =
    afterDesc &&
    !BULLET_START.test(text) &&
    !startsWithDate &&
    (line.x > marginX + 0.8 || /^[a-z]/.test(plain) || (/\.$/.test(plain) && wordsIn(plain) <= 4))
  if (continuation) return { line, text, period: null, rest: plain, kind: 'desc' }
  // "System Center Operations Manager:", "Growth Path & Deputations:": a sub-heading inside the entry
  if (/[:：]\s*[-–]?$/.test(plain) && !period) return { line, text, period: null, rest: plain, kind: 'desc' }

  // cells that say something other than a place or a date
  const cells = line.cells
    .map((c) => {
      const cp = findPeriods(c.text)
      return cp.length ? withoutPeriod(c.text, cp[cp.length - 1]) : c.text
    })
    .map((c) => c.replace(/^[|,;:–-]+\s*|\s*[|,;:–-]+$/g, '').replace(/\b(from|since|duration|period)\s*:?\s*$/i, '').trim())
    .filter((c) => c && !isPlace(c))
  const rest = cells.join(' | ')
  const words = wordsIn(rest)
  const endsSentence = /\.$/.test(rest) && !/\b(inc|ltd|co|corp|jr|sr|pvt)\.$/i.test(rest)
  if (period) {
    const cell = line.cells.find((c) => findPeriods(c.text).length > 0)
    const inCell = cell ? wordsIn(withoutPeriod(cell.text, findPeriods(cell.text)[0])) : 0
    const startsWithPeriod = period.index <= 3 && /^\s*[–—:,-]?\s*\p{L}/u.test(text.slice(period.index + period.length))
    const dangling = /^\s*(to|till|until|[-–])\s*(?:[a-z]+\.?)?\s*$/i.test(text.slice(period.index + period.length))
    if (inCell >= 3 && (startsWithPeriod || NARRATIVE_HINT.test(text) || dangling)) return { line, text, period, rest, kind: 'narrative' }
    if (/^[a-z]/.test(plain) || (words >= 10 && endsSentence)) return { line, text, period, rest, kind: 'desc' }
    return { line, text, period, rest, kind: 'date' }
  }
  // a range split over two lines: "… April 1994 to" / "January 1998"
  if (/\b(19|20)\d{2}\s+(to|till|-|–)$/i.test(text)) return { line, text, period: null, rest, kind: 'narrative' }
  // long text is a description even when its spaces were lost ("Provisionedaneasily…")
  const sentence = words >= 10 || plain.length > 90 || (endsSentence && words >= 5) || (DESC_START.test(plain) && !leadTitle(plain))
  if (sentence || (BULLET_START.test(text) && words >= 7)) return { line, text, period: null, rest, kind: 'desc' }
  return { line, text, period: null, rest, kind: 'header' }
}

/**
 * "Lead Analyst - Supplier Data", "Build & Release Engineer": a short line opening with a word that
 * is also a verb ("lead", "build") and ending in a role noun is a title, not a duty.
 */
function leadTitle(plain: string): boolean {
  return /^(?:lead|build)\b/i.test(plain) && wordsIn(plain) <= 8 && !/[.;:]$/.test(plain) && endsInRole(plain)
}

/** "July 2008 to June 2013 worked as the CFO with Tata Communications Ltd." */
type CompanyTitle = { company: string | null; title: string | null }

const STOP = /\s*(?:\(|;|\.\s|\.$| – (?=[a-z])| wherein | which | where | comprising | and responsible| responsible )/
function cutAt(s: string): string {
  const m = STOP.exec(s)
  return m ? s.slice(0, m.index) : s
}

/** "worked as the CFO with X", "– Head of Finance - X – …", "General Manager - Finance in X" */
function roleSentence(text: string, vocab: Set<string>): CompanyTitle | null {
  let m = /^(?:working|worked|work|employed|served|serving|joined)?\s*(?:as\s+)(?:an?\s+|the\s+)?(.+?)\s+(?:at|with|in|for|of)\s+(.+)$/i.exec(text)
  if (m && roleScore(m[1]) > 0) {
    const title = cutAt(m[1].replace(/\s+and\s+.*$/i, ''))
    // "… and responsible for the overall Financial Control and Reporting of Tata Teleservices Limited"
    const orgRun = /((?:[A-Z][\w&.-]*\s+){0,5}(?:Limited|Ltd\.?|Inc\.?|Pvt\.? Ltd\.?|LLP|LLC|Corporation|Corp\.?))/.exec(m[2])
    const company = orgRun ? orgRun[1] : cutAt(m[2])
    return { company: cleanName(company, vocab), title: cleanName(title, vocab) }
  }
  m = /^(?:working|worked|work|employed|served|serving)\s+(?:at|with|in|for)\s+(.+)$/i.exec(text)
  if (m) {
    const company = cutAt(m[1])
    return orgScore(company) > 0 ? { company: cleanName(company, vocab), title: null } : null
  }
  m = /^(.+?)\s+(?:in|at|with)\s+([A-Z].+)$/.exec(text)
  if (m && roleScore(m[1]) > 0) return { company: cleanName(cutAt(m[2]), vocab), title: cleanName(m[1], vocab) }
  const segs = text.split(/\s+[–—-]\s+|\s*,\s*/).map((x) => x.trim()).filter(Boolean)
  if (segs.length >= 2) {
    const ci = segs.findIndex((x, i) => i > 0 && orgScore(x) > 0)
    if (ci > 0) {
      const title = text.slice(0, text.indexOf(segs[ci])).replace(/[\s,–—-]+$/, '')
      return { company: cleanName(cutAt(segs[ci]), vocab), title: cleanName(title, vocab) }
    }
  }
  return null
}

/** A sentence with a period in it: "July 2008 to June 2013 worked as the CFO with Tata Ltd." */
function narrativeEntry(sentence: string, period: DateRange, vocab: Set<string>): CompanyTitle | null {
  const before = collapse(sentence.slice(0, period.index)).replace(/^(?:[\s•▪-]|o\s)+/, '')
  const after = collapse(sentence.slice(period.index + period.length)).replace(/^[\s–—:,-]+/, '')
  // "1. Worked as Sales Executive in Reliance Retail from Jan 2018 to Dec 2020."
  const told = before
    .replace(/^\d+[.)]\s*/, '')
    .replace(/^i\s+(?:have\s+)?/i, '')
    .replace(/\s+(from|since|during|between)$/i, '')
  if (/^(?:worked|working|work|employed|served|serving)\b/i.test(told)) {
    const r = roleSentence(told, vocab)
    if (r) return r
  }
  // "<company> as <title> <period>" / "<company>; <period>"
  if (before && !/^(and|from|since)\b/i.test(before)) {
    const b = before.replace(/[;,:]\s*$/, '')
    const m = /^(.+?)\s+as\s+(?:an?\s+|the\s+)?(.+)$/i.exec(b)
    if (m) return { company: cleanName(m[1], vocab), title: cleanName(m[2], vocab) }
    if (orgScore(b) > 0 && b.split(/\s+/).length <= 10) return { company: cleanName(b, vocab), title: null }
  }
  return after ? roleSentence(after, vocab) : null
}

export function extractExperience(doc: SectionedResume, vocab: Set<string>): WorkEntry[] {
  const out: WorkEntry[] = []
  for (const section of sectionsOf(doc, 'experience')) out.push(...sectionEntries(section.lines, vocab))
  for (const section of doc.sections) if (section.kind !== 'experience' && section.kind !== 'education') out.push(...strayPortalStacks(section.lines, out, vocab))
  return out.slice(0, 40)
}

/**
 * Portal stacks ("Title" / "Company - City, State -" / "June 2008 to March 2016") printed after a
 * heading of another kind ("Key Skills", "Declaration"): portal exports run a skills list or a
 * declaration into the jobs that follow it. The three-line shape with a role-named title is a job
 * wherever it stands; a project, a course or a grade above a company line names no role.
 */
function strayPortalStacks(lines: LayoutLine[], known: WorkEntry[], vocab: Set<string>): WorkEntry[] {
  const out: WorkEntry[] = []
  for (let i = 1; i + 1 < lines.length; i++) {
    // cheap tests first: these sections are long (skills, projects) and most lines have no dash
    const text = lineText(lines[i])
    if (!/[-–—]/.test(text)) continue
    const dates = lineText(lines[i + 1])
    const period = findPeriods(dates)[0]
    if (!period || period.index > 3 || !period.start || wordsIn(withoutPeriod(dates, period)) > 0) continue
    const company = companyLineName(text)
    if (!company) continue
    const above = stripBullet(lineText(lines[i - 1]))
    if (!endsInRole(above) || !plausibleName(above, 10) || companyLineName(above) !== null) continue
    const ct = splitCompanyTitle([above, text], vocab)
    if (!ct.title || known.some((e) => e.start === period.start && e.end === period.end && e.company === ct.company)) continue
    out.push({ ...ct, start: period.start, end: period.end })
  }
  return finish(out, vocab)
}

// a line that is only a web address (a portal's page footer, a profile link) is part of no entry
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i

function sectionEntries(all: LayoutLine[], vocab: Set<string>): WorkEntry[] {
  const lines = all.filter((l) => !URL_ONLY.test(lineText(l)))
  const marginX = lines.length ? Math.min(...lines.map((l) => l.x)) : 0
  const gaps = lines.slice(1).map((l, i) => l.y - lines[i].y).filter((d) => d > 0)
  const pitch = gaps.length ? gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)] : 1
  // the next line continues the same paragraph (no blank line in between)
  const sameParagraph = (a: LayoutLine, b: LayoutLine) => b.page !== a.page || (b.y > a.y && b.y - a.y <= pitch * 1.4)
  const cands: Candidate[] = []
  for (const line of lines) cands.push(classify(line, cands[cands.length - 1] ?? null, marginX))
  const entries: WorkEntry[] = []
  let pending: Candidate[] = []
  let lastEntry: { entry: WorkEntry; at: number } | null = null
  // "Tata Motors Ltd. – Machine Operator – 3 years": a job named without dates
  // "Technical support engineer" / "Microsoft" / "Position: …": portals open the section with the
  // current job's title and employer, undated, above its details: the first two lines then
  const flushUndated = (lines: Candidate[] = pending) => {
    const merged = mergeWrapped(lines.map((p) => p.rest.replace(DURATION, '').trim()).filter(Boolean))
    if (lines === pending) pending = []
    if (merged.length === 0) return
    const ct = splitCompanyTitle(merged.length > 2 ? merged.slice(0, 2) : merged, vocab)
    // "Exchange Server" / "Exchange Server 2007": a product, then its versions
    const shared = ct.title && ct.company ? ct.company.toLowerCase().startsWith(ct.title.toLowerCase()) : false
    if (ct.company && ct.title && roleScore(ct.title) > 0 && endsInRole(ct.title) && !shared && companyLineName(merged[0]) === null) entries.push({ ...ct, start: null, end: null })
  }

  // the employer of the last entry whose company came from a heading line above its dates: later
  // dated lines that hold only a title are further roles there ("Infosys" / "Senior Engineer, 2020
  // – now" / bullets / "Engineer, 2017 – 2019")
  let groupCompany: string | null = null
  // inside a project described within the experience section: its dates and roles are not jobs
  let projectBlock = false
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]
    if (PROJECT_LINE.test(stripBullet(c.text))) {
      flushUndated()
      projectBlock = true
      lastEntry = null
      groupCompany = null
      continue
    }
    if (projectBlock && (c.kind === 'header' || c.kind === 'date') && companyCue(c.rest)) projectBlock = false
    if (projectBlock && c.kind !== 'header') {
      pending = []
      continue
    }
    if (c.kind === 'header') {
      // a short line right after a dated header completes that entry ("Resident Advisor")
      if (lastEntry && lastEntry.at === i - 1 && pending.length === 0 && (!lastEntry.entry.title || !lastEntry.entry.company)) {
        const next = cands[i + 1]
        // …unless it heads the next portal stack (a company line, then dates, follow it)
        const headsStack = next?.kind === 'header' && companyLineName(next.text) !== null && cands[i + 2]?.kind === 'date'
        if (!next || (next.kind !== 'date' && !headsStack)) {
          const e = lastEntry.entry
          const known = e.title ?? e.company
          const { company, title } = splitCompanyTitle(known ? [known, c.rest] : [c.rest], vocab)
          // only a role makes that line the title: a grade ("B+ Average") or a remark follows dates too
          if (!e.title && title && roleScore(title) > 0) {
            e.title = title
            // the dated line was read as a company ("Software Engineer": "software" is an
            // organisation word) until the line below named the real one ("Google")
            if (company && e.company === title && roleScore(title) > 0) e.company = company
          }
          if (!e.company && company && company !== e.title) e.company = company
          lastEntry = null
          continue
        }
      }
      pending.push(c)
      if (pending.length > 4) pending.shift()
      continue
    }
    if (c.kind === 'narrative') {
      // the sentence may run on over the next lines (and so may its date range)
      let sentence = c.text
      let j = i + 1
      const dangling = () => /\b(to|till|until|[-–])\s*(?:[a-z]+\.?)?$/i.test(sentence.trim())
      while (
        j < cands.length &&
        j <= i + 3 &&
        !BULLET_START.test(cands[j].text) &&
        sameParagraph(cands[j - 1].line, cands[j].line) &&
        (dangling() || (!(cands[j].period && cands[j].period!.index <= 3) && !/\.$/.test(sentence.trim())))
      ) {
        sentence += ' ' + cands[j].text
        j++
      }
      const period = findPeriods(sentence)[0]
      const ne = period ? narrativeEntry(sentence, period, vocab) : null
      if (ne && (ne.title || (ne.company && orgScore(ne.company) > 0))) entries.push({ ...ne, start: period.start, end: period.end })
      i = j - 1
      pending = []
      lastEntry = null
      groupCompany = null
      continue
    }
    if (c.kind === 'desc') {
      flushUndated()
      continue
    }
    // a dated line: the entry's header is the pending lines plus what the line itself says
    const headers = portalStack(pending)
    // lines above a portal stack's two may be an undated job of their own
    if (pending.length > 2 && headers.length === 2 && companyLineName(headers[1]) !== null) flushUndated(pending.slice(0, -2))
    const fromHeadings = headers.length > 0
    if (c.rest) headers.push(c.rest)
    pending = []
    const merged = mergeWrapped(headers)
    const e: WorkEntry = { company: null, title: null, start: c.period?.start ?? null, end: c.period?.end ?? null }
    if (merged.length) Object.assign(e, splitCompanyTitle(merged, vocab))
    if (fromHeadings) groupCompany = e.company && e.title ? e.company : null
    else if (groupCompany && c.rest && titleOnly(c.rest, e) && cands[i + 1]?.kind !== 'header') {
      // NOTE: a header line right below would name this role's own employer (title-first layouts)
      const title = cleanName(c.rest, vocab)
      if (title && plausibleName(title, 10)) Object.assign(e, { company: groupCompany, title })
    }
    // a date with nothing around it yet: the header may follow
    entries.push(e)
    lastEntry = { entry: e, at: i }
  }
  flushUndated()
  return finish(entries, vocab)
}

/** The same checks for every entry, wherever it was read: names, roles, positions of responsibility. */
function finish(entries: WorkEntry[], vocab: Set<string>): WorkEntry[] {
  return entries
    .map((e) => splitEmployerFromTitle(e, vocab))
    .map((e) => ({ ...e, company: plausibleCompany(e.company) ? e.company : null, title: plausibleName(e.title, 10) ? e.title : null }))
    .map((e) => (e.title && (!endsInRole(e.title) || wrapFragment(e.title)) ? { ...e, title: null } : e))
    .filter((e) => (e.company || e.title) && !(e.title && RESPONSIBILITY.test(e.title)))
    .map(fixPresent)
}

/**
 * The header lines of a dated entry. Portals stack "Title" / "Company - City, State -" / dates: when
 * the line right above the dates is such a company line, it and the one title line above it are
 * the header, and the short lines further up (a grade, a tool, a wrapped bullet of the entry
 * before) are not. The company line keeps its dash, which says which line it is.
 */
function portalStack(pending: Candidate[]): string[] {
  const last = pending[pending.length - 1]
  if (last && companyLineName(last.text) !== null) {
    const above = pending.length >= 2 ? pending[pending.length - 2].rest : ''
    return [above, stripBullet(last.text)].filter(Boolean)
  }
  return pending.map((p) => p.rest).filter(Boolean)
}

// "Member of Decoration Committee", "Secretary, Photography Club": a position of responsibility
// in a college body, not employment (its dates never count as experience)
const RESPONSIBILITY = /\b(?:committee|club|fest|student council|students'? union)\b/i

/** The employer named inside a title moves out of it (and becomes the company when none was read). */
function splitEmployerFromTitle(e: WorkEntry, vocab: Set<string>): WorkEntry {
  const split = e.title ? employerInTitle(e.title) : null
  if (!split) return e
  const title = cleanName(split.title, vocab)
  if (!title) return e
  return { ...e, title, company: e.company ?? cleanName(split.employer, vocab) }
}

// a form's own words or a placeholder where the employer's name would be ("Company Name -",
// "No. Company Role", "confidential")
const PLACEHOLDER = /^(?:(?:s\.?\s*)?no\.?|company|name|role|designation|organi[sz]ation|employer|client|confidential|undisclosed|not disclosed|[\s/|.,-])+$/i
// "Pharmaceuticals and Life Sciences Domain", "Gas Request", "Deal management": what the work was
// about (an activity, a domain, a request type), written where a portal puts the company. NOTE:
// "Management" capitalised ends real names ("Harrison Money Management"); lower-case, no name does
const ACTIVITY_END = /\b(?:[Pp]rocess|[Dd]omains?|[Rr]equests?|[Cc]ounsell?ing|[Mm]entoring|[Cc]onfiguration|management)$/
// "Software Testing Training at Unicode Technology": a course taken at an institute
const COURSE = /\b(?:training|course|certification|workshop)\s+(?:at|from|in)\b/i

// "International Maths Olympiad", "Online Foundation Program": an event or a programme taken part in
const EVENT_END = /\b(?:olympiad|program(?:me)?|competition|contest|quiz|hackathon|workshop|seminar|course)s?$/i
// "Cisco Client": the client served, not the employer
const CLIENT_END = /\bclients?$/i

/**
 * "SQL Oracle", "Tally ERP": tools written where a portal puts the employer. Two or more words,
 * each a known skill (or the whole a known skill); a one-word name stays ("Oracle" employs people).
 */
function toolsOnly(name: string): boolean {
  const words = name.split(/[\s,/&]+/).filter((w) => /\p{L}/u.test(w))
  if (words.length < 2) return false
  return lookupSkill(name) !== null || words.every((w) => lookupSkill(w) !== null)
}

/** "(Tractor Manufacturing Plant)", "Test Engineer (Infosys Ltd …": a fragment of a wrapped line */
function wrapFragment(s: string): boolean {
  return /^\(/.test(s) || (s.match(/\(/g) ?? []).length !== (s.match(/\)/g) ?? []).length
}

/**
 * An employer's name is not a place, a date, a certification ("Microsoft Certified …"), a
 * department alone ("Marketing"), a placeholder, an activity or a course.
 */
function plausibleCompany(s: string | null): boolean {
  if (!plausibleName(s, 8) || !s) return false
  if (/\bcertifi(?:ed|cation)\b/i.test(s)) return false
  const name = trimPunct(s)
  if (DEPARTMENT.test(name) || PLACEHOLDER.test(name) || COURSE.test(name)) return false
  if (ACTIVITY_END.test(name) && !hasCompanySuffix(name)) return false
  if (EVENT_END.test(name) || CLIENT_END.test(name) || toolsOnly(name)) return false
  // "Support Desk in Northwind", "2008r2\\Server": a phrase or a path, not one organisation's name
  if (/\s+in\s+\p{Lu}/u.test(name) || name.includes('\\')) return false
  if (wrapFragment(name)) return false
  const undated = s.replace(/\b(?:from|since|to|till|until)\b.*$/i, '').trim()
  return !isPlace(undated)
}

const NOT_A_NAME_START =
  /^(?:have|has|had|having|currently|presently|mostly|also|was|were|is|are|am|participated|achieved|attended|from|before|after|during|since|till|until|worked|working|completed|received|awarded|won|got|did|done|involved|responsible|client|role|domain|environment)\b/i

/** A company or title is a name, not a sentence, a heading or a label. */
function plausibleName(s: string | null, maxWords: number): boolean {
  if (!s) return false
  const t = s.trim()
  if (wordsIn(t) > maxWords || wordsIn(t) === 0) return false
  // "98 with Oracle Inc.", "63 Months)": a name never starts with a bare number (a wrapped date
  // or a list number); "3D Artist", "L1 Analyst" do not start so
  if (/^\d+[.)]?(?:\s|$)/.test(t)) return false
  const unabbreviated = t.replace(/\b(?:[A-Z]|[A-Z][a-z]{0,3}|ltd|pvt|inc|co|corp|jr|sr|st|dr|no|vs)\./g, '')
  if (/[.!?]\s+[a-z]/.test(unabbreviated) || (/[.!?]\s+\S/.test(unabbreviated) && wordsIn(t) >= 5) || /[:;]/.test(t)) return false
  if (NOT_A_NAME_START.test(t) || (DESC_START.test(t) && !leadTitle(t))) return false
  if (classifyHeadingText(t) && roleScore(t) === 0 && orgScore(t) === 0) return false
  return /\p{L}{2}/u.test(t)
}

/**
 * A dated line's text is a title alone: role words, no employer cue, and not read as both a
 * company and a title ("Developer | Wipro Ltd").
 */
function titleOnly(rest: string, split: CompanyTitle): boolean {
  if (roleScore(rest) === 0 || companyCue(rest)) return false
  return !(split.company && split.title && split.company !== split.title)
}

/** The line names an employer: "Company: X", "Infosys Ltd - Pune", "Tata Motors Pvt Ltd". */
function companyCue(text: string): boolean {
  return text.split(/\s*\|\s*/).some((t) => COMPANY_LABEL.test(stripBullet(t)) || placeTail(t) !== null || (hasCompanySuffix(t) && wordsIn(t) <= 8))
}

const DURATION = /\s*[(–—-]?\s*(?:for\s+)?\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?|mos?)(?:\s*\d+\s*(?:months?|mos?))?\s*\)?\s*$/i

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

// the one rule for adding up periods lives with the other duration rules
export { experienceMonths } from '../../normalise/experience'

const CONTACT_WORDS = /@|\b(?:e-?mail|phone|mobile|mob|contact|indeed|linkedin|address|dob|date of birth)\b|\d{5}|https?:|www\./i
// "Enthusiastic Data science and Analyst", "Motivated engineer": a self-description, not a title
const SELF_PRAISE = /^(?:enthusiastic|passionate|motivated|self-motivated|aspiring|dedicated|dynamic|experienced|hard-?working|seasoned|energetic|creative|driven|detail-oriented|results?-oriented|highly|skilled|talented)\b/i
const TITLE_STOP = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'at', 'for', 'sr', 'senior', 'jr', 'junior'])

/** Two titles are the same role when their words (seniority and stop words aside) mostly agree. */
function sameTitle(a: string, b: string): boolean {
  const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9+#]+/).filter((w) => w && !TITLE_STOP.has(w)))
  const x = words(a)
  const y = words(b)
  const shared = [...x].filter((w) => y.has(w)).length
  const union = new Set([...x, ...y]).size
  return union > 0 && shared / union >= 0.6
}

/**
 * The current title printed as the line under the candidate's name ("Test Analyst at Oracle,
 * Hyderabad", "Architect - Microsoft India", "Quantitative Analyst"): job portals put the
 * headline there. It is a title only when it ends in a role noun (after its employer is cut off)
 * and is not a contact line, a place or a sentence ("Looking for opportunities in marketing").
 */
export function headlineEntry(header: LayoutLine[], name: string | null, vocab: Set<string>): WorkEntry | null {
  if (!name) return null
  const key = name.toLowerCase().replace(/\s+/g, ' ')
  const at = header.findIndex((l) => lineText(l).toLowerCase().replace(/\s+/g, ' ').includes(key))
  const line = at >= 0 ? header[at + 1] : undefined
  if (!line || line.page !== header[at].page) return null
  const text = collapse(lineText(line)).replace(/[.,;]+$/, '')
  // "DevOps Engineer · Software Architect" lists specialities, not the one current job
  if (CONTACT_WORDS.test(text) || SELF_PRAISE.test(text) || /[·|•]/.test(text) || isPlace(text) || !plausibleName(text, 10)) return null
  let title = text
  let company: string | null = null
  const split = employerInTitle(text)
  // "Financial Analyst - Oracle": under the name a portal writes the title, then the employer
  const dash = /^(.+?)\s+[-–—]\s+(.+)$/.exec(text)
  if (split) ({ title, employer: company } = split)
  else if (dash && roleScore(dash[1]) > 0 && roleScore(dash[2]) === 0) [title, company] = [dash[1], dash[2]]
  const cleanTitle = titleOf(title, vocab)
  if (!cleanTitle || !endsWithRoleNoun(cleanTitle) || !endsInRole(cleanTitle)) return null
  const cleanCompany = company ? cleanName(company, vocab) : null
  return { company: plausibleCompany(cleanCompany) ? cleanCompany : null, title: cleanTitle, start: null, end: null }
}

/** The headline joins the work history only when no entry already holds that title. */
export function withHeadline(entries: WorkEntry[], headline: WorkEntry | null): WorkEntry[] {
  if (!headline?.title || entries.some((e) => e.title && sameTitle(e.title, headline.title!))) return entries
  return [...entries, headline]
}
