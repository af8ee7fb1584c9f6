import { randomUUID } from 'node:crypto'
import type { TRPCClient } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { connect } from '../../tests/helpers/chat-client'
import { insertCurrentResume } from '../../tests/helpers/matching'
import { insertEmployerJob } from '../../tests/setup/employer-jobs'
import { callerFor, completeBasicProfile, createCandidateActor, createEmployerActor, type Actor } from '../../tests/setup/fixtures'
import { readPdf } from '../../tests/setup/read-pdf'
import { startTestServer, type TestServer } from '../../tests/setup/test-server'
import type { AppRouter } from '../trpc/root'
import { createLoggingSender, type NotificationSender } from './notification-sender'
import type { NotificationStreamItem } from './notifications.router'
import { publishNotifications } from './notifications.service'

let server: TestServer
const CITY = 'port-blair-an'

beforeAll(async () => {
  server = await startTestServer({ remix: 'none' })
})
afterAll(async () => {
  await server?.stop()
})

async function people() {
  const candidate = await createCandidateActor(server.services, { name: 'Live Candidate' })
  await completeBasicProfile(server.services, candidate, { cityId: CITY, roleSlug: 'delivery-boy', pinCode: '744101', name: 'Live Candidate' })
  await insertCurrentResume(server.services.db, candidate.id, { experience_months: 24, expected_salary_monthly: 20_000 })
  const employer = await createEmployerActor(server.services)
  const jobId = await insertEmployerJob(server.services.db, employer.id, { title: 'Live Rider', cityId: CITY })
  return { candidate, employer, jobId }
}

type Got = { id: string | undefined; item: NotificationStreamItem }

/** Subscribes over the WebSocket and records every item with its tracked id. */
function listen(client: TRPCClient<AppRouter>, lastEventId?: string) {
  const got: Got[] = []
  const waiters: Array<() => void> = []
  const sub = client.notifications.stream.subscribe(
    { lastEventId },
    {
      onData: (data) => {
        const d = data as unknown as { id?: string; data: NotificationStreamItem }
        got.push({ id: d.id, item: d.data })
        for (const w of waiters.splice(0)) w()
      },
    },
  )
  const until = (pred: (g: Got[]) => boolean, timeoutMs = 10_000) =>
    new Promise<Got[]>((resolve, reject) => {
      const check = () => {
        if (pred(got)) {
          clearTimeout(timer)
          resolve(got)
          return true
        }
        waiters.push(() => void check())
        return false
      }
      const timer = setTimeout(() => reject(new Error(`timed out with ${JSON.stringify(got.map((g) => g.item.kind))}`)), timeoutMs)
      check()
    })
  const notifications = () => got.flatMap((g) => (g.item.kind === 'notification' ? [g.item.notification] : []))
  return { got, until, notifications, stop: () => sub.unsubscribe() }
}

const hasKinds = (kinds: string[]) => (g: Got[]) => kinds.every((k) => g.some((x) => x.item.kind === 'notification' && x.item.notification.kind === k))

describe('notifications.stream over a real WebSocket', () => {
  it('events arrive live on both sides; a reconnect with lastEventId gets exactly the missed ones', async () => {
    const { candidate, employer, jobId } = await people()
    const c = connect(server.url, candidate.cookie)
    const e = connect(server.url, employer.cookie)
    const cs = listen(c.both)
    const es = listen(e.both)
    // the first item is the badge state, so a page knows the stream is live
    await cs.until((g) => g.length > 0)
    await es.until((g) => g.length > 0)
    expect(cs.got[0].item).toEqual({ kind: 'sync', unread: 0, lastSeq: 0 })

    const { applicationId } = await c.both.applications.submit.mutate({ jobId, clientRequestId: randomUUID() })
    await es.until(hasKinds(['new_application']))
    expect(es.notifications()[0]).toMatchObject({ kind: 'new_application', applicationId, title: 'New applicant for Live Rider', read: false })

    await e.both.applicants.act.mutate({ applicationIds: [applicationId], action: 'shortlist' })
    await cs.until(hasKinds(['status_shortlisted']))
    await e.both.applicants.scheduleInterview.mutate({ applicationId, date: '2031-03-03', time: '11:00', place: 'Aberdeen Bazaar' })
    await cs.until(hasKinds(['status_interview']))
    const live = cs.notifications()
    expect(live.map((n) => n.kind)).toEqual(['status_shortlisted', 'status_interview'])
    const lastSeen = cs.got.filter((g) => g.item.kind === 'notification').at(-1)?.id
    expect(lastSeen).toBe(String(live[1].seq))

    // the candidate's socket drops; two changes happen meanwhile
    cs.stop()
    c.close()
    await e.both.applicants.scheduleInterview.mutate({ applicationId, date: '2031-03-04', time: '12:00', place: 'Phoenix Bay' })
    await e.both.applicants.act.mutate({ applicationIds: [applicationId], action: 'hire' })

    const again = connect(server.url, candidate.cookie)
    const resumed = listen(again.both, lastSeen)
    await resumed.until(hasKinds(['status_hired']))
    // the missed ones, in order, once each — then the badge
    expect(resumed.notifications().map((n) => [n.seq, n.kind])).toEqual([
      [3, 'status_interview'],
      [4, 'status_hired'],
    ])
    await resumed.until((g) => g.some((x) => x.item.kind === 'sync'))
    expect(resumed.got.find((g) => g.item.kind === 'sync')?.item).toEqual({ kind: 'sync', unread: 4, lastSeq: 4 })

    // marking read in another tab updates the badge live
    await again.viaHttp.notifications.markRead.mutate({ all: true })
    await resumed.until((g) => g.some((x) => x.item.kind === 'sync' && x.item.unread === 0))
    expect(await again.viaHttp.notifications.unreadCount.query()).toEqual({ count: 0, lastSeq: 4 })
    const list = await again.viaHttp.notifications.list.query({})
    expect(list.items.map((n) => n.seq)).toEqual([4, 3, 2, 1])
    expect(list.items.every((n) => n.read)).toBe(true)

    resumed.stop()
    es.stop()
    again.close()
    e.close()
  })

  it('an anonymous socket is refused; one user never sees another’s notifications', async () => {
    const a = await people()
    const b = await people()
    const anon = connect(server.url, '')
    await expect(
      new Promise((resolve, reject) => {
        anon.both.notifications.stream.subscribe({}, { onData: resolve, onError: reject })
      }),
    ).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } })
    anon.close()

    const bListen = connect(server.url, b.candidate.cookie)
    const bs = listen(bListen.both)
    await bs.until((g) => g.length > 0)
    const aCaller = await callerFor(server.services, a.candidate.cookie)
    const { applicationId } = await aCaller.applications.submit({ jobId: a.jobId, clientRequestId: randomUUID() })
    await (await callerFor(server.services, a.employer.cookie)).applicants.act({ applicationIds: [applicationId], action: 'shortlist' })
    // a's shortlist is stored; b's stream stays quiet
    await new Promise((r) => setTimeout(r, 300))
    expect(bs.notifications()).toEqual([])
    const bCaller = await callerFor(server.services, b.candidate.cookie)
    expect((await bCaller.notifications.list({})).items).toEqual([])
    const aList = await aCaller.notifications.list({})
    await expect(bCaller.notifications.markRead({ ids: [aList.items[0].id] })).resolves.toMatchObject({ updated: 0 })
    bs.stop()
    bListen.close()
  })
})

describe('delivery outside the app', () => {
  it('a failing sender is logged, never thrown; the logging sender writes ids, not text', async () => {
    const warn = vi.spyOn(server.services.log, 'warn')
    const info = vi.spyOn(server.services.log, 'info')
    const row = {
      id: randomUUID(),
      seq: 1,
      kind: 'status_hired',
      title: 'You are hired!',
      body: 'Secret Name was hired',
      href: null,
      application_id: null,
      job_id: null,
      read_at: null,
      created_at: new Date(),
      owner: { kind: 'candidate' as const, candidateId: randomUUID() },
    }
    const failing: NotificationSender = { name: 'broken-sms', send: () => Promise.reject(new Error('gateway down')) }
    await expect(publishNotifications(server.services, [row], failing)).resolves.toBeUndefined()
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ notificationId: row.id, sender: 'broken-sms' }), 'notification delivery failed')
    await publishNotifications(server.services, [row], createLoggingSender(server.services.log))
    const logged = info.mock.calls.find((call) => call[1] === 'notification delivery (logging sender)')
    expect(logged?.[0]).toEqual({ notificationId: row.id, recipient: 'candidate', kind: 'status_hired' })
    expect(JSON.stringify(logged)).not.toContain('Secret Name')
    warn.mockRestore()
    info.mockRestore()
  })
})

describe('the applicant resume PDF route', () => {
  it('only the job’s employer gets it, and the mobile is printed only after shortlisting', async () => {
    const { candidate, employer, jobId } = await people()
    const other = await createEmployerActor(server.services)
    const { applicationId } = await (await callerFor(server.services, candidate.cookie)).applications.submit({ jobId, clientRequestId: randomUUID() })
    const url = `${server.url}/employer/applicants/${applicationId}/resume.pdf`
    const get = (actor?: Actor) => fetch(url, { headers: actor ? { cookie: actor.cookie } : {} })
    expect((await get()).status).toBe(401)
    expect((await get(candidate)).status).toBe(401)
    expect((await get(other)).status).toBe(404)
    expect((await fetch(`${server.url}/employer/applicants/not-a-uuid/resume.pdf`, { headers: { cookie: employer.cookie } })).status).toBe(404)
    const { mobile } = await server.services.db.selectFrom('candidates').select('mobile').where('id', '=', candidate.id).executeTakeFirstOrThrow()
    const digits = mobile.slice(3)
    const pdfText = async () => {
      const res = await get(employer)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/pdf')
      expect(res.headers.get('cache-control')).toBe('private, no-store')
      return (await readPdf(new Uint8Array(await res.arrayBuffer()))).text.replace(/\s+/g, '')
    }
    const before = await pdfText()
    expect(before).toContain('LiveCandidate')
    expect(before).not.toContain(digits.slice(-5))
    await (await callerFor(server.services, employer.cookie)).applicants.act({ applicationIds: [applicationId], action: 'shortlist' })
    expect(await pdfText()).toContain(digits.slice(-5))
  })
})
