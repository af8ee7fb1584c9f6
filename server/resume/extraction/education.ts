import { findPeriods, type ResumeDate } from './dates'
import type { LayoutLine } from './layout'
import { segmentPhrase } from './segment'
import { looksLikePlace } from './location'
import { sectionsOf, type SectionedResume } from './sections'
import { BULLET_RE, collapse, lineText, normaliseDashes, stripBullet, trimPunct, unshout } from './text'

/**
 * Education entries (institution, degree, graduation year) from the education sections. Handles
 * stacked lines (institution / degree / dates, in either order), one-line forms ("B.Sc (Computers)
 * from Mumbai University in 2016", "Associate degree, H.R. Management, Bellows College") and the
 * qualification tables of Indian resumes (Qualification | Board/University | Year | Percentage).
 */

export interface EducationEntry {
  institution: string | null
  degree: string | null
  year: number | null
}

export const INSTITUTION_RE =
  /\b(university|universit[äa]t|college|institute|institution|school|academy|vidyalaya|vidyapeeth|vidyapith|mahavidyalaya|polytechnic|iti|iit|nit|iiit|iim|bits|campus|conservatory|seminary|gurukul|high school|junior college|sr\.? sec\.?)\b|university|college|institute|school/i
export const DEGREE_RE =
  /\b(bachelor'?s?|master'?s?|doctor(ate)?|ph\.?\s?d|diploma|associate degree|degree|b\.?\s?tech|m\.?\s?tech|b\.?\s?e\b|m\.?\s?e\b|b\.?\s?sc|m\.?\s?sc|b\.?\s?s\b|m\.?\s?s\b|b\.?\s?a\b|m\.?\s?a\b|b\.?\s?com|m\.?\s?com|bca|mca|mba|bba|pgdm|pgdca|llb|llm|mbbs|md|bds|b\.?\s?pharm|m\.?\s?pharm|b\.?\s?ed|m\.?\s?ed|meng|beng|bsc|msc|hsc|ssc|sslc|puc|cbse|icse|10th|12th|x|xii|class\s+(10|12|x|xii)|std\.?\s+(10|12|x|xii)|matriculation|matric|intermediate|higher secondary|secondary|high school|graduation|post[- ]graduation|iti|nursing|gnm|anm|ca|cs|icwa|cfa|a\.?\s?levels?|o\.?\s?levels?)\b/i

// words that make a text a name of a school or a degree, never just a place
const NAME_WORDS = new RegExp(`${INSTITUTION_RE.source}|${DEGREE_RE.source}`, 'i')

const GRADE_LINE = /^(gpa|cgpa|cpi|sgpa|percentage|aggregate|marks|result|grade|score|division|class:|honou?rs|magna|summa|cum laude|major|minor|coursework|relevant coursework|courses|thesis|advisor|dean'?s list|scholarship)\b|\b(gpa|cgpa|cpi)\s*[:\d]|\d+(\.\d+)?\s*%|\d\.\d+\s*\/\s*\d/i
const TABLE_HEAD = /^(qualification|degree|course|exam(ination)?|standard|class|education|board|university|board\/university|institute|institution|college|school|year|year of passing|passing year|percentage|marks|cgpa|grade|result|%|score|duration|stream|specialization|subject)s?$/i

function cleanInstitution(raw: string, vocab: Set<string>): string | null {
  // a link (job-portal footers repeat the profile URL on every page) or a column header is no school
  if (/https?:\/\/|www\.|\.(com|in|org)\//i.test(raw)) return null
  if (raw.split(/\s*[/|,]\s*|\s+or\s+|\s+and\s+/i).every((w) => TABLE_HEAD.test(w.trim()))) return null
  let s = stripBullet(raw).replace(/^(institution|institute|school|college|university|board)\s*[:：-]\s*/i, '')
  // "(Maharashtra State Board)": the board is not the school
  s = s.replace(/\s*\([^)]*\bboard\b[^)]*\)?\s*$/i, '')
  s = s.replace(/\s*\(\s*$/, '')
  // trailing ", Pune" / ", Himachal Pradesh" / "| Ithaca, NY": places, not part of the name
  for (let i = 0; i < 3; i++) {
    const m = /^(.*\S)\s*[,|–-]\s*([A-Za-z .]+)$/.exec(s)
    if (!m || !INSTITUTION_RE.test(m[1])) break
    if (looksLikePlace(m[2], NAME_WORDS)) s = m[1]
    else break
  }
  s = trimPunct(segmentPhrase(collapse(s), vocab))
  if (s.length < 3 || !/\p{L}{2}/u.test(s)) return null
  // one short capitals-only word is an acronym ("CBSE", "MMCOE"), not shouting
  return /^\p{Lu}{2,6}$/u.test(s) ? s : unshout(s)
}

function cleanDegree(raw: string): string | null {
  let s = stripBullet(raw)
  s = s.replace(/[;,]?\s*(gpa|cgpa|cpi|percentage|aggregate|result|marks)\b.*$/i, '')
  s = s.replace(/^(degree|qualification|course)\s*[:：-]\s*/i, '')
  s = trimPunct(collapse(s))
  if (s.length < 2) return null
  return unshout(s)
}

/** The graduation year of an entry's period; none while studies are ongoing ("2015 – Present"). */
function endYear(ranges: { start: ResumeDate; end: ResumeDate }[]): { year: number | null } | null {
  if (ranges.length === 0) return null
  const last = ranges[ranges.length - 1]
  if (last.end === 'present') return { year: null }
  const d = last.end ?? last.start
  return { year: d && d !== 'present' ? Number(d.slice(0, 4)) : null }
}

function withoutDates(text: string): string {
  let out = text
  for (const r of findPeriods(text).reverse()) out = out.slice(0, r.index) + ' ' + out.slice(r.index + r.length)
  return collapse(out.replace(/\b(expected|graduat(ion|ed|ing)|grad\.|passed|passing|year|batch|since)\b\s*:?/gi, ' ')).replace(/[|,;:–-]\s*$/, '').trim()
}

interface Draft {
  institution: string | null
  degree: string | null
  year: number | null
  hasDate: boolean
}

// ---------------------------------------------------------------------------------------------
// Tables

function tableEntries(lines: LayoutLine[], vocab: Set<string>): EducationEntry[] | null {
  const headIdx = lines.findIndex((l) => l.cells.length >= 3 && l.cells.filter((c) => TABLE_HEAD.test(c.text.trim())).length >= 3)
  if (headIdx < 0) return null
  const head = lines[headIdx].cells
  const role = (t: string): 'degree' | 'institution' | 'year' | 'other' => {
    if (/^(qualification|degree|course|exam|standard|class|education)/i.test(t)) return 'degree'
    if (/(board|university|institut|college|school)/i.test(t)) return 'institution'
    if (/year|passing/i.test(t)) return 'year'
    return 'other'
  }
  const cols = head.map((c) => ({ center: (c.x + c.xEnd) / 2, role: role(c.text.trim()) }))
  // columns are often centred: a cell belongs to the header whose centre is nearest its own
  const colOf = (x: number, xEnd: number) => {
    const mid = (x + xEnd) / 2
    let best = 0
    for (let i = 1; i < cols.length; i++) if (Math.abs(cols[i].center - mid) < Math.abs(cols[best].center - mid)) best = i
    return best
  }
  const rows: { degree: string[]; institution: string[]; year: string[] }[] = []
  for (const line of lines.slice(headIdx + 1)) {
    const row: { degree: string[]; institution: string[]; year: string[] } = { degree: [], institution: [], year: [] }
    for (const cell of line.cells) {
      const r = cols[colOf(cell.x, cell.xEnd)].role
      if (r !== 'other') row[r].push(cell.text)
    }
    const startsRow = row.year.some((y) => /\b(19|20)\d{2}\b/.test(y)) || rows.length === 0
    if (startsRow) rows.push(row)
    else {
      const prev = rows[rows.length - 1]
      prev.degree.push(...row.degree)
      prev.institution.push(...row.institution)
    }
  }
  const out: EducationEntry[] = []
  for (const r of rows) {
    const degree = cleanDegree(r.degree.join(' '))
    const institution = cleanInstitution(r.institution.join(' '), vocab)
    const y = /\b((?:19|20)\d{2})\b/.exec(r.year.join(' '))
    if (degree || institution) out.push({ institution, degree, year: y ? Number(y[1]) : null })
  }
  return out.length ? out : null
}

// ---------------------------------------------------------------------------------------------
// Stacked / one-line entries

const FROM_RE = /^(?:(?:ug|pg|doctorate|graduation|post graduation|diploma)\s*:\s*)?(.+?)\s+from\s+(.+)$/i
// "High School", "Secondary" name a level and a kind of school: weak evidence of a degree
const WEAK_DEGREE = /^(high school|secondary|higher secondary|x|school)$/i
// words that say what an institution is, not which one ("College of Engineering")
const GENERIC_WORDS =
  /\b(university|college|institute|institution|school|academy|of|the|and|for|in|at|engineering|technology|science|sciences|arts|commerce|management|department|dept|faculty|junior|senior|high|higher|secondary|public|state|national|international|studies|polytechnic|campus)\b/gi

// school boards of Indian 10th/12th results: the awarding body, named where a school would be
const BOARD_RE = /\b(board|cbse|icse|isc|nios|igcse)\b/i
// words naming a level of schooling (a part with one is a degree, even beside a board)
const LEVEL_RE = /\b(10th|12th|x|xii|ssc|hsc|sslc|puc|class|std\.?|standard|matric(ulation)?|intermediate|secondary|higher secondary)\b/i
// a grade on its own: "8.2 CGPA", "78%", "CGPA: 9.1/10", "First Class with Distinction" is not one
const GRADE_PART =
  /^(?:(?:c?gpa|cpi|sgpa|percentage|aggregate|marks|score|grade)\s*[:–-]?\s*)?\d{1,3}(?:\.\d+)?\s*(?:%|\/\s*\d+(?:\.\d+)?)?\s*(?:c?gpa|cpi|sgpa|percent(?:age)?|marks)?$/i
// label words that end in a colon before a value ("Degree: B.Tech"), not a degree of their own
const LABEL_WORDS = /^(degree|qualification|course|education|institution|institute|school|college|university|board)$/i

/**
 * The pieces of a one-line entry: split on commas, pipes, semicolons and spaced dashes ("HSC -
 * State Board - 2013"), and after a leading degree written as a label ("SSC: S.V. High School").
 */
function entryParts(body: string): string[] {
  const labelled = /^([^:]{1,25}?)\s*:\s*(.*)$/.exec(body)
  const text = labelled && !LABEL_WORDS.test(labelled[1].trim()) && strongDegree(labelled[1]) ? `${labelled[1]}, ${labelled[2]}` : body
  return text
    .split(/\s*(?:[,|;]|\s[–-]\s)\s*/)
    .map(trimPunct)
    .filter(Boolean)
}

type PartKind = 'institution' | 'board' | 'degree' | 'other'

function partKind(part: string, vocab: Set<string>): PartKind {
  if (namesInstitution(part, vocab)) return 'institution'
  if (BOARD_RE.test(part) && !LEVEL_RE.test(part.replace(/\b(cbse|icse|isc)\b/gi, ''))) return 'board'
  if (strongDegree(part) || LEVEL_RE.test(part)) return 'degree'
  return 'other'
}

/**
 * "B.Tech (CSE), XYZ College, 8.2 CGPA", "SSC, Maharashtra State Board, 78%", "10th | CBSE |
 * Kendriya Vidyalaya": the school is the (last) part naming one, else the board; the degree is the
 * rest, with the board in brackets when a school is named; grades are dropped. Null when the parts
 * do not hold both a degree and a school or board.
 */
function splitOneLine(parts: string[], vocab: Set<string>): { inst: string | null; degree: string | null } | null {
  const kept = parts.filter((p) => !GRADE_PART.test(p))
  if (kept.length < 2) return null
  const kinds = kept.map((p) => partKind(p, vocab))
  if (!kinds.includes('degree')) return null
  const schools = kept.filter((_, i) => kinds[i] === 'institution')
  const boards = kept.filter((_, i) => kinds[i] === 'board')
  const instPart = schools[schools.length - 1] ?? boards[boards.length - 1]
  if (!instPart) return null
  const rest = kept.filter((p, i) => p !== instPart && kinds[i] !== 'board' && kinds[i] !== 'institution')
  let degree = rest.join(', ')
  // "10th (CBSE)", "12th (Science, CBSE)"
  if (schools.length && boards.length) degree = degree.endsWith(')') ? `${degree.slice(0, -1)}, ${boards.join(', ')})` : `${degree} (${boards.join(', ')})`
  return { inst: cleanInstitution(instPart, vocab), degree: cleanDegree(degree) }
}

// compiled once (match/replace with a global regex reset its lastIndex themselves)
const DEGREE_RE_G = new RegExp(DEGREE_RE.source, 'gi')

function strongDegree(body: string): boolean {
  const m = body.match(DEGREE_RE_G) ?? []
  return m.some((x) => !WEAK_DEGREE.test(x.trim()))
}

/** Has a proper name besides the generic institution words. */
function namesInstitution(body: string, vocab: Set<string>): boolean {
  const seg = segmentPhrase(body, vocab)
  if (!INSTITUTION_RE.test(seg)) return false
  const rest = seg.replace(DEGREE_RE_G, ' ').replace(GENERIC_WORDS, ' ').replace(/[^\p{L}]/gu, '')
  return rest.length >= 2
}

export function extractEducation(doc: SectionedResume, vocab: Set<string>): EducationEntry[] {
  const entries: EducationEntry[] = []
  for (const section of sectionsOf(doc, 'education')) {
    const table = tableEntries(section.lines, vocab)
    if (table) {
      entries.push(...table)
      continue
    }
    entries.push(...stackedEntries(section.lines, vocab))
  }
  // newest first; ongoing studies (no year yet) on top
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (b.e.year ?? 9999) - (a.e.year ?? 9999) || a.i - b.i)
    .map(({ e }) => e)
    .slice(0, 20)
}

function stackedEntries(lines: LayoutLine[], vocab: Set<string>): EducationEntry[] {
  const out: Draft[] = []
  const fresh = (): Draft => ({ institution: null, degree: null, year: null, hasDate: false })
  let cur: Draft | null = null
  let instStyle: { size: number; bold: boolean } | null = null
  let distinctStyle = false
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b)
  const bodySize = sizes[Math.floor(sizes.length / 2)] ?? 0
  let lastInstLine = -1
  const close = () => {
    if (cur && (cur.institution || cur.degree)) out.push(cur)
    cur = null
  }
  const setDate = (ey: { year: number | null } | null) => {
    if (!ey) return
    if (!cur) cur = fresh()
    if (!cur.hasDate) Object.assign(cur, { year: ey.year, hasDate: true })
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    // NOTE: em and en dashes as one dash, so "University of X, City — Expected May 2027" splits
    const full = normaliseDashes(lineText(line))
    if (!full) continue
    const plain = stripBullet(full)
    if (/^(other qualifications|certifications?\b|certificates?\b)/i.test(plain)) break
    const ey = endYear(findPeriods(full))

    // "B.Sc (Computers) from Mumbai University in 2016"
    // "SSC from Maharashtra State Board in 2011 with 62%", "ITI (Fitter) from Govt. ITI Nagpur, 2013"
    const from = FROM_RE.exec(plain)
    if (from && DEGREE_RE.test(from[1]) && (INSTITUTION_RE.test(from[2]) || BOARD_RE.test(from[2]) || /\buniversity\b/i.test(from[2]))) {
      close()
      const degree = cleanDegree(from[1].replace(/,\s*(correspondence|distance|full[- ]time|part[- ]time|regular)\b.*$/i, ''))
      const where = from[2].replace(/\s+with\s+.*$/i, '').replace(/\s*[,(]?\s*(?:in\s+)?(?:19|20)\d{2}\b.*$/i, '')
      out.push({ degree, institution: cleanInstitution(where, vocab), year: ey?.year ?? null, hasDate: true })
      continue
    }

    // "Bharati Vidyapeeth College of" / "Engineering, Pune"
    if (cur && lastInstLine === i - 1 && cur.institution && /\b(of|and|&|for)$/i.test(cur.institution)) {
      cur.institution = cleanInstitution(`${cur.institution} ${withoutDates(plain)}`, vocab)
      lastInstLine = i
      setDate(ey)
      continue
    }

    // drop place cells and date cells; what is left names the degree or the school
    const cells = line.cells
      .map((c) => withoutDates(normaliseDashes(c.text)))
      .filter((c) => c.replace(/[^\p{L}]/gu, '').length > 0 && !looksLikePlace(c, NAME_WORDS))
    const body = stripBullet(withoutDates(cells.join(' | ')).replace(/\s*\|\s*$/, ''))
    const degreeHere = strongDegree(body)
    const instHere = namesInstitution(body, vocab)

    if (!body || (GRADE_LINE.test(body) && !degreeHere && !instHere) || (BULLET_RE.test(full) && /^[•◦▪*]/.test(full.trim()) && !degreeHere && !instHere)) {
      setDate(ey)
      continue
    }
    if (looksLikePlace(body, NAME_WORDS)) {
      setDate(ey)
      continue
    }

    let inst: string | null = null
    let degree: string | null = null
    const parts = body.split(/\s*[,|]\s*/).filter((p) => p && !looksLikePlace(p, NAME_WORDS))
    const oneLine = degreeHere || LEVEL_RE.test(body) ? splitOneLine(entryParts(body).filter((p) => !looksLikePlace(p, NAME_WORDS)), vocab) : null
    if (oneLine) {
      inst = oneLine.inst
      degree = oneLine.degree
    } else if (instHere && degreeHere && parts.length > 1) {
      // "Associate degree, H.R. Management, Bellows College"
      const instPart = [...parts].reverse().find((p) => namesInstitution(p, vocab)) ?? parts[parts.length - 1]
      inst = cleanInstitution(instPart, vocab)
      degree = cleanDegree(parts.filter((p) => p !== instPart).join(', '))
    } else if (instHere && !degreeHere) inst = cleanInstitution(body, vocab)
    else if (degreeHere) degree = cleanDegree(body)
    else if (INSTITUTION_RE.test(body) && cur?.institution) {
      // "College of Engineering" under the university: a unit of it, not a new school
      setDate(ey)
      continue
    } else if (instStyle && distinctStyle && line.size === instStyle.size && line.bold === instStyle.bold) inst = cleanInstitution(body, vocab)
    else if (/^(class|std|standard)\b/i.test(body) || WEAK_DEGREE.test(body)) degree = cleanDegree(body)

    if (inst) {
      if (!instStyle) {
        instStyle = { size: line.size, bold: line.bold }
        // plain text (job-portal exports) styles schools like everything else: style proves nothing
        distinctStyle = line.bold || line.size > bodySize * 1.04
      }
      if (!cur || cur.institution) {
        close()
        cur = fresh()
      }
      cur.institution = inst
      lastInstLine = i
    }
    if (degree) {
      if (!cur || (cur.degree && !inst)) {
        close()
        cur = fresh()
      }
      cur.degree = degree
    }
    setDate(ey)
  }
  close()
  return out.map((d) => ({ institution: d.institution, degree: d.degree, year: d.year }))
}
