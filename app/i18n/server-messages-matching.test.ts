import { describe, expect, it } from 'vitest'
import { profileCompleteness } from '#server/candidate/profile-completeness'
import { explain } from '#server/matching/match-explain'
import { experienceFactor, type Anchor, type MatchCandidate, type MatchFactors, type MatchJob, type ProfileGap } from '#server/matching/match-score'
import { MISSING_TEXT } from '#server/matching/matching.service'
import { nudgeMessage } from '#server/matching/nudge'
import { resources, supportedLocales } from './i18n'
import { translateServerMessage, type ServerMessageCatalog } from './server-messages'

const catalog = (code: string) => (resources[code] as { serverMessages: ServerMessageCatalog }).serverMessages

const anchor = (name: string, kind: Anchor['kind']): Anchor => ({ cityId: name.toLowerCase(), name, lat: 19, lng: 72.8, kind, cap: 1 })

const JOB: MatchJob = {
  id: 'j',
  roleId: 'r',
  categoryIds: ['c'],
  lat: 19,
  lng: 72.8,
  cityName: 'Mumbai',
  locality: 'Andheri East',
  workMode: 'onsite',
  salaryMinMonthly: 18_000,
  salaryMaxMonthly: 25_000,
  experienceMinMonths: 12,
  experienceMaxMonths: 36,
  requiresDrivingLicence: true,
  requiresTwoWheeler: true,
  minLanguages: 2,
  requiredLanguages: ['Hindi', 'Marathi'],
  skills: ['UPI payments'],
  postedAt: new Date('2026-12-07T00:00:00Z'),
}

const CANDIDATE: MatchCandidate = {
  roleId: 'r',
  roleName: null,
  sameCategoryIds: ['c'],
  sameCategoryName: 'Delivery & Logistics',
  relatedCategories: [],
  anchors: [],
  homeCityName: null,
  experienceMonths: 24,
  salaryMonthly: 20_000,
  salaryBasis: 'expected',
  hasDrivingLicence: true,
  hasTwoWheeler: true,
  languages: ['Hindi', 'Marathi'],
  skillKeys: null,
}

const FACTORS: MatchFactors = {
  role: { score: 1, kind: 'exact', categoryName: null },
  location: { score: 1, kind: 'near', anchor: anchor('Mumbai', 'current'), km: 0.5 },
  skills: { score: 1, kind: 'known', matched: ['UPI payments', 'Route knowledge', 'Cash handling', 'Google Maps'] },
  experience: { score: 1, kind: 'inside' },
  salary: { score: 1, kind: 'fits' },
  requirements: { score: 1, hidden: false, statuses: { driving_licence: 'met', two_wheeler: 'met', languages: 'met' } },
  recency: { score: 1, ageDays: 0.5 },
  salaryFloor: { multiplier: 1, below: false },
} as MatchFactors

/**
 * Every shape of "why it matched", from the real sentence builder: each factor varied on its own
 * over the values that change the wording (role kinds, places, salary units, language lists,
 * experience spans), the others as in FACTORS.
 */
function producedReasons(): string[] {
  const out = new Set<string>()
  const say = (job: Partial<MatchJob>, c: Partial<MatchCandidate>, f: Partial<MatchFactors>) =>
    explain({ ...JOB, ...job }, { ...CANDIDATE, ...c }, { score: 80, hidden: false, factors: { ...FACTORS, ...f } }).forEach((r) => out.add(r))

  say({}, {}, {})
  say({}, {}, { role: { score: 0.7, kind: 'same_category', categoryName: 'Delivery & Logistics' } })
  say({}, {}, { role: { score: 0.4, kind: 'related', categoryName: 'Transportation & Driving' } })
  say({}, {}, { location: { score: 1, kind: 'remote', anchor: null, km: null } })
  for (const locality of ['Andheri East', null])
    for (const km of [0.5, 12.4])
      for (const kind of ['current', 'preferred', 'metro'] as const)
        for (const homeCityName of ['Sangamner', null])
          say({ locality }, { homeCityName }, { location: { score: 0.8, kind: 'near', anchor: anchor('Pune', kind), km } })
  for (const matched of [['Driving'], ['React', 'TypeScript', 'Node.js', 'SQL']]) say({}, {}, { skills: { score: 1, kind: 'known', matched } })
  for (const salaryMonthly of [8_000, 20_000, 100_000])
    for (const salaryBasis of ['expected', 'current'] as const)
      for (const kind of ['fits', 'above'] as const)
        for (const [min, max] of [[18_000, 25_000], [15_000, null], [null, 30_000], [80_000, 125_000], [500, 900]] as const)
          say({ salaryMinMonthly: min, salaryMaxMonthly: max }, { salaryMonthly, salaryBasis }, { salary: { score: 1, kind } })
  for (const salaryMonthly of [40_000, 100_000, 150_000])
    for (const [min, max] of [[17_000, 21_000], [9_000, null]] as const)
      say({ salaryMinMonthly: min, salaryMaxMonthly: max }, { salaryMonthly }, { salaryFloor: { multiplier: 0.5, below: true } })
  const lists = [['Hindi'], ['Hindi', 'English'], ['Hindi', 'English', 'Marathi'], ['Hindi', 'English', 'Marathi', 'Tamil']]
  for (const requiredLanguages of [[], ...lists])
    for (const minLanguages of [1, 2, 3])
      for (const languages of lists) say({ requiredLanguages, minLanguages }, { languages }, {})
  for (const experienceMonths of [0, 1, 6, 12, 18, 24, 30, 120])
    for (const [min, max] of [[0, 0], [0, 12], [0, 36], [6, null], [12, 36], [12, 12], [18, 60]] as const)
      // the real experience factor: "inside" only where the scorer says so
      say({ experienceMinMonths: min, experienceMaxMonths: max }, { experienceMonths }, { experience: experienceFactor({ experienceMinMonths: min, experienceMaxMonths: max }, experienceMonths) })
  return [...out]
}

const GAPS: ProfileGap[] = ['driving_licence', 'two_wheeler', 'languages']

/** the other sentences of the job pages and Home, from the real server code */
function producedOthers(): string[] {
  const out = new Set<string>(Object.values(MISSING_TEXT))
  for (const gaps of [['driving_licence'], ['languages'], GAPS] as ProfileGap[][]) out.add(nudgeMessage(gaps, 2).cta)
  profileCompleteness({ basicDone: false, hasPhoto: false, hasEmail: false, hasAbout: false, hasDob: false, hasSalary: false, hasLanguages: false, hasIdDocument: false, hasResume: false }).missing.forEach((m) => out.add(m))
  return [...out]
}

describe('matching sentences in the reader’s language', () => {
  it('a few, word for word', () => {
    const hi = catalog('hi')
    expect(translateServerMessage(hi, '₹18–25k fits your current ₹20k')).toBe('₹18–25k, आपकी अभी की ₹20k के हिसाब से सही')
    expect(translateServerMessage(hi, 'In Andheri East, Mumbai, the metro nearest Sangamner')).toBe('Andheri East, Mumbai में, Sangamner के सबसे पास का बड़ा शहर')
    expect(translateServerMessage(hi, 'your 2.5 yrs fit 1–3 yrs')).toBe('आपका 2.5 साल का अनुभव, चाहिए 1–3 साल')
    expect(translateServerMessage(hi, 'needs 2 of Hindi, English, Marathi: you speak Hindi and English')).toBe('Hindi, English, Marathi में से 2 चाहिए: आप Hindi और English बोलते हैं')
    expect(translateServerMessage(hi, 'Pays ₹17–21k, below your ₹1.5 lakh expectation')).toBe('सैलरी ₹17–21k, आपकी ₹1.5 लाख की उम्मीद से कम')
    // the candidate's role name is the database's, shown as it is
    expect(explain(JOB, { ...CANDIDATE, roleName: 'Delivery Boy' }, { score: 80, hidden: false, factors: FACTORS })[0]).toBe('Delivery Boy')
  })

  for (const code of supportedLocales.filter((c) => c !== 'en')) {
    it(`${code}: every reason the matcher can give is translated, with no English left in it`, () => {
      const produced = producedReasons()
      expect(produced.length).toBeGreaterThan(60)
      const left = produced.map((m) => [m, translateServerMessage(catalog(code), m)]).filter(([m, t]) => t === m || /\b(fits|your|you|needs|more than|below|yrs?|months?|km from|metro|and|or|of|speak|up to|lakh)\b/.test(t.replace(/\b(Hindi|English|Marathi|Tamil)\b/g, '')))
      expect(left).toEqual([])
    })

    it(`${code}: what a job needs, its links and the completeness checklist are translated`, () => {
      expect(producedOthers().filter((m) => translateServerMessage(catalog(code), m) === m)).toEqual([])
    })
  }
})
