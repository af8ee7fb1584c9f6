/** The notifications page and the header's bell. */
const notifications = {
  title: 'Notifications — AIVIUE',
  heading: 'Notifications',
  markAll: 'Mark all as read',
  unread: '{{count}} unread',
  allCaughtUp: 'All caught up.',
  noOlder: 'No older notifications.',
  nothingYet: 'Nothing yet.',
  emptyHint: 'Every step of your applications shows up here the moment it happens.',
  listLabel: 'Notifications',
  unreadPrefix: 'Unread: ',
  markReadLabel: 'Mark “{{title}}” as read',
  markRead: 'Mark read',
  more: 'More notifications',
  newest: '← Newest',
  older: 'Older →',
  marked: 'Marked as read.',
  failed: 'That did not work. Please try again.',
  staleForm: 'This form is out of date. Please reload the page.',
  bell: 'Notifications',
  bellUnread: 'Notifications, {{count}} unread',
}

export type NotificationsMessages = typeof notifications
export default notifications
