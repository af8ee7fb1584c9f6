/**
 * Who may reach what (SPEC §8 "Nobody reaches data that is not theirs"), data-driven:
 * every tRPC procedure (walked from appRouter, so a new one is covered automatically) and every
 * Remix route (walked from the production build) × {anonymous, candidate A, candidate B, employer}.
 * A procedure or route without an entry in the tables below fails the run.
 */
import { randomInt, randomUUID } from 'node:crypto'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ServerBuild } from '@remix-run/node'
import { createTRPCClient, createWSClient, TRPCClientError, wsLink, type TRPCClient } from '@trpc/client'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { insertEmployerJob } from '../tests/setup/employer-jobs'
import { callerFor, completeBasicProfile, createCandidateActor, createEmployerActor, randomMobile, type Actor } from '../tests/setup/fixtures'
import { startTestServer, type TestServer } from '../tests/setup/test-server'
import { createSession } from './auth/session.repo'
import { verhoeffCheckDigit } from './candidate/aadhaar'
import { findCity } from './master-data/cities'
import { appRouter, type AppRouter } from './trpc/root'

type Who = 'anonymous' | 'candidateA' | 'candidateB' | 'employer' | 'employerB'
// A goes last, so a call by A that changes A's data (discard, logout…) cannot mask B's view
const EVERYONE: Who[] = ['anonymous', 'candidateB', 'employerB', 'employer', 'candidateA']
const isEmployer = (who: Who) => who === 'employer' || who === 'employerB'
/** signedIn: any candidate or employer, about their own account (e.g. their sessions) */
type Access = 'public' | 'candidate' | 'employer' | 'signedIn'

type World = {
  a: Actor & { mobile: string }
  b: Actor & { mobile: string }
  employer: Actor
  /** a second employer, who must never reach the first one's jobs */
  employerB: Actor
  /** targets of the public login procedures, so logging in never returns A's or B's data */
  loginCandidateMobile: string
  loginEmployerEmail: string
  cityId: string
  roleId: string
  categoryId: string
  publishedJobId: string
  /** A's active chat session (created when needed, e.g. after a discard) */
  aChatSession: () => Promise<string>
  /** a job-posting conversation of `employer` (created when needed) */
  employerChatSession: () => Promise<string>
  /** the public id of a fresh session of A's (revoking one never ends the session a call uses) */
  aSessionPublicId: () => Promise<string>
  /** a fresh job of `employer`'s in this status (each call its own, so one call's change never masks another's) */
  employerJob: (status: 'draft' | 'published' | 'closed') => Promise<string>
  /** every job made by employerJob(): employerB must never see one of these ids */
  employerJobIds: string[]
  /** a fresh application of A's to a job of a third employer (each call its own) */
  aApplication: () => Promise<string>
  /** a fresh application of B's (never shortlisted) to a job of `employer`'s */
  bApplicationAtEmployer: () => Promise<string>
  /** `employer`'s job B applied to (the applicants list the matrix reads) */
  employerApplicantJob: string
}

type ProcedureFixture = {
  access: Access
  input?: (w: World, who: Who) => unknown
  /** the input names candidate A's resource: A reaches it, candidate B gets NOT_FOUND */
  ownedByA?: boolean
  /** the input names `employer`'s job: that employer reaches it, employerB gets NOT_FOUND */
  ownedByEmployer?: boolean
  /** an authorised call may also end in this business error (never UNAUTHORIZED/FORBIDDEN/NOT_FOUND) */
  allowedError?: string
}

const A_NAME = 'Zoravar Quillfeather'
const A_EMAIL = `zoravar.q${randomInt(1e6)}@example.com`
const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(65 + randomInt(26))).join('')
const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('')
const validAadhaar = () => {
  const body = `${2 + randomInt(8)}${digits(10)}`
  return `${body}${verhoeffCheckDigit(body)}`
}
const validPan = () => `${letters(3)}P${letters(1)}${digits(4)}${letters(1)}`
const SECRETS = { a: { aadhaar: validAadhaar(), pan: validPan() }, b: { aadhaar: validAadhaar(), pan: validPan() } }

const PROCEDURES: Record<string, ProcedureFixture> = {
  'system.health': { access: 'public' },

  'auth.me': { access: 'public' },
  'auth.candidateSignUp': { access: 'public', input: () => ({ mobile: randomMobile(), fullName: 'Matrix Person' }) },
  'auth.candidateLogin': { access: 'public', input: (w) => ({ mobile: w.loginCandidateMobile }) },
  'auth.employerSignUp': {
    access: 'public',
    input: () => ({ fullName: 'Matrix Recruiter', email: `matrix${randomInt(1e9)}@example.com`, phone: randomMobile(), companyName: 'Matrix Pvt Ltd' }),
  },
  'auth.employerLogin': { access: 'public', input: (w) => ({ email: w.loginEmployerEmail }) },
  'auth.logout': { access: 'public' },
  'auth.sessions': { access: 'signedIn' },
  'auth.revokeSession': { access: 'signedIn', ownedByA: true, input: async (w) => ({ id: await w.aSessionPublicId() }) },
  'auth.logoutOtherSessions': { access: 'signedIn' },

  'candidate.me': { access: 'candidate' },
  'candidate.saveBasicProfile': {
    access: 'candidate',
    input: (w, who) => ({
      name: who === 'candidateA' ? A_NAME : 'Other Person',
      currentCityId: w.cityId,
      pinCode: '411001',
      preferredCategoryId: w.categoryId,
      preferredRoleId: w.roleId,
      preferredCityIds: [w.cityId],
    }),
  },
  'candidate.updateProfile': { access: 'candidate', input: () => ({ languages: ['Hindi', 'Marathi'] }) },
  'candidate.exportData': { access: 'candidate' },
  'candidate.locale': { access: 'candidate' },
  'candidate.setLocale': { access: 'candidate', input: () => ({ locale: 'en' }) },

  'employer.me': { access: 'employer' },
  'employer.profile': { access: 'employer' },
  'employer.updateProfile': {
    access: 'employer',
    input: () => ({ fullName: 'Matrix Recruiter', companyName: 'Matrix Pvt Ltd', phone: randomMobile(), industry: 'Other', cityId: 'pune-mh', website: 'matrix.example.com', about: 'We hire.' }),
  },

  'employerJobs.list': { access: 'employer', input: () => ({}) },
  'employerJobs.get': { access: 'employer', ownedByEmployer: true, input: async (w) => ({ id: await w.employerJob('draft') }) },
  'employerJobs.close': { access: 'employer', ownedByEmployer: true, input: async (w) => ({ id: await w.employerJob('published') }) },
  'employerJobs.republish': { access: 'employer', ownedByEmployer: true, input: async (w) => ({ id: await w.employerJob('closed') }) },
  'employerJobs.duplicate': { access: 'employer', ownedByEmployer: true, input: async (w) => ({ id: await w.employerJob('published') }) },

  'chat.start': { access: 'candidate', input: () => ({}) },
  'chat.list': { access: 'candidate' },
  'chat.get': { access: 'candidate', ownedByA: true, input: async (w) => ({ sessionId: await w.aChatSession() }) },
  'chat.send': {
    access: 'candidate',
    ownedByA: true,
    input: async (w) => ({ sessionId: await w.aChatSession(), clientMessageId: `matrix-${randomUUID()}`, event: { type: 'back' } }),
    allowedError: 'BAD_REQUEST',
  },
  'chat.discard': { access: 'candidate', ownedByA: true, input: async (w) => ({ sessionId: await w.aChatSession() }) },
  'chat.events': { access: 'candidate', ownedByA: true, input: async (w) => ({ sessionId: await w.aChatSession() }) },

  'jobBot.start': { access: 'employer', input: () => ({}) },
  'jobBot.list': { access: 'employer' },
  'jobBot.get': { access: 'employer', ownedByEmployer: true, input: async (w) => ({ sessionId: await w.employerChatSession() }) },
  'jobBot.send': {
    access: 'employer',
    ownedByEmployer: true,
    input: async (w) => ({ sessionId: await w.employerChatSession(), clientMessageId: `matrix-${randomUUID()}`, event: { type: 'back' } }),
    allowedError: 'BAD_REQUEST',
  },
  'jobBot.discard': { access: 'employer', ownedByEmployer: true, input: async (w) => ({ sessionId: await w.employerChatSession() }) },
  'jobBot.events': { access: 'employer', ownedByEmployer: true, input: async (w) => ({ sessionId: await w.employerChatSession() }) },

  'resume.current': { access: 'candidate' },
  'resume.versions': { access: 'candidate' },

  'masterData.categories': { access: 'public' },
  'masterData.categoriesWithCounts': { access: 'public' },
  'masterData.rolesByCategory': { access: 'public', input: (w) => ({ categoryId: w.categoryId }) },
  'masterData.roles': { access: 'public' },
  'masterData.searchCities': { access: 'public', input: () => ({ query: 'Pune' }) },
  'masterData.city': { access: 'public', input: (w) => ({ id: w.cityId }) },

  'jobs.hot': { access: 'public', input: () => ({ limit: 3 }) },
  'jobs.explore': { access: 'public', input: () => ({}) },
  'jobs.get': { access: 'public', input: (w) => ({ id: w.publishedJobId }) },

  'matching.recommendations': { access: 'candidate', input: () => ({ limit: 5 }) },

  // A and B have no resume in this world: applying is refused with the build-one message
  'applications.prepare': { access: 'candidate', input: (w) => ({ jobId: w.publishedJobId }) },
  'applications.submit': { access: 'candidate', input: (w) => ({ jobId: w.publishedJobId, clientRequestId: `matrix-${randomUUID()}` }), allowedError: 'PRECONDITION_FAILED' },
  'applications.withdraw': { access: 'candidate', ownedByA: true, input: async (w) => ({ applicationId: await w.aApplication() }) },
  'applications.mine': { access: 'candidate', input: () => ({}) },
  'applications.get': { access: 'candidate', ownedByA: true, input: async (w) => ({ applicationId: await w.aApplication() }) },

  // B's applications to `employer`'s jobs: employerB reaches none; nobody sees B's Aadhaar/PAN,
  // and no employer ever sees B's mobile (B is never shortlisted here: checked for every call below)
  'applicants.list': { access: 'employer', ownedByEmployer: true, input: (w) => ({ jobId: w.employerApplicantJob }) },
  'applicants.get': { access: 'employer', ownedByEmployer: true, input: async (w) => ({ applicationId: await w.bApplicationAtEmployer() }) },
  'applicants.act': { access: 'employer', ownedByEmployer: true, input: async (w) => ({ applicationIds: [await w.bApplicationAtEmployer()], action: 'not_selected' }) },
  'applicants.scheduleInterview': {
    access: 'employer',
    ownedByEmployer: true,
    input: async (w) => ({ applicationId: await w.bApplicationAtEmployer(), date: '2031-01-14', time: '10:30', place: 'Matrix Hall, Pune' }),
  },
  'applicants.note': { access: 'employer', ownedByEmployer: true, input: async (w) => ({ applicationId: await w.bApplicationAtEmployer(), text: 'Matrix note' }) },
  'employerJobs.setSharePhone': { access: 'employer', ownedByEmployer: true, input: async (w) => ({ id: await w.employerJob('published'), share: true }) },

  'notifications.list': { access: 'signedIn', input: () => ({}) },
  'notifications.unreadCount': { access: 'signedIn' },
  'notifications.markRead': { access: 'signedIn', input: () => ({ all: true }) },
  'notifications.stream': { access: 'signedIn', input: () => ({}) },
  'matching.job': { access: 'candidate', input: (w) => ({ jobId: w.publishedJobId }) },
}

type ProcedureType = 'query' | 'mutation' | 'subscription'
const ROUTER_PROCEDURES: Array<[string, ProcedureType]> = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: ProcedureType } }>).map(
  ([p, proc]) => [p, proc._def.type],
)

let server: TestServer
let world: World
let aNeedles: string[] = []
let piiNeedles: string[] = []

async function freshCookie(who: Who): Promise<string | undefined> {
  if (who === 'anonymous') return undefined
  // a new session per call: a logout in one call never ends the session another call uses
  const owner =
    who === 'employer' ? { employerId: world.employer.id } : who === 'employerB' ? { employerId: world.employerB.id } : { candidateId: who === 'candidateA' ? world.a.id : world.b.id }
  const id = await createSession(server.services.db, owner)
  return (await server.services.sessionCookie.serialize(id)).split(';')[0]
}

type Outcome = { ok: true; output: unknown } | { ok: false; code: string; message: string }

async function invoke(procPath: string, type: ProcedureType, who: Who, input: unknown): Promise<Outcome> {
  const caller = await callerFor(server.services, await freshCookie(who))
  let target: unknown = caller
  for (const segment of procPath.split('.')) target = (target as Record<string, unknown>)[segment]
  try {
    const result = await (target as (input: unknown) => Promise<unknown>)(input)
    if (type !== 'subscription') return { ok: true, output: result }
    // a subscription is proven reachable by its first item
    const iterator = (result as AsyncIterable<unknown>)[Symbol.asyncIterator]()
    try {
      const first = await iterator.next()
      return { ok: true, output: first.value }
    } finally {
      await iterator.return?.()
    }
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, code: error.code, message: error.message }
    throw error
  }
}

function text(outcome: Outcome): string {
  return outcome.ok ? (JSON.stringify(outcome.output) ?? '') : `${outcome.code} ${outcome.message}`
}

function leaks(haystack: string, needles: string[]): string[] {
  return needles.filter((n) => haystack.includes(n))
}

beforeAll(async () => {
  server = await startTestServer()
  const services = server.services
  const city = findCity('Pune')
  if (!city) throw new Error('Pune missing from the city dataset')
  const role = await services.db
    .selectFrom('job_roles as r')
    .innerJoin('job_role_categories as rc', 'rc.role_id', 'r.id')
    .select(['r.id', 'rc.category_id'])
    .where('r.slug', '=', 'delivery-boy')
    .executeTakeFirstOrThrow()

  const aMobile = randomMobile()
  const bMobile = randomMobile()
  const [a, b, employer, employerB, loginCandidate] = await Promise.all([
    createCandidateActor(services, { mobile: aMobile, name: A_NAME }),
    createCandidateActor(services, { mobile: bMobile, name: 'Other Person' }),
    createEmployerActor(services),
    createEmployerActor(services),
    createCandidateActor(services, { name: 'Login Target' }),
  ])
  // the employer of the jobs A applies to: not one of the callers, so A's name reaches no caller's applicants
  const employerC = await createEmployerActor(services)
  const insertApplication = async (candidateId: string, employerId: string) => {
    const jobId = await insertEmployerJob(services.db, employerId, { title: 'Matrix applied job' })
    const now = new Date()
    const { id } = await services.db
      .insertInto('applications')
      .values({
        job_id: jobId,
        candidate_id: candidateId,
        employer_id: employerId,
        status: 'applied',
        client_request_id: `matrix-${randomUUID()}`,
        resume_id: null,
        answers: '{}',
        match_score: 50,
        timeline: JSON.stringify([{ status: 'applied', at: now.toISOString() }]),
        applied_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { id, jobId }
  }
  const loginEmployerEmail = `target${randomInt(1e9)}@example.com`
  await createEmployerActor(services, { email: loginEmployerEmail })
  const loginCandidateRow = await services.db.selectFrom('candidates').select('mobile').where('id', '=', loginCandidate.id).executeTakeFirstOrThrow()

  await completeBasicProfile(services, a, { cityId: city.id, roleSlug: 'delivery-boy', name: A_NAME })
  await completeBasicProfile(services, b, { cityId: city.id, roleSlug: 'delivery-boy', name: 'Other Person' })
  await (await callerFor(services, a.cookie)).candidate.updateProfile({ email: A_EMAIL, aadhaar: SECRETS.a.aadhaar, pan: SECRETS.a.pan, languages: ['Tamil'] })
  await (await callerFor(services, b.cookie)).candidate.updateProfile({ aadhaar: SECRETS.b.aadhaar, pan: SECRETS.b.pan })

  world = {
    a: { ...a, mobile: aMobile },
    b: { ...b, mobile: bMobile },
    employer,
    employerB,
    loginCandidateMobile: loginCandidateRow.mobile,
    loginEmployerEmail,
    cityId: city.id,
    roleId: role.id,
    categoryId: role.category_id,
    publishedJobId: (await services.db.selectFrom('jobs').select('id').where('status', '=', 'published').executeTakeFirstOrThrow()).id,
    // fresh sessions: auth.logoutOtherSessions as A ends every session of A's but the calling one
    aChatSession: async () => (await (await callerFor(services, await freshCookie('candidateA'))).chat.start({})).sessionId,
    employerChatSession: async () => (await (await callerFor(services, await freshCookie('employer'))).jobBot.start({})).sessionId,
    aSessionPublicId: async () => {
      const id = await createSession(services.db, { candidateId: a.id })
      return (await services.db.selectFrom('sessions').select('public_id').where('id', '=', id).executeTakeFirstOrThrow()).public_id
    },
    employerJob: async (status) => {
      const id = await insertEmployerJob(services.db, employer.id, { title: `Matrix ${status} job`, status })
      world.employerJobIds.push(id)
      return id
    },
    employerJobIds: [],
    aApplication: async () => (await insertApplication(a.id, employerC.id)).id,
    bApplicationAtEmployer: async () => {
      const { id, jobId } = await insertApplication(b.id, employer.id)
      world.employerJobIds.push(jobId)
      return id
    },
    employerApplicantJob: '',
  }
  // the first one is the job whose manage page the routes table opens
  await world.employerJob('published')
  const applied = await insertApplication(b.id, employer.id)
  world.employerApplicantJob = applied.jobId
  world.employerJobIds.push(applied.jobId)

  const stored = await services.db
    .selectFrom('candidates')
    .select(['aadhaar_enc', 'aadhaar_bidx', 'pan_enc', 'pan_bidx'])
    .where('id', 'in', [a.id, b.id])
    .execute()
  const aadhaarSpaced = (n: string) => `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`
  piiNeedles = [
    ...[SECRETS.a, SECRETS.b].flatMap((s) => [s.aadhaar, aadhaarSpaced(s.aadhaar), s.pan, s.pan.slice(0, 6)]),
    ...stored.flatMap((r) => [r.aadhaar_enc, r.aadhaar_bidx, r.pan_enc, r.pan_bidx]).filter((v): v is string => Boolean(v)),
  ]
  aNeedles = [a.id, aMobile, aMobile.slice(3), A_NAME, A_EMAIL]
})

afterAll(async () => {
  await server?.stop()
})

describe('tRPC procedures × {anonymous, candidate A, candidate B, employer}', () => {
  it('every procedure of appRouter has a fixture, and every fixture names a real procedure', () => {
    const paths = ROUTER_PROCEDURES.map(([p]) => p).sort()
    expect(paths.filter((p) => !(p in PROCEDURES)), 'procedures without an access-matrix entry').toEqual([])
    expect(Object.keys(PROCEDURES).filter((p) => !paths.includes(p)), 'stale access-matrix entries').toEqual([])
  })

  for (const [procPath, type] of ROUTER_PROCEDURES) {
    it(`${procPath} (${type})`, async () => {
      const fixture = PROCEDURES[procPath]
      expect(fixture, `add "${procPath}" to PROCEDURES in server/access-matrix.test.ts`).toBeDefined()
      for (const who of EVERYONE) {
        const input = await fixture.input?.(world, who)
        const outcome = await invoke(procPath, type, who, input)
        const label = `${procPath} as ${who}: ${text(outcome).slice(0, 300)}`

        const shutOut =
          (fixture.access === 'candidate' && (who === 'anonymous' || isEmployer(who))) ||
          (fixture.access === 'employer' && !isEmployer(who)) ||
          (fixture.access === 'signedIn' && who === 'anonymous')
        if (shutOut) {
          expect(outcome.ok ? 'ok' : outcome.code, label).toBe('UNAUTHORIZED')
        } else if (fixture.ownedByA && who !== 'candidateA') {
          expect(outcome.ok ? 'ok' : outcome.code, label).toBe('NOT_FOUND')
        } else if (fixture.ownedByEmployer && who === 'employerB') {
          expect(outcome.ok ? 'ok' : outcome.code, label).toBe('NOT_FOUND')
        } else if (!outcome.ok) {
          expect(outcome.code, label).toBe(fixture.allowedError ?? 'no error expected')
        }

        // nobody but A sees A's data; nobody at all sees Aadhaar/PAN in clear or as stored ciphertext
        if (who !== 'candidateA') expect(leaks(text(outcome), aNeedles), label).toEqual([])
        expect(leaks(text(outcome), piiNeedles), label).toEqual([])
        // a candidate's mobile reaches an employer only once shortlisted: B never is here
        if (isEmployer(who)) expect(leaks(text(outcome), [world.b.mobile, world.b.mobile.slice(3)]), label).toEqual([])
        // the first employer's jobs (drafts and closed ones included) never reach the second employer
        if (who === 'employerB' && fixture.access === 'employer') expect(leaks(text(outcome), world.employerJobIds), label).toEqual([])
      }
    })
  }

  // one hygiene rule at the boundary (NUL, broken text, absurd nesting) for every procedure: a
  // clear 400 naming the field, never a 500 and never a query
  const poisonStrings = (value: unknown, poison: string): unknown =>
    typeof value === 'string'
      ? value + poison
      : Array.isArray(value)
        ? value.map((v) => poisonStrings(v, poison))
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisonStrings(v, poison)]))
          : value
  const deepValue = (depth: number) => {
    let v: unknown = 'bottom'
    for (let i = 0; i < depth; i++) v = [v]
    return v
  }
  for (const [procPath, type] of ROUTER_PROCEDURES) {
    it(`${procPath} refuses NUL, lone surrogates and 10 000-deep nesting with a field message`, async () => {
      const fixture = PROCEDURES[procPath]
      const who: Who = fixture.access === 'employer' ? 'employer' : 'candidateA'
      const valid = (await fixture.input?.(world, who)) ?? {}
      const base = valid && typeof valid === 'object' ? (valid as Record<string, unknown>) : {}
      const hostile: Array<[string, unknown]> = [
        ['NUL in every string', { ...(poisonStrings(base, 'a\u0000b') as object), probe: 'x\u0000y' }],
        ['a lone surrogate', { ...base, probe: 'x\ud800y' }],
        ['the replacement character of broken UTF-8', { ...base, probe: 'caf\ufffd' }],
        ['nesting 10 000 deep', { ...base, probe: deepValue(10_000) }],
      ]
      for (const [what, input] of hostile) {
        const outcome = await invoke(procPath, type, who, input)
        const label = `${procPath} with ${what}: ${text(outcome).slice(0, 200)}`
        expect(outcome.ok ? 'ok' : outcome.code, label).toBe('BAD_REQUEST')
        if (!outcome.ok) expect(outcome.message, label).not.toMatch(/something went wrong|stack/i)
      }
    })
  }

  it("candidate A's own profile shows only the masked Aadhaar/PAN", async () => {
    const me = await (await callerFor(server.services, await freshCookie('candidateA'))).candidate.me()
    expect(me.aadhaarMasked).toBe(`XXXX XXXX ${SECRETS.a.aadhaar.slice(-4)}`)
    expect(me.panMasked).toBe(`XXXXXX${SECRETS.a.pan.slice(-4)}`)
  })

  it('candidate.updateProfile and saveBasicProfile refuse a `mobile` key; the mobile stays unchanged', async () => {
    const caller = await callerFor(server.services, await freshCookie('candidateA'))
    const attempts: unknown[] = [{ mobile: '+919999999999' }, { name: A_NAME, mobile: '9999999999' }, { mobile: world.b.mobile }]
    for (const input of attempts) {
      await expect(caller.candidate.updateProfile(input as Parameters<typeof caller.candidate.updateProfile>[0]), JSON.stringify(input)).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    }
    await expect(
      caller.candidate.saveBasicProfile({
        ...(PROCEDURES['candidate.saveBasicProfile'].input!(world, 'candidateA') as object),
        mobile: '+919999999999',
      } as unknown as Parameters<typeof caller.candidate.saveBasicProfile>[0]),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    const row = await server.services.db.selectFrom('candidates').select(['mobile', 'full_name']).where('id', '=', world.a.id).executeTakeFirstOrThrow()
    expect(row).toEqual({ mobile: world.a.mobile, full_name: A_NAME })
  })
})

// ───────────────────────────────── WebSocket ─────────────────────────────────

function wsClientFor(cookie?: string) {
  // the browser sends the session cookie on the upgrade request; `ws` needs it spelled out
  class CookieWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: cookie ? { cookie } : {} })
    }
  }
  const wsClient = createWSClient({ url: `${server.url.replace('http', 'ws')}/trpc`, WebSocket: CookieWebSocket as unknown as typeof globalThis.WebSocket })
  const client: TRPCClient<AppRouter> = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] })
  return { client, close: () => wsClient.close() }
}

function errorCode(error: unknown): string {
  return error instanceof TRPCClientError ? String((error.data as { code?: string } | undefined)?.code) : String(error)
}

/** Subscribes over the socket and resolves with the first item's kind or the error code. */
function firstOfSubscription(client: TRPCClient<AppRouter>, procPath: string, input: unknown): Promise<string> {
  return new Promise((resolve) => {
    let target: unknown = client
    for (const segment of procPath.split('.')) target = (target as Record<string, unknown>)[segment]
    const subscribe = (target as { subscribe: (input: unknown, opts: object) => { unsubscribe: () => void } }).subscribe
    const sub = subscribe(input, {
      onData: () => {
        sub.unsubscribe()
        resolve('data')
      },
      onError: (error: unknown) => resolve(errorCode(error)),
    })
  })
}

describe('tRPC over WebSocket', () => {
  const protectedSubscriptions = () => ROUTER_PROCEDURES.filter(([p, type]) => type === 'subscription' && PROCEDURES[p]?.access !== 'public').map(([p]) => p)

  it('an unauthenticated connection is refused every protected subscription', async () => {
    expect(protectedSubscriptions().length).toBeGreaterThan(0)
    const anon = wsClientFor()
    try {
      for (const procPath of protectedSubscriptions()) {
        expect(await firstOfSubscription(anon.client, procPath, await PROCEDURES[procPath].input?.(world, 'anonymous')), procPath).toBe('UNAUTHORIZED')
      }
    } finally {
      anon.close()
    }
  })

  it("candidate B's connection cannot subscribe to A's conversation; A's can", async () => {
    const input = await PROCEDURES['chat.events'].input?.(world, 'candidateB')
    const b = wsClientFor(await freshCookie('candidateB'))
    const a = wsClientFor(await freshCookie('candidateA'))
    try {
      expect(await firstOfSubscription(b.client, 'chat.events', input)).toBe('NOT_FOUND')
      expect(await firstOfSubscription(a.client, 'chat.events', input)).toBe('data')
    } finally {
      b.close()
      a.close()
    }
  })

  it('candidate queries over the socket need the session cookie too', async () => {
    const anon = wsClientFor()
    const a = wsClientFor(await freshCookie('candidateA'))
    const employer = wsClientFor(await freshCookie('employer'))
    try {
      await expect(anon.client.candidate.me.query()).rejects.toSatisfy((e: unknown) => errorCode(e) === 'UNAUTHORIZED')
      await expect(employer.client.candidate.me.query()).rejects.toSatisfy((e: unknown) => errorCode(e) === 'UNAUTHORIZED')
      expect((await a.client.candidate.me.query()).id).toBe(world.a.id)
    } finally {
      anon.close()
      a.close()
      employer.close()
    }
  })
})

// ─────────────────────────────── Remix routes ───────────────────────────────

type RouteFixture =
  | { layout: true }
  | {
      url: string | ((w: World) => string | Promise<string>)
      /** guest: login/sign-up pages, which send a signed-in visitor to their home */
      access: Access | 'guest'
      /** what the owner gets when it is not 200 (e.g. no resume yet → 404) */
      ownerStatus?: number
      /** the url names `employer`'s job: employerB gets 404 */
      ownedByEmployer?: boolean
      /** the url names candidate A's record: candidate B gets 404 */
      ownedByA?: boolean
    }

const ROUTES: Record<string, RouteFixture> = {
  root: { layout: true },
  'routes/_candidate': { layout: true },
  'routes/_index': { url: '/', access: 'public' },
  'routes/candidate': { url: '/candidate', access: 'public' },
  'routes/resources.cities': { url: '/resources/cities?q=pune', access: 'public' },
  'routes/resources.locale': { url: '/resources/locale', access: 'public' },
  'routes/logout': { url: '/logout', access: 'public' },
  'routes/signup': { url: '/signup', access: 'guest' },
  'routes/login': { url: '/login', access: 'guest' },
  'routes/employer.signup': { url: '/employer/signup', access: 'guest' },
  'routes/employer.login': { url: '/employer/login', access: 'guest' },
  'routes/onboarding': { url: '/onboarding?edit=1', access: 'candidate' },
  'routes/_candidate.home': { url: '/home', access: 'candidate' },
  'routes/_candidate.profile': { url: '/profile', access: 'candidate' },
  'routes/_candidate.resume': { url: '/resume', access: 'candidate' },
  'routes/_candidate.jobs': { url: '/jobs', access: 'candidate' },
  'routes/_candidate.jobs_.$jobId': { url: (w) => `/jobs/${w.publishedJobId}`, access: 'candidate' },
  // the public job page: the posting only (a signed-in candidate is sent on to /jobs/:jobId)
  'routes/job.$jobId': { url: (w) => `/job/${w.publishedJobId}`, access: 'public' },
  'routes/export': { url: '/export', access: 'candidate' },
  'routes/resume.download': { url: '/resume/download', access: 'candidate', ownerStatus: 404 },
  'routes/employer._index': { url: '/employer', access: 'employer' },
  'routes/employer.profile': { url: '/employer/profile', access: 'employer' },
  'routes/employer.jobs.$jobId': { url: (w) => `/employer/jobs/${w.employerJobIds[0]}`, access: 'employer', ownedByEmployer: true },
  'routes/employer.jobs.new': { url: '/employer/jobs/new', access: 'employer' },
  'routes/employer.jobs.$jobId_.edit': { url: (w) => `/employer/jobs/${w.employerJobIds[0]}/edit`, access: 'employer', ownedByEmployer: true },
  'routes/employer.jobs.$jobId_.applicants': { url: (w) => `/employer/jobs/${w.employerApplicantJob}/applicants`, access: 'employer', ownedByEmployer: true },
  'routes/employer.jobs.$jobId_.applicants_.$applicationId': {
    url: async (w) => {
      const id = await w.bApplicationAtEmployer()
      const { job_id } = await server.services.db.selectFrom('applications').select('job_id').where('id', '=', id).executeTakeFirstOrThrow()
      return `/employer/jobs/${job_id}/applicants/${id}`
    },
    access: 'employer',
    ownedByEmployer: true,
  },
  'routes/employer.notifications': { url: '/employer/notifications', access: 'employer' },
  'routes/_candidate.applications': { url: '/applications', access: 'candidate' },
  'routes/_candidate.applications_.$applicationId': { url: async (w) => `/applications/${await w.aApplication()}`, access: 'candidate', ownedByA: true },
  'routes/_candidate.notifications': { url: '/notifications', access: 'candidate' },
}

describe('Remix routes × {anonymous, candidate A, candidate B, employer}', () => {
  let routeIds: string[] = []
  beforeAll(async () => {
    const build = (await import(pathToFileURL(path.resolve('build/server/index.js')).href)) as ServerBuild
    routeIds = Object.keys(build.routes).sort()
  })

  it('every route of the build has an entry', () => {
    expect(routeIds.length).toBeGreaterThan(5)
    expect(routeIds.filter((id) => !(id in ROUTES)), 'routes without an access-matrix entry').toEqual([])
    expect(Object.keys(ROUTES).filter((id) => !routeIds.includes(id)), 'stale route entries').toEqual([])
  })

  it('protected pages redirect strangers to the right login; owners get their page; nobody else sees A', async () => {
    for (const [id, fixture] of Object.entries(ROUTES)) {
      if ('layout' in fixture) continue
      for (const who of EVERYONE) {
        const cookie = await freshCookie(who)
        const url = typeof fixture.url === 'string' ? fixture.url : await fixture.url(world)
        const res = await fetch(`${server.url}${url}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' })
        const body = await res.text()
        const location = res.headers.get('location') ?? ''
        const label = `${id} ${url} as ${who} → ${res.status} ${location}`
        expect(res.status, label).toBeLessThan(500)

        if (fixture.access === 'candidate') {
          if (who === 'anonymous' || isEmployer(who)) {
            expect(res.status, label).toBe(302)
            expect(location, label).toMatch(/^\/login\?redirectTo=/)
          } else if (fixture.ownedByA && who === 'candidateB') {
            expect(res.status, label).toBe(404)
          } else {
            expect(res.status, label).toBe(fixture.ownerStatus ?? 200)
          }
        } else if (fixture.access === 'employer') {
          if (who === 'employer') expect(res.status, label).toBe(200)
          else if (who === 'employerB') expect(res.status, label).toBe(fixture.ownedByEmployer ? 404 : 200)
          else {
            expect(res.status, label).toBe(302)
            expect(location, label).toMatch(/^\/employer\/login\?redirectTo=/)
          }
        } else if (fixture.access === 'guest') {
          if (who === 'anonymous') expect(res.status, label).toBe(200)
          else expect(location, label).toBe(isEmployer(who) ? '/employer' : '/home')
        }

        if (who !== 'candidateA') expect(leaks(body, aNeedles), label).toEqual([])
        expect(leaks(body, piiNeedles), label).toEqual([])
        if (who === 'employerB' && fixture.access === 'employer') expect(leaks(body, world.employerJobIds), label).toEqual([])
      }
    }
  })
})
