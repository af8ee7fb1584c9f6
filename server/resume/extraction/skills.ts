import type { LayoutLine } from './layout'
import { labelValues, linesOf, sectionsOf, type SectionedResume } from './sections'
import { lookupSkill, skillKey, skillSpellings } from './skills-dictionary'
import { collapse, lineText, stripBullet } from './text'

/**
 * Skills the resume lists: the skills sections (their "Category: a, b" lines, bullet lists and
 * grids), "Key Skills: …" label lines anywhere, plus the role's suggested skills when the text
 * mentions them. Skills merely mentioned in prose are returned separately as suggestions, so the
 * bot can offer them without claiming the candidate listed them.
 */

export interface SkillsFound {
  /** as written (cleaned), in order, de-duplicated case-insensitively */
  listed: string[]
  /** role skills found anywhere in the text (canonical) */
  fromRole: string[]
  /** dictionary skills seen in prose but not listed (canonical) */
  suggestions: string[]
}

// labels whose value is a list of skills
const SKILL_LABELS =
  /^(key skills|skills|skill set|skillset|technical skills|it skills|core skills|core competencies|competencies|software skills|computer skills|computer knowledge|computer proficiency|tools|technologies|programming languages?|languages and technologies|frameworks?|libraries|databases?|operating systems?|os|web technologies|frontend( technologies)?|backend( technologies)?|scripting languages?|platforms|software|ide|ides|cloud|devops|version control|testing|methodologies|other|others|familiar|applications|programs|microsoft office|ms office|web server|soft skills|areas of expertise|expertise|technical proficiency|social media( administration)?|packages|office tools|mobile|big data|data|markup languages|tools and technologies|technical expertise)$/

// a line that only names a category inside a skills section ("PROGRAMMING", "Over 5000 lines:")
const CATEGORY_LINE =
  /^(programming|languages?|tools|frameworks?|technologies|databases?|familiar|others?|software|technical|soft skills|hard skills|personal|professional|web|cloud|over \d+ lines|proficient|intermediate|beginner|basic|advanced|expert|skill name|skills?)$/i

// table headers of portal exports ("Skill Name | Version | Last Used | Experience")
const TABLE_HEADER_WORDS = new Set(['skill', 'skills', 'name', 'version', 'last', 'used', 'experience', 'proficiency', 'level', 'years', 'rating', 'read', 'write', 'speak'])

const MAX_WORDS_TECH = 6
const MAX_WORDS_SOFT = 10

function isTableHeader(text: string): boolean {
  const w = text.toLowerCase().split(/[^a-z]+/).filter(Boolean)
  return w.length >= 2 && w.every((x) => TABLE_HEADER_WORDS.has(x))
}

/** Split a list into items: commas, semicolons, bullets, pipes; "X with Y" lists both. */
export function splitSkillList(text: string): string[] {
  const protectedText = text
    // keep "Angular 5/6", "CI/CD", "TCP/IP" together; split other separators
    .replace(/\s+[•·|]\s+|[•·|]/g, ',')
    .replace(/;/g, ',')
  // commas inside parentheses belong to the parenthetical: "LAMP (Linux, PHP, MySQL)"
  const items: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of protectedText) {
    if (ch === '(' || ch === '[') depth++
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1)
    if (ch === ',' && depth === 0) {
      items.push(cur)
      cur = ''
    } else cur += ch
  }
  items.push(cur)
  // "Asp.Net with MVC" lists two skills; "Ability to cope up with different situations" is one
  const splitWith = (i: string) => {
    const parts = i.split(/\s+with\s+/i)
    return parts.length === 2 && parts.every((p) => p.trim().split(/\s+/).length <= 3) ? parts : [i]
  }
  return items.flatMap(splitWith).map(collapse).filter(Boolean)
}

/** Clean one item: bullets, brackets, versions, "and basic Excel" → "Excel". */
export function cleanSkill(raw: string, soft: boolean): string | null {
  let s = stripBullet(raw)
  s = s.replace(/\s*[([][^)\]]*[)\]]/g, '') // "SQL (Structure Query Language)", "Linux(Ubuntu)"
  s = s.replace(/^(and|&|also|etc)\s+/i, '')
  s = s.replace(/\s+(etc\.?|and more)$/i, '')
  s = s.replace(/[.:;,]+$/, '').trim()
  // "basic Excel": a level word in front of a known skill ("Basic mathematics" stays)
  const m = /^(basic|basics of|advanced|advance|intermediate|good|working knowledge of|knowledge of|proficient in|expert in)\s+(.+)$/i.exec(s)
  if (m && lookupSkill(m[2])) s = m[2]
  // "Microsoft Visual Studio 2017": a release year is not part of the skill
  s = s.replace(/\s+(19|20)\d{2}$/, '')
  s = collapse(s)
  if (!s || s.length > 60) return null
  const words = s.split(/\s+/).length
  if (words > (soft ? MAX_WORDS_SOFT : MAX_WORDS_TECH)) return null
  if (!/[\p{L}]/u.test(s)) return null
  if (CATEGORY_LINE.test(s)) return null
  return s
}

function dedupeInto(out: string[], items: string[]): void {
  const seen = new Set(out.map((s) => s.toLowerCase()))
  for (const it of items) {
    const k = it.toLowerCase()
    if (!seen.has(k)) {
      seen.add(k)
      out.push(it)
    }
  }
}

function itemsFromLine(line: LayoutLine, soft: boolean): string[] {
  const text = lineText(line)
  if (!text || isTableHeader(text)) return []
  const body = stripBullet(text)
  if (CATEGORY_LINE.test(body.replace(/[:：]\s*$/, ''))) return []
  // "Programming Languages: Python, C" inside a skills section: the label is a category
  const lv = /^([^:：]{2,40})[:：]\s*[-–]?\s*(.*)$/.exec(body)
  const value = lv ? lv[2] : body
  if (!value) return []
  // grid cells ("Project management | Data analysis") are items of their own
  const pieces = line.cells.length > 1 && !lv ? line.cells.map((c) => c.text) : [value]
  const out: string[] = []
  for (const p of pieces) {
    // long prose items are refused by cleanSkill
    for (const item of splitSkillList(p)) {
      const c = cleanSkill(item, soft)
      if (c) out.push(c)
    }
  }
  return out
}

const WORD_CHAR = /[\p{L}\p{N}+#]/u

/**
 * Does `lower` (lower-cased text) mention `spelling` as a whole word (no letter, digit, `+` or `#`
 * on either side)? NOTE: indexOf plus two one-character checks, not a regex per spelling: building
 * and running ~1 000 Unicode regexes per file was a third of the extraction's time.
 */
function mentions(lower: string, spelling: string): boolean {
  const s = spelling.toLowerCase()
  if (!s) return false
  for (let at = lower.indexOf(s); at >= 0; at = lower.indexOf(s, at + 1)) {
    const before = at > 0 ? lower[at - 1] : ''
    const after = lower[at + s.length] ?? ''
    if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true
  }
  return false
}

// spellings too ambiguous to spot in prose
const AMBIGUOUS = new Set(['c', 'r', 'go', 'word', 'office', 'node', 'spring', 'rest', 'express', 'ml', 'dl', 'js', 'ts', 'ppt', 'sales', 'security', 'driving', 'delivery', 'painting', 'cooking', 'cleaning', 'fitting', 'billing', 'packing', 'loading', 'typing', 'data', 'statistics', 'wiring', 'mobile', 'communication', 'organization', 'leadership', 'marketing', 'accounting', 'lathe', 'swift', 'shell', 'assembly', 'oracle', 'spark', 'windows', 'agile', 'scrum', 'tally', 'unix', 'ubuntu', 'rails', 'flask', 'cassandra', 'teamwork'])

/** the first run of letters and digits of a lower-cased spelling ("node" of "node.js", "c" of "c++") */
const headWord = (lower: string) => /[\p{L}\p{N}]+/u.exec(lower)?.[0] ?? ''

/**
 * The text's words (runs of letters and digits). A whole-word mention of a spelling always has the
 * spelling's head word as one of them (the characters around a mention are not letters or digits),
 * so spellings whose head word is absent are skipped without searching the text.
 */
function wordsOf(lower: string): Set<string> {
  return new Set(lower.split(/[^\p{L}\p{N}]+/u))
}

function mentionedIn(lower: string, words: Set<string>, spelling: string): boolean {
  const head = headWord(spelling.toLowerCase())
  return (!head || words.has(head)) && mentions(lower, spelling)
}

let proseSpellings: { canonical: string; usable: { lower: string; head: string }[] }[] | null = null
/** per canonical skill, the spellings safe to spot in prose (built once: the dictionary is fixed) */
function spellingsForProse(): { canonical: string; usable: { lower: string; head: string }[] }[] {
  proseSpellings ??= skillSpellings().map(({ canonical, spellings }) => ({
    canonical,
    usable: spellings
      .filter((sp) => sp.length >= 3 && !AMBIGUOUS.has(sp.toLowerCase()))
      .map((sp) => ({ lower: sp.toLowerCase(), head: headWord(sp.toLowerCase()) })),
  }))
  return proseSpellings
}

export function extractSkills(doc: SectionedResume, roleSkills: string[] = []): SkillsFound {
  const listed: string[] = []
  for (const section of sectionsOf(doc, 'skills')) {
    const soft = /interpersonal|soft|personal|strength|abilit/i.test(section.title)
    for (const line of section.lines) dedupeInto(listed, itemsFromLine(line, soft))
  }
  // "Key Skills: …" anywhere (job-portal profiles, bio-data headers)
  const notSkills = new Set([...linesOf(doc, 'skills'), ...linesOf(doc, 'experience'), ...linesOf(doc, 'projects')])
  for (const lv of labelValues(doc.lines.filter((l) => !notSkills.has(l)))) {
    if (!SKILL_LABELS.test(lv.label) || /languages? known|spoken/.test(lv.label)) continue
    const items = splitSkillList(lv.value)
      .map((i) => cleanSkill(i, false))
      .filter((s): s is string => !!s)
    dedupeInto(listed, items)
  }

  const text = doc.lines.map(lineText).join('\n').toLowerCase()
  const words = wordsOf(text)
  const listedKeys = new Set(listed.map((s) => lookupSkill(s) ?? s).map(skillKey))
  const fromRole: string[] = []
  for (const skill of roleSkills) {
    const canonical = lookupSkill(skill) ?? skill
    if (listedKeys.has(skillKey(canonical))) continue
    const spellings = [skill, canonical, ...(skillSpellings().find((s) => s.canonical === canonical)?.spellings ?? [])]
    if (spellings.some((sp) => sp.length >= 2 && mentionedIn(text, words, sp))) {
      fromRole.push(canonical)
      listedKeys.add(skillKey(canonical))
    }
  }
  const suggestions: string[] = []
  for (const { canonical, usable } of spellingsForProse()) {
    if (listedKeys.has(skillKey(canonical))) continue
    if (usable.some((sp) => (!sp.head || words.has(sp.head)) && mentions(text, sp.lower))) {
      suggestions.push(canonical)
    }
  }
  return { listed: listed.slice(0, 60), fromRole, suggestions: suggestions.slice(0, 30) }
}
