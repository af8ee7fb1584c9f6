import type { AnswerKey, Answers } from '../resume-answers'
import { highestEducationOf } from '../../normalise/education'
import { extractEmail, extractLinks, extractPhone, type Confidence } from './contact'
import { extractEducation, type EducationEntry } from './education'
import { clearPlaceCache, experienceMonths, extractExperience, headlineEntry, withHeadline, type WorkEntry } from './experience'
import type { DocumentLayout } from './layout'
import { extractLocation } from './location'
import { extractName } from './name'
import { canonicalSkills, experienceToMonths, noticePeriodOf, salaryRangeToMonthly, salaryToMonthly, workModeOf, yesNoOf } from './normalise'
import { readPdfText, type PdfErrorCode, type PdfTextOptions } from './pdf-text'
import {
  extractAbout,
  extractCertifications,
  extractDateOfBirth,
  extractGender,
  extractLanguages,
  extractLicenceAndVehicle,
} from './personal'
import { revalidate, type Flag } from './revalidate'
import { documentVocabulary } from './segment'
import { labelValues, splitSections, type LabelValue, type SectionedResume } from './sections'
import { extractSkills } from './skills'
import { clearPeriodCache } from './dates'
import { lineText } from './text'

/**
 * The offline extractor: PDF → text with layout → sections → field extractors → normalisation →
 * revalidation. No network. `fixtureShape` is the JSON shape of
 * `shared/fixtures/resumes/README.md`, used by the CLI and the evaluation.
 */

export interface ExtractOptions {
  /** reference date for "present", ages and total experience */
  now: Date
  /** the role's suggested skills: listed when the resume mentions them anywhere */
  roleSkills?: string[]
  pdf?: PdfTextOptions
}

export interface FixtureShape {
  name: string | null
  email: string | null
  phone: string | null
  location: string | null
  links: string[]
  skills: string[]
  education: EducationEntry[]
  experience: WorkEntry[]
  languages: string[]
}

export interface ExtractionSuccess {
  ok: true
  answers: Answers
  /** per extracted key: `low` = worth confirming (or asking the LLM) */
  confidence: Partial<Record<AnswerKey, Confidence>>
  flags: Flag[]
  fixtureShape: FixtureShape
  /** skills seen in the text but not listed as skills: quick picks for the bot */
  suggestedSkills: string[]
  /** the resume as sectioned plain text (for the LLM pass and debugging) */
  sectionedText: string
  pageCount: number
}

export type ExtractionFailure = { ok: false; code: PdfErrorCode; message: string }
export type ExtractionResult = ExtractionSuccess | ExtractionFailure

export async function extractResume(pdf: Buffer | Uint8Array, opts: ExtractOptions): Promise<ExtractionResult> {
  const text = await readPdfText(pdf, opts.pdf)
  if (!text.ok) return text
  return { ...extractFromLayout(text.layout, text.linkUris, opts), pageCount: text.pageCount }
}

/** Extra as-written values the fixture shape keeps (the answers hold normalised ones). */
export interface AsWritten {
  phoneDigits?: string | null
  skills?: string[]
  location?: string | null
}

/** Answers → the fixture JSON shape. Without `asWritten`, normalised values are used. */
export function toFixtureShape(answers: Answers, asWritten: AsWritten = {}): FixtureShape {
  return {
    name: answers.full_name ?? null,
    email: answers.email ?? null,
    phone: asWritten.phoneDigits ?? (answers.phone ? answers.phone.replace(/\D/g, '') : null),
    location: answers.current_location ? (asWritten.location ?? answers.current_location) : null,
    links: answers.links ?? [],
    skills: answers.skills ? (asWritten.skills ?? answers.skills) : [],
    education: answers.education ?? [],
    experience: answers.work_history ?? [],
    languages: answers.languages ?? [],
  }
}

function highestEducation(entries: EducationEntry[], doc: SectionedResume): string | null {
  const labelled = labelValues(doc.lines).find((lv) => /^(highest (degree|qualification|education)|qualification|education)$/.test(lv.label))
  // the one rule (normalise/education.ts); a labelled "Qualification: B.Com" counts as one more degree
  return highestEducationOf(null, [...entries, ...(labelled ? [{ degree: labelled.value }] : [])])
}

const TOTAL_LABEL = /^(total experience|experience|total work experience|work experience|years of experience|total exp|overall experience|total it experience|relevant experience)$/
// "6 Yrs. of IT Experience", "2.4 years of experience in …", "Total experience of 3 years"
const CLAIM_RE = /\b(\d{1,2}(?:\.\d{1,2})?\+?\s*(?:years?|yrs?)\.?(?:\s*(?:and\s*)?\d{1,2}\s*(?:months?|mos?)\.?)?)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}experience\b/i

/** A claimed total ("Total experience: 2.4 years", "6 Yrs. of IT Experience" in the header or summary). */
export function statedExperienceMonths(doc: SectionedResume, labels: LabelValue[]): number | null {
  const labelled = labels.find((lv) => TOTAL_LABEL.test(lv.label) && experienceToMonths(lv.value) !== null)
  if (labelled) return experienceToMonths(labelled.value)
  const intro = [...doc.header, ...doc.sections.filter((s) => s.kind === 'summary').flatMap((s) => s.lines)]
  for (const line of intro.slice(0, 40)) {
    const m = CLAIM_RE.exec(lineText(line))
    if (m) {
      const months = experienceToMonths(m[1])
      if (months !== null) return months
    }
  }
  return null
}

function renderSections(doc: SectionedResume): string {
  const parts: string[] = []
  if (doc.header.length) parts.push(['## HEADER', ...doc.header.map(lineText)].join('\n'))
  for (const s of doc.sections) parts.push([`## ${s.kind.toUpperCase()}: ${s.title}`, ...s.lines.map(lineText)].join('\n'))
  return parts.join('\n\n')
}

export function extractFromLayout(layout: DocumentLayout, linkUris: string[], opts: ExtractOptions): Omit<ExtractionSuccess, 'pageCount'> {
  // per-document memos (dates, places) start empty: a file's cost does not depend on the files
  // before it, and benchmarks that repeat files measure what a new resume costs
  clearPeriodCache()
  clearPlaceCache()
  const doc = splitSections(layout)
  const vocab = documentVocabulary(doc.lines.map(lineText).join(' '))
  const answers: Answers = {}
  const confidence: Partial<Record<AnswerKey, Confidence>> = {}
  const set = <K extends AnswerKey>(key: K, value: Answers[K] | undefined | null, c: Confidence) => {
    if (value === undefined || value === null) return
    if (Array.isArray(value) && value.length === 0) return
    answers[key] = value
    confidence[key] = c
  }

  const name = extractName(doc)
  set('full_name', name?.value, name?.confidence ?? 'low')
  const email = extractEmail(doc, linkUris)
  set('email', email?.value, email?.confidence ?? 'low')
  const phone = extractPhone(doc, linkUris)
  set('phone', phone?.value, phone?.confidence ?? 'low')
  const location = extractLocation(doc)
  set('current_location', location?.value, location?.confidence ?? 'low')
  const dob = extractDateOfBirth(doc)
  set('date_of_birth', dob?.value, dob?.confidence ?? 'low')
  const gender = extractGender(doc)
  set('gender', gender?.value, gender?.confidence ?? 'low')
  const languages = extractLanguages(doc)
  set('languages', languages?.value, languages?.confidence ?? 'low')
  const links = extractLinks(doc, linkUris)
  set('links', links.value, links.confidence)

  const skills = extractSkills(doc, opts.roleSkills ?? [])
  const listed = [...skills.listed, ...skills.fromRole]
  set('skills', canonicalSkills(listed).slice(0, 60), skills.listed.length >= 3 ? 'high' : 'low')

  const education = extractEducation(doc, vocab)
  set('education', education, education.length ? 'high' : 'low')
  set('highest_education', highestEducation(education, doc), 'low')

  const work = withHeadline(extractExperience(doc, vocab), headlineEntry(doc.header, name?.value ?? null, vocab))
  set('work_history', work, work.length ? 'high' : 'low')
  const labels = labelValues(doc.lines)
  // total experience: the union of dated employment periods; a stated claim only when nothing is dated
  const stated = statedExperienceMonths(doc, labels)
  const dated = work.filter((w) => w.start)
  const extraFlags: Flag[] = []
  if (dated.length) {
    const months = experienceMonths(dated, opts.now)
    set('experience_months', months, 'high')
    if (stated !== null && Math.abs(stated - months) > Math.max(6, months * 0.2)) {
      extraFlags.push({ key: 'experience_months', reason: 'stated_disagrees', detail: `stated ${stated} months, dated employment ${months} months` })
    }
  } else if (stated !== null) set('experience_months', stated, 'low')

  const expected = labels.find((lv) => /^(expected (ctc|salary|package)|expected)$/.test(lv.label))
  const current = labels.find((lv) => /^(current (ctc|salary|package)|ctc|present (ctc|salary)|salary)$/.test(lv.label))
  set('expected_salary_monthly', expected ? salaryRangeToMonthly(expected.value) : null, 'high')
  set('current_salary_monthly', current ? salaryToMonthly(current.value) : null, 'high')
  // template keys a PDF states as "Label: value" (portal exports head resumes with them): found
  // here, the bot never asks them again (a missing key is what the bot asks)
  const labelled = (re: RegExp) => labels.find((lv) => re.test(lv.label))?.value ?? null
  const notice = labelled(/^(notice( period)?( \(days\))?|notice period in days|joining time|availability to join|time to join)$/)
  set('notice_period', notice ? noticePeriodOf(notice) : null, 'high')
  const mode = labelled(/^(work mode|preferred work mode|work preference|preferred work location type|job mode|mode of work)$/)
  set('preferred_work_mode', mode ? workModeOf(mode) : null, 'high')
  const relocate = labelled(/^(willing to relocate|ready to relocate|open to relocation|relocation|open to relocate)$/)
  set('willing_to_relocate', relocate ? yesNoOf(relocate) : null, 'high')

  const certs = extractCertifications(doc)
  set('certifications', certs?.value, certs?.confidence ?? 'low')
  const lic = extractLicenceAndVehicle(doc)
  set('has_driving_licence', lic.has_driving_licence?.value, lic.has_driving_licence?.confidence ?? 'low')
  set('licence_type', lic.licence_type?.value, lic.licence_type?.confidence ?? 'low')
  set('owns_vehicle', lic.owns_vehicle?.value, lic.owns_vehicle?.confidence ?? 'low')
  set('vehicle_type', lic.vehicle_type?.value, lic.vehicle_type?.confidence ?? 'low')
  const about = extractAbout(doc)
  set('about', about?.value, about?.confidence ?? 'low')

  const checked = revalidate(answers, opts.now)
  checked.flags.push(...extraFlags)
  for (const k of Object.keys(confidence) as AnswerKey[]) if (!(k in checked.answers)) delete confidence[k]
  const fixtureShape = toFixtureShape(checked.answers, {
    phoneDigits: phone?.digits ?? null,
    // the fixtures keep skills as written; the answers hold canonical spellings
    skills: checked.answers.skills ? listed.slice(0, 60) : [],
    location: location?.value ?? null,
  })
  return {
    ok: true,
    answers: checked.answers,
    confidence,
    flags: checked.flags,
    fixtureShape,
    suggestedSkills: skills.suggestions,
    sectionedText: renderSections(doc),
  }
}
