import type { Found } from './contact'
import { parseFullDate } from './dates'
import { findLabel, labelValues, linesOf, sectionsOf, type LabelValue, type SectionedResume } from './sections'
import { collapse, lineText, stripBullet } from './text'

/**
 * Personal facts: date of birth, gender, spoken languages, driving licence and vehicle, the
 * summary/objective, certifications (ITI, NCVT…) — mostly from "Label: value" lines and their own
 * sections.
 */

function personalScope(doc: SectionedResume) {
  const skip = new Set([...linesOf(doc, 'experience'), ...linesOf(doc, 'projects'), ...linesOf(doc, 'references')])
  return doc.lines.filter((l) => !skip.has(l))
}

// ---------------------------------------------------------------------------------------------

export function extractDateOfBirth(doc: SectionedResume): Found<string> | null {
  const lines = personalScope(doc)
  const lv = findLabel(labelValues(lines), /^(date of birth|d\.?o\.?b\.?|birth ?date|born( on)?|date of birth \(dd\/mm\/yyyy\))$/)
  if (lv) {
    const iso = parseFullDate(lv.value)
    if (iso) return { value: iso, confidence: 'high' }
  }
  // "DoB October 11, 1961" without a colon
  for (const line of lines) {
    const m = /\b(?:date of birth|d\.?o\.?b\.?|born on|birth date)\b[\s:.-]*(.{6,30})/i.exec(lineText(line))
    if (m) {
      const iso = parseFullDate(m[1])
      if (iso) return { value: iso, confidence: 'high' }
    }
  }
  return null
}

export function extractGender(doc: SectionedResume): Found<'male' | 'female' | 'other'> | null {
  const lines = personalScope(doc)
  const lv = findLabel(labelValues(lines), /^(gender|sex)$/)
  const value = lv?.value ?? /\b(?:gender|sex)\s*[:-]?\s*(male|female|m|f|other|transgender)\b/i.exec(lines.map(lineText).join('\n'))?.[1]
  if (!value) return null
  const v = value.trim().toLowerCase()
  if (/^(male|m|man)\b/.test(v)) return { value: 'male', confidence: 'high' }
  if (/^(female|f|woman)\b/.test(v)) return { value: 'female', confidence: 'high' }
  if (/^(other|transgender|non-binary|nonbinary)\b/.test(v)) return { value: 'other', confidence: 'high' }
  return null
}

// ---------------------------------------------------------------------------------------------
// Languages (spoken)

const LANGUAGES: Record<string, string[]> = {
  English: [], Hindi: [], Marathi: [], Tamil: [], Telugu: [], Kannada: [], Bengali: ['bangla'], Gujarati: [],
  Punjabi: ['panjabi'], Malayalam: [], Odia: ['oriya'], Urdu: [], Assamese: [], Konkani: [], Sindhi: [],
  Kashmiri: [], Nepali: [], Sanskrit: [], Bhojpuri: [], Maithili: [], Rajasthani: [], Haryanvi: [], Tulu: [],
  Manipuri: [], Santali: [], Dogri: [], French: [], German: [], Spanish: [], Japanese: [], Chinese: ['mandarin'],
  Korean: [], Arabic: [], Russian: [], Italian: [], Portuguese: [], Persian: ['farsi'], Dutch: [], Turkish: [],
  Thai: [], Indonesian: [], Malay: [], Sinhala: [], Burmese: [], Hebrew: [], Greek: [], Polish: [],
}
const LANGUAGE_INDEX = new Map<string, string>()
for (const [name, aliases] of Object.entries(LANGUAGES)) {
  LANGUAGE_INDEX.set(name.toLowerCase(), name)
  for (const a of aliases) LANGUAGE_INDEX.set(a, name)
}

/** Spoken-language names in a piece of text, in order. */
export function languagesIn(text: string): string[] {
  const out: string[] = []
  for (const w of text.toLowerCase().split(/[^a-z]+/)) {
    const hit = LANGUAGE_INDEX.get(w)
    if (hit && !out.includes(hit)) out.push(hit)
  }
  return out
}

const LANGUAGE_LABELS = /^(languages?( known| spoken)?|known languages|linguistic (proficiency|ability)|languages? proficiency|mother tongue|spoken languages?)$/

export function extractLanguages(doc: SectionedResume): Found<string[]> | null {
  const out: string[] = []
  const add = (xs: string[]) => {
    for (const x of xs) if (!out.includes(x)) out.push(x)
  }
  for (const s of sectionsOf(doc, 'languages')) add(s.lines.flatMap((l) => languagesIn(lineText(l))))
  // "Language Known : English, Hindi" — never "Programming Languages: Python"
  for (const lv of labelValues(personalScope(doc))) if (LANGUAGE_LABELS.test(lv.label)) add(languagesIn(lv.value))
  return out.length ? { value: out.slice(0, 20), confidence: 'high' } : null
}

// ---------------------------------------------------------------------------------------------
// Driving licence and vehicle

export interface LicenceFound {
  has_driving_licence?: Found<boolean>
  licence_type?: Found<string[]>
  owns_vehicle?: Found<boolean>
  vehicle_type?: Found<'two_wheeler' | 'four_wheeler' | 'none'>
}

const LICENCE_RE = /\b(driving\s+licen[cs]e|driver'?s?\s+licen[cs]e|licen[cs]e\s+(?:no|number)|d\.?l\.?\s*(?:no|number)\b|lmv|hmv|hgmv|mcwg|lmv-?nt|lmv-?tr|transport\s+licen[cs]e|two[- ]wheeler\s+licen[cs]e|four[- ]wheeler\s+licen[cs]e|badge\s+(?:no|number))/i
const NEGATIVE_RE = /\b(no|not|don'?t|do not|without|none|nil|n\/a|applied|applying)\b/i

function licenceTypes(text: string): string[] {
  const t = text.toLowerCase()
  const out: string[] = []
  if (/\b(mcwg|mcwog|two[- ]?wheeler|2[- ]?wheeler|bike|motorcycle|scooter)\b/.test(t)) out.push('two_wheeler')
  if (/\b(lmv|four[- ]?wheeler|4[- ]?wheeler|car)\b/.test(t)) out.push('lmv')
  if (/\b(hmv|hgmv|hpmv|heavy)\b/.test(t)) out.push('hmv')
  if (/\b(transport|lmv-?tr|badge|commercial)\b/.test(t)) out.push('transport')
  return out
}

export function extractLicenceAndVehicle(doc: SectionedResume): LicenceFound {
  const out: LicenceFound = {}
  const lines = personalScope(doc).map(lineText)
  const labels = labelValues(personalScope(doc))
  const licenceLabel = labels.find((lv) => /licen[cs]e|^d\.?l\.?( no\.?| number)?$/.test(lv.label))
  if (licenceLabel) {
    const negative = /^(no|nil|none|n\/a|not applicable|-)\b/i.test(licenceLabel.value)
    out.has_driving_licence = { value: !negative, confidence: 'high' }
    const types = licenceTypes(`${licenceLabel.label} ${licenceLabel.value}`)
    if (!negative && types.length) out.licence_type = { value: types, confidence: 'high' }
  } else {
    const mention = lines.find((l) => LICENCE_RE.test(l))
    if (mention) {
      const negative = NEGATIVE_RE.test(mention.replace(/licen[cs]e\s+(no|number)/i, ''))
      out.has_driving_licence = { value: !negative, confidence: 'low' }
      const types = licenceTypes(mention)
      if (!negative && types.length) out.licence_type = { value: types, confidence: 'low' }
    }
  }

  const vehicleLabel = labels.find((lv) => /^(own(s)? (a )?vehicle|vehicle( owned)?|own (bike|two wheeler|car)|conveyance|vehicle available)$/.test(lv.label))
  const ownsText = vehicleLabel
    ? `${vehicleLabel.label}: ${vehicleLabel.value}`
    : lines.find((l) => /\b(own|owns|have|having|has)\s+(a\s+|my\s+)?(own\s+)?(bike|motor ?cycle|scooty|scooter|two[- ]?wheeler|2[- ]?wheeler|car|four[- ]?wheeler|4[- ]?wheeler|vehicle)\b/i.test(l))
  if (ownsText) {
    const value = vehicleLabel ? vehicleLabel.value : ownsText
    const negative = vehicleLabel ? /^(no|nil|none|n\/a|-)\b/i.test(value) : NEGATIVE_RE.test(value)
    out.owns_vehicle = { value: !negative, confidence: vehicleLabel ? 'high' : 'low' }
    const two = /\b(bike|motor ?cycle|scooty|scooter|two[- ]?wheeler|2[- ]?wheeler|activa|splendor)\b/i.test(value)
    const four = /\b(car|four[- ]?wheeler|4[- ]?wheeler)\b/i.test(value)
    if (negative) out.vehicle_type = { value: 'none', confidence: out.owns_vehicle.confidence }
    else if (two || four) out.vehicle_type = { value: two ? 'two_wheeler' : 'four_wheeler', confidence: out.owns_vehicle.confidence }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Summary / about

export function extractAbout(doc: SectionedResume): Found<string> | null {
  const section = sectionsOf(doc, 'summary').find((s) => s.lines.length > 0)
  if (!section) return null
  const text = collapse(
    section.lines
      .map((l) => stripBullet(lineText(l)))
      .join(' ')
      .replace(/-\s+(?=[a-z])/g, '-'),
  )
  if (text.length < 20) return null
  return { value: text.slice(0, 2000), confidence: 'high' }
}

// ---------------------------------------------------------------------------------------------
// Certifications

const CERT_RE = /\b(iti|ncvt|scvt|nsdc|certified|certification|certificate|certifications|diploma in|course in|pmp|ccna|ccnp|aws certified|cpa|cfa|acca)\b/i

export function extractCertifications(doc: SectionedResume): Found<string[]> | null {
  const out: string[] = []
  const add = (s: string) => {
    const c = collapse(stripBullet(s)).replace(/^[,\s]+|[.,;\s]+$/g, '')
    if (c.length < 2 || c.length > 120) return
    if (!out.some((o) => o.toLowerCase() === c.toLowerCase())) out.push(c)
  }
  for (const s of sectionsOf(doc, 'certifications')) {
    const certsOnly = /certif|licen|course/i.test(s.title) && !/award|achievement/i.test(s.title)
    for (const l of s.lines) {
      const t = stripBullet(lineText(l)).replace(/^,\s*/, '')
      // skip description lines ("Completed certification courses from …" is kept; prose is not)
      if (!t || t.split(/\s+/).length > 16) continue
      // a line holding only the course's dates
      if (t.replace(/\b(19|20)\d{2}\b|\b\d{1,2}\/\d{4}\b|[^\p{L}]/gu, '').length < 2) continue
      if (certsOnly || CERT_RE.test(t)) add(t.replace(/^((19|20)\d{2})\s+/, ''))
    }
  }
  // ITI/NCVT mentions in education lines ("ITI in Electrician, NCVT, 2019")
  for (const l of linesOf(doc, 'education')) {
    const t = lineText(l)
    if (/\b(iti|ncvt|scvt)\b/i.test(t)) add(t)
  }
  // "Other Qualifications/Certifications: …" blocks of job-portal exports
  const lv: LabelValue | undefined = labelValues(doc.lines).find((x) => /certif/.test(x.label) && x.value)
  if (lv) add(lv.value)
  return out.length ? { value: out.slice(0, 30), confidence: 'low' } : null
}
