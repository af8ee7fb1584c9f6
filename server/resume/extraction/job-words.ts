import { ROLES } from '../../../seeds/data/roles'

/**
 * Cues that tell a job title from an employer's name. Pure data + tiny helpers.
 * - title cues: role nouns (the master-data roles' head nouns plus a job-title vocabulary);
 * - company cues: legal and trade suffixes ("Pvt Ltd", "Technologies", "Hospital", "Bank"…), and a
 *   "- City" tail (job portals print "Company name - City, State");
 * - date words ("Present", month names, years) are never a company or a title.
 */

/** Job-title words beyond the master-data roles (white-collar titles especially). */
const TITLE_VOCABULARY = [
  'engineer', 'developer', 'programmer', 'manager', 'intern', 'internship', 'trainee', 'apprentice', 'assistant',
  'advisor', 'adviser', 'coach', 'head', 'secretary', 'officer', 'director', 'president', 'vp', 'lead', 'leader',
  'analyst', 'consultant', 'accountant', 'architect', 'researcher', 'scientist', 'designer', 'executive', 'associate',
  'specialist', 'administrator', 'admin', 'founder', 'co-founder', 'cofounder', 'fellow', 'teacher', 'lecturer',
  'professor', 'trainer', 'tutor', 'instructor', 'technician', 'operator', 'driver', 'rider', 'clerk', 'cashier',
  'supervisor', 'agent', 'representative', 'rep', 'telecaller', 'tele-caller', 'electrician', 'plumber', 'welder',
  'fitter', 'carpenter', 'mechanic', 'cook', 'chef', 'helper', 'guard', 'nurse', 'controller', 'cfo', 'ceo', 'cto',
  'coo', 'cio', 'contributor', 'worker', 'salesman', 'salesperson', 'receptionist', 'coordinator', 'co-ordinator',
  'auditor', 'editor', 'writer', 'photographer', 'pharmacist', 'doctor', 'physician', 'therapist', 'sre', 'devops',
  'tester', 'qa', 'owner', 'proprietor', 'incharge', 'in-charge', 'foreman', 'storekeeper', 'packer', 'picker',
  'loader', 'attendant', 'beautician', 'tailor', 'dba', 'sde', 'smts', 'mts', 'programmer', 'expert', 'sme',
  'recruiter', 'stylist', 'barber', 'steward', 'barista', 'inspector', 'caretaker', 'peon', 'mason', 'nanny',
  'babysitter', 'housemaid', 'waiter', 'server', 'volunteer', 'member', 'partner', 'staff', 'employee',
  'principal', 'deputy', 'chief', 'sr', 'jr', 'senior', 'junior', 'trainer', 'counsellor', 'counselor', 'banker',
  'underwriter', 'surveyor', 'draftsman', 'draughtsman', 'supervisor', 'superintendent', 'investigator', 'strategist',
  'marketer', 'planner', 'buyer', 'merchandiser', 'dispatcher', 'scheduler', 'estimator', 'translator',
  'interpreter', 'journalist', 'reporter', 'anchor', 'artist', 'animator', 'illustrator', 'modeler', 'modeller',
  // abbreviations printed in titles ("Server Support Engg.", "Sales Exec")
  'engg', 'mgr', 'exec',
]

/**
 * The last word of each alternative in a role's name. Not a bracketed qualifier ("Driver (Car /
 * LMV)", "(Tally)", "(Voice)"), nor a one-word modifier before a longer alternative ("Home /
 * Online Tutor", "Gym / Fitness Trainer", "CNC / VMC Operator"): those are not people.
 */
export function headNouns(roleNames: string[]): string[] {
  const out: string[] = []
  for (const name of roleNames) {
    const alternatives = name.replace(/\([^)]*\)?/g, ' ').split('/').map((p) => p.trim().toLowerCase().split(/\s+/).filter(Boolean))
    const lastLength = alternatives[alternatives.length - 1]?.length ?? 0
    alternatives.forEach((words, i) => {
      if (i < alternatives.length - 1 && words.length === 1 && lastLength > 1) return
      const last = words[words.length - 1]
      if (last && /^[a-z-]{3,}$/.test(last)) out.push(last)
    })
  }
  return out
}

const TITLE_WORDS = new Set([...TITLE_VOCABULARY, ...headNouns(ROLES.map((r) => r.name))])
// NOTE: role names that are also trade words ("staff", "help", "boy") count only with another cue
const WEAK_TITLE_WORDS = new Set(['staff', 'help', 'boy', 'member', 'partner', 'employee', 'senior', 'junior', 'sr', 'jr', 'principal', 'deputy', 'chief', 'server', 'lead', 'head', 'associate', 'admin'])

/** Words that end employers' names. */
const COMPANY_SUFFIX =
  /\b(inc|incorporated|ltd|limited|llc|llp|pvt|private|plc|gmbh|corp|corporation|company|co|technologies|technology|solutions|services|systems|software|softwares|softech|infotech|infosystems|infoway|group|bank|hospitals?|clinic|industries|enterprises?|consultancy|consulting|consultants|labs?|laboratories|networks|communications|telecom|pharma|pharmaceuticals|motors|automobiles|logistics|foods|retail|textiles|constructions?|builders|developers|infra|infrastructure|realty|exports|imports|traders|trading|agencies|agency|associates|capital|financials?|securities|insurance|holdings|ventures|media|studios?|airlines|airways|hotels?|resorts?|restaurant|stores|mart|global|international|india|worldwide|analytics|digital|innovations|interactive|electronics|electricals|steel|power|energy|chemicals|engineering works|works|mills|university|college|institute|school|academy|foundation|trust|society|ngo)\.?$/i

export function titleWordCount(s: string): { strong: number; weak: number } {
  let strong = 0
  let weak = 0
  for (const w of s.toLowerCase().split(/[^a-z-]+/)) {
    if (!w) continue
    const base = TITLE_WORDS.has(w) ? w : w.endsWith('s') && TITLE_WORDS.has(w.slice(0, -1)) ? w.slice(0, -1) : null
    if (!base) continue
    if (WEAK_TITLE_WORDS.has(base)) weak++
    else strong++
  }
  return { strong, weak }
}

/** Does the text end like an employer's name ("Infosys Pvt. Ltd.", "Apollo Hospitals")? */
export function hasCompanySuffix(s: string): boolean {
  return COMPANY_SUFFIX.test(s.replace(/[\s.,)(-]+$/, '').trim())
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
const DATE_WORDS_RE = new RegExp(
  `^(?:(?:${MONTH}\\.?|'?\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?|present|current(?:ly)?|now|till|until|to|date|today|since|from|ongoing|onwards|and|[-–—/,.'()\\s])+)$`,
  'i',
)

/** Only date words: "Present", "Nov 2011", "to Till Date", "Feb17". */
export function isDateWords(s: string): boolean {
  const t = s.trim()
  return t.length > 0 && DATE_WORDS_RE.test(t)
}
