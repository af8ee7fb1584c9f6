import type { LayoutLine } from './layout'
import { normalisePhone } from './normalise'
import { linesOf, type SectionedResume } from './sections'
import { lineText } from './text'

/** Email, phone and links: from the header and contact lines first, never from references. */

export type Confidence = 'high' | 'low'

export interface Found<T> {
  value: T
  confidence: Confidence
}

const EMAIL_RE = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/g

/** Lines that may hold the candidate's own contact details, best first, references excluded. */
function contactLines(doc: SectionedResume): { line: LayoutLine; primary: boolean }[] {
  const refs = new Set(linesOf(doc, 'references'))
  const primary = new Set([...doc.header, ...linesOf(doc, 'personal'), ...linesOf(doc, 'links')])
  const out: { line: LayoutLine; primary: boolean }[] = []
  for (const line of doc.lines) if (primary.has(line)) out.push({ line, primary: true })
  for (const line of doc.lines) if (!primary.has(line) && !refs.has(line)) out.push({ line, primary: false })
  return out
}

export function extractEmail(doc: SectionedResume, linkUris: string[] = []): Found<string> | null {
  for (const { line, primary } of contactLines(doc)) {
    const text = lineText(line)
    // cheap test first: the regex backtracks over every word of a long line without an "@"
    if (!text.includes('@')) continue
    const m = text.match(EMAIL_RE)
    if (m) return { value: m[0].toLowerCase().replace(/\.$/, ''), confidence: primary ? 'high' : 'low' }
  }
  const mailto = linkUris.find((u) => /^mailto:/i.test(u))
  if (mailto) {
    const m = decodeURIComponentSafe(mailto.slice(7)).match(EMAIL_RE)
    if (m) return { value: m[0].toLowerCase(), confidence: 'low' }
  }
  return null
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

// ---------------------------------------------------------------------------------------------
// Phone

export interface PhoneFound extends Found<string> {
  /** digits as written (country code kept if written) */
  digits: string
}

// "+91 98765 43210", "098765-43210", "(718) 555–0100", "607.379.5733", "(+82)10-9030-1843"
const PHONE_CANDIDATE_RE = /(?:(?:\(\s*\+?\d{1,4}\s*\)|\+\s?\d{1,4})[\s.-]*)?\(?\d[\d\s().–-]{6,18}\d/g
const EMAIL_END_RE = /@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,24}$/
const PHONE_LABEL_RE = /\b(mob(?:ile)?|ph(?:one)?|tel(?:ephone)?|cell|contact(?:\s*(?:no|number))?|whats\s?app|m)\b\.?\s*(?:no\.?|number|#)?\s*[:.-]/i

function phoneCandidates(text: string): string[] {
  const out: string[] = []
  const clean = text.replace(/[\u2010-\u2015\u2212]/g, '-')
  for (const m of clean.matchAll(PHONE_CANDIDATE_RE)) {
    const raw = m[0].trim()
    const digits = raw.replace(/\D/g, '')
    if (digits.length < 10 || digits.length > 13) continue
    // year ranges ("2015 - 2017 2018") and dates are not phones
    if (/^(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}/.test(raw)) continue
    // a number glued to other text ("DOI:10.15680/IJIRSET.2018.0709037") is an identifier
    const before = clean.slice(Math.max(0, (m.index ?? 0) - 1), m.index ?? 0)
    // …except right after an email, which a PDF may run into the number inside one text item
    // ("ravi@gmail.com+91 98765 43210"; across items, layout.ts splits them by position)
    if (before && !/[\s:;,(|+•·–-]/.test(before) && !EMAIL_END_RE.test(clean.slice(0, m.index ?? 0))) continue
    out.push(raw)
  }
  return out
}

export function extractPhone(doc: SectionedResume, linkUris: string[] = []): PhoneFound | null {
  let fallback: PhoneFound | null = null
  for (const { line, primary } of contactLines(doc)) {
    const text = lineText(line)
    for (const raw of phoneCandidates(text)) {
      const norm = normalisePhone(raw)
      if (!norm) continue
      const labelled = PHONE_LABEL_RE.test(text)
      const found: PhoneFound = {
        value: norm.e164,
        digits: raw.replace(/\D/g, ''),
        confidence: norm.valid && (primary || labelled) ? 'high' : 'low',
      }
      if (found.confidence === 'high') return found
      fallback ??= found
    }
  }
  if (fallback) return fallback
  const tel = linkUris.find((u) => /^tel:/i.test(u))
  if (tel) {
    const norm = normalisePhone(tel.slice(4))
    if (norm) return { value: norm.e164, digits: tel.slice(4).replace(/\D/g, ''), confidence: 'low' }
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// Links

/** Sites whose links are personal profiles even when only an icon shows in the text. */
const PROFILE_HOSTS = new Set([
  'github.com', 'gitlab.com', 'bitbucket.org', 'linkedin.com', 'twitter.com', 'x.com', 'facebook.com', 'fb.com',
  'instagram.com', 'youtube.com', 'quora.com', 'medium.com', 'stackoverflow.com', 'behance.net', 'dribbble.com',
  'kaggle.com', 'leetcode.com', 'hackerrank.com', 'codechef.com', 'codeforces.com', 'dev.to', 'hashnode.com',
  'angel.co', 'wellfound.com', 'scholar.google.com', 'researchgate.net', 'orcid.org', 'npmjs.com', 'pypi.org',
])

/** Labels that name a site before a bare handle: "GitHub: deedydas", "LinkedIn:// debarghyadas". */
const HANDLE_SITES: Record<string, string> = {
  github: 'github.com/',
  gitlab: 'gitlab.com/',
  linkedin: 'linkedin.com/in/',
  twitter: 'twitter.com/',
  facebook: 'facebook.com/',
  instagram: 'instagram.com/',
  quora: 'quora.com/',
  youtube: 'youtube.com/',
  medium: 'medium.com/@',
  kaggle: 'kaggle.com/',
  leetcode: 'leetcode.com/',
  stackoverflow: 'stackoverflow.com/users/',
  behance: 'behance.net/',
  dribbble: 'dribbble.com/',
}

const TLDS =
  'com|in|org|net|io|info|me|co|dev|ai|app|edu|gov|us|uk|ca|au|de|fr|jp|kr|sg|xyz|tech|site|online|page|blog|biz|cc|tv|ly|gg|design|codes|website|live|space|pro'
const BARE_DOMAIN_RE = new RegExp(`(?<![@\\w.-])((?:[a-z0-9-]+\\.)+(?:${TLDS}))(\\/[^\\s,;|)]*)?(?![\\w@-])`, 'gi')
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s,;|<>"')]+/gi
// "asp.net", "vb.net": technology names, not websites
const NOT_SITES = /^(asp|ado|vb|dot|node|vue|react|angular|next|nuxt|backbone|d3|three|express|ember|chart)\.(net|js|io)$/i

/** host+path, lower-case, no scheme, no `www.`, no trailing slash. */
export function normaliseLink(url: string): string | null {
  let s = url.trim().replace(/^[<("']+|[>)"'.,;:]+$/g, '')
  if (/^(mailto|tel|javascript|file|data):/i.test(s)) return null
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\d?\./i, '')
  s = s.replace(/[?#].*$/, '').replace(/\/+$/, '')
  s = s.toLowerCase()
  let [host, ...rest] = s.split('/')
  if (!host) return null
  // "https://facebook/dd": a known site without its TLD
  if (!host.includes('.') && HANDLE_SITES[host]) host = `${host}.com`
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return null
  // "github.com/github.com/user": the host pasted twice
  while (rest[0] === host || rest[0] === `www.${host}`) rest = rest.slice(1)
  const path = rest.filter(Boolean).join('/')
  return path ? `${host}/${path}` : host
}

function hostOf(link: string): string {
  return link.split('/')[0]
}

function isProfileHost(host: string): boolean {
  return PROFILE_HOSTS.has(host) || PROFILE_HOSTS.has(host.replace(/^(m|mobile|in|[a-z]{2})\./, ''))
}

function sameLink(a: string, b: string): boolean {
  if (a === b) return true
  const [ha, ...pa] = a.split('/')
  const [hb, ...pb] = b.split('/')
  return ha === hb && pa.length > 0 && pb.length > 0 && pa[pa.length - 1] === pb[pb.length - 1]
}

export function extractLinks(doc: SectionedResume, linkUris: string[] = []): Found<string[]> {
  const refs = new Set(linesOf(doc, 'references'))
  const primary = new Set([...doc.header, ...linesOf(doc, 'personal'), ...linesOf(doc, 'links')])
  const lines = doc.lines.filter((l) => !refs.has(l))
  const allText = lines.map(lineText).join('\n')
  const visible = allText.toLowerCase().replace(/\s+/g, '')
  const out: string[] = []
  const add = (link: string | null) => {
    if (!link || NOT_SITES.test(link)) return
    const dup = out.findIndex((o) => sameLink(o, link))
    if (dup >= 0) {
      // keep the longer, more specific form ("youtube.com/user/x" over "youtube.com/x")
      if (link.length > out[dup].length) out[dup] = link
      return
    }
    out.push(link)
  }

  for (const line of lines) {
    const text = lineText(line)
    // NOTE: URLs, domains and emails all hold a dot; most lines have none, and these regexes
    // backtrack over every word of a line
    if (text.includes('.')) {
      // emails are not links (their domain would read as one)
      const stripped = text.includes('@') ? text.replace(EMAIL_RE, ' ') : text
      for (const m of stripped.matchAll(URL_RE)) add(normaliseLink(m[0]))
      // bare domains only where contact details live, or with a profile site's path
      for (const m of stripped.matchAll(BARE_DOMAIN_RE)) {
        const host = m[1].toLowerCase().replace(/^www\./, '')
        if (primary.has(line) || (isProfileHost(host) && m[2])) add(normaliseLink(m[0]))
      }
    }
    // "GitHub:// deedydas", "LinkedIn: name" — a site label and a bare handle
    for (const m of text.matchAll(/\b(github|gitlab|linkedin|twitter|facebook|instagram|quora|youtube|medium|kaggle|leetcode|behance|dribbble)\s*(?::\/\/|:|-)\s*@?([A-Za-z0-9][\w.-]{1,60})/gi)) {
      const handle = m[2]
      if (/\.(com|in|org|net|io)\b/i.test(handle)) continue
      add(normaliseLink(HANDLE_SITES[m[1].toLowerCase()] + handle))
    }
  }

  for (const uri of linkUris) {
    const link = normaliseLink(uri)
    if (!link) continue
    const host = hostOf(link)
    // a link the reader can see, or a profile site; not a reference inside a sentence
    // (Wikipedia links in a job description)
    if (visible.includes(link) || (isProfileHost(host) && link.includes('/'))) add(link)
  }
  return { value: out.slice(0, 20), confidence: 'high' }
}
