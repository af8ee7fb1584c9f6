/** Shared pieces: dates in India time, the header's menu, the error card, the devices list. */
const ui = {
  menu: 'Menu',
  logoHome: 'AIVIUE home',
  generic: 'Something went wrong. Please try again.',
  date: {
    month: {
      '0': 'Jan',
      '1': 'Feb',
      '2': 'Mar',
      '3': 'Apr',
      '4': 'May',
      '5': 'Jun',
      '6': 'Jul',
      '7': 'Aug',
      '8': 'Sep',
      '9': 'Oct',
      '10': 'Nov',
      '11': 'Dec',
    },
    day: {
      '0': 'Sun',
      '1': 'Mon',
      '2': 'Tue',
      '3': 'Wed',
      '4': 'Thu',
      '5': 'Fri',
      '6': 'Sat',
    },
    /** "8 Dec 2026, 01:30" */
    dateTime: '{{day}} {{month}} {{year}}, {{time}}',
    /** "Wed, 9 Dec 2026" */
    weekdayDate: '{{weekday}}, {{day}} {{month}} {{year}}',
    /** a clock time by the part of the day ("2:05 pm"; Hindi says "दोपहर 2:05") */
    time: {
      night: '{{time}} am',
      morning: '{{time}} am',
      afternoon: '{{time}} pm',
      evening: '{{time}} pm',
      lateEvening: '{{time}} pm',
    },
  },
  sessions: {
    listLabel: 'Devices logged in to your account',
    thisDevice: 'This device',
    firstSeen: 'First seen',
    lastActive: 'Last active',
    network: ' · network {{ip}}',
    logOut: 'Log out',
    logOutHidden: ' {{device}}, first seen {{when}}',
    loggingOut: 'Logging out…',
    logOutAll: 'Log out of all other devices',
    onlyThis: 'You are logged in only on this device.',
    justNow: 'just now',
    ago: '{{distance}} ago',
    loggedOutOne: 'That device is logged out.',
    alreadyOut: 'That device was already logged out.',
    noOthers: 'No other devices were logged in.',
    loggedOutOthers_one: 'Logged out of {{count}} other device.',
    loggedOutOthers_other: 'Logged out of {{count}} other devices.',
    couldNotLogOut: 'Could not log out the other devices. Please try again.',
  },
}

export type UiMessages = typeof ui
export default ui
