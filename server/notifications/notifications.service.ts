import type { Database } from '../db/database'
import type { Logger } from '../logger'
import type { PubSub } from '../realtime/pg-pubsub'
import { notificationSenderFor, type NotificationSender } from './notification-sender'
import type { NumberingCoalescer } from './numbering-coalescer'
import { NOTIFICATIONS_CHANNEL, ownerKey, sequencePending, type NotificationOwner, type PendingNotification } from './notifications.repo'

export type InsertedNotification = PendingNotification

/**
 * After the transaction that wrote `rows` has committed: number each recipient's pending
 * notifications, NOTIFY their streams (the owner key only; streams read the rows), then hand each
 * notification to the outside sender.
 * Neither may fail the request that made the change — it is done and stored; a stream catches
 * up on its next signal or reconnect — so failures are logged, never thrown.
 */
export async function publishNotifications(
  services: { db: Database; pubsub: PubSub; log: Logger; numbering: NumberingCoalescer },
  rows: readonly InsertedNotification[],
  sender: NotificationSender = notificationSenderFor(services),
): Promise<void> {
  if (rows.length === 0) return
  const owners = new Map(rows.map((r) => [ownerKey(r.owner), r.owner]))
  await Promise.all(
    [...owners.values()].map(async (owner) => {
      try {
        // numbered and announced in one short transaction (a stream reads only numbered rows);
        // numbering nothing means another call numbered these and announced them
        await services.numbering.run(ownerKey(owner), () => sequencePending(services.db, owner))
      } catch (error) {
        // the rows are stored: the next numbering (a later notification, a list, a stream connect) takes them
        services.log.warn({ err: error }, 'notification numbering or NOTIFY failed')
      }
    }),
  )
  await Promise.all(
    rows.map((r) =>
      sender
        .send({ notificationId: r.id, owner: r.owner, kind: r.kind, title: r.title, body: r.body, href: r.href })
        .catch((error: unknown) => services.log.warn({ err: error, notificationId: r.id, sender: sender.name }, 'notification delivery failed')),
    ),
  )
}

/** Tells the owner's open streams that read state changed (another tab marked some read). */
export async function publishReadChange(services: { pubsub: PubSub; log: Logger }, owner: NotificationOwner): Promise<void> {
  await services.pubsub.publish(NOTIFICATIONS_CHANNEL, `${ownerKey(owner)}:read`).catch((error: unknown) => services.log.warn({ err: error }, 'notification NOTIFY failed'))
}
