import type { Messages } from './en'

/** हिंदी: simple, everyday words a delivery rider or a guard would use; English where Indians say it in English (resume, login, PDF). */
const hi: Messages = {
  common: {
    language: { label: 'भाषा', switchTo: '{{name}} में देखें' },
    skipToContent: 'मुख्य भाग पर जाएँ',
    error: {
      notFound: 'यह पेज नहीं मिला।',
      generic: 'कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।',
      goHome: 'होम पर जाएँ',
    },
    footer: {
      about: 'हर हुनर के लिए नौकरी, भारत के हर शहर में। AIVI के साथ कुछ ही मिनटों में अपना resume बनाएँ।',
      candidates: 'उम्मीदवार',
      findJobs: 'नौकरी खोजें',
      employers: 'नियोक्ता',
      hire: 'AIVIUE से भर्ती करें',
      madeIn: '© {{year}} AIVIUE. भारत में बना।',
    },
    nav: { login: 'लॉग इन', signUp: 'साइन अप', forEmployers: 'नियोक्ताओं के लिए', forCandidates: 'उम्मीदवारों के लिए', main: 'मुख्य' },
  },
  auth: {
    login: {
      title: 'लॉग इन — AIVIUE',
      heading: 'फिर से स्वागत है',
      subtitle: 'अपने मोबाइल नंबर से लॉग इन करें।',
      mobile: 'मोबाइल नंबर',
      submit: 'लॉग इन करें',
      busy: 'लॉग इन हो रहा है…',
      newHere: 'AIVIUE पर नए हैं?',
      createAccount: 'खाता बनाएँ',
      signUp: 'साइन अप करें',
    },
    signup: {
      title: 'साइन अप — AIVIUE',
      heading: 'अपना खाता बनाएँ',
      subtitle: 'बस आपका मोबाइल नंबर और नाम। कोई पासवर्ड नहीं।',
      mobile: 'मोबाइल नंबर',
      mobileHint: 'भारतीय मोबाइल नंबर। यही आपका लॉग इन है, बाद में बदला नहीं जा सकता।',
      fullName: 'पूरा नाम',
      fullNamePlaceholder: 'जैसे रवि कुमार',
      submit: 'साइन अप करें',
      busy: 'आपका खाता बन रहा है…',
      already: 'पहले से खाता है?',
      logIn: 'लॉग इन करें',
    },
  },
}

export const selfName = 'हिंदी'
export default hi
