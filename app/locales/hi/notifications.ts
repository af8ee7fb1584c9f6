import type { NotificationsMessages } from '../en/notifications'

const notifications: NotificationsMessages = {
  title: 'सूचनाएँ — AIVIUE',
  heading: 'सूचनाएँ',
  markAll: 'सब पढ़ लिया',
  unread: '{{count}} नई',
  allCaughtUp: 'सब पढ़ लिया।',
  noOlder: 'इससे पुरानी कोई सूचना नहीं।',
  nothingYet: 'अभी कुछ नहीं।',
  emptyHint: 'आपकी अर्ज़ियों का हर कदम होते ही यहाँ दिखेगा।',
  listLabel: 'सूचनाएँ',
  unreadPrefix: 'नई: ',
  markReadLabel: '“{{title}}” को पढ़ा हुआ करें',
  markRead: 'पढ़ लिया',
  more: 'और सूचनाएँ',
  newest: '← सबसे नई',
  older: 'पुरानी →',
  marked: 'पढ़ा हुआ कर दिया।',
  failed: 'यह नहीं हो पाया। कृपया फिर से कोशिश करें।',
  staleForm: 'यह फ़ॉर्म पुराना हो गया है। कृपया पेज दोबारा खोलें।',
  bell: 'सूचनाएँ',
  bellUnread: 'सूचनाएँ, {{count}} नई',
}

export default notifications
