import type { DocumentLayout, LayoutLine } from './layout'

/**
 * Lines → sections. A heading is recognised by its words (a dictionary of English resume headings,
 * including Indian habits such as "Personal Details", "Academic Qualification", "Declaration") and
 * by its look (larger font, bold or ALL CAPS, short). Everything before the first heading is the
 * header block (name, contact details).
 */

export type SectionKind =
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'languages'
  | 'personal'
  | 'projects'
  | 'certifications'
  | 'awards'
  | 'interests'
  | 'references'
  | 'declaration'
  | 'links'
  | 'coursework'
  | 'publications'
  | 'volunteer'
  | 'additional'
  | 'other'

export interface Section {
  kind: SectionKind
  title: string
  heading: LayoutLine | null
  lines: LayoutLine[]
}

export interface SectionedResume {
  /** lines before the first heading */
  header: LayoutLine[]
  sections: Section[]
  /** every line in reading order */
  lines: LayoutLine[]
  bodySize: number
}

/** Heading phrases (lower-case words) by kind. Matching ignores spaces and punctuation. */
const HEADINGS: Record<Exclude<SectionKind, 'other'>, string[]> = {
  summary: [
    'summary', 'professional summary', 'profile summary', 'career summary', 'executive summary', 'profile',
    'professional profile', 'career profile', 'about me', 'about', 'objective', 'objectives', 'career objective',
    'career objectives', 'professional objective', 'job objective', 'carrier objective', 'overview', 'introduction',
    'summary of qualifications', 'professional overview',
  ],
  experience: [
    'experience', 'work experience', 'professional experience', 'employment history', 'employment', 'employment details',
    'work history', 'career history', 'job history', 'experience summary', 'working experience', 'relevant experience',
    'leadership experience', 'additional experience', 'industrial experience', 'industry experience', 'work profile',
    'internship', 'internships', 'internship experience', 'research', 'research experience', 'organizational experience',
    'organisational experience', 'professional background', 'career', 'experience details', 'previous experience',
    'job experience', 'positions held', 'work', 'professional history',
  ],
  education: [
    'education', 'educational qualification', 'educational qualifications', 'academic qualification',
    'academic qualifications', 'qualification', 'qualifications', 'academics', 'academic details', 'academic profile',
    'academic credentials', 'basic academic credentials', 'academic background', 'educational background',
    'education and training', 'education details', 'educational details', 'scholastic record', 'academic record',
    'educational credentials', 'education qualification', 'academia',
  ],
  skills: [
    'skills', 'key skills', 'technical skills', 'it skills', 'computer skills', 'core competencies', 'competencies',
    'skill set', 'skillset', 'areas of expertise', 'expertise', 'technical proficiency', 'it proficiency',
    'software skills', 'interpersonal skill', 'interpersonal skills', 'soft skills', 'professional skills',
    'strengths', 'key strengths', 'technologies', 'technical expertise', 'programming skills', 'core skills',
    'skills and abilities', 'skills and expertise', 'technical knowledge', 'computer knowledge', 'computer proficiency',
    'tools and technologies', 'technical skill set', 'key competencies', 'skills summary', 'abilities',
    'skill highlights', 'relevant skills', 'personal skills', 'other skills', 'additional skills',
  ],
  languages: ['languages', 'languages known', 'language known', 'language', 'language proficiency', 'linguistic proficiency', 'spoken languages'],
  personal: [
    'personal details', 'personal information', 'personal data', 'personal profile', 'personal particulars',
    'bio data', 'biodata', 'personal info', 'personal dossier', 'contact', 'contact details', 'contact information',
    'contact info', 'personal', 'details', 'key facts', 'at a glance', 'quick facts',
  ],
  projects: [
    'projects', 'project', 'personal projects', 'academic projects', 'projects undertaken', 'project details',
    'key projects', 'major projects', 'project work', 'selected projects', 'academic project', 'mini projects',
  ],
  certifications: [
    'certifications', 'certification', 'certificates', 'certificate', 'licenses and certifications',
    'licences and certifications', 'courses', 'certification courses', 'training', 'trainings',
    'training and certifications', 'certifications and training', 'professional certifications', 'licenses',
    'achievements awards and certifications', 'courses and certifications', 'trainings and certifications',
  ],
  awards: [
    'awards', 'honors', 'honours', 'honors and awards', 'honours and awards', 'awards and honors', 'achievements',
    'accomplishments', 'awards and achievements', 'achievements and awards', 'scholastic achievements',
    'academic achievements', 'key achievements',
  ],
  interests: [
    'interests', 'hobbies', 'interests hobbies', 'hobbies and interests', 'interests and hobbies',
    'extra curricular activities', 'extracurricular activities', 'co curricular activities', 'activities',
    'extra curricular activities interests and hobbies', 'extracurricular', 'other activities', 'passions',
  ],
  references: ['references', 'reference', 'referees'],
  declaration: ['declaration', 'self declaration'],
  links: ['links', 'online profiles', 'profiles', 'social', 'social links', 'web presence', 'online presence'],
  coursework: ['coursework', 'relevant coursework', 'significant coursework', 'courses taken', 'course work'],
  publications: ['publications', 'papers', 'research papers', 'publication'],
  volunteer: [
    'volunteer experience', 'volunteering', 'volunteer', 'volunteer work', 'campus involvement', 'community service',
    'social work', 'positions of responsibility', 'position of responsibility', 'positions of responsibilities',
    'leadership and activities', 'clubs', 'clubs and societies', 'student activities', 'campus activities',
    'college activities', 'societies', 'nss', 'ncc',
  ],
  // headings that end a section without naming facts we read ("Additional Information")
  additional: [
    'additional information', 'other information', 'additional details', 'other details', 'miscellaneous',
    'misc', 'others', 'extra information', 'additional', 'other', 'further information', 'additional info',
  ],
}

// Qualifiers that do not change what a heading names ("Selected Projects", "Relevant Experience",
// "Professional Skills", "Experience Details"); stripped when the heading is not known as written.
const LEADING_QUALIFIERS = new Set([
  'selected', 'select', 'relevant', 'professional', 'additional', 'other', 'key', 'significant', 'major', 'recent',
  'notable', 'detailed', 'brief', 'my', 'core', 'main', 'previous', 'past', 'current', 'overall', 'total', 'summary',
  'of', 'related', 'prior', 'practical', 'hands', 'on', 'technical', 'it', 'full', 'complete', 'industry', 'corporate',
])
const TRAILING_QUALIFIERS = new Set(['details', 'detail', 'summary', 'highlights', 'history', 'overview', 'section', 'information', 'info', 'record', 'records', 'list', 'profile'])

export function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z]+/g, '')
}

const EXACT = new Map<string, SectionKind>()
for (const [kind, phrases] of Object.entries(HEADINGS) as [SectionKind, string[]][]) {
  for (const p of phrases) EXACT.set(headingKey(p), kind)
}

// Kinds a compound heading ("Achievements, Awards & Certifications") resolves to, by priority.
const COMPOUND_PRIORITY: SectionKind[] = [
  'certifications', 'skills', 'languages', 'experience', 'education', 'personal', 'projects', 'awards',
  'interests', 'summary', 'links', 'coursework', 'publications', 'references', 'volunteer', 'declaration',
  'additional',
]

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length
}

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '')
  return letters.length >= 3 && letters === letters.toUpperCase()
}

/** The kind a line's words name, if the line is (or starts like) a heading phrase. */
export function classifyHeadingText(text: string): SectionKind | null {
  const clean = text.replace(/^[\s•❖*■▪►●◦·-]+/, '').replace(/[:：\s-]+$/, '').trim()
  if (!clean || clean.length > 60) return null
  const key = headingKey(clean)
  if (!key) return null
  const exact = EXACT.get(key)
  if (exact) return exact
  const stripped = withoutQualifiers(clean)
  if (stripped) return stripped
  // "Extra-curricular activities / Interests and hobbies", "Achievements, Awards & Certifications"
  if (/[.!?]$/.test(clean)) return null
  const parts = clean.split(/\s*(?:[,/|]|\band\b|&)\s*/i).map(headingKey).filter(Boolean)
  if (parts.length > 1) {
    const kinds = parts.map((p) => EXACT.get(p)).filter((k): k is SectionKind => !!k)
    if (kinds.length === parts.length) return COMPOUND_PRIORITY.find((k) => kinds.includes(k)) ?? kinds[0]
  }
  return null
}

/** "2. Selected Projects", "Relevant Work Experience", "Education Details" → the kind of the core words. */
function withoutQualifiers(clean: string): SectionKind | null {
  const words = clean
    .replace(/^(?:\d{1,2}|[ivx]{1,4}|[a-h])\s*[.)]\s*/i, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z]+/)
    .filter(Boolean)
  if (words.length === 0 || words.length > 6) return null
  let a = 0
  let b = words.length
  const tryKey = () => (a < b ? (EXACT.get(words.slice(a, b).join('')) ?? null) : null)
  const first = tryKey()
  if (first) return first
  while (a < b - 1 && LEADING_QUALIFIERS.has(words[a])) {
    a++
    const k = tryKey()
    if (k) return k
  }
  while (b > a + 1 && TRAILING_QUALIFIERS.has(words[b - 1])) {
    b--
    const k = tryKey()
    if (k) return k
  }
  return null
}

/** Heading kind a line's words suggest, or null. Style is checked against the document later. */
export function headingCandidate(line: LayoutLine, bodySize: number): SectionKind | null {
  const text = line.text.replace(/\t/g, ' ').trim()
  // "Key Skills: C, C++" is a label with a value, not a heading (handled by label parsing)
  if (/[:：]\s*[-–]?\s*\S/.test(text)) return null
  const kind = classifyHeadingText(text)
  if (kind) return wordCount(text) <= 7 && line.cells.length <= 2 ? kind : null
  // an unknown heading ("Honors", "Publications & Talks"…) needs the look of one
  if (
    line.cells.length <= 2 &&
    wordCount(text) <= 6 &&
    /^[\p{L}][\p{L}\s&,'’/-]*$/u.test(text) &&
    (line.size > bodySize * 1.15 || ((line.bold || isAllCaps(text)) && line.size > bodySize * 1.02))
  )
    return 'other'
  return null
}

interface HeadingStyle {
  size: number
  caps: boolean
}

/**
 * The look shared by the document's dictionary headings. Entry titles inside sections are often
 * large or bold too ("Volunteer" as a role, a school name); they are headings only when they look
 * like the real ones.
 */
function dominantStyle(cands: { line: LayoutLine; kind: SectionKind }[]): HeadingStyle | null {
  const counts = new Map<string, { style: HeadingStyle; n: number }>()
  for (const c of cands) {
    if (c.kind === 'other') continue
    const style = { size: Math.round(c.line.size * 10) / 10, caps: isAllCaps(c.line.text) }
    const key = `${style.size}|${style.caps}`
    const entry = counts.get(key) ?? { style, n: 0 }
    entry.n++
    counts.set(key, entry)
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || b.style.size - a.style.size)[0]
  return best && best.n >= 2 ? best.style : null
}

function matchesStyle(line: LayoutLine, style: HeadingStyle | null, bodySize: number, kind: SectionKind, styledDoc: boolean): boolean {
  // no shared heading look: a dictionary word still needs some emphasis when the document has any
  if (!style) return kind !== 'other' && (!styledDoc || line.bold || isAllCaps(line.text) || line.size > bodySize * 1.04)
  const sizeOk = Math.abs(line.size - style.size) <= style.size * 0.06
  if (kind === 'other') return sizeOk && isAllCaps(line.text) === style.caps && style.size > bodySize * 1.02
  // dictionary words: as large as the document's headings (a smaller "EDUCATION" is a label)
  return sizeOk || line.size > style.size
}

/**
 * Running headers/footers ("Byungjin Park · Résumé  2", "Page 1 of 3") and portal navigation
 * ("^ Back to Top") carry no facts and break entries apart.
 */
function dropFurniture(layout: DocumentLayout): LayoutLine[] {
  const key = (l: LayoutLine) => l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
  const edge = (l: LayoutLine) => {
    const h = layout.pages[l.page]?.height ?? 0
    return h > 0 && (l.y < h * 0.07 || l.y > h * 0.93)
  }
  const pagesByKey = new Map<string, Set<number>>()
  for (const l of layout.lines) if (edge(l)) pagesByKey.set(key(l), (pagesByKey.get(key(l)) ?? new Set()).add(l.page))
  return layout.lines.filter((l) => {
    if (/^\^?\s*back to top$/i.test(l.text.trim()) || /^page\s+\d+(\s+of\s+\d+)?$/i.test(l.text.trim())) return false
    if (!(edge(l) && (pagesByKey.get(key(l))?.size ?? 0) >= 2)) return true
    // a name (or name and title) printed at the top of every page is still the name on the first
    return l.page === 0 && !/\d/.test(l.text) && l.y < (layout.pages[0]?.height ?? 0) * 0.07
  })
}

export function splitSections(layout: DocumentLayout): SectionedResume {
  const kept = dropFurniture(layout)
  const cands = kept
    .map((line) => ({ line, kind: headingCandidate(line, layout.bodySize) }))
    .filter((c): c is { line: LayoutLine; kind: SectionKind } => c.kind !== null)
  const style = dominantStyle(cands)
  const styledDoc = kept.some((l) => l.bold || l.size > layout.bodySize * 1.1)
  const headings = new Map<LayoutLine, SectionKind>()
  for (const c of cands) if (matchesStyle(c.line, style, layout.bodySize, c.kind, styledDoc)) headings.set(c.line, c.kind)

  const header: LayoutLine[] = []
  const sections: Section[] = []
  let current: Section | null = null
  for (const line of kept) {
    const kind = headings.get(line) ?? null
    // 'other' headings only count once real sections have started (the name line is large too)
    if (kind && (kind !== 'other' || current)) {
      current = { kind, title: line.text.replace(/\t/g, ' ').trim(), heading: line, lines: [] }
      sections.push(current)
      continue
    }
    if (current) current.lines.push(line)
    else header.push(line)
  }
  return { header, sections, lines: kept, bodySize: layout.bodySize }
}

export function sectionsOf(doc: SectionedResume, kind: SectionKind): Section[] {
  return doc.sections.filter((s) => s.kind === kind)
}

export function linesOf(doc: SectionedResume, kind: SectionKind): LayoutLine[] {
  return sectionsOf(doc, kind).flatMap((s) => s.lines)
}

// ---------------------------------------------------------------------------------------------
// "Label: value" lines (Indian resumes put most personal facts this way)

export interface LabelValue {
  /** lower-case label words, e.g. "date of birth" */
  label: string
  value: string
  line: LayoutLine
}

const LABEL_RE = /^\s*(?:[•❖*■▪►●◦·-]\s*)?([\p{L}][\p{L}\s.'’/()&-]{0,40}?)\s*(?:[:：]\s*[-–]?|\s[-–]\s*[:：])\s*(.*)$/u

/**
 * Every "Label: value" line. A value may wrap onto the next lines when they sit right below it and
 * are not labels themselves ("Key Skills: a, b,\n c, d").
 */
// NOTE: every field extractor asks for the label lines of its own scope, so one document's lines
// are matched many times; the match of a line is kept with the line (lines are never mutated).
const labelMatches = new WeakMap<LayoutLine, { label: string; value: string } | null>()
function labelMatch(line: LayoutLine): { label: string; value: string } | null {
  let hit = labelMatches.get(line)
  if (hit === undefined) {
    const m = LABEL_RE.exec(line.cells.map((c) => c.text).join(' '))
    hit = m ? { label: m[1].toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim(), value: m[2].trim() } : null
    labelMatches.set(line, hit)
  }
  return hit
}

export function labelValues(lines: LayoutLine[]): LabelValue[] {
  const out: LabelValue[] = []
  for (let i = 0; i < lines.length; i++) {
    const m = labelMatch(lines[i])
    if (!m) continue
    const label = m.label
    if (label.split(' ').length > 5) continue
    let value = m.value
    // continuation lines: same column, directly below, not a label
    let j = i + 1
    const pitch = lines[i + 1] ? lines[i + 1].y - lines[i].y : 0
    while (
      value &&
      (/[,;]/.test(value) || /\b(and|or)$/i.test(value)) &&
      !/\.$/.test(value) &&
      j < lines.length &&
      lines[j].page === lines[i].page &&
      lines[j].column === lines[i].column &&
      lines[j].y - lines[j - 1].y > 0 &&
      lines[j].y - lines[j - 1].y < Math.max(1.2, pitch * 1.3) &&
      !labelMatch(lines[j])
    ) {
      value += (/[,;]$/.test(value) ? ' ' : value.endsWith('-') ? '' : ' ') + lines[j].text.replace(/\t/g, ' ').trim()
      j++
    }
    out.push({ label, value: value.trim(), line: lines[i] })
  }
  return [...out, ...stackedLabelValues(lines)]
}

/**
 * Labels stacked above their values in a grid ("EXPERIENCE | EXPECTED SALARY" over
 * "4 years | Rs. 22,000 / month"): each capitals-only cell pairs with the value cell below it.
 */
const isStackedLabel = (t: string) => isAllCaps(t) && !/\d/.test(t) && t.split(/\s+/).length <= 4
/** per line: every cell is a capitals-only label / some cell is (kept with the line, as above) */
const stackedKinds = new WeakMap<LayoutLine, { all: boolean; some: boolean }>()
function stackedKind(line: LayoutLine): { all: boolean; some: boolean } {
  let k = stackedKinds.get(line)
  if (!k) {
    const labels = line.cells.map((c) => isStackedLabel(c.text))
    k = { all: labels.every(Boolean), some: labels.some(Boolean) }
    stackedKinds.set(line, k)
  }
  return k
}

export function stackedLabelValues(lines: LayoutLine[]): LabelValue[] {
  const out: LabelValue[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i]
    const next = lines[i + 1]
    if (next.page !== head.page || next.y <= head.y) continue
    if (!stackedKind(head).all || stackedKind(next).some) continue
    for (const c of head.cells) {
      const v = next.cells.find((n) => Math.abs(n.x - c.x) < 1)
      if (v) out.push({ label: c.text.toLowerCase(), value: v.text.trim(), line: head })
    }
  }
  return out
}

export function findLabel(values: LabelValue[], labels: RegExp): LabelValue | undefined {
  return values.find((v) => labels.test(v.label) && v.value)
}
