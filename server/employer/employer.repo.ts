import type { Queryable } from '../db/database'

export async function findEmployerByEmail(db: Queryable, email: string) {
  return db.selectFrom('employers').select(['id', 'full_name', 'company_name']).where('email', '=', email.toLowerCase()).executeTakeFirst()
}

export async function insertEmployer(db: Queryable, v: { fullName: string; email: string; phone: string; companyName: string }) {
  return db
    .insertInto('employers')
    .values({ full_name: v.fullName, email: v.email.toLowerCase(), phone: v.phone, company_name: v.companyName })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning(['id'])
    .executeTakeFirst()
}

export async function getEmployer(db: Queryable, id: string) {
  return db
    .selectFrom('employers')
    .select(['id', 'full_name', 'email', 'phone', 'company_name', 'industry', 'city_name', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function getEmployerProfile(db: Queryable, id: string) {
  return db
    .selectFrom('employers')
    .select(['id', 'full_name', 'email', 'phone', 'company_name', 'industry', 'city_id', 'city_name', 'website', 'about', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirst()
}

/** Returns the id, or undefined when the employer no longer exists. */
export async function updateEmployerProfile(
  db: Queryable,
  id: string,
  v: { fullName: string; companyName: string; phone: string; industry: string | null; cityId: string | null; cityName: string | null; website: string | null; about: string | null },
) {
  return db
    .updateTable('employers')
    .set({
      full_name: v.fullName,
      company_name: v.companyName,
      phone: v.phone,
      industry: v.industry,
      city_id: v.cityId,
      city_name: v.cityName,
      website: v.website,
      about: v.about,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .returning(['id'])
    .executeTakeFirst()
}
