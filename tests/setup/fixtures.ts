import { randomInt } from 'node:crypto'
import type { AppServices } from '../../server/app-services'
import { createSession } from '../../server/auth/session.repo'
import { insertCandidate } from '../../server/candidate/candidate.repo'
import { createContext } from '../../server/trpc/context'
import { createCaller } from '../../server/trpc/root'
import { insertEmployer } from '../../server/employer/employer.repo'
import { getCityById } from '../../server/master-data/cities'
import { statesForPin } from '../../server/normalise/pin-code'

/** A random valid Indian mobile (starts 9, 10 digits) so parallel tests never collide. */
export function randomMobile(): string {
  return `+919${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`
}

export type Actor = { cookie: string; id: string; sessionId: string }

/** A signed-in candidate straight in the database (no UI), with the cookie a browser would hold. */
export async function createCandidateActor(services: AppServices, opts: { name?: string; mobile?: string; locale?: string } = {}): Promise<Actor> {
  const row = await insertCandidate(services.db, { mobile: opts.mobile ?? randomMobile(), fullName: opts.name ?? 'Test Candidate', verified: true, locale: opts.locale })
  if (!row) throw new Error('mobile already used')
  const sessionId = await createSession(services.db, { candidateId: row.id })
  return { id: row.id, sessionId, cookie: (await services.sessionCookie.serialize(sessionId)).split(';')[0] }
}

export async function createEmployerActor(services: AppServices, opts: { email?: string } = {}): Promise<Actor> {
  const row = await insertEmployer(services.db, {
    fullName: 'Test Employer',
    email: opts.email ?? `hr${randomInt(0, 1e9)}@example.com`,
    phone: randomMobile(),
    companyName: 'Test Company Pvt Ltd',
  })
  if (!row) throw new Error('email already used')
  const sessionId = await createSession(services.db, { employerId: row.id })
  return { id: row.id, sessionId, cookie: (await services.sessionCookie.serialize(sessionId)).split(';')[0] }
}

/** An in-process tRPC caller acting as whoever holds `cookie` (or anonymous). */
export async function callerFor(services: AppServices, cookie?: string, opts: { acceptLanguage?: string } = {}) {
  const ctx = await createContext(services, {
    transport: 'internal',
    headers: { cookie: cookie ?? null, host: 'localhost', origin: null, 'accept-language': opts.acceptLanguage ?? null },
    ip: '127.0.0.1',
    setCookie: () => {},
  })
  return createCaller(ctx)
}

/** A PIN code of the city's state (the profile refuses one from elsewhere): the first `NNN001` the PIN rule gives it. */
export function pinInStateOf(cityId: string): string {
  const state = getCityById(cityId)?.state
  for (let prefix = 110; prefix < 900; prefix++) if (state && statesForPin(`${prefix}001`)?.includes(state)) return `${prefix}001`
  throw new Error(`no PIN code for city ${cityId}`)
}

/** Completes the basic-profile gate for a candidate. */
export async function completeBasicProfile(
  services: AppServices,
  actor: Actor,
  opts: { cityId: string; roleSlug: string; preferredCityIds?: string[]; pinCode?: string; name?: string },
) {
  const role = await services.db
    .selectFrom('job_roles as r')
    .innerJoin('job_role_categories as rc', 'rc.role_id', 'r.id')
    .select(['r.id', 'rc.category_id'])
    .where('r.slug', '=', opts.roleSlug)
    .executeTakeFirstOrThrow()
  const caller = await callerFor(services, actor.cookie)
  return caller.candidate.saveBasicProfile({
    name: opts.name ?? 'Test Candidate',
    currentCityId: opts.cityId,
    pinCode: opts.pinCode ?? pinInStateOf(opts.cityId),
    preferredCategoryId: role.category_id,
    preferredRoleId: role.id,
    preferredCityIds: opts.preferredCityIds ?? [opts.cityId],
  })
}
