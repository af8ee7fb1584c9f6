import { canonicalSkill, lookupSkill, skillMatchKey, skillSpellings } from '../../normalise/skills'
import { collapse, escapeRegExp } from '../../normalise/text'
import { isHeading, type JdDoc, type JdLine } from './jd-text'

/**
 * Skills a posting asks for. When the employer (or the board) lists them — "Key Skills",
 * "Skills:", "Required Skills", "Mandatory Skills" — the list is the answer. Otherwise skills are
 * spotted in the requirement and responsibility text with the skills dictionary, never in
 * "about us" or benefits text. Canonical names; unknown listed skills kept as written. Pure.
 */

const SKILL_LABEL =
  /^(key skills|skills?|required skills|skill set|skillset|skills required|mandatory skills|technical skills|must have skills|must have|primary skills|desired skills|preferred skills|good to have|nice to have|tech stack|technologies|required technical skill set|technical skill set|skills and qualifications|key skills required|core skills|programming languages needed)$/
const NOT_SKILLS = /^(required skills and qualifications|skills and qualifications)$/

// Spellings too ambiguous to spot in prose (they are fine inside a skills list)
const AMBIGUOUS = new Set(['c', 'r', 'go', 'word', 'office', 'node', 'spring', 'rest', 'express', 'ml', 'dl', 'js', 'ts', 'ppt', 'sales', 'security', 'driving', 'delivery', 'painting', 'fitting', 'billing', 'packing', 'loading', 'typing', 'data', 'statistics', 'wiring', 'mobile', 'organization', 'organisation', 'leadership', 'marketing', 'accounting', 'lathe', 'swift', 'shell', 'assembly', 'oracle', 'spark', 'windows', 'agile', 'scrum', 'unix', 'rails', 'flask', 'teamwork', 'communication', 'cleaning', 'dispatch', 'documentation', 'reconciliation', 'collections', 'hive', 'b2b', 'etl', 'audit', 'auditing', 'laundry', 'dart', 'ruby', 'perl', 'scala', 'rust', 'kotlin', 'jest', 'looker', 'snowflake', 'maven', 'sass', 'mui', 'linux', 'cassandra', 'mvc', 'ubuntu'])

const LEVEL_PREFIX = /^(?:deep|good|strong|sound|solid|excellent|basic|working|hands[- ]on|proven|in[- ]depth|thorough|expert|advanced|proficient|proficiency|familiarity|experience|knowledge|understanding|exposure)(?:\s+(?:knowledge|understanding|experience|exposure|proficiency))?\s*(?:of|in|with|on)\s+/i

/** Split a skills value: commas, semicolons, pipes, bullets; "/" stays inside ("CI/CD", "HTML/CSS"). */
export function splitSkills(value: string): string[] {
  const items: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of value.replace(/\s+[•·|]\s+|[•·|;]/g, ',')) {
    if (ch === '(' || ch === '[') depth++
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1)
    if (ch === ',' && depth === 0) {
      items.push(cur)
      cur = ''
    } else cur += ch
  }
  items.push(cur)
  return items.map(collapse).filter(Boolean)
}

/** "(Required)", "Deep knowledge of", "etc." off; sentences refused. */
export function cleanSkillItem(raw: string): string | null {
  let s = collapse(raw)
    .replace(/\s*\((?:required|preferred|mandatory|must|optional|good to have)\)\s*/gi, ' ')
    .replace(/^(?:and|&|or)\s+/i, '')
    .replace(/\s+(?:etc\.?|and more|skills?)$/i, '')
    .replace(/[.:;,]+$/, '')
    .trim()
  for (let i = 0; i < 2; i++) s = s.replace(LEVEL_PREFIX, '')
  s = collapse(s)
  if (!s || s.length > 60 || !/\p{L}/u.test(s)) return null
  const words = s.split(/\s+/)
  if (words.length > 5) return null
  // a duty, not a skill: "Should be able to …", "Must know …"
  if (/^(should|must|will|ability|able|willing|candidate|you|we|the|a|an)\b/i.test(s)) return null
  return s
}

let spotters: { canonical: string; re: RegExp }[] | null = null
function spotList() {
  // one compiled pattern per skill, built once: spotting runs on every posting
  if (!spotters) {
    spotters = skillSpellings()
      .map(({ canonical, spellings }) => ({ canonical, spellings: spellings.filter((sp) => sp.length >= 2 && !AMBIGUOUS.has(sp.toLowerCase())) }))
      .filter((s) => s.spellings.length > 0)
      .map(({ canonical, spellings }) => ({
        canonical,
        re: new RegExp(`(?<![\\p{L}\\p{N}+#.])(?:${spellings.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}+#])`, 'iu'),
      }))
  }
  return spotters
}

/** Dictionary skills named in a piece of prose, in order of first mention. */
export function spotSkills(text: string): string[] {
  const hits: { canonical: string; at: number }[] = []
  for (const { canonical, re } of spotList()) {
    const m = re.exec(text)
    if (m) hits.push({ canonical, at: m.index })
  }
  // "communication skills" is a requirement; a bare "communication" is not
  const comm = /\bcommunication skills?\b/i.exec(text)
  if (comm) hits.push({ canonical: 'Communication', at: comm.index })
  return hits.sort((a, b) => a.at - b.at).map((h) => h.canonical)
}

function addAll(out: string[], seen: Set<string>, items: string[]): void {
  for (const it of items) {
    const canonical = lookupSkill(it) ? canonicalSkill(it) : it
    const k = skillMatchKey(canonical)
    if (!k || seen.has(k)) continue
    seen.add(k)
    out.push(canonical)
  }
}

/** Lines of a labelled or headed skills block: the value, then the bullets under it. */
function blockItems(doc: JdDoc, line: JdLine): string[] {
  const items: string[] = []
  const take = (text: string) => {
    for (const part of splitSkills(text)) {
      const c = cleanSkillItem(part)
      if (c) items.push(c)
      else items.push(...spotSkills(part))
    }
  }
  // "Skills: Strong foundation in computer science, including …": a sentence, not a list
  if (line.value && /[.]$/.test(line.value) && line.value.split(/\s+/).length > 8) return spotSkills(line.value)
  if (line.value) take(line.value)
  if (line.value && line.value.length > 0 && !line.value.endsWith(',')) {
    // "Skills: a, b" on one line; a block only when the label stood alone
    return items
  }
  for (let i = line.index + 1; i < doc.lines.length; i++) {
    const next = doc.lines[i]
    if (next.zone === 'about') break
    if (next.label && SKILL_LABEL.test(next.label)) break
    if (next.label && !next.bullet) break
    // prose ends a block; a long comma-separated line is still a list
    if (!next.bullet && next.text.split(' ').length > 12 && (next.text.match(/,/g) ?? []).length < 3) break
    if (/^(regards|thanks|thank you|warm regards|best regards|note|apply|contact|interested candidates)\b/i.test(next.text)) break
    if (!next.bullet && i > line.index + 1 && /^[\p{Lu}][^,]*$/u.test(next.text) && next.text.split(' ').length <= 4 && !lookupSkill(next.text)) break
    take(next.text)
    if (i > line.index + 40) break
  }
  return items
}

export interface SkillsFound {
  skills: string[]
  /** listed by the employer (high) or spotted in prose (low) */
  listed: boolean
}

export function skillsOf(doc: JdDoc, extraProse: string[] = []): SkillsFound {
  const out: string[] = []
  const seen = new Set<string>()
  const headed = doc.lines.filter((l) => l.zone !== 'about' && !l.label && SKILL_LABEL.test(l.text.toLowerCase().replace(/[:：]\s*$/, '').trim()))
  const labelledLines = doc.lines.filter((l) => l.zone !== 'about' && l.label && SKILL_LABEL.test(l.label) && !NOT_SKILLS.test(l.label))
  // Naukri's footer "Key Skills" is the board's own list: it is the answer on its own
  const keySkills = headed.filter((l) => /^key skills/i.test(l.text) && l.index > doc.lines.length / 2)
  const blocks = keySkills.length > 0 ? keySkills : [...labelledLines, ...headed].sort((a, b) => a.index - b.index)
  for (const b of blocks) addAll(out, seen, blockItems(doc, b))
  if (out.length > 0) return { skills: out.slice(0, 60), listed: true }

  // no list: spot dictionary skills in what the job asks, not in the company blurb
  const prose = doc.lines.filter((l) => l.zone === 'body' || l.zone === 'card').filter((l) => !(l.label && /^(company|address|email|phone|contact|job category|industry|department|role category|role|gender|age|salary|experience)$/.test(l.label)))
  addAll(out, seen, extraProse.flatMap((t) => splitSkills(t.replace(/\s+and\s+/g, ', ')).map((x) => cleanSkillItem(x)).filter((x): x is string => !!x)))
  addAll(out, seen, spotSkills(prose.map((l) => l.text).join('\n')))
  // short bullets under a requirements heading ("Customer Feedback") are skills as written
  for (const l of prose) {
    if (!l.section || !/requirement|skill|duties|responsibilit/.test(l.section) || l.label || l.text.toLowerCase() === l.section) continue
    if (isHeading(l.text)) continue
    const words = l.text.split(/\s+/)
    if (words.length >= 1 && words.length <= 3 && /^[\p{Lu}]/u.test(l.text) && !/[.:]$/.test(l.text)) {
      const c = cleanSkillItem(l.text)
      if (c) addAll(out, seen, [c])
    }
  }
  return { skills: out.slice(0, 60), listed: false }
}
