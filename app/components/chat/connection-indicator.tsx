import { useTranslation } from 'react-i18next'
import { cn } from '../ui/cn'
import type { ConnectionSnapshot } from '~/utils/trpc-client'

/** After this many failed reconnects the socket is treated as gone for now: turns go over HTTP. */
const OFFLINE_AFTER_FAILURES = 3

export type ConnectionState = 'offline' | 'live' | 'overHttp' | 'connecting' | 'reconnecting'

/** What the indicator says (its key in chat:connection); `online` false (no network) wins over the socket's own state. */
export function connectionState(c: ConnectionSnapshot, online = true): { state: ConnectionState; tone: 'live' | 'warn' | 'off' } {
  if (!online) return { state: 'offline', tone: 'off' }
  if (c.status === 'open') return { state: 'live', tone: 'live' }
  if (c.failures >= OFFLINE_AFTER_FAILURES) return { state: 'overHttp', tone: 'off' }
  if (!c.everOpened && c.failures === 0) return { state: 'connecting', tone: 'warn' }
  return { state: 'reconnecting', tone: 'warn' }
}

/** Discreet: a dot and a few words; a status region so a change is announced once, politely. */
export function ConnectionIndicator({ connection, online = true }: { connection: ConnectionSnapshot; online?: boolean }) {
  const { t } = useTranslation('chat')
  const { state, tone } = connectionState(connection, online)
  const text = t(`connection.${state}`)
  return (
    <p role="status" className="flex min-w-0 items-center gap-1.5 text-xs font-medium text-ink-700" data-testid="connection">
      <span aria-hidden className={cn('h-2 w-2 shrink-0 rounded-full', tone === 'live' ? 'bg-teal-500' : tone === 'warn' ? 'animate-pulse bg-amber-500' : 'bg-ink-500')} />
      {/* two lines rather than cut: beside a header button on a phone "Offline — answers will send when you're back" needs them */}
      <span className="line-clamp-2 leading-tight">{text}</span>
    </p>
  )
}
