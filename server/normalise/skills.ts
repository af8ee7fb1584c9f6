import { lookupSkill as lookupResumeSkill, skillKey, skillSpellings as resumeSkillSpellings } from '../resume/extraction/skills-dictionary'
import { EXTRA_SKILLS } from './data/skills-extra'
import { collapse } from './text'

/**
 * Skills → canonical names, through the one skills dictionary (`skills-dictionary.ts`): "nodejs" →
 * "Node.js", "ms excel" → "MS Excel". Unknown skills are tidied, never dropped. Pure.
 */

const EXTRA_INDEX = new Map<string, string>()
for (const [canonical, aliases] of Object.entries(EXTRA_SKILLS)) {
  for (const a of [canonical, ...aliases]) if (!EXTRA_INDEX.has(skillKey(a))) EXTRA_INDEX.set(skillKey(a), canonical)
}

/** Canonical name of a known skill (the resume dictionary first, then posting vocabulary), or null. */
export function lookupSkill(name: string): string | null {
  return lookupResumeSkill(name) ?? EXTRA_INDEX.get(skillKey(name)) ?? null
}

/** Every canonical skill with its spellings, for spotting skills in free text. */
export function skillSpellings(): { canonical: string; spellings: string[] }[] {
  const extra = Object.entries(EXTRA_SKILLS)
    .filter(([c]) => !lookupResumeSkill(c))
    .map(([canonical, aliases]) => ({ canonical, spellings: [canonical, ...aliases] }))
  return [...resumeSkillSpellings(), ...extra]
}

/** Canonical spelling of a skill; unknown skills tidied (shouting lowered, first letter capital). */
export function canonicalSkill(name: string): string {
  const known = lookupSkill(name)
  if (known) return known
  const s = collapse(name)
  // shouting: "PROJECT MANAGEMENT" → "Project Management"; short acronyms ("DBA", "SAP") stay
  if (s.length > 4 && s === s.toUpperCase() && /[A-Z]{2}/.test(s)) return s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** De-duplicate canonical skills case-insensitively, keeping the first spelling. */
export function canonicalSkills(names: readonly string[]): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  for (const n of names) {
    const c = canonicalSkill(n)
    const k = c.toLowerCase()
    if (!seen.has(k)) {
      seen.add(k)
      out.push(c)
    }
  }
  return out
}

/** Key under which two spellings of one skill meet ("ReactJS" = "React JS" = "react"). */
export function skillMatchKey(name: string): string {
  return skillKey(lookupSkill(name) ?? name)
}
