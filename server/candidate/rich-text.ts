import sanitizeHtml from 'sanitize-html'
import { z } from 'zod'

/**
 * "About you" rich text (SPEC §3.4): bold, italic, underline, strike, bullet and numbered lists.
 * The browser editor (tiptap) is a convenience; this allow-list is the security boundary.
 */
export const ABOUT_MAX_CHARS = 2000
/** Raw HTML cap before parsing, so a huge paste cannot make the sanitiser do unbounded work. */
export const ABOUT_MAX_RAW_HTML = 20_000

const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'ul', 'ol', 'li']

const SANITISE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  // no attributes at all: no href/src/style/on* to smuggle anything through
  allowedAttributes: {},
  allowedSchemes: [],
  allowProtocolRelative: false,
  // one spelling per mark, so stored HTML is canonical; pasted block elements keep their line breaks
  transformTags: {
    b: 'strong',
    i: 'em',
    strike: 's',
    del: 's',
    div: 'p',
    h1: 'p',
    h2: 'p',
    h3: 'p',
    h4: 'p',
    h5: 'p',
    h6: 'p',
    blockquote: 'p',
  },
  // disallowed tags are dropped and their text kept, except these, whose content is dropped too
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object', 'embed', 'svg', 'math', 'template'],
}

// The sanitised output contains only the allowed tags without attributes and text in which
// `<`, `>` and `&` are escaped, so this regex tokenises it completely.
const TOKEN = /<(\/?)(p|strong|em|u|s|ul|ol|li)>|<br \/>|[^<]+/g

function decodeText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
}

/**
 * Plain text of sanitised about-HTML: paragraphs and `<br>` become new lines, list items get
 * `• ` or `1. `. Used for the resume (plain-text `about` answer) and for counting characters.
 */
export function aboutHtmlToText(safeHtml: string): string {
  const lists: Array<{ ordered: boolean; n: number }> = []
  let out = ''
  // right after a list marker, tiptap's `<li><p>` must not start a new line
  let afterMarker = false
  const breakLine = (newlines: number) => {
    out = out.replace(/[ \t]+$/, '')
    if (out === '') return
    const have = /\n*$/.exec(out)?.[0].length ?? 0
    if (have < newlines) out += '\n'.repeat(newlines - have)
  }
  for (const m of safeHtml.matchAll(TOKEN)) {
    const [token, closing, tag] = m
    if (token === '<br />') {
      out += '\n'
    } else if (tag === undefined) {
      const text = decodeText(token).replace(/\s+/g, ' ')
      if (text.trim() === '' && (afterMarker || /\n$/.test(out) || out === '')) continue
      out += afterMarker ? text.trimStart() : text
      afterMarker = false
    } else if (tag === 'ul' || tag === 'ol') {
      if (closing) lists.pop()
      else lists.push({ ordered: tag === 'ol', n: 0 })
      breakLine(lists.length > (closing ? 0 : 1) ? 1 : 2)
    } else if (tag === 'li' && !closing) {
      const list = lists.at(-1)
      breakLine(1)
      out += `${'  '.repeat(Math.max(0, lists.length - 1))}${list?.ordered ? `${++list.n}.` : '•'} `
      afterMarker = true
    } else if (tag === 'p' && !closing && !afterMarker) {
      breakLine(lists.length > 0 ? 1 : 2)
    }
  }
  return out
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Plain text → about-HTML (the profile's textarea fallback without JavaScript, and the resume bot's
 * About, which the profile owns): lines become paragraphs and lines
 * starting with `•`, `-` or `*` become a bullet list, so a re-save keeps the shape of the text.
 */
export function plainTextToAboutHtml(text: string): string {
  const out: string[] = []
  let list: string[] = []
  const flush = () => {
    if (list.length) out.push(`<ul>${list.map((li) => `<li><p>${li}</p></li>`).join('')}</ul>`)
    list = []
  }
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim()
    const bullet = /^[•\-*]\s+(.*)$/.exec(line)
    if (bullet) {
      list.push(escapeHtml(bullet[1]))
      continue
    }
    flush()
    if (line) out.push(`<p>${escapeHtml(line)}</p>`)
  }
  flush()
  return out.join('')
}

/** Visible characters: text with whitespace runs collapsed, counted in code points. */
function visibleLength(safeHtml: string): number {
  let text = ''
  for (const m of safeHtml.matchAll(TOKEN)) if (m[2] === undefined && m[0] !== '<br />') text += decodeText(m[0])
  return [...text.replace(/\s+/g, ' ').trim()].length
}

/**
 * Sanitises about-HTML against the allow-list. Never throws; the length rule lives in
 * `zAboutHtml` so a form can show it as a field error. Empty content (e.g. tiptap's `<p></p>`)
 * comes back as `''`.
 */
export function sanitiseAboutHtml(html: string): { html: string; textLength: number } {
  const clean = sanitizeHtml(html, SANITISE_OPTIONS).trim()
  const textLength = visibleLength(clean)
  return { html: textLength === 0 ? '' : clean, textLength }
}

/** Zod schema: raw editor HTML in, sanitised HTML out; over 2 000 visible characters is an error. */
export const zAboutHtml = z
  .string()
  .max(ABOUT_MAX_RAW_HTML, 'About you is too long')
  .transform((value, ctx) => {
    const { html, textLength } = sanitiseAboutHtml(value)
    if (textLength > ABOUT_MAX_CHARS) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `About you can be at most ${ABOUT_MAX_CHARS.toLocaleString('en-IN')} characters; it has ${textLength.toLocaleString('en-IN')}`,
      })
      return z.NEVER
    }
    return html
  })
