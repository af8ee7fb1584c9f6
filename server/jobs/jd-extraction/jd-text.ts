import { collapse, foldText } from '../../normalise/text'

/**
 * A posting as lines, each knowing its "Label: value" (if any) and the zone it sits in. Pure.
 *
 * Zones: `header` (the title / company / location lines job boards put first), `card` (a board's
 * structured fields: Lokal's card before "Other details:", Naukri's header card and its
 * Role/Education/Key Skills footer), `about` (about-us, benefits, equal-opportunity text: never a
 * source of skills or requirements) and `body` (everything the employer wrote about the job).
 */

export type Zone = 'header' | 'card' | 'body' | 'about'

export interface JdLine {
  /** 0-based among all lines */
  index: number
  /** folded, bullets and emoji stripped, spaces collapsed */
  text: string
  zone: Zone
  /** the section heading this line sits under (lower-case), if any */
  section: string | null
  label: string | null
  value: string | null
  /** a bullet or emoji started the line */
  bullet: boolean
}

export interface JdDoc {
  lines: JdLine[]
  /** the whole folded text, for patterns that cross lines */
  text: string
}

// WhatsApp posts lead lines with emoji and arrows; résumé-style bullets too
const LEAD = /^[\s\p{Extended_Pictographic}\u200d\ufe0f\u20e3•·▪►●◦‣⁃○□➢➤✓✔✅❖■*~=>↪↩→⇒»#|_-]+/u
const TRAIL = /[\s\p{Extended_Pictographic}\u200d\ufe0f↩↪]+$/u

// Headings after which text is about the company, not the job
const ABOUT_HEADINGS =
  /^(about (us|the company|company|the organi[sz]ation|the team|[\p{L}\s.&]{2,40})|company (overview|profile|description)|who we are|our (company|story|mission|culture|values)|why (join us|work with us|us)|what we offer|benefits|perks( and benefits)?|perks & benefits|equal opportunity( employer)?|life at .*|our benefits|diversity.*|disclaimer|flexible timings|global clients exposure|retreats & celebrations|compensation & benefits)\s*:?$/iu
// Headings that start text about the job itself
const JOB_HEADINGS =
  /^(job (description|summary|responsibilities|requirements|details|brief|purpose|overview)|key (responsibilities|skills|requirements|result areas)|roles? (and|&) responsibilit(y|ies)|responsibilities( and duties)?|duties( and (responsibilities|requirements))?|requirements?|general requirements|qualifications?|candidate (qualifications|profile|requirements)|desired (candidate profile|profile|skills( and experience)?)|skills( required)?|required skills( and qualifications)?|mandatory skills|must have|good to have|nice to have|what you('ll| will) (do|need|bring)|who you are|eligibility( criteria)?|other details|role and responsibilities|the role|your role|preferred (qualifications|skills)|technical skills|education|experience|reconciliation|working days and times|job types?)\s*:?$/i
const CARD_START = /^(other details|job description)\s*:?$/i
// Naukri's footer card
const FOOTER_LABELS = /^(role|industry type|department|employment type|role category|education|ug|pg|doctorate|key skills)$/i

const LABEL_RE = /^([\p{L}][\p{L}\p{M} .&/()'’-]{0,44}?)\s*(?::|：|\s-\s|-(?=\s*[\p{L}\d₹(])|–)\s*(.*)$/u

/** Naukri/Lokal board fields and the labels employers write. Lower-case, spaces collapsed. */
export function labelKey(label: string): string {
  return collapse(label.toLowerCase().replace(/[^\p{L}\p{N}&/ ]/gu, ' '))
}

function splitInline(text: string): string[] {
  // long pasted paragraphs with inline bullets and headings ("… React JS About Us: We're …")
  return text
    .replace(/\s+[•·▪●]\s+/g, '\n')
    .replace(/\s+(?=(?:About Us|Requirements|Job Description|Responsibilities|Qualifications|Benefits|Perks|Equal Opportunity Employer|Flexible Timings)\s*:)/g, '\n')
    .split('\n')
}

export function toDoc(raw: string): JdDoc {
  const folded = foldText(raw).replace(/\r\n?/g, '\n').replace(/\t/g, ' ')
  const rawLines = folded.split('\n').flatMap(splitInline)
  const lines: JdLine[] = []
  let zone: Zone = 'header'
  let section: string | null = null
  let headerLeft = 3
  let sawCardStart = false
  rawLines.forEach((r) => {
    const bullet = LEAD.test(r) && /\S/.test(r.replace(LEAD, ''))
    const text = collapse(r.replace(LEAD, '').replace(TRAIL, ''))
    if (!text) {
      // a blank line ends the header block
      if (zone === 'header' && lines.length > 0) {
        zone = 'body'
        headerLeft = 0
      }
      return
    }
    const lv = LABEL_RE.exec(text)
    let label = lv ? labelKey(lv[1]) : null
    let value = lv ? collapse(lv[2]) : null
    // "9 am - 6 pm", "Rs - 5000": not labels
    if (label && (/^\d/.test(label) || label.split(' ').length > 6)) {
      label = null
      value = null
    }
    const bare = text.replace(/[:：.]+$/, '').trim()
    if (CARD_START.test(bare)) {
      sawCardStart = true
      zone = 'body'
      section = bare.toLowerCase()
      lines.push({ index: lines.length, text, zone, section, label: null, value: null, bullet })
      return
    }
    if (zone === 'header') {
      if (headerLeft <= 0 || (label && !/^(place|location)$/.test(label) && lines.length >= 2)) zone = 'body'
      else headerLeft--
    }
    if (zone !== 'header') {
      if (ABOUT_HEADINGS.test(bare) || (label && ABOUT_HEADINGS.test(label) && (value ?? '').length > 40)) {
        zone = 'about'
        section = bare.toLowerCase()
      } else if (JOB_HEADINGS.test(bare) || (label && JOB_HEADINGS.test(label))) {
        zone = 'body'
        section = (label ?? bare).toLowerCase()
      } else if (label && FOOTER_LABELS.test(label) && zone !== 'card') {
        zone = 'card'
      }
    }
    lines.push({ index: lines.length, text, zone, section, label, value, bullet })
  })
  // Lokal: the card is every field line between the header and "Other details:"
  if (sawCardStart) {
    for (const l of lines) {
      if (CARD_START.test(l.text.replace(/[:：.]+$/, ''))) break
      if (l.zone === 'body' && (l.label || /^\d+\s+vacanc/i.test(l.text))) l.zone = 'card'
    }
  }
  // Naukri's header card: "Experience:", "Salary:", "Openings:" right after the header
  for (const l of lines) {
    if (l.zone === 'header') continue
    if (l.label && /^(experience|salary|openings)$/.test(l.label) && l.index <= 8) l.zone = 'card'
    else if (l.index > 8) break
  }
  return { lines, text: lines.map((l) => l.text).join('\n') }
}

/** A section heading line ("Key Skills", "Requirements:", "About Us"). */
export function isHeading(text: string): boolean {
  const bare = text.replace(/[:：.]+$/, '').trim()
  return JOB_HEADINGS.test(bare) || ABOUT_HEADINGS.test(bare) || CARD_START.test(bare)
}

/** The value of a label line, or (when empty) the next line(s): "Salary:\n• Rs 30,000". */
export function valueOf(doc: JdDoc, line: JdLine, maxLines = 1): string {
  if (line.value) return line.value
  const out: string[] = []
  for (let i = line.index + 1; i < doc.lines.length && out.length < maxLines; i++) {
    const next = doc.lines[i]
    if (next.label && !next.bullet && out.length > 0) break
    if (JOB_HEADINGS.test(next.text.replace(/[:：.]+$/, '')) || ABOUT_HEADINGS.test(next.text.replace(/[:：.]+$/, ''))) break
    out.push(next.text)
  }
  return out.join('\n')
}

/** Label lines whose label matches, in order (card lines first when `cardFirst`). */
export function labelled(doc: JdDoc, re: RegExp): JdLine[] {
  return doc.lines.filter((l) => l.label !== null && re.test(l.label) && l.zone !== 'about')
}
