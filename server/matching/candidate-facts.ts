import type { z } from 'zod'
import { allCities, getCityById, haversineKm, type City } from '../master-data/cities'
import { canonicalLanguage } from '../normalise/languages'
import { canonicalSkill, skillSpellings } from '../normalise/skills'
import { ownedLanguages } from '../resume/profile-owned-facts'
import { answerValueSchemas } from '../resume/resume-answers'
import { MATCH_PARAMS, type Anchor, type MatchCandidate } from './match-score'

/**
 * What the database holds about a candidate, read fresh on every request: the profile row (the
 * source of truth for preferences), the current resume's JSON, and the categories around their
 * preferred category and role.
 */
export type CandidateInputs = {
  preferredRoleId: string | null
  preferredRoleName: string | null
  preferredCategoryId: string | null
  currentCityId: string | null
  preferredCityIds: string[]
  profileLanguages: string[]
  profileHasDrivingLicence: boolean | null
  profileVehicleType: string | null
  profileCurrentSalaryMonthly: number | null
  /** `resumes.data` of the current resume (Answers JSON), or null */
  resume: unknown
  /** the preferred category and every category holding the preferred role (`viaRole`) */
  categories: { id: string; name: string; viaRole: boolean }[]
}

/** One resume fact, validated on its own: a bad key never throws away the good ones. */
function fact<K extends keyof typeof answerValueSchemas>(resume: unknown, key: K) {
  if (!resume || typeof resume !== 'object') return undefined
  const parsed = answerValueSchemas[key].safeParse((resume as Record<string, unknown>)[key])
  return parsed.success ? (parsed.data as z.infer<(typeof answerValueSchemas)[K]>) : undefined
}

/** two_wheeler → true; four_wheeler / none → false; anything else unknown. */
function ownsTwoWheeler(vehicleType: string | null | undefined): boolean | null {
  if (vehicleType === 'two_wheeler') return true
  if (vehicleType === 'four_wheeler' || vehicleType === 'none') return false
  return null
}

let spellingsByCanonical: Map<string, string[]> | null = null

/**
 * A candidate's skills → lower-case match keys: what they wrote, its canonical name and every
 * spelling the skills dictionary knows for it ("ReactJS" → react, reactjs, react.js, react js…),
 * so a job listing any spelling of a skill they have matches it. Empty → null (unknown).
 */
export function skillMatchKeys(skills: readonly string[]): string[] | null {
  if (!spellingsByCanonical) spellingsByCanonical = new Map(skillSpellings().map((s) => [s.canonical, s.spellings]))
  const keys = new Set<string>()
  for (const raw of skills) {
    const canonical = canonicalSkill(raw)
    for (const spelling of [raw, canonical, ...(spellingsByCanonical.get(canonical) ?? [])]) {
      const key = spelling.trim().toLowerCase()
      if (key) keys.add(key)
    }
  }
  return keys.size > 0 ? [...keys] : null
}

function anchorOf(city: City, kind: Anchor['kind']): Anchor {
  return { cityId: city.id, name: city.name, lat: city.lat, lng: city.lng, kind, cap: kind === 'metro' ? MATCH_PARAMS.location.metroCap : 1 }
}

/** The metro nearest to `city` (tier 1 by rank). */
export function nearestMetro(city: Pick<City, 'lat' | 'lng'>): City {
  const metros = allCities().slice(0, MATCH_PARAMS.tiers.metroMaxRank)
  return metros.reduce((best, m) => (haversineKm(city, m) < haversineKm(city, best) ? m : best))
}

export function isTier3(city: Pick<City, 'rank'>): boolean {
  return city.rank > MATCH_PARAMS.tiers.tier2MaxRank
}

/**
 * Current city, then each preferred city; a tier-3 candidate with no metro among them also gets
 * the nearest metro (capped), so a small town never means an empty list.
 */
export function candidateAnchors(currentCityId: string | null, preferredCityIds: readonly string[]): { anchors: Anchor[]; homeCityName: string | null } {
  const anchors: Anchor[] = []
  const current = currentCityId ? getCityById(currentCityId) : null
  if (current) anchors.push(anchorOf(current, 'current'))
  for (const id of preferredCityIds) {
    const city = getCityById(id)
    if (city && !anchors.some((a) => a.cityId === city.id)) anchors.push(anchorOf(city, 'preferred'))
  }
  const home = current ?? (anchors[0] ? getCityById(anchors[0].cityId) : null)
  const hasMetro = anchors.some((a) => (getCityById(a.cityId)?.rank ?? Infinity) <= MATCH_PARAMS.tiers.metroMaxRank)
  if (home && isTier3(home) && !hasMetro) anchors.push(anchorOf(nearestMetro(home), 'metro'))
  return { anchors, homeCityName: home?.name ?? null }
}

/**
 * Profile + resume → the facts matching uses. Preferences (role, category, cities) come only from
 * the profile: the latest choice wins everywhere. Resume facts (experience, expected salary,
 * licence, vehicle) come from the current resume, falling back to the profile's columns; languages
 * from the profile, else the resume (as every reader shows them). Anything still missing stays `null` (neutral in scoring).
 */
export function buildMatchCandidate(input: CandidateInputs): MatchCandidate {
  const own = input.preferredCategoryId ? input.categories.find((c) => c.id === input.preferredCategoryId) : undefined
  const sameCategoryIds = input.preferredCategoryId ? [input.preferredCategoryId] : input.categories.filter((c) => c.viaRole).map((c) => c.id)
  const sameCategoryName = own?.name ?? (sameCategoryIds.length === 1 ? (input.categories.find((c) => c.id === sameCategoryIds[0])?.name ?? null) : null)
  // NOTE: "related" = the preferred role's other categories (a delivery rider's Transportation &
  // Driving). Categories that merely share *some* role are too loose: Bus Driver sits in Education,
  // which would make every teaching job "related" for a driver.
  const relatedCategories = input.categories
    .filter((c) => c.viaRole && !sameCategoryIds.includes(c.id))
    .map((c) => ({ id: c.id, name: c.name }))
    .sort((a, b) => a.name.localeCompare(b.name))

  const { anchors, homeCityName } = candidateAnchors(input.currentCityId, input.preferredCityIds)

  // a range's lower bound: what the candidate will accept, so the floor matching holds jobs to
  const expected = fact(input.resume, 'expected_salary_monthly')?.min
  const resumeCurrent = fact(input.resume, 'current_salary_monthly')
  const current = resumeCurrent ?? input.profileCurrentSalaryMonthly ?? undefined

  const resumeVehicle = fact(input.resume, 'owns_vehicle') === false ? false : ownsTwoWheeler(fact(input.resume, 'vehicle_type'))
  const languages = new Map<string, string>()
  // decision 010: the profile's languages, else the resume's — what the resume and profile show
  for (const l of ownedLanguages(input.profileLanguages, fact(input.resume, 'languages'))) {
    const canonical = canonicalLanguage(l)
    if (canonical) languages.set(canonical.toLowerCase(), canonical)
  }

  return {
    roleId: input.preferredRoleId,
    roleName: input.preferredRoleId ? input.preferredRoleName : null,
    sameCategoryIds,
    sameCategoryName,
    relatedCategories,
    anchors,
    homeCityName,
    experienceMonths: fact(input.resume, 'experience_months') ?? null,
    salaryMonthly: expected ?? current ?? null,
    salaryBasis: expected !== undefined || current === undefined ? 'expected' : 'current',
    hasDrivingLicence: fact(input.resume, 'has_driving_licence') ?? input.profileHasDrivingLicence,
    hasTwoWheeler: resumeVehicle ?? ownsTwoWheeler(input.profileVehicleType),
    languages: languages.size > 0 ? [...languages.values()] : null,
    skillKeys: skillMatchKeys(fact(input.resume, 'skills') ?? []),
  }
}
