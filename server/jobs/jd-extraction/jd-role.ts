import { CATEGORIES } from '../../../seeds/data/categories'
import { ROLES, type RoleSeed } from '../../../seeds/data/roles'
import { singular } from './jd-header'

/**
 * The master-data role a posting is most likely for, from its title (and, weakly, the skills it
 * asks for), with a 0–1 score; its first category. A suggestion for the bot to confirm, never
 * stored unasked. Pure.
 */

// Titles people write for a role, beyond the role's own name (data: add spellings here)
const SYNONYMS: Readonly<Record<string, string>> = {
  'delivery-boy': 'delivery executive|delivery partner|delivery rider|rider|delivery associate|courier boy',
  'warehouse-picker': 'picker|packer|warehouse associate|warehouse helper',
  'inventory-executive': 'store keeper|storekeeper|inventory executive|store executive',
  'driver': 'driver|car driver|personal driver|lmv driver',
  'cab-driver': 'cab driver|taxi driver|ola driver|uber driver',
  'telecaller': 'telecaller|tele caller|tele calling executive|telecalling executive|telesales executive|calling executive|tele sales',
  'customer-support-executive': 'customer support|customer care executive|customer service executive|call center executive|bpo|voice process',
  'chat-support-executive': 'chat support|non voice|email support',
  'receptionist': 'receptionist|front desk',
  'field-sales-executive': 'field sales executive|field sales|sales executive|sales officer|marketing executive|field executive',
  'inside-sales-executive': 'inside sales',
  'business-development-executive': 'business development|bde|bdm|business development manager|sales manager',
  'digital-marketing-executive': 'digital marketing|seo executive|social media',
  'retail-sales-associate': 'sales associate|sales girl|sales boy|showroom sales|counter sales|retail sales',
  'store-manager': 'store manager|branch head|outlet manager|shop manager',
  'staff-nurse': 'nurse|staff nurse|gnm|anm',
  'ward-boy': 'ward boy|hospital attendant|ward attendant',
  'patient-caretaker': 'caretaker|home attendant|patient care|nannies|nanny|home care',
  'teacher': 'teacher|faculty|lecturer|instructor|pgt|tgt|prt',
  'home-tutor': 'tutor|home tutor|online tutor',
  'machine-operator': 'machine operator|operator',
  'cnc-operator': 'cnc operator|vmc operator',
  'production-helper': 'helper|production helper|factory helper|labour',
  'cook': 'cook|chef|commis|cdp|sous chef|kitchen',
  'kitchen-helper': 'kitchen helper|dishwasher|steward helper',
  'waiter': 'waiter|steward|captain|server',
  'accountant': 'accountant|accounts|finance and accounts executive|accounts executive|billing executive',
  'collection-executive': 'collection executive|recovery executive|collections',
  'financial-analyst': 'financial analyst|finance analyst',
  'graphic-designer': 'graphic designer|designer',
  'ui-ux-designer': 'ui ux designer|ux designer|ui designer|product designer',
  'content-writer': 'content writer|copywriter|writer',
  'software-developer': 'software developer|software engineer|developer|programmer|sde|php developer|java developer|dotnet developer|.net developer|python developer',
  'frontend-developer': 'frontend developer|front end developer|front-end developer|react developer|angular developer|html developer|ui developer|web developer|wordpress developer',
  'backend-developer': 'backend developer|back end developer|node developer|java developer|api developer',
  'full-stack-developer': 'full stack developer|fullstack developer|mern stack developer|mean stack developer',
  'qa-engineer': 'qa engineer|test engineer|tester|qa analyst|automation tester|sdet',
  'data-analyst': 'data analyst|business analyst|mis executive|data scientist|analytics',
  'it-support-engineer': 'it support|desktop engineer|desktop support|system administrator|network engineer|devops engineer|cloud engineer',
  'security-guard': 'security guard|guard|guards|watchman|security officer|bouncer',
  'housekeeping-staff': 'housekeeping|housekeeper|cleaner|janitor',
  'office-boy': 'office boy|peon|office assistant',
  'beautician': 'beautician|beauty advisor',
  'hair-stylist': 'hair stylist|barber|hairdresser',
  'data-entry-operator': 'data entry|data entry operator|computer operator|back office',
  'office-admin-executive': 'admin executive|office admin|administrator|office coordinator',
  'hr-executive': 'hr executive|hr generalist|hr manager',
  'hr-recruiter': 'recruiter|talent acquisition|hr recruiter',
  'civil-site-engineer': 'site engineer|civil engineer',
  'logistics-coordinator': 'logistics coordinator|logistics executive|logistics manager|dispatch',
  'medical-representative': 'medical representative|mr|pharma sales',
  'front-office-executive': 'front office executive|guest relations',
}

const STOP = new Set(['and', 'or', 'the', 'of', 'for', 'in', 'a', 'an', 'sr', 'senior', 'junior', 'jr', 'lead', 'trainee', 'hiring', 'urgent', 'wanted', 'required', 'cum'])

function toks(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[()]/g, ' ')
    .split(/[^a-z0-9.+#]+/)
    .filter((w) => w && !STOP.has(w))
    .map(singular)
}

interface Variant {
  role: RoleSeed
  tokens: string[]
}

let variants: Variant[] | null = null
function allVariants(): Variant[] {
  if (variants) return variants
  variants = []
  for (const role of ROLES) {
    const names = [role.name, ...role.name.split(/[/()]/), ...(SYNONYMS[role.slug]?.split('|') ?? [])]
    for (const n of names) {
      const t = toks(n)
      if (t.length > 0) variants.push({ role, tokens: t })
    }
  }
  return variants
}

export interface RoleGuess {
  slug: string
  name: string
  score: number
}

/**
 * Best role for a title: a role name (or synonym) whose words all appear in the title scores by
 * how much of the title it explains; partial overlaps score less. Skills break ties. Null below 0.4.
 */
export function suggestRole(title: string | null, skills: readonly string[]): RoleGuess | null {
  if (!title) return null
  const tt = new Set(toks(title))
  if (tt.size === 0) return null
  const skillSet = new Set(skills.map((s) => s.toLowerCase()))
  let best: { v: Variant; score: number } | null = null
  for (const v of allVariants()) {
    const hit = v.tokens.filter((t) => tt.has(t)).length
    if (hit === 0) continue
    const covered = hit / v.tokens.length
    // the whole variant inside the title is strong; how much of the title it explains refines it
    let score = covered === 1 ? 0.6 + 0.4 * Math.min(1, hit / Math.min(tt.size, 3)) : 0.5 * covered * (hit / tt.size)
    const skillHits = v.role.suggestedSkills.filter((s) => skillSet.has(s.toLowerCase())).length
    score = Math.min(1, score + 0.02 * skillHits)
    if (!best || score > best.score) best = { v, score }
  }
  if (!best || best.score < 0.4) return null
  return { slug: best.v.role.slug, name: best.v.role.name, score: Math.round(best.score * 100) / 100 }
}

export function categoryOf(roleSlug: string | null): { slug: string; name: string } | null {
  const role = roleSlug ? ROLES.find((r) => r.slug === roleSlug) : undefined
  const cat = role ? CATEGORIES.find((c) => c.slug === role.categories[0]) : undefined
  return cat ? { slug: cat.slug, name: cat.name } : null
}
