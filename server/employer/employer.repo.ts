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

export async function countEmployerJobsByStatus(db: Queryable, employerId: string) {
  const rows = await db
    .selectFrom('jobs')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('employer_id', '=', employerId)
    .groupBy('status')
    .execute()
  const counts = { draft: 0, published: 0, closed: 0 }
  for (const r of rows) counts[r.status] = Number(r.n)
  return counts
}
