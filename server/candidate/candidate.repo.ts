import type { Queryable } from '../db/database'
import type { CandidateUpdate } from '../db/schema'

export const CANDIDATE_PUBLIC_COLUMNS = [
  'id',
  'mobile',
  'full_name',
  'email',
  'photo_file_id',
  'current_city_id',
  'current_city_name',
  'pin_code',
  'preferred_category_id',
  'preferred_role_id',
  'preferred_city_ids',
  'about_html',
  'current_salary_monthly',
  'date_of_birth',
  'aadhaar_last4',
  'pan_last4',
  'languages',
  'has_driving_licence',
  'vehicle_type',
  'basic_profile_completed_at',
  'locale',
  'created_at',
  'updated_at',
] as const

export async function findCandidateByMobile(db: Queryable, mobile: string) {
  return db.selectFrom('candidates').select(['id', 'full_name']).where('mobile', '=', mobile).executeTakeFirst()
}

export async function insertCandidate(db: Queryable, values: { mobile: string; fullName: string; verified: boolean; locale?: string }) {
  return db
    .insertInto('candidates')
    .values({
      mobile: values.mobile,
      full_name: values.fullName,
      ...(values.locale ? { locale: values.locale } : {}),
      mobile_verified_at: values.verified ? new Date() : null,
      updated_at: new Date(),
    })
    .onConflict((oc) => oc.column('mobile').doNothing())
    .returning(['id'])
    .executeTakeFirst()
}

export async function getCandidate(db: Queryable, id: string) {
  return db.selectFrom('candidates').select([...CANDIDATE_PUBLIC_COLUMNS]).where('id', '=', id).executeTakeFirst()
}

export type CandidateRow = NonNullable<Awaited<ReturnType<typeof getCandidate>>>

/** The language the candidate chose (a registered code: checked at the procedure edge or by the chat machine). */
export async function setCandidateLocale(db: Queryable, id: string, locale: string) {
  await db.updateTable('candidates').set({ locale, updated_at: new Date() }).where('id', '=', id).execute()
}

export async function getCandidateLocale(db: Queryable, id: string): Promise<string | null> {
  const row = await db.selectFrom('candidates').select(['locale']).where('id', '=', id).executeTakeFirst()
  return row?.locale ?? null
}

/** NOTE: `mobile` is not updatable by type (ColumnType<…, never>) — a new number means a new account. */
export async function updateCandidate(db: Queryable, id: string, values: CandidateUpdate) {
  await db
    .updateTable('candidates')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute()
}
