import { resolvePlace } from '../../normalise/location'
import { collapse } from '../../normalise/text'
import { labelled, type JdDoc, type JdLine } from './jd-text'

/**
 * Title, company and the location line. Job boards put "title / company / location" first
 * (Naukri, LinkedIn, Google for Jobs, Lokal's card); career pages and WhatsApp posts do not, so the
 * title is then the first short line that names a job. Pure.
 */

// The last word of a job title, singular ("Executives" → executive)
const JOB_NOUNS = new Set(
  'executive manager developer engineer analyst guard chef cook driver boy girl helper operator technician nurse teacher lecturer instructor accountant clerk assistant associate officer head lead designer writer consultant specialist representative agent supervisor coordinator receptionist telecaller caller cashier salesman saleswoman attendant staff worker electrician plumber welder fitter carpenter mason tailor beautician trainer intern internship trainee architect administrator admin scientist tester programmer waiter steward housekeeper nanny nannies maid peon picker packer loader rider captain barista pharmacist doctor physician therapist counsellor counselor tutor faculty principal partner expert professional incharge in-charge foreman machinist mechanic surveyor draftsman auditor recruiter advisor adviser controller planner buyer merchandiser stylist artist editor photographer videographer marketer owner strategist investigator inspector commis cdp bartender dispatcher storekeeper keeper warden sweeper cleaner gardener security sde devops sre dba'.split(' '),
)

export function singular(w: string): string {
  const x = w.toLowerCase()
  if (x === 'nannies') return 'nanny'
  if (/ies$/.test(x) && x.length > 4) return x.slice(0, -3) + 'y'
  if (/(ss|us|is)$/.test(x)) return x
  return x.replace(/s$/, '')
}

function namesAJob(text: string): boolean {
  const words = text
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}-]+/u)
    .filter(Boolean)
  if (words.length === 0 || words.length > 10) return false
  // "Sales Manager/Sr. Sales Manager/Executives": any listed title counts
  return text.split(/[/,]| and | & /).some((part) => {
    const w = part.replace(/\([^)]*\)/g, ' ').split(/[^\p{L}-]+/u).filter(Boolean)
    const last = w[w.length - 1]
    return !!last && JOB_NOUNS.has(singular(last))
  })
}

// Recruiter filler around a title
const FILLER_BEFORE = /^(?:we are |we're )?(?:urgent(?:ly)?\s+)?(?:hiring|opening|requirement|required|wanted|vacancy|need(?:ed)?|looking)(?:\s+(?:for|of))?\s*[:\-!]*\s*(?:an?\s+)?/i
const FILLER_AFTER = /\s*(?:[-–|:!,]+\s*)?(?:urgent(?:ly)?\s+)?(?:wanted|required|needed|hiring|urgent requirement|immediate joiners?|immediate joining)(?:\s+(?:urgently|immediately|now))?\s*[!.]*\s*$/i

export function cleanTitle(raw: string): string {
  // WhatsApp bold/italic marks and emoji around a title are decoration
  let t = collapse(raw.replace(/\s*\|\|.*$/, '').replace(/[_*~]/g, ' ').replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, ' '))
  t = t.replace(/^job title\s*[:\-]\s*/i, '')
  for (let i = 0; i < 2; i++) t = t.replace(FILLER_BEFORE, '').replace(FILLER_AFTER, '')
  return collapse(t.replace(/[!.]+$/, ''))
}

export interface Header {
  title: { value: string; high: boolean } | null
  company: string | null
  /** the third header line, when it is a location */
  locationLine: string | null
  /** the title came from the first line of a job-board header */
  boardHeader: boolean
}

/** "Hybrid - Pune", "Hiring office located in X", "Place: X", "Bengaluru, KA, India", "Remote". */
export function isLocationLine(text: string): boolean {
  if (/^(place|location|job location)\s*[:\-]/i.test(text)) return true
  if (/^(hybrid|remote|hiring office located in|work from home)\b/i.test(text)) return true
  if (/^(india|pan india|remote)$/i.test(text.trim())) return true
  if (text.length > 80 || /[:.]$/.test(text)) return false
  return resolvePlace(text) !== null
}

// "Satyam Home Care Services wants nannies and ward boys for patient care, housework and cooking."
const WANTS = /^(.{2,80}?)\s+(?:wants|needs|requires|is hiring|are hiring|hiring)\s+(.{3,80}?)(?:\s+for\s+(.{3,120}?))?[.!]*$/i
const POST_OF = /\b(?:post|posts|position|positions|role)\s+of\s+(.{3,80}?)\s*[.:]*$/i
// "Delivery Boy required for Swiggy Instamart dark store", "Cook needed at a hotel in Baner"
const REQUIRED_FOR = /^(.{3,60}?)\s+(?:is\s+|are\s+)?(?:urgently\s+)?(?:required|wanted|needed)\s+(?:for|at|in|by)\s+.{3,}$/i
const REQUIREMENT_OF = /^(?:urgent\s+)?(?:requirement|opening|vacancy|vacancies)\s+(?:of|for)\s+(.{3,80}?)(?:\s+(?:for|in|at)\s+.*)?$/i

/** A banner line with no job in it ("*URGENT HIRING* 🚚🚚", "WE ARE HIRING!!"): not a header line. */
function isBanner(l: JdLine): boolean {
  return !l.label && cleanTitle(l.text).replace(/[^\p{L}]/gu, '').length < 2
}

export function headerOf(doc: JdDoc): Header {
  const first = doc.lines.filter((l, i) => !(i < 3 && isBanner(l))).slice(0, 3)
  const header = doc.lines.filter((l) => l.zone === 'header')
  // A job board's header: title / company / location
  if (first.length >= 3 && first[0].zone === 'header' && first[1].zone === 'header' && isLocationLine(first[2].text) && first[0].text.length <= 140) {
    const t0 = first[0].text
    const wants = WANTS.exec(t0)
    const title = wants && !namesAJob(t0) ? cleanTitle(wants[2].replace(/^(?:the|an?)\s+/i, '')) : cleanTitle(t0)
    return {
      title: title ? { value: wants && !namesAJob(t0) ? capitalise(title) : title, high: true } : null,
      company: cleanCompany(first[1].text),
      locationLine: first[2].text,
      boardHeader: true,
    }
  }
  return { title: titleFromLines(doc, header), company: companyFromLines(doc), locationLine: null, boardHeader: false }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function titleFromLines(doc: JdDoc, _header: JdLine[]): Header['title'] {
  // an explicit "Job Title:" / "Position:" / "Designation:" label
  for (const l of labelled(doc, /^(job title|title|position|designation|post|vacancy|job role|profile|job profile|position title)$/)) {
    const v = cleanTitle(l.value ?? '')
    if (v && v.length <= 100) return { value: v, high: true }
  }
  for (const l of doc.lines.slice(0, 14)) {
    if (l.zone === 'about') continue
    const post = POST_OF.exec(l.text) ?? REQUIREMENT_OF.exec(l.text) ?? REQUIRED_FOR.exec(cleanTitle(l.text))
    if (post && namesAJob(post[1])) return { value: cleanTitle(post[1]), high: false }
    if (l.label || l.text.length > 90) continue
    const t = cleanTitle(l.text)
    if (t && namesAJob(t) && !/^(career|careers|jobs?|work with us|join us|apply now)\b/i.test(t)) {
      // "GUARDS": a shouted plural heading reads as a title
      const nice = t === t.toUpperCase() && t.length > 3 ? t.charAt(0) + t.slice(1).toLowerCase() : t
      return { value: nice, high: l.index === 0 }
    }
  }
  return null
}

const COMPANY_SUFFIX = /\b(pvt\.?|private|ltd\.?|limited|llp|llc|inc\.?|corp\.?|corporation|technologies|solutions|services|industries|enterprises|interprises|hospital|hospitals|group|company)\b/i

export function cleanCompany(raw: string): string | null {
  // a labelled header line ("Company: Bright Star Solutions") keeps only its value
  raw = raw.replace(/^\s*(?:company(?: name)?|employer|organi[sz]ation|hiring company)\s*[:\-–]\s*/i, '')
  const c = collapse(raw.replace(/\s*(?:employees'? choice|\d(?:\.\d)?\s*(?:★|stars?)?\s*\d*\s*reviews?).*$/i, '').replace(/\s+-\s+(?:pub|bar)$/i, (m) => m))
  if (!c || c.length > 100 || isLocationLine(c)) return null
  return c
}

function companyFromLines(doc: JdDoc): string | null {
  for (const l of labelled(doc, /^(company|company name|employer|organi[sz]ation|company profile|hiring company|client)$/)) {
    const v = cleanCompany(l.value ?? '')
    if (v && v.split(' ').length <= 8) return v
  }
  for (const l of doc.lines.slice(0, 30)) {
    const careerAt = /^careers?\s+(?:at|@|with)\s+(.{2,60})$/i.exec(l.text)
    if (careerAt) return cleanCompany(careerAt[1])
    // "Fuelocity - On-Demand Fuel Delivery Service": a name and its tagline on the first line
    if (l.index === 0) {
      const tag = /^([\p{Lu}][\p{L}\p{N}&.' ]{1,40}?)\s+[-|–]\s+(.{5,80})$/u.exec(l.text)
      if (tag && !namesAJob(tag[1]) && !isLocationLine(tag[2])) return collapse(tag[1])
    }
    // "At the Bulls Watch Security Services & Surveillance Squad, we …"
    const at = /\bAt\s+(?:the\s+)?([\p{Lu}][\p{L}\p{N}&.' ]{2,70}?),\s+we\b/u.exec(l.text)
    if (at) return collapse(at[1])
    // "Slidesigma India LLC is a web design and development company"
    const isA = /^([\p{Lu}][\p{L}\p{N}&.' ]{1,60}?)\s+(?:is|are)\s+(?:an?|one of the)\s+[^.]{0,80}?\b(company|firm|organi[sz]ation|startup|agency|hospital|hospitals|group|provider|leader|manufacturer|brand|platform|chain|institute|school|bank|consultancy)\b/u.exec(l.text)
    if (isA && (COMPANY_SUFFIX.test(isA[1]) || isA[1].split(' ').length <= 4)) return collapse(isA[1])
  }
  return null
}
