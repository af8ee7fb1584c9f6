import type { Queryable } from '../db/database'
import { getCityById } from '../master-data/cities'
import type { EmployerProfileInput } from './employer-profile'
import { getEmployerProfile, updateEmployerProfile } from './employer.repo'

/** The session points at an employer row that is gone (deleted account). */
export class EmployerMissing extends Error {
  constructor() {
    super('Your account was not found. Please log in again.')
  }
}

type ProfileRow = NonNullable<Awaited<ReturnType<typeof getEmployerProfile>>>

function toProfileView(r: ProfileRow) {
  const city = r.city_id ? getCityById(r.city_id) : null
  return {
    fullName: r.full_name,
    email: r.email,
    phone: r.phone,
    companyName: r.company_name,
    industry: r.industry,
    city: city ? { id: city.id, name: city.name, state: city.state } : null,
    website: r.website,
    about: r.about,
    updatedAt: r.updated_at.toISOString(),
  }
}

export type EmployerProfileView = ReturnType<typeof toProfileView>

export async function loadEmployerProfile(db: Queryable, employerId: string): Promise<EmployerProfileView> {
  const row = await getEmployerProfile(db, employerId)
  if (!row) throw new EmployerMissing()
  return toProfileView(row)
}

export async function saveEmployerProfile(db: Queryable, employerId: string, input: EmployerProfileInput): Promise<EmployerProfileView> {
  // the schema already refused unknown ids; the display name comes from the master data, never the client
  const city = input.cityId ? getCityById(input.cityId) : null
  const updated = await updateEmployerProfile(db, employerId, { ...input, cityId: city?.id ?? null, cityName: city?.name ?? null })
  if (!updated) throw new EmployerMissing()
  return loadEmployerProfile(db, employerId)
}
