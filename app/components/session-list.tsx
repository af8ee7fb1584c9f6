import { Form, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormAlert } from '~/components/auth-layout'
import { Button } from '~/components/ui/button'
import { Badge } from '~/components/ui/card'
import { Globe, Laptop, Smartphone, Tablet, type LucideIcon } from 'lucide-react'

export const SESSION_INTENTS = ['revoke-session', 'logout-other-sessions'] as const
export type SessionIntent = (typeof SESSION_INTENTS)[number]

export function isSessionIntent(v: unknown): v is SessionIntent {
  return typeof v === 'string' && (SESSION_INTENTS as readonly string[]).includes(v)
}

export type SessionItem = {
  id: string
  current: boolean
  device: string
  kind: 'phone' | 'tablet' | 'computer' | 'unknown'
  ipPrefix: string | null
  createdAt: string
  lastSeenAt: string
  firstSeen: string
  lastSeen: string
  lastSeenExact: string
}

export type SessionActionResult = { intent: SessionIntent; ok: boolean; message: string }

const KIND_ICON: Record<SessionItem['kind'], LucideIcon> = { phone: Smartphone, tablet: Tablet, computer: Laptop, unknown: Globe }

/**
 * "Where you're logged in": every live session with its device and times, a Log out per other
 * device and one for all of them. Plain forms, so it works before (or without) JavaScript.
 */
export function SessionList({ sessions, result }: { sessions: SessionItem[]; result: SessionActionResult | undefined }) {
  const navigation = useNavigation()
  const pending = navigation.state !== 'idle' ? navigation.formData : undefined
  const pendingIntent = pending?.get('intent')
  const others = sessions.filter((s) => !s.current)
  const { t } = useTranslation('ui')
  return (
    <div className="space-y-4">
      <FormAlert message={result && !result.ok ? result.message : null} />
      <p role="status" className="text-sm font-semibold text-teal-800">
        {result?.ok && !pending ? result.message : ''}
      </p>
      <ul className="divide-y divide-brand-100" aria-label={t('sessions.listLabel')} data-testid="session-list">
        {sessions.map((s) => {
          const KindIcon = KIND_ICON[s.kind]
          return (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="session-item">
            <div className="flex min-w-0 items-start gap-3">
              <KindIcon aria-hidden className="mt-0.5 h-6 w-6 shrink-0 text-brand-700" />
              <div className="min-w-0 space-y-0.5">
                <p className="flex flex-wrap items-center gap-2 font-semibold text-ink-900">
                  <span className="break-words">{s.device}</span>
                  {s.current ? <Badge tone="teal">{t('sessions.thisDevice')}</Badge> : null}
                </p>
                <p className="text-sm text-ink-700">
                  {t('sessions.firstSeen')} <time dateTime={s.createdAt}>{s.firstSeen}</time>
                </p>
                <p className="text-sm text-ink-700">
                  {t('sessions.lastActive')}{' '}
                  <time dateTime={s.lastSeenAt} title={s.lastSeenExact}>
                    {s.lastSeen}
                  </time>
                  {s.ipPrefix ? <span className="text-ink-700">{t('sessions.network', { ip: s.ipPrefix })}</span> : null}
                </p>
              </div>
            </div>
            {s.current ? null : (
              <Form method="post" preventScrollReset>
                <input type="hidden" name="intent" value="revoke-session" />
                <input type="hidden" name="sessionId" value={s.id} />
                <Button type="submit" variant="secondary" size="sm" disabled={pendingIntent === 'revoke-session' && pending?.get('sessionId') === s.id}>
                  {t('sessions.logOut')}<span className="sr-only">{t('sessions.logOutHidden', { device: s.device, when: s.firstSeen })}</span>
                </Button>
              </Form>
            )}
          </li>
          )
        })}
      </ul>
      {others.length > 0 ? (
        <Form method="post" preventScrollReset className="border-t border-brand-100 pt-3">
          <input type="hidden" name="intent" value="logout-other-sessions" />
          <Button type="submit" variant="danger" disabled={pendingIntent === 'logout-other-sessions'}>
            {pendingIntent === 'logout-other-sessions' ? t('sessions.loggingOut') : t('sessions.logOutAll')}
          </Button>
        </Form>
      ) : (
        <p className="text-sm text-ink-700">{t('sessions.onlyThis')}</p>
      )}
    </div>
  )
}
