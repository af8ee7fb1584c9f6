import { normalisePhone } from '../../normalise/phone'
import type { FlagSpan, JdExtraction } from './jd-schema'
import type { JdDoc } from './jd-text'

/**
 * What the bot must raise rather than publish: fees charged to candidates (the product forbids
 * them) and gender wording (never a filter: Code on Wages 2019 s.3). Flags only: nothing is
 * removed from the posting. Also interview details when they are plainly written. Pure.
 */

const FEE_PATTERNS: readonly RegExp[] = [
  /\b(?:registration|joining|training|processing|interview|application|enrol?ment|kit|uniform|documentation|verification|medical|id card|placement|service|consultancy|form|admission|security)\s*(?:fee|fees|charges?|cost|amount)\b/i,
  /\b(?:security|refundable|caution|joining)\s+(?:deposit|money)\b/i,
  /\bdeposit\s+(?:of\s+)?(?:rs\.?|₹|inr)?\s*\d[\d,]*/i,
  /\b(?:fees?|charges)\s+(?:of\s+)?(?:rs\.?|₹|inr)\s*\d[\d,]*/i,
  /\b(?:pay|paid|submit)\s+(?:rs\.?|₹|inr)\s*\d[\d,]*/i,
  /(?:पंजीकरण|रजिस्ट्रेशन|ट्रेनिंग|वर्दी|यूनिफॉर्म)\s*(?:शुल्क|फीस|चार्ज)|जमा\s*राशि|సెక్యూరిటీ\s*డిపాజిట్|రిజిస్ట్రేషన్\s*ఫీజు/,
]
// "No fee is required", "no registration charges", "free of cost": the opposite of a fee
const NO_FEE = /\b(?:no|zero|nil|without(?:\s+any)?|free of|not|never|don'?t|do not|does not)\b[^.\n]{0,25}\b(?:fee|fees|charges?|deposit|cost|money)\b|\b(?:fee|fees|charges?|deposit)\b[^.\n]{0,15}\b(?:not (?:required|needed|applicable|charged)|nil|free)\b|\bfree of (?:cost|charge)\b/i

const GENDER_WORD = '(?:males?|females?|men|women|boys|girls|ladies|gents|lady|gentlemen|male candidates?|female candidates?)'
// "delivery boys required" names a role, not a gender requirement
const ROLE_BEFORE = /\b(?:delivery|office|ward|kitchen|pantry|room|bell|house|service|pizza|tea|coffee|helper|peon|sales|call|floor|store|shop|cleaning)\s*$/i
const GENDER_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\bonly\\s+(?:for\\s+)?${GENDER_WORD}\\b`, 'i'),
  new RegExp(`\\b${GENDER_WORD}\\s+(?:candidates?\\s+)?(?:only|required|needed|wanted|preferred|can apply)\\b`, 'i'),
  /\bgender\s*[:\-]\s*(?:males?|females?|men|women|boys|girls)\b(?!\s*(?:\/|or|and|&|,)\s*(?:fe)?males?)/i,
  new RegExp(`\\brequires?\\s+(?:\\w+\\s+){0,2}(?:women|men|females|males|girls|boys|ladies)\\b(?:\\s*\\((?:fe)?males?\\))?`, 'i'),
  /\b(?:sirf|keval|only)\s+(?:ladke|ladkiyan|ladkiya|purush|mahila)\b/i,
  /(?:केवल|सिर्फ)\s*(?:पुरुष|महिला|लड़के|लड़कियां|लड़कियाँ)|(?:पुरुष|महिला|लड़के|लड़कियां)\s*(?:ही|चाहिए)/,
  /(?:మేల్స్|ఫిమేల్స్|పురుషులు|మహిళలు|అబ్బాయిలు|అమ్మాయిలు)\s*మాత్రమే/,
]

function spans(doc: JdDoc, patterns: readonly RegExp[], skip: (line: string, match: RegExpExecArray) => boolean): FlagSpan[] {
  const out: FlagSpan[] = []
  for (const l of doc.lines) {
    for (const re of patterns) {
      const m = re.exec(l.text)
      if (!m || skip(l.text, m)) continue
      out.push({ text: m[0].slice(0, 200), context: l.text.slice(0, 500), line: l.index })
      break
    }
  }
  return out
}

export function feeFlags(doc: JdDoc): FlagSpan[] {
  return spans(doc, FEE_PATTERNS, (line) => NO_FEE.test(line))
}

export function genderFlags(doc: JdDoc): FlagSpan[] {
  return spans(doc, GENDER_PATTERNS, (line, m) => ROLE_BEFORE.test(line.slice(0, m.index)) && !/^only/i.test(m[0]))
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/
const PHONE = /(?:\+91[\s-]*)?(?<!\d)(?:0?[6-9]\d{4}[\s-]?\d{5}|0\d{2,4}[\s-]\d{6,8})(?!\d)/
const TIME = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)\s*(?:-|to|till)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)/i

export function interviewOf(doc: JdDoc): JdExtraction['interview'] {
  const walkIn = doc.lines.find((l) => /\bwalk[\s-]?in\b/i.test(l.text))
  const phoneMatch = PHONE.exec(doc.text)
  const phone = phoneMatch ? (normalisePhone(phoneMatch[0])?.e164 ?? null) : null
  const email = EMAIL.exec(doc.text)?.[0].replace(/\.$/, '') ?? null
  if (!walkIn && !phone && !email) return null
  let address: string | null = null
  let time: string | null = null
  if (walkIn) {
    const near = doc.lines.slice(walkIn.index, walkIn.index + 6)
    const venue = near.find((l) => l.label && /^(venue|address|interview venue|interview address|location|walk in address|walk-in address)$/.test(l.label))
    address = venue?.value ? venue.value.slice(0, 300) : null
    // "Walk-in: Mon-Sat 10am to 5pm at Gala 7, Sector 5, Vijay Nagar": the place follows "at"
    if (!address) {
      const at = / at ((?=[^,]*\d|[^,]*,)[^.]{6,200})$/i.exec(walkIn.text.replace(/[.!]+\s*$/, ''))
      if (at && /,/.test(at[1])) address = at[1].trim()
    }
    time = near.map((l) => TIME.exec(l.text)?.[0]).find(Boolean) ?? null
  } else {
    const addr = doc.lines.find((l) => l.label && /^(address|venue|interview venue)$/.test(l.label) && l.zone !== 'about')
    address = addr?.value ? addr.value.slice(0, 300) : null
  }
  return { walk_in: !!walkIn, address, time, phone, email: email && email.length <= 254 ? email : null }
}
