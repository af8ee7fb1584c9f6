import { jsPDF } from 'jspdf'
import { groupIndian } from '../format/money'
import { formatYearMonth } from '../format/months'
import { devanagariToLatin } from '../normalise/latin-script'
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { Answers } from './resume-answers'

/**
 * The resume PDF (SPEC §5.4): one A4 page, a blue-collar and a white-collar variant, printing
 * only facts present in the answers / profile (absent fields are left out, never guessed).
 *
 * NOTE: jspdf's built-in fonts (Helvetica) cover WinAnsi (CP1252) only. A string with any other
 * character makes jspdf switch the whole string to a 2-byte encoding the font cannot show, which
 * prints garbage, so every string goes through `pdfSafeText`: ₹ becomes "Rs.", accents are
 * folded, and characters outside CP1252 (e.g. Devanagari) are dropped. No font with ₹ ships in
 * node_modules; embedding one would also need complex-script shaping jspdf does not do.
 */
export type JobType = 'blue_collar' | 'white_collar'

export type ResumeProfile = {
  name: string
  mobileE164: string
  email?: string | null
  city?: string | null
  roleName: string
  categoryName: string
}

export type ResumePdfInput = {
  answers: Answers
  profile: ResumeProfile
  jobType: JobType
  version: number
  generatedAt: Date
}

// ---------------------------------------------------------------------------------------------
// Formatting helpers (shared with about-draft.ts)

/** Indian digit grouping: `18000` → `18,000` (the PDF fonts have no ₹ sign, so "Rs." goes before it). */
export const formatInr = groupIndian

/** `18000` → `Rs. 18,000 / month` */
export function formatMonthlySalary(monthly: number): string {
  return `Rs. ${formatInr(monthly)} / month`
}

/** Monthly ₹ → lakhs per annum, at most 2 decimals: `54167` → `6.5 LPA`. */
export function formatLpa(monthly: number): string {
  const lpa = Math.round(((monthly * 12) / 100_000) * 100) / 100
  return `${lpa} LPA`
}

/** `0` → `Fresher`, `6` → `6 months`, `14` → `1 year 2 months`, `36` → `3 years`. */
export function formatExperience(months: number): string {
  if (months <= 0) return 'Fresher'
  const years = Math.floor(months / 12)
  const rest = months % 12
  const y = years === 0 ? '' : `${years} ${years === 1 ? 'year' : 'years'}`
  const m = rest === 0 ? '' : `${rest} ${rest === 1 ? 'month' : 'months'}`
  return [y, m].filter(Boolean).join(' ')
}

/** `+919876543210` → `+91 98765 43210`; anything unparsable is returned as given. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export { formatYearMonth }

/** ISO `1998-05-12` → `12 May 1998` (no time zone involved). */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : iso
}

export const LICENCE_TYPE_LABELS: Record<string, string> = {
  two_wheeler: 'Two-wheeler',
  lmv: 'LMV (car)',
  hmv: 'HMV (heavy vehicle)',
  transport: 'Transport',
}

export const VEHICLE_TYPE_LABELS: Record<string, string> = {
  two_wheeler: 'Two-wheeler',
  four_wheeler: 'Four-wheeler',
}

export const EDUCATION_LABELS: Record<string, string> = {
  below_10th: 'Below 10th',
  '10th': '10th pass',
  '12th': '12th pass',
  iti: 'ITI',
  diploma: 'Diploma',
  graduate: 'Graduate',
  post_graduate: 'Post-graduate',
}

const GENDER_LABELS: Record<string, string> = { male: 'Male', female: 'Female', other: 'Other' }

export const SHIFT_LABELS: Record<string, string> = { day: 'Day shift', night: 'Night shift', rotational: 'Rotational shifts', any: 'Any shift' }
export const NOTICE_LABELS: Record<string, string> = { immediate: 'Can join immediately', '15_days': '15 days', '30_days': '30 days', '60_days': '60 days', '90_days': '90 days' }
export const WORK_MODE_LABELS: Record<string, string> = { onsite: 'At the office', remote: 'Work from home', hybrid: 'Hybrid' }
export const PROCESS_LABELS: Record<string, string> = { voice: 'Voice (calls)', non_voice: 'Non-voice (chat / e-mail)' }
export const TEACHING_LEVEL_LABELS: Record<string, string> = {
  pre_primary: 'Pre-primary',
  primary: 'Primary (1-5)',
  middle: 'Middle (6-8)',
  secondary: 'Secondary (9-10)',
  senior_secondary: 'Senior secondary (11-12)',
  college: 'College',
  competitive_exams: 'Competitive exams',
}

/**
 * The rule for what reaches the PDF: every answer key a question template can fill is either
 * printed (under the label given here) or left out for the reason given. `resume-pdf.test.ts`
 * walks every key of every template and fails on a key missing here, so a new question cannot be
 * asked and then silently dropped.
 */
export const PDF_FIELDS: Readonly<Record<string, { printedAs: string } | { leftOut: string }>> = {
  full_name: { printedAs: 'the name at the top' },
  current_location: { printedAs: 'the contact line' },
  date_of_birth: { printedAs: 'Date of birth' },
  languages: { printedAs: 'Languages' },
  experience_months: { printedAs: 'Experience' },
  expected_salary_monthly: { printedAs: 'Expected salary' },
  about: { printedAs: 'About me / Summary' },
  highest_education: { printedAs: 'Education' },
  skills: { printedAs: 'Skills' },
  has_driving_licence: { printedAs: 'Driving licence' },
  licence_type: { printedAs: 'Driving licence (the types in brackets)' },
  driving_licence_file: { leftOut: 'a document kept for verification, never printed (the licence answer says "Yes")' },
  owns_vehicle: { printedAs: 'Own vehicle' },
  vehicle_type: { printedAs: 'Own vehicle' },
  has_smartphone: { printedAs: 'Smartphone' },
  shift_preference: { printedAs: 'Shift' },
  process_type: { printedAs: 'Process' },
  iti_certified: { leftOut: 'a "yes" prints the certificate by its name (Certificates); a "no" is not a fact worth a line' },
  has_certification: { leftOut: 'a "yes" prints the certificate by its name (Certificates); a "no" is not a fact worth a line' },
  certification_name: { printedAs: 'Certificates' },
  trade_experience_months: { printedAs: 'Experience in the trade' },
  own_tools: { printedAs: 'Own tools' },
  notice_period: { printedAs: 'Notice period' },
  preferred_work_mode: { printedAs: 'Work mode' },
  github_url: { printedAs: 'Links' },
  linkedin_url: { printedAs: 'Links' },
  portfolio_url: { printedAs: 'Links' },
  subjects: { printedAs: 'Subjects' },
  teaching_levels: { printedAs: 'Classes' },
  willing_to_relocate: { printedAs: 'Ready to relocate' },
  // from the profile (the gate asks it), not a template; printed where a delivery/driving employer looks for it
  preferred_locations: { printedAs: 'Preferred locations' },
  education: { printedAs: 'Education' },
  work_history: { printedAs: 'Work experience' },
}

const yesNo = (v: boolean | undefined): string | null => (v === undefined ? null : v ? 'Yes' : 'No')

/** The answers about how and where the candidate wants to work, as `Label: value` pairs (absent ones dropped later). */
function preferencePairs(a: Answers): Array<[string, string | null]> {
  return [
    ['Shift', a.shift_preference ? labelOf(SHIFT_LABELS, a.shift_preference) : null],
    ['Process', a.process_type ? labelOf(PROCESS_LABELS, a.process_type) : null],
    ['Work mode', a.preferred_work_mode ? labelOf(WORK_MODE_LABELS, a.preferred_work_mode) : null],
    ['Notice period', a.notice_period ? labelOf(NOTICE_LABELS, a.notice_period) : null],
    ['Smartphone', yesNo(a.has_smartphone)],
    ['Own tools', yesNo(a.own_tools)],
    ['Preferred locations', a.preferred_locations && a.preferred_locations.length > 0 ? a.preferred_locations.join(', ') : null],
    ['Ready to relocate', yesNo(a.willing_to_relocate)],
    ['Experience in the trade', a.trade_experience_months !== undefined ? formatExperience(a.trade_experience_months) : null],
    ['Subjects', a.subjects && a.subjects.length > 0 ? a.subjects.join(', ') : null],
    ['Classes', a.teaching_levels && a.teaching_levels.length > 0 ? a.teaching_levels.map((l) => labelOf(TEACHING_LEVEL_LABELS, l)).join(', ') : null],
  ]
}

/** Certificates: the list from a PDF plus the one named in the chat, once each. */
function certificatesOf(a: Answers): string[] {
  const all = [...(a.certifications ?? []), ...(a.certification_name ? [a.certification_name] : [])]
  return all.filter((c, i) => all.findIndex((x) => x.toLowerCase() === c.toLowerCase()) === i)
}

/** Links: those from a PDF plus the GitHub / LinkedIn / portfolio answers, once each. */
function linksOf(a: Answers): string[] {
  const all = [...(a.links ?? []), ...[a.github_url, a.linkedin_url, a.portfolio_url].filter((l): l is string => Boolean(l))]
  const key = (l: string) => l.toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')
  return all.filter((l, i) => all.findIndex((x) => key(x) === key(l)) === i)
}

export function labelOf(labels: Record<string, string>, value: string): string {
  return labels[value] ?? value
}

/** Licence answer as one phrase: `Yes (Two-wheeler, LMV (car))`, `No`, or null when unknown. */
export function describeLicence(answers: Answers): string | null {
  if (answers.has_driving_licence === undefined) return null
  if (!answers.has_driving_licence) return 'No'
  const types = (answers.licence_type ?? []).map((t) => labelOf(LICENCE_TYPE_LABELS, t))
  return types.length > 0 ? `Yes (${types.join(', ')})` : 'Yes'
}

/** Vehicle answer as one phrase: `Two-wheeler`, `No`, `Yes`, or null when unknown. */
export function describeVehicle(answers: Answers): string | null {
  const type = answers.vehicle_type && answers.vehicle_type !== 'none' ? labelOf(VEHICLE_TYPE_LABELS, answers.vehicle_type) : null
  if (answers.owns_vehicle === false || (answers.owns_vehicle === undefined && answers.vehicle_type === 'none')) return 'No'
  if (answers.owns_vehicle === true) return type ?? 'Yes'
  return type
}

// CP1252 code points above 0x7F that are not Latin-1 (the 0x80–0x9F block)
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

/** Makes a string printable with jspdf's standard fonts (see the NOTE at the top). */
export function pdfSafeText(input: string): string {
  let out = ''
  // a value given only in Devanagari is written in Latin letters (jsPDF cannot shape it); a short one is a name or a place
  const latin = devanagariToLatin(input, { titleCase: input.trim().split(/\s+/).length <= 4 })
  for (const ch of latin.normalize('NFC').replace(/₹\s*/g, 'Rs. ').replace(/\u00ad/g, '')) {
    const code = ch.codePointAt(0) ?? 0
    if (ch === '\n') out += '\n'
    else if (/\s/u.test(ch)) out += ' '
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(ch)) out += ch
    else {
      // ā → a, ṇ → n: keep the base letter when it is printable
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '')
      if (/^[\x20-\x7e\xa0-\xff]+$/.test(base)) out += base
    }
  }
  return out.replace(/[ ]{2,}/g, ' ').replace(/ *\n */g, '\n').trim()
}

// ---------------------------------------------------------------------------------------------
// Layout

const PAGE_W = 210
const PAGE_H = 297
const MARGIN = 14
const CONTENT_W = PAGE_W - 2 * MARGIN
const FOOTER_Y = PAGE_H - 8
const BOTTOM = PAGE_H - 14
const PT = 0.3528 // mm per point

type Rgb = [number, number, number]
const INK: Rgb = [17, 24, 39]
const MUTED: Rgb = [90, 98, 112]
const PURPLE: Rgb = [109, 40, 217]
const PINK: Rgb = [219, 39, 119]
const TEAL: Rgb = [13, 148, 136]
const TINT: Rgb = [245, 241, 255]
const RULE: Rgb = [221, 214, 254]

type FontStyle = 'normal' | 'bold' | 'italic'
type TextStyle = { size: number; font?: FontStyle; color?: Rgb }

/** A measured piece of the page: its height and how to draw it at a given top y. */
type Row = { h: number; draw: (top: number) => void }
type Section = { title: string; rows: Row[] }

/** Compression levels, tried in order until the page fits: fewer lines for the long parts. */
const LEVELS = [
  { about: 8, work: 6, education: 4, list: 3, links: 4, entryLines: 2 },
  { about: 6, work: 5, education: 3, list: 2, links: 3, entryLines: 2 },
  { about: 4, work: 4, education: 3, list: 2, links: 3, entryLines: 1 },
  { about: 3, work: 3, education: 2, list: 2, links: 2, entryLines: 1 },
  { about: 2, work: 2, education: 2, list: 1, links: 2, entryLines: 1 },
]
type Level = (typeof LEVELS)[number]

class Canvas {
  constructor(readonly doc: jsPDF) {}

  style({ size, font = 'normal', color = INK }: TextStyle): void {
    this.doc.setFont('helvetica', font)
    this.doc.setFontSize(size)
    this.doc.setTextColor(...color)
  }

  lineHeight(size: number): number {
    return size * PT * 1.28
  }

  /** Wrapped lines, at most `maxLines`; a cut ends in an ellipsis. Style must be set first. */
  wrap(text: string, width: number, maxLines: number): string[] {
    const lines: string[] = []
    for (const paragraph of text.split('\n')) {
      const split: unknown = this.doc.splitTextToSize(paragraph, width)
      lines.push(...(Array.isArray(split) ? split.map(String) : [String(split)]))
    }
    if (lines.length <= maxLines) return lines
    const kept = lines.slice(0, maxLines)
    let last = kept[maxLines - 1].trimEnd()
    while (last.length > 0 && this.doc.getTextWidth(`${last}…`) > width) last = last.slice(0, -1).trimEnd()
    kept[maxLines - 1] = `${last}…`
    return kept
  }

  /** A block of wrapped text as a row. */
  textRow(text: string, style: TextStyle, opts: { x?: number; width?: number; maxLines: number; after?: number }): Row | null {
    const safe = pdfSafeText(text)
    if (safe === '') return null
    const x = opts.x ?? MARGIN
    const width = opts.width ?? CONTENT_W
    this.style(style)
    const lines = this.wrap(safe, width, opts.maxLines)
    const lh = this.lineHeight(style.size)
    return {
      h: lines.length * lh + (opts.after ?? 1.2),
      draw: (top) => {
        this.style(style)
        lines.forEach((line, i) => this.doc.text(line, x, top + style.size * PT * 0.95 + i * lh))
      },
    }
  }
}

const SECTION_TITLE_H = 8.2
const SECTION_GAP = 2.2

function drawSectionTitle(c: Canvas, title: string, top: number): void {
  c.style({ size: 10.5, font: 'bold', color: PURPLE })
  c.doc.text(title.toUpperCase(), MARGIN, top + 4.4, { charSpace: 0.35 })
  c.doc.setDrawColor(...RULE)
  c.doc.setLineWidth(0.35)
  c.doc.line(MARGIN, top + 6, PAGE_W - MARGIN, top + 6)
}

function compact<T>(items: Array<T | null | undefined | false>): T[] {
  return items.filter((x): x is T => Boolean(x))
}

/** `Mar 2021 – Present`, `From Mar 2021`, `Until 2020` or `''`. */
export function dateRange(start: string | null, end: string | null): string {
  if (start && end) return `${formatYearMonth(start)} – ${formatYearMonth(end)}`
  if (start) return `From ${formatYearMonth(start)}`
  return end ? `Until ${formatYearMonth(end)}` : ''
}

/** Title — company on the left, dates on the right. */
function workRows(c: Canvas, answers: Answers, level: Level, body: number): Row[] {
  return (answers.work_history ?? [])
    .filter((w) => w.title || w.company)
    .slice(0, level.work)
    .map((w): Row | null => {
      // an entry given as "how long" (no dates) shows that instead
      const dates = dateRange(w.start, w.end) || (w.months ? formatExperience(w.months) : '')
      const head = compact([w.title, w.company]).join(' — ')
      c.style({ size: body - 1, color: MUTED })
      const datesW = dates ? c.doc.getTextWidth(dates) + 4 : 0
      const row = c.textRow(head, { size: body, font: 'bold' }, { width: CONTENT_W - datesW, maxLines: level.entryLines })
      if (!row) return null
      return {
        h: row.h + 0.6,
        draw: (top) => {
          row.draw(top)
          if (dates) {
            c.style({ size: body - 1, color: MUTED })
            c.doc.text(dates, PAGE_W - MARGIN, top + body * PT * 0.95, { align: 'right' })
          }
        },
      }
    })
    .filter((r): r is Row => r !== null)
}

function educationRows(c: Canvas, answers: Answers, level: Level, body: number): Row[] {
  const entries = (answers.education ?? []).filter((e) => e.degree || e.institution).slice(0, level.education)
  const rows = entries.map((e) =>
    c.textRow(compact([e.degree, e.institution, e.year !== null ? String(e.year) : null]).join(', '), { size: body }, { maxLines: level.entryLines }),
  )
  if (entries.length === 0 && answers.highest_education) {
    rows.push(c.textRow(labelOf(EDUCATION_LABELS, answers.highest_education), { size: body }, { maxLines: 1 }))
  }
  return compact(rows)
}

function listRow(c: Canvas, items: string[] | undefined, body: number, maxLines: number, separator = '  •  '): Row | null {
  const clean = (items ?? []).map((s) => pdfSafeText(s)).filter(Boolean)
  return clean.length > 0 ? c.textRow(clean.join(separator), { size: body }, { maxLines }) : null
}

function linkRows(c: Canvas, links: string[] | undefined, level: Level, body: number): Row[] {
  return (links ?? []).slice(0, level.links).flatMap((link): Row[] => {
    const text = pdfSafeText(link)
    const row = c.textRow(text, { size: body, color: TEAL }, { maxLines: 1 })
    if (!row) return []
    // only web links become clickable; anything else is printed as plain text
    const url = /^https?:\/\/\S+$/i.test(text) ? text : /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text) ? `https://${text}` : null
    return [
      {
        h: row.h,
        draw: (top) => {
          row.draw(top)
          if (url) c.doc.link(MARGIN, top, Math.min(c.doc.getTextWidth(text), CONTENT_W), body * PT * 1.2, { url })
        },
      },
    ]
  })
}

/** `Label: value` lines (white-collar details, personal details). */
function keyValueRows(c: Canvas, pairs: Array<[string, string | null | undefined]>, body: number): Row[] {
  return pairs.flatMap(([label, value]): Row[] => {
    if (!value) return []
    const safeLabel = `${label}: `
    c.style({ size: body, font: 'bold' })
    // NOTE: getTextWidth ignores the trailing space, hence the explicit gap
    const labelW = c.doc.getTextWidth(safeLabel) + 1.2
    const row = c.textRow(value, { size: body }, { x: MARGIN + labelW, width: CONTENT_W - labelW, maxLines: 2 })
    if (!row) return []
    return [
      {
        h: row.h,
        draw: (top) => {
          c.style({ size: body, font: 'bold', color: MUTED })
          c.doc.text(safeLabel, MARGIN, top + body * PT * 0.95)
          row.draw(top)
        },
      },
    ]
  })
}

/** Blue-collar "key facts": a two-column grid of boxes, big values that read at a glance. */
function factGridRows(c: Canvas, facts: Array<[string, string | null | undefined]>): Row[] {
  const present = facts.filter((f): f is [string, string] => Boolean(f[1] && pdfSafeText(f[1])))
  const gap = 4
  const boxW = (CONTENT_W - gap) / 2
  const rows: Row[] = []
  for (let i = 0; i < present.length; i += 2) {
    const pair = present.slice(i, i + 2).map(([label, value]) => {
      c.style({ size: 12.5, font: 'bold' })
      const lines = c.wrap(pdfSafeText(value), boxW - 8, 2)
      return { label: label.toUpperCase(), lines }
    })
    const valueLh = c.lineHeight(12.5)
    const boxH = 4 + 4.2 + Math.max(...pair.map((b) => b.lines.length)) * valueLh + 2.4
    rows.push({
      h: boxH + 3,
      draw: (top) => {
        pair.forEach((b, j) => {
          const x = MARGIN + j * (boxW + gap)
          c.doc.setFillColor(...TINT)
          c.doc.setDrawColor(...RULE)
          c.doc.roundedRect(x, top, boxW, boxH, 2, 2, 'FD')
          c.style({ size: 8, font: 'bold', color: MUTED })
          c.doc.text(b.label, x + 4, top + 5.6, { charSpace: 0.3 })
          c.style({ size: 12.5, font: 'bold' })
          b.lines.forEach((line, k) => c.doc.text(line, x + 4, top + 5.6 + 5.4 + k * valueLh))
        })
      },
    })
  }
  return rows
}

/**
 * One figure or a range as the candidate gave it: `Rs. 20,000 – 25,000 / month` (blue collar),
 * `Rs. 8 – 12 LPA` (white collar). "Rs." because the PDF fonts have no ₹ (see the NOTE above).
 */
export function salaryText(salary: number | { min: number; max: number } | undefined, jobType: JobType): string | null {
  if (salary === undefined) return null
  const { min, max } = typeof salary === 'number' ? { min: salary, max: salary } : salary
  if (min === max) return jobType === 'blue_collar' ? formatMonthlySalary(min) : `Rs. ${formatLpa(min)}`
  return jobType === 'blue_collar'
    ? `Rs. ${formatInr(min)} – ${formatInr(max)} / month`
    : `Rs. ${formatLpa(min).replace(/ LPA$/, '')} – ${formatLpa(max)}`
}

function blueCollarSections(c: Canvas, input: ResumePdfInput, level: Level): Section[] {
  const a = input.answers
  const body = 11
  return [
    {
      title: 'Key facts',
      rows: factGridRows(c, [
        ['Experience', a.experience_months !== undefined ? formatExperience(a.experience_months) : null],
        ['Expected salary', salaryText(a.expected_salary_monthly, 'blue_collar')],
        ['Driving licence', describeLicence(a)],
        ['Own vehicle', describeVehicle(a)],
        ['Education', a.highest_education ? labelOf(EDUCATION_LABELS, a.highest_education) : null],
        ['Current salary', salaryText(a.current_salary_monthly, 'blue_collar')],
      ]),
    },
    { title: 'Languages', rows: compact([listRow(c, a.languages, body, 2, ', ')]) },
    { title: 'Skills', rows: compact([listRow(c, a.skills, body, level.list)]) },
    { title: 'Work experience', rows: workRows(c, a, level, body) },
    { title: 'Education', rows: (a.education ?? []).length > 0 ? educationRows(c, a, level, body) : [] },
    { title: 'Certificates', rows: compact([listRow(c, certificatesOf(a), body, level.list)]) },
    { title: 'Work preferences', rows: keyValueRows(c, preferencePairs(a), body) },
    { title: 'Links', rows: linkRows(c, linksOf(a), level, body) },
    { title: 'About me', rows: compact([a.about ? c.textRow(a.about, { size: body }, { maxLines: level.about }) : null]) },
    {
      title: 'Personal details',
      rows: keyValueRows(
        c,
        [
          ['Date of birth', a.date_of_birth ? formatIsoDate(a.date_of_birth) : null],
          ['Gender', a.gender ? labelOf(GENDER_LABELS, a.gender) : null],
        ],
        body,
      ),
    },
  ]
}

function whiteCollarSections(c: Canvas, input: ResumePdfInput, level: Level): Section[] {
  const a = input.answers
  const body = 10
  return [
    { title: 'Summary', rows: compact([a.about ? c.textRow(a.about, { size: body }, { maxLines: level.about }) : null]) },
    { title: 'Skills', rows: compact([listRow(c, a.skills, body, level.list)]) },
    { title: 'Work experience', rows: workRows(c, a, level, body) },
    { title: 'Education', rows: educationRows(c, a, level, body) },
    { title: 'Certifications', rows: compact([listRow(c, certificatesOf(a), body, level.list)]) },
    { title: 'Links', rows: linkRows(c, linksOf(a), level, body) },
    {
      title: 'Details',
      rows: keyValueRows(
        c,
        [
          ['Total experience', a.experience_months !== undefined ? formatExperience(a.experience_months) : null],
          ['Expected salary', salaryText(a.expected_salary_monthly, 'white_collar')],
          ['Current salary', salaryText(a.current_salary_monthly, 'white_collar')],
          ['Languages', a.languages && a.languages.length > 0 ? a.languages.join(', ') : null],
          ['Driving licence', describeLicence(a)],
          ['Own vehicle', describeVehicle(a)],
          ['Date of birth', a.date_of_birth ? formatIsoDate(a.date_of_birth) : null],
          ...preferencePairs(a),
        ],
        body,
      ),
    },
  ]
}

function sectionsHeight(sections: Section[]): number {
  return sections.reduce((sum, s) => sum + SECTION_TITLE_H + s.rows.reduce((h, r) => h + r.h, 0) + SECTION_GAP, 0)
}

/**
 * The headline under the name: the title of the most recent job (current first, then the latest
 * end, then the latest start), e.g. "Senior Database Administrator" read from an uploaded PDF —
 * not the role the candidate picked for matching, which may be broader ("Software Developer").
 * Null without a titled job: the preferred role is printed instead.
 */
export function headlineTitle(answers: Answers): string | null {
  const order = (d: string | null): string => (d === 'present' ? '9999-99' : (d ?? ''))
  const titled = (answers.work_history ?? []).filter((w) => w.title && w.title.trim() !== '')
  const latest = [...titled].sort((a, b) => order(b.end).localeCompare(order(a.end)) || order(b.start).localeCompare(order(a.start)))[0]
  return latest?.title?.trim() ?? null
}

/** Draws the header band and returns the y where the body starts. */
function drawHeader(c: Canvas, input: ResumePdfInput): number {
  const { answers, profile } = input
  const doc = c.doc
  doc.setFillColor(...PURPLE)
  doc.rect(0, 0, PAGE_W * 0.62, 4, 'F')
  doc.setFillColor(...PINK)
  doc.rect(PAGE_W * 0.62, 0, PAGE_W * 0.26, 4, 'F')
  doc.setFillColor(...TEAL)
  doc.rect(PAGE_W * 0.88, 0, PAGE_W * 0.12, 4, 'F')

  let y = 12
  const name = pdfSafeText(answers.full_name ?? profile.name)
  if (name) {
    // shrink a long name to one line before truncating it
    let size = 24
    c.style({ size, font: 'bold' })
    while (size > 16 && doc.getTextWidth(name) > CONTENT_W) c.style({ size: --size, font: 'bold' })
    const [line] = c.wrap(name, CONTENT_W, 1)
    doc.text(line, MARGIN, y + size * PT * 0.95)
    y += c.lineHeight(size) + 1
  }

  const role = pdfSafeText(compact([headlineTitle(answers) ?? profile.roleName, profile.categoryName]).join('  ·  '))
  if (role) {
    c.style({ size: 12.5, font: 'bold', color: PURPLE })
    const [line] = c.wrap(role, CONTENT_W, 1)
    doc.text(line, MARGIN, y + 12.5 * PT * 0.95)
    y += c.lineHeight(12.5) + 0.8
  }

  const contact = compact([
    profile.mobileE164 ? formatPhone(profile.mobileE164) : null,
    answers.email ?? profile.email,
    answers.current_location ?? profile.city,
  ])
    .map(pdfSafeText)
    .filter(Boolean)
  if (contact.length > 0) {
    c.style({ size: 10.5, color: INK })
    const lines = c.wrap(contact.join('   |   '), CONTENT_W, 2)
    lines.forEach((line, i) => doc.text(line, MARGIN, y + 10.5 * PT * 0.95 + i * c.lineHeight(10.5)))
    y += lines.length * c.lineHeight(10.5)
  }

  y += 2.5
  doc.setDrawColor(...PURPLE)
  doc.setLineWidth(0.6)
  doc.line(MARGIN, y, PAGE_W - MARGIN, y)
  return y + 3
}

function drawFooter(c: Canvas, input: ResumePdfInput): void {
  const date = new Intl.DateTimeFormat('en-IN', { timeZone: 'Asia/Kolkata', day: 'numeric', month: 'short', year: 'numeric' }).format(
    input.generatedAt,
  )
  c.style({ size: 8, color: MUTED })
  c.doc.text(pdfSafeText(`Resume version ${input.version}  ·  Generated on ${date}  ·  Made with AIVIUE`), PAGE_W / 2, FOOTER_Y, {
    align: 'center',
  })
}

/** Renders the resume as a one-page A4 PDF. Pure: same input, same visible output. */
export function renderResumePdf(input: ResumePdfInput): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true })
  const c = new Canvas(doc)
  const name = pdfSafeText(input.answers.full_name ?? input.profile.name)
  doc.setProperties({
    title: pdfSafeText(`${name} - Resume`),
    author: name,
    subject: pdfSafeText(headlineTitle(input.answers) ?? input.profile.roleName),
    creator: 'AIVIUE',
  })
  doc.setCreationDate(input.generatedAt)

  const top = drawHeader(c, input)
  const build = input.jobType === 'blue_collar' ? blueCollarSections : whiteCollarSections
  const available = BOTTOM - top

  // measure each compression level; the first that fits is drawn, else the tightest one, clipped
  let sections: Section[] = []
  for (const level of LEVELS) {
    sections = build(c, input, level).filter((s) => s.rows.length > 0)
    if (sectionsHeight(sections) <= available) break
  }

  let y = top
  drawing: for (const section of sections) {
    if (y + SECTION_TITLE_H + section.rows[0].h > BOTTOM) break
    drawSectionTitle(c, section.title, y)
    y += SECTION_TITLE_H
    for (const row of section.rows) {
      if (y + row.h > BOTTOM) break drawing
      row.draw(y)
      y += row.h
    }
    y += SECTION_GAP
  }

  drawFooter(c, input)
  return new Uint8Array(doc.output('arraybuffer'))
}
