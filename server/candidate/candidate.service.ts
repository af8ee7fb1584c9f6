import { TRPCError } from '@trpc/server'
import type { Queryable, Trx } from '../db/database'
import type { CandidateUpdate } from '../db/schema'
import { getCityById } from '../master-data/cities'
import { findCategory, findRole, roleBelongsToCategory } from '../master-data/master-data.repo'
import type { FieldCipher } from '../security/field-encryption'
import { maskAadhaar } from './aadhaar'
import { getCandidate, updateCandidate, type CandidateRow } from './candidate.repo'
import { maskPan } from './pan'
import { profileCompleteness } from './profile-completeness'
import type { BasicProfile, ProfileUpdate } from './profile-schema'
import { throwFieldErrors } from '../trpc/field-errors'
import { pinCityMismatch } from '../normalise/pin-code'

export function isBasicProfileComplete(c: Pick<CandidateRow, 'basic_profile_completed_at'>): boolean {
  return c.basic_profile_completed_at !== null
}

function isoToDmy(iso: string | null): string | null {
  if (!iso) return null
  const [y, m, d] = iso.split('-')
  return `${d}-${m}-${y}`
}

function cityRef(id: string | null) {
  if (!id) return null
  const c = getCityById(id)
  return c ? { id: c.id, name: c.name, state: c.state } : null
}

export async function loadCandidateOrThrow(db: Queryable, candidateId: string): Promise<CandidateRow> {
  const c = await getCandidate(db, candidateId)
  if (!c) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Your account was not found. Please log in again.' })
  return c
}

export async function currentResumeSummary(db: Queryable, candidateId: string) {
  const [current, active] = await Promise.all([
    db.selectFrom('resumes').select(['id', 'version', 'created_at', 'source']).where('candidate_id', '=', candidateId).where('is_current', '=', true).executeTakeFirst(),
    db.selectFrom('chat_sessions').select(['id', 'updated_at']).where('candidate_id', '=', candidateId).where('status', '=', 'active').executeTakeFirst(),
  ])
  const status = current ? 'ready' : active ? 'in_progress' : 'none'
  return {
    status: status as 'none' | 'in_progress' | 'ready',
    current: current ? { id: current.id, version: current.version, createdAt: current.created_at.toISOString(), source: current.source } : null,
    activeSessionId: active?.id ?? null,
  }
}

/** The profile as its owner sees it. PII leaves only masked. */
export async function buildProfileView(db: Queryable, c: CandidateRow) {
  const [role, category, resume] = await Promise.all([
    // the owner reads their profile in their own language
    c.preferred_role_id ? findRole(db, c.preferred_role_id, c.locale) : undefined,
    c.preferred_category_id ? findCategory(db, c.preferred_category_id, c.locale) : undefined,
    currentResumeSummary(db, c.id),
  ])
  const completeness = profileCompleteness({
    basicDone: isBasicProfileComplete(c),
    hasPhoto: Boolean(c.photo_file_id),
    hasEmail: Boolean(c.email),
    hasAbout: Boolean(c.about_html),
    hasDob: Boolean(c.date_of_birth),
    hasSalary: c.current_salary_monthly !== null,
    hasLanguages: c.languages.length > 0,
    hasIdDocument: Boolean(c.aadhaar_last4 || c.pan_last4),
    hasResume: resume.status === 'ready',
  })
  return {
    id: c.id,
    mobile: c.mobile,
    fullName: c.full_name,
    email: c.email,
    photoUrl: c.photo_file_id ? `/files/${c.photo_file_id}` : null,
    currentCity: cityRef(c.current_city_id),
    pinCode: c.pin_code,
    preferredCategory: category ? { id: category.id, name: category.name } : null,
    preferredRole: role ? { id: role.id, name: role.name, jobType: role.job_type, suggestedSkills: role.suggested_skills } : null,
    preferredCities: c.preferred_city_ids.map(cityRef).filter((x): x is NonNullable<typeof x> => x !== null),
    aboutHtml: c.about_html,
    currentSalaryMonthly: c.current_salary_monthly,
    dateOfBirth: isoToDmy(c.date_of_birth),
    aadhaarMasked: c.aadhaar_last4 ? maskAadhaar(c.aadhaar_last4) : null,
    panMasked: c.pan_last4 ? maskPan(c.pan_last4) : null,
    languages: c.languages,
    basicProfileComplete: isBasicProfileComplete(c),
    completeness,
    resume,
  }
}
export type ProfileView = Awaited<ReturnType<typeof buildProfileView>>

async function checkPreferences(
  trx: Trx,
  v: { preferredCategoryId?: string; preferredRoleId?: string; currentCityId?: string; pinCode?: string; preferredCityIds?: string[] },
  current?: CandidateRow,
) {
  const fieldErrors: Record<string, string[]> = {}
  const categoryId = v.preferredCategoryId ?? current?.preferred_category_id ?? undefined
  const roleId = v.preferredRoleId ?? current?.preferred_role_id ?? undefined
  if ((v.preferredCategoryId || v.preferredRoleId) && categoryId && roleId && !(await roleBelongsToCategory(trx, roleId, categoryId))) {
    fieldErrors.preferredRoleId = ['Choose a role from the selected category']
  }
  if (v.currentCityId && !getCityById(v.currentCityId)) fieldErrors.currentCityId = ['Choose your city from the list']
  // the PIN must be one of the city's state: checked when either changes, against the other as it will be saved
  if (v.pinCode !== undefined || v.currentCityId !== undefined) {
    const city = getCityById(v.currentCityId ?? current?.current_city_id ?? '')
    const pin = v.pinCode ?? current?.pin_code ?? null
    const mismatch = city && pin ? pinCityMismatch(pin, city) : null
    if (mismatch) fieldErrors.pinCode = [mismatch]
  }
  if (v.preferredCityIds?.some((id) => !getCityById(id))) fieldErrors.preferredCityIds = ['Choose preferred locations from the list']
  if (Object.keys(fieldErrors).length) throwFieldErrors(fieldErrors)
}

export async function saveBasicProfile(trx: Trx, candidateId: string, input: BasicProfile, now: Date) {
  await checkPreferences(trx, input)
  const city = getCityById(input.currentCityId)!
  await updateCandidate(trx, candidateId, {
    full_name: input.name,
    current_city_id: city.id,
    current_city_name: city.name,
    pin_code: input.pinCode,
    preferred_category_id: input.preferredCategoryId,
    preferred_role_id: input.preferredRoleId,
    preferred_city_ids: input.preferredCityIds,
    basic_profile_completed_at: now,
  })
}

/** `onPiiDuplicate` runs before "already linked" is answered, and may refuse instead (rate limit). */
export async function updateProfile(
  trx: Trx,
  candidate: CandidateRow,
  input: ProfileUpdate,
  cipher: FieldCipher,
  hooks: { onPiiDuplicate?: () => Promise<void> } = {},
) {
  await checkPreferences(trx, input, candidate)
  const set: CandidateUpdate = {}
  if (input.name !== undefined) set.full_name = input.name
  if (input.email !== undefined) set.email = input.email
  if (input.currentCityId !== undefined) {
    const city = getCityById(input.currentCityId)!
    set.current_city_id = city.id
    set.current_city_name = city.name
  }
  if (input.pinCode !== undefined) set.pin_code = input.pinCode
  if (input.preferredCategoryId !== undefined) set.preferred_category_id = input.preferredCategoryId
  if (input.preferredRoleId !== undefined) set.preferred_role_id = input.preferredRoleId
  if (input.preferredCityIds !== undefined) set.preferred_city_ids = input.preferredCityIds
  if (input.aboutHtml !== undefined) set.about_html = input.aboutHtml
  if (input.currentSalaryMonthly !== undefined) set.current_salary_monthly = input.currentSalaryMonthly
  if (input.dateOfBirth !== undefined) set.date_of_birth = input.dateOfBirth
  if (input.languages !== undefined) set.languages = input.languages ?? []
  if (input.aadhaar !== undefined) {
    // AAD binds the ciphertext to its owner and field: a copied ciphertext will not decrypt elsewhere
    set.aadhaar_enc = input.aadhaar === null ? null : cipher.encryptField(input.aadhaar, `aadhaar:${candidate.id}`)
    set.aadhaar_bidx = input.aadhaar === null ? null : cipher.blindIndex(`aadhaar:${input.aadhaar}`)
    set.aadhaar_last4 = input.aadhaar === null ? null : input.aadhaar.slice(-4)
  }
  if (input.pan !== undefined) {
    set.pan_enc = input.pan === null ? null : cipher.encryptField(input.pan, `pan:${candidate.id}`)
    set.pan_bidx = input.pan === null ? null : cipher.blindIndex(`pan:${input.pan}`)
    set.pan_last4 = input.pan === null ? null : input.pan.slice(-4)
  }
  if (Object.keys(set).length === 0) return
  try {
    await updateCandidate(trx, candidate.id, set)
  } catch (error) {
    const constraint = (error as { constraint?: string }).constraint
    if (constraint === 'candidates_aadhaar_bidx_key' || constraint === 'candidates_pan_bidx_key') await hooks.onPiiDuplicate?.()
    if (constraint === 'candidates_aadhaar_bidx_key') throwFieldErrors({ aadhaar: ['This Aadhaar number is already linked to another account'] })
    if (constraint === 'candidates_pan_bidx_key') throwFieldErrors({ pan: ['This PAN is already linked to another account'] })
    throw error
  }
}
