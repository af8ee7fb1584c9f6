import { sql, type Kysely } from 'kysely'

/**
 * Demo employers no longer carry "(Demo)" in their company name: the `is_demo` flag already puts
 * one "Demo" badge on each of their jobs, and the suffix got names truncated on phones. The seed
 * now writes the plain names; this brings databases seeded with the old names along (employers and
 * the company name copied onto their jobs). Only demo rows: a real company's name is its own.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`update employers set company_name = regexp_replace(company_name, '\\s*\\(Demo\\)$', '') where is_demo and company_name ~ '\\(Demo\\)$'`.execute(db)
  await sql`update jobs set company_name = regexp_replace(company_name, '\\s*\\(Demo\\)$', '') where is_demo and company_name ~ '\\(Demo\\)$'`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`update employers set company_name = company_name || ' (Demo)' where is_demo and company_name !~ '\\(Demo\\)$'`.execute(db)
  await sql`update jobs set company_name = company_name || ' (Demo)' where is_demo and company_name !~ '\\(Demo\\)$'`.execute(db)
}
