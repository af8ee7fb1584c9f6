import { useEffect, useRef, useSyncExternalStore } from 'react'
import type { NotificationStreamItem, NotificationView } from '#server/notifications/notifications.router'
import { getBrowserTrpc } from './trpc-client'
import { isTransportError } from './use-chat'

/**
 * The signed-in user's notifications, live, shared by everything on the page (the header's unread
 * count, My applications, the applicants list): one `notifications.stream` subscription over the
 * page's WebSocket, consumed like `chat.events` — tracked ids, and after a reconnect the stream
 * resumes after the last id seen, so nothing is lost or doubled. While the socket is down the
 * unread count and the newest notification are polled over HTTP every 20 s instead, and a change
 * is announced the same way (with no notification attached: "something changed, refetch").
 */

export type LiveNotification = NotificationView
/** What a loader read (`notifications.unreadCount`): the badge, and where the live stream takes over. */
export type UnreadSeed = { count: number; lastSeq: number }

/** `live`: the stream is up and has reported since the socket last (re)opened */
type Snapshot = { unread: number | null; live: boolean }
type EventListener = (n: LiveNotification | null) => void

const POLL_MS = 20_000

let snapshot: Snapshot = { unread: null, live: false }
const snapshotListeners = new Set<() => void>()
const eventListeners = new Set<EventListener>()
let users = 0
let stopLive: (() => void) | null = null
/** the newest notification the page was rendered with: the stream replays everything after it */
let seedSeq: number | null = null

function update(patch: Partial<Snapshot>) {
  const next = { ...snapshot, ...patch }
  if (next.unread === snapshot.unread && next.live === snapshot.live) return
  snapshot = next
  for (const l of snapshotListeners) l()
}
const setUnread = (unread: number) => update({ unread })

function announce(n: LiveNotification | null) {
  for (const l of eventListeners) l(n)
}

/** The badge and the newest seq over HTTP (null: no connection). */
async function refreshUnread(): Promise<UnreadSeed | null> {
  try {
    const r = await getBrowserTrpc().http.notifications.unreadCount.query()
    setUnread(r.count)
    return r
  } catch (error) {
    if (!isTransportError(error)) console.warn('notifications: unread count failed', error)
    return null
  }
}

function startLive(): () => void {
  const trpc = getBrowserTrpc()
  let stopped = false
  let lastSeq: number | null = seedSeq
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let sub: { unsubscribe: () => void } | null = null

  const subscribe = () => {
    sub = trpc.client.notifications.stream.subscribe(
      { lastEventId: lastSeq !== null ? String(lastSeq) : null },
      {
        onData: (item) => {
          // tracked by seq: the wsLink resubscribes after the last id it saw when the socket comes back
          const data: NotificationStreamItem = 'data' in item ? item.data : item
          if (data.kind === 'notification') {
            lastSeq = Math.max(lastSeq ?? 0, data.notification.seq)
            announce(data.notification)
          } else {
            lastSeq = Math.max(lastSeq ?? 0, data.lastSeq)
            update({ unread: data.unread, live: true })
          }
        },
        onError: (error) => {
          if (stopped) return
          const code = (error as { data?: { code?: string } }).data?.code
          if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN') return
          update({ live: false })
          sub?.unsubscribe()
          retryTimer = setTimeout(subscribe, 2000)
        },
      },
    )
  }
  subscribe()

  // socket down: poll the badge every 20 s; a newer seq means something happened → pages refetch
  let pollTimer: ReturnType<typeof setInterval> | undefined
  const poll = async () => {
    if (document.visibilityState !== 'visible') return
    const r = await refreshUnread()
    if (r && lastSeq !== null && r.lastSeq > lastSeq) {
      // NOTE: lastSeq is not advanced here: the stream replays these with their details once the socket is back
      announce(null)
    }
  }
  const onConnection = () => {
    const open = trpc.connection.get().status === 'open'
    if (!open) update({ live: false })
    if (open && pollTimer) {
      clearInterval(pollTimer)
      pollTimer = undefined
    } else if (!open && !pollTimer) {
      pollTimer = setInterval(() => void poll(), POLL_MS)
    }
  }
  const offConnection = trpc.connection.subscribe(onConnection)
  onConnection()

  return () => {
    stopped = true
    clearTimeout(retryTimer)
    clearInterval(pollTimer)
    offConnection()
    sub?.unsubscribe()
  }
}

function retain(): () => void {
  users++
  if (users === 1) stopLive = startLive()
  return () => {
    users--
    // NOTE: released a moment later, so a page change (unmount, then mount) keeps the one subscription
    setTimeout(() => {
      if (users === 0 && stopLive) {
        stopLive()
        stopLive = null
      }
    }, 1000)
  }
}

const noopSubscribe = () => () => {}

function seed(initial: UnreadSeed | null | undefined) {
  if (initial && seedSeq === null && users === 0) seedSeq = initial.lastSeq
}

/** The unread count, live. `initial` (from the loader) until the browser has its own. */
export function useUnreadCount(initial: UnreadSeed | null = null): number | null {
  const initialRef = useRef(initial)
  useEffect(() => {
    seed(initialRef.current)
    return retain()
  }, [])
  const live = useSyncExternalStore(
    typeof window === 'undefined' ? noopSubscribe : (l) => (snapshotListeners.add(l), () => void snapshotListeners.delete(l)),
    () => snapshot.unread,
    () => null,
  )
  return live ?? initial?.count ?? null
}

/** Whether notifications are arriving live right now (false: socket down, the 20 s poll stands in). */
export function useNotificationsLive(): boolean {
  return useSyncExternalStore(
    typeof window === 'undefined' ? noopSubscribe : (l) => (snapshotListeners.add(l), () => void snapshotListeners.delete(l)),
    () => snapshot.live,
    () => false,
  )
}

/**
 * Calls `onEvent` for every notification that arrives (null: the poll saw a change it cannot name).
 * `initial`: the loader's `notifications.unreadCount`, so what arrived after the page was read is replayed.
 */
export function useNotificationEvents(onEvent: EventListener, initial?: UnreadSeed | null) {
  const ref = useRef(onEvent)
  ref.current = onEvent
  const initialRef = useRef(initial)
  useEffect(() => {
    seed(initialRef.current)
    const release = retain()
    const listener: EventListener = (n) => ref.current(n)
    eventListeners.add(listener)
    return () => {
      eventListeners.delete(listener)
      release()
    }
  }, [])
}

/** Marks notifications read and re-reads the count. */
export async function markNotificationsRead(input: { ids: string[] } | { all: true }) {
  const r = await getBrowserTrpc().http.notifications.markRead.mutate(input)
  setUnread(r.unread)
}
