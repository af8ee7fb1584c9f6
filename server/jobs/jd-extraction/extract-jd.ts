import { educationLevel, type EducationLevel } from '../../normalise/education'
import { parseExperienceRange, type ExperienceRange } from '../../normalise/experience'
import { languagesIn } from '../../normalise/languages'
import { findPlacesInText, resolvePlace } from '../../normalise/location'
import { parseSalary } from '../../normalise/salary'
import { collapse } from '../../normalise/text'
import { headerOf, type Header } from './jd-header'
import { feeFlags, genderFlags, interviewOf } from './jd-flags'
import { revalidateJd } from './jd-revalidate'
import { categoryOf, suggestRole } from './jd-role'
import type { Confidence, JdExtraction } from './jd-schema'
import { skillsOf } from './jd-skills'
import { labelled, toDoc, valueOf, type JdDoc, type JdLine } from './jd-text'

/**
 * Offline JD extraction: posting text → `JdExtraction`, then revalidation. Pure and synchronous.
 *
 * Sources in order of trust: a board's header lines and card fields, the employer's own labelled
 * lines ("Salary: 15000 to 18000"), then prose ("should have 3-4 years experience"). Where a card
 * and the body disagree, the body wins (the employer wrote it), except that experience in the body
 * only refines the card when it lies inside the card's range: postings mention per-skill years
 * ("5+ years of Python") that are not the job's requirement. Prose-derived and disputed values are
 * `low` confidence so the bot confirms them. Nothing is guessed: no statement → null.
 */

type Found<T> = { value: T; confidence: Confidence } | null
const high = <T>(value: T): Found<T> => ({ value, confidence: 'high' })
const low = <T>(value: T): Found<T> => ({ value, confidence: 'low' })

const LOCATION_LABEL = /^(location|job location|work location|place|city|locatio|location of work|posting location|base location|place of posting|job locations?|work place|workplace location)$/
const SALARY_LABEL = /\b(salary|ctc|pay|stipend|package|compensation|remuneration|wages?|earnings?|in hand|take home)\b|ctc$|జీతం|वेतन|तनख्वाह/
const EXPERIENCE_LABEL = /^(experience|exp|work experience|required experience|years of experience|total experience|experience required|min(imum)? experience|experience range|relevant experience|experience level|अनुभव)$/
const OPENINGS_LABEL = /^(openings?|vacanc(y|ies)|no of (openings|vacancies|positions|posts)|number of (openings|vacancies|positions|posts)|positions?|posts|head ?count|total (openings|vacancies|positions))$/
const EDUCATION_LABEL = /^(qualifications?|education(al)?( qualifications?| requirements?)?|eligibility( criteria)?|qualification required|ug|min(imum)? qualification|degree|required qualification|education required)$/
// Naukri's PG / Doctorate lines: used only when there is no UG line
const HIGHER_EDUCATION_LABEL = /^(pg|doctorate)$/
const EMPLOYMENT_LABEL = /^(employment type|job type|job types|job hours|employment|nature of (job|employment)|type of employment|position type|engagement type|type)$/
const WORK_MODE_LABEL = /^(work mode|workplace type|work type|mode of work|work from|location type|work model)$/
const SHIFT_LABEL = /^(shift|shift timing|shift timings|shifts|shift type)$/
const LANGUAGE_LABEL = /^(languages?|language known|languages known|language required|languages required|language skills?)$/

function bodyLines(doc: JdDoc): JdLine[] {
  return doc.lines.filter((l) => l.zone === 'body')
}

// ── location ────────────────────────────────────────────────────────────────

function locationOf(doc: JdDoc, header: Header): { city: Found<string>; locality: string | null } {
  const fromLine = (text: string) => resolvePlace(text.replace(/^(?:hybrid|remote)\s*[-:]\s*/i, ''), { allowUnknown: true })
  if (header.locationLine) {
    const p = fromLine(header.locationLine)
    if (p) return { city: p.known ? high(p.city) : low(p.city), locality: p.locality }
  }
  const labels = labelled(doc, LOCATION_LABEL)
  // the employer's body label beats a board card's
  for (const l of [...labels.filter((x) => x.zone === 'body'), ...labels.filter((x) => x.zone !== 'body')]) {
    const p = fromLine(valueOf(doc, l))
    if (p) return { city: p.known ? high(p.city) : low(p.city), locality: p.locality }
  }
  // an interview venue or office address names the place too
  for (const l of labelled(doc, /^(address|venue|office address|interview venue|work address|job address)$/)) {
    const p = resolvePlace(valueOf(doc, l))
    if (p) return { city: low(p.city), locality: p.locality }
  }
  // prose: "based in South Delhi", "our office in Whitefield", "for our Andheri office"
  for (const l of doc.lines.filter((x) => x.zone === 'body' || x.zone === 'header')) {
    for (const m of findPlacesInText(l.text)) {
      const before = l.text.slice(Math.max(0, m.index - 24), m.index)
      const after = l.text.slice(m.index + m.text.length, m.index + m.text.length + 12)
      if (/\b(?:in|at|based in|located (?:in|at)|office in|offices? at|near|from)\s+(?:our\s+)?(?:the\s+)?$/i.test(before) || /^\s+(?:office|branch|location|store|outlet|warehouse|plant|factory)\b/i.test(after)) {
        return { city: low(m.city), locality: m.locality }
      }
    }
  }
  return { city: null, locality: null }
}

function workModeOf(doc: JdDoc, header: Header): Found<'onsite' | 'remote' | 'hybrid'> {
  if (header.locationLine) {
    if (/^hybrid\b/i.test(header.locationLine)) return high('hybrid')
    if (/^(remote|hiring office located in|work from home)\b/i.test(header.locationLine)) return high('remote')
  }
  for (const l of labelled(doc, WORK_MODE_LABEL)) {
    const v = valueOf(doc, l).toLowerCase()
    if (/hybrid/.test(v)) return high('hybrid')
    if (/remote|work from home|wfh/.test(v)) return high('remote')
    if (/on[- ]?site|office|in[- ]person/.test(v)) return high('onsite')
  }
  for (const l of bodyLines(doc)) {
    const t = l.text.toLowerCase()
    if (/\bhybrid\s+(?:work|working|model|mode|role|position|setup|arrangement)\b|\b(?:work|working)\s+(?:model|mode)\s*[:\-]?\s*hybrid\b/.test(t)) return low('hybrid')
    if (/\b(?:work from home|wfh|fully remote|100% remote|remote[- ](?:role|position|job|work|working|opportunity|first)|work(?:ing)? remotely|permanent remote)\b/.test(t)) return low('remote')
    if (/\b(?:work from office|wfo|on[- ]site (?:role|position|job)|work(?:ing)? on[- ]site|in[- ]office role)\b/.test(t)) return low('onsite')
  }
  return null
}

// ── employment type, shift ──────────────────────────────────────────────────

type EmploymentType = 'full_time' | 'part_time' | 'contract' | 'internship'

function employmentFromValue(v: string): EmploymentType | null {
  const t = v.toLowerCase()
  if (/\bintern(ship)?\b/.test(t)) return 'internship'
  if (/\b(contract|contractual|temporary|freelance|fixed[- ]term)\b/.test(t)) return 'contract'
  if (/\bpart[- ]?time\b/.test(t)) return 'part_time'
  if (/\b(full[- ]?time|permanent|fulltime)\b/.test(t)) return 'full_time'
  return null
}

function employmentOf(doc: JdDoc, title: string | null): Found<EmploymentType> {
  const labels = labelled(doc, EMPLOYMENT_LABEL)
  for (const l of [...labels.filter((x) => x.zone === 'body'), ...labels.filter((x) => x.zone !== 'body')]) {
    const e = employmentFromValue(valueOf(doc, l))
    if (e) return high(e)
  }
  if (title) {
    if (/\bintern(ship)?\b/i.test(title)) return low('internship')
    if (/\bpart[- ]?time\b/i.test(title)) return low('part_time')
  }
  return null
}

function shiftOf(doc: JdDoc): Found<'day' | 'night' | 'rotational'> {
  const read = (t: string): 'day' | 'night' | 'rotational' | null => {
    const s = t.toLowerCase()
    if (/rotational|rotating|rotation/.test(s) || (/\bday\b/.test(s) && /\bnight\b/.test(s))) return 'rotational'
    if (/\bnight\b/.test(s)) return 'night'
    if (/\b(day|general|morning)\b/.test(s)) return 'day'
    return null
  }
  for (const l of labelled(doc, SHIFT_LABEL)) {
    const s = read(valueOf(doc, l))
    if (s) return high(s)
  }
  for (const l of bodyLines(doc)) {
    const m = /\b(rotational shifts?|rotating shifts?|night shifts?|day shifts?|general shift)\b/i.exec(l.text)
    if (m) return low(read(m[0]) ?? 'day')
  }
  return null
}

// ── pay ─────────────────────────────────────────────────────────────────────

interface Pay {
  min: number | null
  max: number | null
  incentive: number | null
}

function aggregate(pays: Pay[]): Pay | null {
  const fixed = pays.filter((p) => p.min !== null || p.max !== null)
  const incentive = pays.map((p) => p.incentive).find((x) => x !== null) ?? null
  if (fixed.length === 0) return incentive !== null ? { min: null, max: null, incentive } : null
  // several roles or grades: the range spans them all
  const mins = fixed.map((p) => p.min ?? p.max).filter((x): x is number => x !== null)
  const maxes = fixed.map((p) => p.max ?? p.min).filter((x): x is number => x !== null)
  const anyOpenMin = fixed.some((p) => p.min === null)
  const anyOpenMax = fixed.some((p) => p.max === null)
  return {
    min: anyOpenMin && fixed.length === 1 ? null : Math.min(...mins),
    max: anyOpenMax && fixed.length === 1 ? null : Math.max(...maxes),
    incentive,
  }
}

function payFrom(text: string): Pay | null {
  const s = parseSalary(text)
  if (!s) return null
  return { min: s.min, max: s.max, incentive: s.incentiveMax ?? s.incentiveMin }
}

function payOf(doc: JdDoc): { pay: Found<Pay>; incentive: Found<number> } {
  const card: Pay[] = []
  const body: Pay[] = []
  let incentive: number | null = null
  for (const l of doc.lines) {
    if (l.zone === 'about' || !l.label) continue
    if (/incentive|commission|bonus/.test(l.label)) {
      const p = payFrom(`incentive ${valueOf(doc, l)}`)
      if (p?.incentive) incentive ??= p.incentive
      continue
    }
    if (!SALARY_LABEL.test(l.label) || /scale|slip|roll/.test(l.label)) continue
    const p = payFrom(valueOf(doc, l, 2))
    if (!p) continue
    ;(l.zone === 'body' ? body : card).push(p)
  }
  // prose: "We offer a salary of Rs 15000 per month"
  if (body.length === 0 && card.length === 0) {
    for (const l of bodyLines(doc)) {
      const k = /\b(salary|ctc|stipend|package|pay(?:ing)?|earn(?:ing)?s?|wages?)\b/i.exec(l.text)
      if (!k) continue
      const p = payFrom(l.text.slice(k.index))
      if (p && (p.min !== null || p.max !== null)) body.push(p)
    }
    for (const b of body) b.incentive = b.incentive ?? null
    const agg = aggregate(body)
    if (agg) incentive ??= agg.incentive
    const pay = agg && (agg.min !== null || agg.max !== null) ? low(agg) : null
    return { pay, incentive: incentive !== null ? low(incentive) : null }
  }
  const c = aggregate(card)
  const b = aggregate(body)
  incentive ??= b?.incentive ?? c?.incentive ?? null
  for (const l of bodyLines(doc)) {
    if (incentive !== null) break
    if (/\bincentives?\b/i.test(l.text) && /\d/.test(l.text)) {
      const p = payFrom(l.text.slice(l.text.toLowerCase().indexOf('incentive')))
      incentive = p?.incentive ?? null
    }
  }
  const inc = incentive !== null ? high(incentive) : null
  const hasFixed = (p: Pay | null): p is Pay => !!p && (p.min !== null || p.max !== null)
  if (hasFixed(b) && hasFixed(c)) {
    const agree = b.min === c.min && b.max === c.max
    return { pay: agree ? high(b) : low(b), incentive: inc }
  }
  if (hasFixed(b)) return { pay: high(b), incentive: inc }
  if (hasFixed(c)) return { pay: high(c), incentive: inc }
  return { pay: null, incentive: inc }
}

// ── experience ──────────────────────────────────────────────────────────────

function inside(inner: ExperienceRange, outer: ExperienceRange): boolean {
  if (inner.min === null || outer.min === null || inner.min < outer.min) return false
  if (outer.max === null) return true
  return inner.max !== null && inner.max <= outer.max
}

function experienceOf(doc: JdDoc): Found<ExperienceRange> {
  let card: ExperienceRange | null = null
  let body: { range: ExperienceRange; labelled: boolean } | null = null
  for (const l of labelled(doc, EXPERIENCE_LABEL)) {
    const r = parseExperienceRange(valueOf(doc, l), { labelled: true })
    if (!r) continue
    if (l.zone === 'body') body ??= { range: r, labelled: true }
    else card ??= r
  }
  if (!body) {
    for (const l of bodyLines(doc)) {
      if (l.label && EXPERIENCE_LABEL.test(l.label)) continue
      if (!/\b(experience|exp|experienced|fresher|freshers)\b/i.test(l.text)) continue
      const r = parseExperienceRange(l.text)
      if (r) {
        body = { range: r, labelled: false }
        break
      }
    }
  }
  if (card && body) return inside(body.range, card) ? high(body.range) : high(card)
  if (card) return high(card)
  if (body) return body.labelled ? high(body.range) : low(body.range)
  return null
}

// ── openings, education, requirements ───────────────────────────────────────

function openingsOf(doc: JdDoc): Found<number> {
  const labels = labelled(doc, OPENINGS_LABEL)
  for (const l of [...labels.filter((x) => x.zone === 'body'), ...labels.filter((x) => x.zone !== 'body')]) {
    const m = /^\D{0,20}?(\d{1,5})\b/.exec(valueOf(doc, l))
    if (m) return high(Number(m[1]))
  }
  for (const l of doc.lines) {
    if (l.zone === 'about') continue
    const m = /^(\d{1,5})\s+(?:vacanc(?:y|ies)|openings?|positions?|posts)\b/i.exec(l.text)
    if (m) return high(Number(m[1]))
  }
  for (const l of bodyLines(doc)) {
    const m = /\b(\d{1,4})\s+(?:vacancies|openings|positions|posts)\b/i.exec(l.text)
    if (m) return low(Number(m[1]))
  }
  return null
}

const LEVEL_NAME: Record<EducationLevel, string> = {
  none: 'Not Required',
  below_10th: 'Below 10th',
  '10th': '10th Pass',
  '12th': '12th Pass',
  iti: 'ITI',
  diploma: 'Diploma',
  graduate: 'Graduate',
  postgraduate: 'Post Graduate',
  doctorate: 'Doctorate',
}

function educationOf(doc: JdDoc): Found<string> {
  const labels = labelled(doc, EDUCATION_LABEL)
  // the employer's body label beats the card; Naukri's UG line beats its PG line
  const ordered = [...labels.filter((x) => x.zone === 'body'), ...labels.filter((x) => x.zone !== 'body'), ...labelled(doc, HIGHER_EDUCATION_LABEL)]
  for (const l of ordered) {
    const v = collapse(valueOf(doc, l).replace(/^ug\s*:\s*/i, '').replace(/[.;]+$/, ''))
    if (v && v.length <= 300 && (educationLevel(v) !== null || /^any\b/i.test(v))) return high(v)
  }
  for (const l of bodyLines(doc)) {
    if (!/\b(required|mandatory|must|minimum|qualification|should|pass(ed)?|eligib|degree)\b/i.test(l.text)) continue
    const level = educationLevel(l.text)
    if (level && level !== 'none' && !/\bexperience\b/i.test(l.text)) return low(LEVEL_NAME[level])
  }
  return null
}

const NEGATED = /\b(no|not|without|don'?t|doesn'?t)\b[^.]{0,20}$/i

function requirementsOf(doc: JdDoc): { licence: Found<boolean>; twoWheeler: Found<boolean>; languages: Found<string[]> } {
  const lines = doc.lines.filter((l) => l.zone !== 'about')
  let licence: Found<boolean> = null
  let twoWheeler: Found<boolean> = null
  for (const l of lines) {
    const lic = /\b(driving licen[cs]e|valid licen[cs]e|driver'?s licen[cs]e|\bdl\b|lmv licen[cs]e|hmv licen[cs]e|two[- ]wheeler licen[cs]e|licen[cs]e)\b/i.exec(l.text)
    if (!licence && lic && /licen[cs]e|\bdl\b/i.test(lic[0]) && /\b(driv|vehicle|bike|two[- ]wheeler|lmv|hmv|dl)\b/i.test(l.text)) {
      const before = l.text.slice(0, lic.index)
      licence = /\b(not required|not needed|not mandatory)\b/i.test(l.text) || NEGATED.test(before) ? high(false) : high(true)
    }
    const bike = /\b(own (?:a )?(?:two[- ]wheeler|2[- ]wheeler|bike|motorcycle|scooty|scooter|vehicle)|(?:two|2)[- ]?wheeler (?:is )?(?:must|mandatory|required|compulsory|needed)|must (?:have|own) (?:a )?(?:bike|two[- ]wheeler|2[- ]wheeler|scooty)|with (?:own )?(?:bike|two[- ]wheeler|2[- ]wheeler)|bike (?:is )?(?:must|mandatory|required|compulsory)|having (?:a |own )?(?:bike|two[- ]wheeler|2[- ]wheeler)|(?:bike|two[- ]wheeler|2[- ]wheeler) (?:owners?|holders?))\b/i.exec(l.text)
    if (!twoWheeler && bike) twoWheeler = NEGATED.test(l.text.slice(0, bike.index)) ? high(false) : high(true)
  }
  const langs: string[] = []
  for (const l of labelled(doc, LANGUAGE_LABEL)) for (const x of languagesIn(valueOf(doc, l))) if (!langs.includes(x)) langs.push(x)
  if (langs.length === 0) {
    for (const l of lines) {
      if (/programming|scripting/i.test(l.text)) continue
      if (!/\b(speak|spoken|fluent|fluency|proficien\w*|communicat\w*|knowledge of|must know|read and write|language|languages)\b|భాష|भाषा/i.test(l.text)) continue
      for (const x of languagesIn(l.text)) if (!langs.includes(x)) langs.push(x)
    }
  }
  return { licence, twoWheeler, languages: langs.length > 0 ? high(langs) : null }
}

function pinCodeOf(doc: JdDoc): string | null {
  for (const l of doc.lines) {
    if (l.zone === 'about') continue
    const labelledPin = /\b(?:pin\s*code|pincode|pin|postal code)\s*[:\-.]?\s*([1-9]\d{2}\s?\d{3})\b/i.exec(l.text)
    if (labelledPin) return labelledPin[1].replace(/\s/g, '')
    // "Tirumalagiri-508223": a place then a six-digit number; not a salary, not inside a phone number
    if (/salary|ctc|₹|\brs\b|lakh|lpa|\bpay\b|phone|mobile|call|whatsapp|contact/i.test(l.text)) continue
    const m = /[\p{L}.)][\s,-]+([1-9]\d{5})(?![\d])/u.exec(l.text)
    if (m && !/\d[\s-]*$/.test(l.text.slice(0, m.index + 1))) return m[1]
  }
  return null
}

// ── the extractor ───────────────────────────────────────────────────────────

/** "…wants nannies and ward boys for patient care, housework and cooking." → the duties. */
function dutiesFromHeadline(doc: JdDoc): string[] {
  const first = doc.lines[0]?.text ?? ''
  const m = /\b(?:wants|needs|requires|hiring)\b.{3,80}?\bfor\s+(.{3,120}?)[.!]*$/i.exec(first)
  return m ? [m[1]] : []
}

/** Extract, normalise and revalidate one posting. */
export function extractJd(text: string): JdExtraction {
  const doc = toDoc(text)
  const header = headerOf(doc)
  // without a board's title/company/location lines, the first lines are the employer's own text
  if (!header.boardHeader) for (const l of doc.lines) if (l.zone === 'header') l.zone = 'body'
  const location = locationOf(doc, header)
  const pay = payOf(doc)
  const experience = experienceOf(doc)
  const skills = skillsOf(doc, dutiesFromHeadline(doc))
  const req = requirementsOf(doc)
  const employment = employmentOf(doc, header.title?.value ?? null)
  const workMode = workModeOf(doc, header)
  const shift = shiftOf(doc)
  const education = educationOf(doc)
  const openings = openingsOf(doc)
  const title = header.title?.value ?? null
  const role = suggestRole(title, skills.skills)

  const confidence: Record<string, Confidence> = {}
  const put = <T>(key: string, f: Found<T>) => {
    if (f) confidence[key] = f.confidence
    return f?.value ?? null
  }
  const raw = {
    title: header.title ? (put('title', header.title.high ? high(title) : low(title)) as string) : null,
    company: header.company ? (put('company', header.boardHeader ? high(header.company) : low(header.company)) as string) : null,
    city: put('city', location.city),
    locality: location.locality,
    pin_code: pinCodeOf(doc),
    work_mode: put('work_mode', workMode),
    employment_type: put('employment_type', employment),
    shift: put('shift', shift),
    salary_min_monthly_inr: pay.pay?.value.min ?? null,
    salary_max_monthly_inr: pay.pay?.value.max ?? null,
    incentive_monthly_inr: put('incentive', pay.incentive),
    experience_min_months: experience?.value.min ?? null,
    experience_max_months: experience?.value.max ?? null,
    skills: skills.skills,
    education: put('education', education),
    requirements: {
      driving_licence: put('driving_licence', req.licence),
      two_wheeler: put('two_wheeler', req.twoWheeler),
      languages: put('languages', req.languages) ?? [],
    },
    openings: put('openings', openings),
    role,
    category: categoryOf(role?.slug ?? null),
    fee_flags: feeFlags(doc),
    gender_flags: genderFlags(doc),
    interview: interviewOf(doc),
    confidence,
  }
  if (pay.pay) confidence.salary = pay.pay.confidence
  if (experience) confidence.experience = experience.confidence
  if (skills.skills.length > 0) confidence.skills = skills.listed ? 'high' : 'low'
  if (role) confidence.role = role.score >= 0.8 ? 'high' : 'low'
  return revalidateJd(raw).value
}
