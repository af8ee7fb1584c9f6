import type { Logger } from '../logger'
import type { NotificationOwner } from './notifications.repo'

/** What leaves AIVIUE for a notification: SMS, WhatsApp or email, whichever a provider supports. */
export type OutboundNotification = {
  notificationId: string
  owner: NotificationOwner
  kind: string
  title: string
  body: string
  href: string | null
}

/**
 * Delivery outside the app. Called after the change has committed (a provider can be slow or
 * down; the in-app notification is already stored and live), one call per notification. A
 * provider (an SMS gateway, WhatsApp Business, email) implements this and is chosen in
 * `notificationSenderFor`; it looks up the recipient's number or address itself.
 */
export interface NotificationSender {
  readonly name: string
  send(message: OutboundNotification): Promise<void>
}

/** No network: writes one log line per notification (ids and kind only, never the text: it can hold names). */
export function createLoggingSender(log: Logger): NotificationSender {
  return {
    name: 'log',
    async send(message) {
      log.info({ notificationId: message.notificationId, recipient: message.owner.kind, kind: message.kind }, 'notification delivery (logging sender)')
    },
  }
}

/** The one place a real provider plugs in (by env, later); today every deployment logs. */
export function notificationSenderFor(services: { log: Logger }): NotificationSender {
  return createLoggingSender(services.log)
}
