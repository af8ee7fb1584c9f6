import type { UiMessages } from '../en/ui'

const ui: UiMessages = {
  menu: 'मेन्यू',
  logoHome: 'AIVIUE होम',
  generic: 'कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।',
  date: {
    month: {
      '0': 'जनवरी',
      '1': 'फ़रवरी',
      '2': 'मार्च',
      '3': 'अप्रैल',
      '4': 'मई',
      '5': 'जून',
      '6': 'जुलाई',
      '7': 'अगस्त',
      '8': 'सितंबर',
      '9': 'अक्टूबर',
      '10': 'नवंबर',
      '11': 'दिसंबर',
    },
    day: {
      '0': 'रविवार',
      '1': 'सोमवार',
      '2': 'मंगलवार',
      '3': 'बुधवार',
      '4': 'गुरुवार',
      '5': 'शुक्रवार',
      '6': 'शनिवार',
    },
    dateTime: '{{day}} {{month}} {{year}}, {{time}}',
    weekdayDate: '{{weekday}}, {{day}} {{month}} {{year}}',
    time: {
      night: 'रात {{time}}',
      morning: 'सुबह {{time}}',
      afternoon: 'दोपहर {{time}}',
      evening: 'शाम {{time}}',
      lateEvening: 'रात {{time}}',
    },
  },
  sessions: {
    listLabel: 'आपके खाते में लॉग इन फ़ोन और कंप्यूटर',
    thisDevice: 'यह फ़ोन/डिवाइस',
    firstSeen: 'पहली बार',
    lastActive: 'आख़िरी बार',
    network: ' · नेटवर्क {{ip}}',
    logOut: 'लॉग आउट',
    logOutHidden: ' {{device}}, पहली बार {{when}}',
    loggingOut: 'लॉग आउट हो रहा है…',
    logOutAll: 'बाकी सभी डिवाइस से लॉग आउट करें',
    onlyThis: 'आप सिर्फ़ इसी डिवाइस पर लॉग इन हैं।',
  },
}

export default ui
