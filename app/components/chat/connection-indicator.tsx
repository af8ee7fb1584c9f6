import { cn } from '../ui/cn'
import type { ConnectionSnapshot } from '~/utils/trpc-client'

/** After this many failed reconnects the socket is treated as gone for now: turns go over HTTP. */
const OFFLINE_AFTER_FAILURES = 3

/** What the indicator says; `online` false (the device has no network) wins over the socket's own state. */
export function connectionLabel(c: ConnectionSnapshot, online = true): { text: string; tone: 'live' | 'warn' | 'off' } {
  if (!online) return { text: 'Offline — answers will send when you’re back', tone: 'off' }
  if (c.status === 'open') return { text: 'Live', tone: 'live' }
  if (c.failures >= OFFLINE_AFTER_FAILURES) return { text: 'Offline — sending over the network', tone: 'off' }
  if (!c.everOpened && c.failures === 0) return { text: 'Connecting…', tone: 'warn' }
  return { text: 'Reconnecting… your answers are saved', tone: 'warn' }
}

/** Discreet: a dot and a few words; a status region so a change is announced once, politely. */
export function ConnectionIndicator({ connection, online = true }: { connection: ConnectionSnapshot; online?: boolean }) {
  const { text, tone } = connectionLabel(connection, online)
  return (
    <p role="status" className="flex min-w-0 items-center gap-1.5 text-xs font-medium text-ink-700" data-testid="connection">
      <span aria-hidden className={cn('h-2 w-2 shrink-0 rounded-full', tone === 'live' ? 'bg-teal-500' : tone === 'warn' ? 'animate-pulse bg-amber-500' : 'bg-ink-500')} />
      {/* two lines rather than cut: beside a header button on a phone "Offline — answers will send when you're back" needs them */}
      <span className="line-clamp-2 leading-tight">{text}</span>
    </p>
  )
}
